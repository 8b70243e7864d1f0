import Glibc

/// Turns records into log lines and log lines back into records.
///
/// A line is `{"v":1,"seq":…,"id":…,"ts":…,"actor":…,"stream":…,"type":…,["batchEnd":…,]
/// ["prev":"…",]"data":…,"crc":"xxxxxxxx"}` and the checksum (CRC-32C, lowercase hex) covers every byte
/// before `,"crc"`. Keeping the checksum last and over raw bytes means it is verified before
/// any parsing, and a reader can tell a damaged record from a well-formed foreign one.
public enum RecordCodec {
  static let checksumPrefix: [UInt8] = Array(#","crc":""#.utf8)
  /// `,"crc":"` + 8 hex digits + `"}`.
  static let checksumSuffixLength = checksumPrefix.count + 8 + 2

  /// The line for `record`, with its checksum and the final newline.
  public static func encode(_ record: Record) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(record.data.count + record.stream.utf8.count + 160)
    out.append(contentsOf: #"{"v":"#.utf8)
    out.append(contentsOf: String(record.version).utf8)
    out.append(contentsOf: #","seq":"#.utf8)
    out.append(contentsOf: String(record.seq).utf8)
    out.append(contentsOf: #","id":"#.utf8)
    appendString(record.id, to: &out)
    out.append(contentsOf: #","ts":""#.utf8)
    out.append(contentsOf: record.timestamp.rfc3339.utf8)
    out.append(contentsOf: #"","actor":"#.utf8)
    appendString(record.actor, to: &out)
    out.append(contentsOf: #","stream":"#.utf8)
    appendString(record.stream, to: &out)
    out.append(contentsOf: #","type":"#.utf8)
    appendString(record.type, to: &out)
    if let batchEnd = record.batchEnd {
      out.append(contentsOf: #","batchEnd":"#.utf8)
      out.append(contentsOf: String(batchEnd).utf8)
    }
    if let prev = record.prev {
      out.append(contentsOf: #","prev":""#.utf8)
      prev.appendHex(to: &out)
      out.append(0x22)
    }
    out.append(contentsOf: #","data":"#.utf8)
    out.append(contentsOf: record.data)
    let crc = out.withUnsafeBytes { CRC32C.checksum($0) }
    out.append(contentsOf: checksumPrefix)
    appendHex(crc, to: &out)
    out.append(contentsOf: #""}"#.utf8)
    out.append(0x0A)
    return out
  }

  /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped,
  /// everything else as UTF-8.
  public static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(0x22)
    for byte in text.utf8 {
      switch byte {
      case 0x22: out.append(contentsOf: [0x5C, 0x22])
      case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: out.append(contentsOf: [0x5C, 0x72])
      case 0x09: out.append(contentsOf: [0x5C, 0x74])
      case 0..<0x20:
        out.append(contentsOf: Array(#"\u00"#.utf8))
        out.append(hexDigit(byte >> 4))
        out.append(hexDigit(byte & 0xF))
      default: out.append(byte)
      }
    }
    out.append(0x22)
  }

  private static func appendHex(_ value: UInt32, to out: inout [UInt8]) {
    for shift in stride(from: 28, through: 0, by: -4) {
      out.append(hexDigit(UInt8((value >> UInt32(shift)) & 0xF)))
    }
  }

  private static func hexDigit(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? 0x30 + nibble : 0x57 + nibble
  }

  /// Checks that `data` is one valid JSON value, so that nothing the store writes is unreadable.
  public static func validateJSON(_ data: [UInt8]) -> String? {
    data.withUnsafeBytes { bytes -> String? in
      var scanner = JSONScanner(bytes)
      do {
        try scanner.skipValue()
        scanner.skipWhitespace()
        guard scanner.atEnd else { return "unexpected text after the JSON value" }
        return nil
      } catch let failure as JSONScanner.Failure {
        return "\(failure.reason) at byte \(failure.offset + 1)"
      } catch {
        return "\(error)"
      }
    }
  }

  // MARK: Decoding

  /// Why a line is not a record.
  public enum LineError: Error, Equatable, Sendable {
    case tooLong(bytes: Int)
    case invalidJSON(column: Int, reason: String)
    case notAnObject
    case missingField(String)
    case badField(String, reason: String)
    case noChecksum
    case checksumMismatch
    case newerVersion(Int)

    /// One sentence for `check` and the user.
    public var message: String {
      switch self {
      case .tooLong(let bytes):
        return "line of \(bytes) bytes is longer than the \(Record.maximumBytes)-byte limit"
      case .invalidJSON(let column, let reason):
        return "not valid JSON: \(reason) at column \(column)"
      case .notAnObject: return "not a record: the line is JSON but not an object"
      case .missingField(let name): return "not a record: field \"\(name)\" is missing"
      case .badField(let name, let reason): return "field \"\(name)\": \(reason)"
      case .noChecksum: return "not a record: it has no checksum"
      case .checksumMismatch: return "checksum mismatch: the record is damaged"
      case .newerVersion(let version):
        return "written by a newer Relations (format \(version)); upgrade Relations to read it"
      }
    }
  }

  /// Decodes one line (without its newline) and hands the view to `body`.
  ///
  /// With `strict` false, a line whose checksum matches has its `data` taken as the bytes
  /// between `"data":` and the checksum without walking them: the writer validated them, and
  /// the checksum proves they are unchanged. That halves the cost of replay; `check` decodes
  /// strictly and walks everything.
  public static func decode<T>(
    _ line: UnsafeRawBufferPointer, strict: Bool = true, _ body: (RecordView) throws -> T
  ) throws -> T {
    guard line.count <= Record.maximumBytes else { throw LineError.tooLong(bytes: line.count) }
    let verified = verifiedChecksum(line)
    let checksumOK = verified != nil
    do {
      var scanner = JSONScanner(line)
      var view = RecordView(
        version: -1, seq: -1, id: "", timestamp: Timestamp(millisecondsSince1970: 0), actor: "",
        stream: "", type: "", batchEnd: nil, prevHex: nil,
        data: UnsafeRawBufferPointer(start: nil, count: 0))
      var seen: UInt16 = 0
      var sawChecksum = false
      guard scanner.peek() == 0x7B else {
        if scanner.peek() != nil { try scanner.skipValue() }
        throw LineError.notAnObject
      }
      scanner.position += 1
      if scanner.peek() == 0x7D {
        scanner.position += 1
      } else {
        while true {
          scanner.skipWhitespace()
          let (keyRange, keyEscaped) = try scanner.scanString()
          try scanner.expect(0x3A, "':' after a key")
          scanner.skipWhitespace()
          let key = Field(UnsafeRawBufferPointer(rebasing: line[keyRange]), escaped: keyEscaped)
          switch key {
          case .version:
            let start = scanner.position
            let value = try scanner.scanInteger()
            guard let version = Int(exactly: value), version >= 1 else {
              throw LineError.badField(
                "v", reason: "expected a version number, found \(value) at column \(start + 1)")
            }
            view.version = version
          case .seq:
            let value = try scanner.scanInteger()
            guard value >= 1 else { throw LineError.badField("seq", reason: "must be 1 or more") }
            guard value <= Record.maximumSeq else {
              throw LineError.badField("seq", reason: "\(value) is beyond \(Record.maximumSeq)")
            }
            view.seq = value
          case .batchEnd:
            view.batchEnd = try scanner.scanInteger()
          case .prev:
            let start = scanner.position
            let end = start + LineHash.hexLength + 1
            let digits: UnsafeRawBufferPointer
            if !strict && checksumOK && end < line.count && line[start] == 0x22 && line[end] == 0x22
            {
              // Like `data`, a checksummed prev is trusted on replay: its writer wrote 64 hex
              // digits between quotes, so they are taken without being walked.
              digits = UnsafeRawBufferPointer(rebasing: line[(start + 1)..<end])
              scanner.position = end + 1
            } else {
              let (range, escaped) = try scanner.scanString()
              digits = UnsafeRawBufferPointer(rebasing: line[range])
              guard !escaped, LineHash.isHex(digits) else {
                throw LineError.badField(
                  "prev", reason: "expected the hash of the record before, 64 lowercase hex digits")
              }
            }
            view.prevHex = digits
          case .id, .actor, .stream, .type, .timestamp:
            let (range, escaped) = try scanner.scanString()
            if key == .timestamp {
              guard !escaped,
                let time = Timestamp.parse(UnsafeRawBufferPointer(rebasing: line[range]))
              else { throw LineError.badField("ts", reason: "not an RFC 3339 time") }
              view.timestamp = time
            } else {
              let text = scanner.decodeString(range, escaped: escaped)
              switch key {
              case .id: view.id = text
              case .actor: view.actor = text
              case .stream: view.stream = text
              default: view.type = text
              }
            }
          case .data:
            let start = scanner.position
            let checksumStart = line.count - checksumSuffixLength
            if !strict && checksumOK && start < checksumStart {
              scanner.position = checksumStart
            } else {
              try scanner.skipValue()
            }
            view.data = UnsafeRawBufferPointer(rebasing: line[start..<scanner.position])
          case .checksum:
            _ = try scanner.scanString()
            sawChecksum = true
          case .other:
            try scanner.skipValue()
          }
          seen |= key.bit
          guard let next = scanner.peek() else {
            throw JSONScanner.Failure(
              offset: scanner.position, reason: "line ends inside the object")
          }
          scanner.position += 1
          if next == 0x7D { break }
          guard next == 0x2C else {
            throw JSONScanner.Failure(offset: scanner.position - 1, reason: "expected ',' or '}'")
          }
        }
      }
      scanner.skipWhitespace()
      guard scanner.atEnd else { throw scanner.fail("unexpected text after the object") }
      for field in Field.required where seen & field.bit == 0 {
        throw LineError.missingField(field.name)
      }
      guard sawChecksum else { throw LineError.noChecksum }
      guard checksumOK else { throw LineError.checksumMismatch }
      if let batchEnd = view.batchEnd {
        // Checked here so that no arithmetic on seqs read from a file can overflow.
        guard batchEnd >= view.seq, batchEnd - view.seq < Int64(Record.maximumBatch) else {
          throw LineError.badField(
            "batchEnd",
            reason: "\(batchEnd) is not within \(Record.maximumBatch) records after seq \(view.seq)"
          )
        }
      }
      guard view.version <= Record.currentVersion else {
        throw LineError.newerVersion(view.version)
      }
      view.checksum = verified ?? 0
      return try body(view)
    } catch let failure as JSONScanner.Failure {
      throw LineError.invalidJSON(column: failure.offset + 1, reason: failure.reason)
    }
  }

  /// Decodes one line into an owned record.
  public static func decode(_ line: [UInt8], strict: Bool = true) throws -> Record {
    try line.withUnsafeBytes { bytes in try decode(bytes, strict: strict) { $0.record } }
  }

  /// The checksum a line carries, when it matches the line's bytes.
  static func verifiedChecksum(_ line: UnsafeRawBufferPointer) -> UInt32? {
    guard let stored = storedChecksum(line) else { return nil }
    let covered = UnsafeRawBufferPointer(rebasing: line[0..<(line.count - checksumSuffixLength)])
    return CRC32C.checksum(covered) == stored ? stored : nil
  }

  /// The checksum a line carries at its end (`,"crc":"xxxxxxxx"}`), without checking it.
  static func storedChecksum(_ line: UnsafeRawBufferPointer) -> UInt32? {
    let count = line.count
    let suffix = checksumSuffixLength
    guard count > suffix, line[count - 1] == 0x7D, line[count - 2] == 0x22 else { return nil }
    let prefixStart = count - suffix
    guard let base = line.baseAddress,
      checksumPrefix.withUnsafeBytes({ prefix in
        prefix.baseAddress.map { memcmp(base + prefixStart, $0, prefix.count) } ?? 1
      }) == 0
    else { return nil }
    var stored: UInt32 = 0
    for index in (prefixStart + checksumPrefix.count)..<(count - 2) {
      let byte = line[index]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x61...0x66: digit = UInt32(byte - 0x57)
      default: return nil
      }
      stored = stored << 4 | digit
    }
    return stored
  }

  /// The envelope's keys, recognised by their bytes without building a String.
  private enum Field: Equatable {
    case version, seq, id, timestamp, actor, stream, type, batchEnd, prev, data, checksum, other

    static let required: [Field] = [.version, .seq, .id, .timestamp, .actor, .stream, .type, .data]

    init(_ key: UnsafeRawBufferPointer, escaped: Bool) {
      guard !escaped else {
        self = .other
        return
      }
      func equals(_ text: StaticString) -> Bool {
        guard key.count == text.utf8CodeUnitCount else { return false }
        for index in 0..<key.count where key[index] != text.utf8Start[index] { return false }
        return true
      }
      switch key.count {
      case 1: self = equals("v") ? .version : .other
      case 2: self = equals("id") ? .id : equals("ts") ? .timestamp : .other
      case 3: self = equals("seq") ? .seq : equals("crc") ? .checksum : .other
      case 4:
        self = equals("type") ? .type : equals("data") ? .data : equals("prev") ? .prev : .other
      case 5: self = equals("actor") ? .actor : .other
      case 6: self = equals("stream") ? .stream : .other
      case 8: self = equals("batchEnd") ? .batchEnd : .other
      default: self = .other
      }
    }

    var bit: UInt16 {
      switch self {
      case .version: 1
      case .seq: 2
      case .id: 4
      case .timestamp: 8
      case .actor: 16
      case .stream: 32
      case .type: 64
      case .batchEnd: 128
      case .data: 256
      case .checksum: 512
      case .prev: 1024
      case .other: 0
      }
    }

    var name: String {
      switch self {
      case .version: "v"
      case .seq: "seq"
      case .id: "id"
      case .timestamp: "ts"
      case .actor: "actor"
      case .stream: "stream"
      case .type: "type"
      case .batchEnd: "batchEnd"
      case .prev: "prev"
      case .data: "data"
      case .checksum: "crc"
      case .other: "?"
      }
    }
  }
}
