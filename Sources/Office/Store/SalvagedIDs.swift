import Domain
import Foundation

/// The ids mentioned in bytes that hold no readable record (a damaged line, a tail set
/// aside in quarantine/): a case id or an external id once written may have been read out
/// to someone or acknowledged to a bridge, so it is never handed out again.
///
/// A damaged line cannot be parsed, so this looks for the shapes of ids in its bytes: a
/// case id `X-NNNNNN` standing on its own, and the string after `"externalId":`.
public struct SalvagedIDs: Equatable {
  public var caseIDs: [CaseID] = []
  public var externalIDs: [String] = []
  /// Channels named by a `"channel":` field, which external ids of messages and surveys
  /// are kept under.
  public var channels: Set<Channel> = []

  public init(_ bytes: UnsafeRawBufferPointer) {
    caseIDs = Self.caseIDs(in: bytes)
    externalIDs = Self.strings(after: Array(#""externalId":"#.utf8), in: bytes)
    channels = Set(
      Self.strings(after: Array(#""channel":"#.utf8), in: bytes).compactMap(Channel.init(rawValue:))
    )
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  private static func caseIDs(in bytes: UnsafeRawBufferPointer) -> [CaseID] {
    var found: [CaseID] = []
    var index = 1
    while index < bytes.count {
      defer { index += 1 }
      guard bytes[index] == UInt8(ascii: "-") else { continue }
      let start = index - 1
      if start > 0, isWordByte(bytes[start - 1]) { continue }
      var end = index + 1
      while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
      if end < bytes.count, isWordByte(bytes[end]) { continue }
      let text = String(
        decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      if let id = CaseID(text) { found.append(id) }
    }
    return found
  }

  /// The JSON strings that follow `key` (e.g. `"externalId":`), decoded.
  private static func strings(after key: [UInt8], in bytes: UnsafeRawBufferPointer) -> [String] {
    var found: [String] = []
    var index = 0
    while index + key.count < bytes.count {
      guard bytes[index] == key[0], zip(key.indices, key).allSatisfy({ bytes[index + $0] == $1 })
      else {
        index += 1
        continue
      }
      var start = index + key.count
      while start < bytes.count, bytes[start] == 0x20 { start += 1 }
      guard start < bytes.count, bytes[start] == 0x22 else {
        index += 1
        continue
      }
      var end = start + 1
      while end < bytes.count, bytes[end] != 0x22 {
        end += bytes[end] == 0x5C ? 2 : 1
      }
      guard end < bytes.count else { break }
      let quoted = Data(UnsafeRawBufferPointer(rebasing: bytes[start...end]))
      if let text = try? JSONSerialization.jsonObject(with: quoted, options: .fragmentsAllowed)
        as? String
      {
        found.append(text)
      }
      index = end + 1
    }
    return found
  }
}
