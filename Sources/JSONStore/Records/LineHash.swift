import CHash

/// The SHA-256 of one log line: its bytes without the newline and without a trailing `\r`.
///
/// Each record carries the hash of the good record before it in its file as `prev`, so an
/// edit of a record shows as a break in the chain even when its checksum was recomputed
/// (docs/CONTRACTS.md, "The log"). Written as 64 lowercase hex digits.
public struct LineHash: Sendable, Hashable, CustomStringConvertible {
  /// The 32 bytes as four big-endian words: equal and hashable without an array.
  private let w0: UInt64
  private let w1: UInt64
  private let w2: UInt64
  private let w3: UInt64

  /// How many hex digits the written form has.
  public static let hexLength = 64

  /// The hash of `line`, which must already be without its newline and trailing `\r`.
  public init(of line: UnsafeRawBufferPointer) {
    var digest = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
    withUnsafeMutableBytes(of: &digest) { out in
      guard let target = out.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
      // A zero-length buffer may have no base address; any valid pointer will do for it.
      var empty: UInt8 = 0
      if let base = line.baseAddress {
        rel_sha256(base, line.count, target)
      } else {
        rel_sha256(&empty, 0, target)
      }
    }
    w0 = UInt64(bigEndian: digest.0)
    w1 = UInt64(bigEndian: digest.1)
    w2 = UInt64(bigEndian: digest.2)
    w3 = UInt64(bigEndian: digest.3)
  }

  /// The hash of `line` (without its newline and trailing `\r`).
  public init(of line: [UInt8]) {
    self = line.withUnsafeBytes { LineHash(of: $0) }
  }

  /// The hash written as 64 lowercase hex digits; nil for anything else (upper case too, so
  /// that one hash has one spelling).
  public init?(hex digits: UnsafeRawBufferPointer) {
    guard digits.count == Self.hexLength else { return nil }
    // Four words filled in turn, without an array and without a branch per digit (hex
    // digits come in random order, so a branch would be mispredicted half the time): this
    // runs for every record of a batch that replay copies.
    func word(_ start: Int) -> UInt64? {
      var value: UInt64 = 0
      var invalid: UInt8 = 0
      for index in start..<(start + 16) {
        let byte = digits[index]
        let digit = byte &- 0x30
        let letter = byte &- 0x61
        invalid |= (digit >= 10 ? 1 : 0) & (letter >= 6 ? 1 : 0)
        // 'a'–'f' have bit 6 set and '0'–'9' do not: the low nibble, plus 9 for a letter.
        value = value << 4 | UInt64((byte & 0x0F) &+ 9 &* (byte >> 6 & 1))
      }
      return invalid == 0 ? value : nil
    }
    guard let w0 = word(0), let w1 = word(16), let w2 = word(32), let w3 = word(48) else {
      return nil
    }
    self.w0 = w0
    self.w1 = w1
    self.w2 = w2
    self.w3 = w3
  }

  /// The hash written as 64 lowercase hex digits; nil for anything else.
  public init?(hex digits: [UInt8]) {
    guard let hash = digits.withUnsafeBytes({ LineHash(hex: $0) }) else { return nil }
    self = hash
  }

  /// The hash written as text; nil unless it is 64 lowercase hex digits.
  public init?(hex text: String) {
    self.init(hex: Array(text.utf8))
  }

  /// Whether `digits` are the written form of a hash: 64 lowercase hex digits.
  static func isHex(_ digits: UnsafeRawBufferPointer) -> Bool {
    guard digits.count == hexLength else { return false }
    for byte in digits where !(0x30...0x39).contains(byte) && !(0x61...0x66).contains(byte) {
      return false
    }
    return true
  }

  /// Appends the 64 hex digits to `out`.
  public func appendHex(to out: inout [UInt8]) {
    for word in [w0, w1, w2, w3] {
      for shift in stride(from: 60, through: 0, by: -4) {
        let nibble = UInt8((word >> UInt64(shift)) & 0xF)
        out.append(nibble < 10 ? 0x30 + nibble : 0x57 + nibble)
      }
    }
  }

  /// The 64 lowercase hex digits.
  public var hex: String {
    var out: [UInt8] = []
    out.reserveCapacity(Self.hexLength)
    appendHex(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The first 12 hex digits, enough to tell two hashes apart in a sentence.
  public var short: String { String(hex.prefix(12)) }

  public var description: String { hex }
}
