/// Unique event ids: 15 characters of Crockford base32 (75 random bits).
///
/// Fifteen characters fit Swift's inline small-string storage, so an id costs no allocation
/// on replay; 75 random bits make a collision among ten million events about one in a
/// billion, and ids are only compared, never ordered (seq orders).
public enum EventID {
  private static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)

  public static func make<G: RandomNumberGenerator>(using generator: inout G) -> String {
    var high = generator.next()
    var low = generator.next()
    var bytes = [UInt8](repeating: 0, count: 15)
    for index in 0..<15 {
      if index < 12 {
        bytes[index] = alphabet[Int(high & 31)]
        high >>= 5
      } else {
        bytes[index] = alphabet[Int(low & 31)]
        low >>= 5
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  public static func make() -> String {
    var generator = SystemRandomNumberGenerator()
    return make(using: &generator)
  }
}
