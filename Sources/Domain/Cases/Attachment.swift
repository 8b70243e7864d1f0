import Foundation

/// A file attached to a case: a scanned letter, an ID copy, the authority's decision. The
/// bytes live in the office's store by their SHA-256 (CONTRACTS.md, "Attachments"); the case
/// keeps what was recorded about them when they were attached.
public struct Attachment: Sendable, Equatable {
  /// The file's name as it was given (its last path component), shown, never opened.
  public var name: String
  /// The size in bytes.
  public var size: Int
  /// The media type sniffed from the first bytes (`application/pdf`, …).
  public var type: String
  /// The SHA-256 of the content, 64 lowercase hex digits: the stored file's name.
  public var sha256: String
  /// What the attaching officer said about it; nil when nothing was said.
  public var note: String?

  /// The most an attachment may hold: 25 MB.
  public static let maximumSize = 25 * 1024 * 1024

  public init(name: String, size: Int, type: String, sha256: String, note: String? = nil) {
    self.name = name
    self.size = size
    self.type = type
    self.sha256 = sha256
    self.note = note
  }

  /// Whether `text` is the written form of a SHA-256: 64 lowercase hex digits.
  public static func isHash(_ text: String) -> Bool {
    text.utf8.count == 64
      && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }
}

/// An attachment as the case holds it: the file, and who attached it when.
public struct AttachedFile: Sendable, Equatable {
  public var file: Attachment
  public var at: Date
  /// The account that attached it.
  public var by: String

  public init(file: Attachment, at: Date, by: String) {
    self.file = file
    self.at = at
    self.by = by
  }
}
