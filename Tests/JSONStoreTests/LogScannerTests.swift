import Foundation
import PropertyBased
import Testing

@testable import JSONStore

/// The log's reading rules as properties: random logs, written in batches as the store writes
/// them, are damaged at random (lines inserted, deleted, copied, bytes flipped, CRLF, a torn
/// end), and every complete record with a valid checksum must still be read, in order, and
/// only a torn write ever offered for cutting.
@Suite struct LogScannerTests {
  /// A small deterministic generator, so that a failing seed can be replayed.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
  }

  /// A log as the store writes it: records in batches of one to four.
  static func makeLog(_ random: inout Random) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var seq: Int64 = 1
    let texts = ["x", "مرحبا بكم", "a \\\"quoted\\\" word", "طلب تصريح للبرنامج", ""]
    for _ in 0..<(1 + random.below(12)) {
      let size = 1 + random.below(4)
      let last = seq + Int64(size) - 1
      for _ in 0..<size {
        let text = texts[random.below(texts.count)]
        lines.append(
          RecordCodec.encode(
            Record(
              seq: seq, id: "e\(seq)-\(random.below(1000))", timestamp: .now(), actor: "huda",
              stream: "V-00000\(random.below(9) + 1)", type: "case.noted",
              batchEnd: size > 1 ? last : nil,
              data: Array(#"{"text":"\#(text)"}"#.utf8))))
        seq += 1
      }
    }
    return lines
  }

  enum Damage: CaseIterable {
    case insertGarbage, insertBlank, deleteLine, copyLine, flipByte, crlf, tearEnd
  }

  /// Applies up to three kinds of damage; lines keep their `\n` (the torn end loses it).
  static func damage(_ lines: [[UInt8]], _ random: inout Random) -> [UInt8] {
    var lines = lines
    var tail: [UInt8] = []
    for _ in 0..<(1 + random.below(3)) {
      let at = random.below(lines.count + 1)
      switch Damage.allCases[random.below(Damage.allCases.count)] {
      case .insertGarbage:
        let garbage = (0..<random.below(60)).map { _ in UInt8(0x20 + random.below(0x5E)) }
        lines.insert(garbage + [0x0A], at: at)
      case .insertBlank:
        lines.insert([0x0A], at: at)
      case .deleteLine where !lines.isEmpty:
        lines.remove(at: min(at, lines.count - 1))
      case .copyLine where !lines.isEmpty:
        lines.insert(lines[random.below(lines.count)], at: at)
      case .flipByte where !lines.isEmpty:
        let index = min(at, lines.count - 1)
        guard lines[index].count > 1 else { break }
        let byte = random.below(lines[index].count - 1)
        var flipped = lines[index][byte] ^ UInt8(1 << random.below(8))
        if flipped == 0x0A { flipped = 0x0B }
        lines[index][byte] = flipped
      case .crlf:
        lines = lines.map { $0.count > 1 ? $0.dropLast() + [0x0D, 0x0A] : $0 }
      case .tearEnd where !lines.isEmpty:
        let last = lines.removeLast()
        tail = Array(last.prefix(random.below(last.count)))
      default:
        break
      }
    }
    return lines.flatMap { $0 } + tail
  }

  /// What the rules say a scan of `bytes` must give, worked out line by line on its own.
  static func expected(_ bytes: [UInt8]) -> (records: [Record], soundEnd: Int) {
    var complete: [(record: Record?, start: Int, end: Int)] = []
    var start = 0
    while let newline = bytes[start...].firstIndex(of: 0x0A) {
      var content = Array(bytes[start..<newline])
      if content.last == 0x0D { content.removeLast() }
      complete.append((try? RecordCodec.decode(content), start, newline + 1))
      start = newline + 1
    }
    // A clean prefix of a batch at the very end is a torn write: unread.
    var torn = complete.count
    while torn > 0, let record = complete[torn - 1].record, let end = record.batchEnd,
      end > record.seq,
      torn == complete.count
        || (complete[torn].record?.batchEnd == end
          && complete[torn].record?.seq == record.seq + 1)
    {
      torn -= 1
    }
    var records: [Record] = []
    func read(_ lines: ArraySlice<(record: Record?, start: Int, end: Int)>) {
      for line in lines {
        guard let record = line.record else { continue }
        if records.contains(record) { continue }  // an exact copy is read once
        records.append(record)
      }
    }
    read(complete[0..<torn])
    // What is left looks like a writer's unfinished append only when it starts right after
    // the last seq read and repeats nothing read; otherwise it is read as it is.
    if torn < complete.count {
      let lastSeq = records.map(\.seq).max() ?? 0
      let run = complete[torn...].compactMap(\.record)
      if run.first?.seq != lastSeq + 1 || run.contains(where: { records.contains($0) }) {
        read(complete[torn...])
        torn = complete.count
      }
    }
    let soundEnd = torn == complete.count ? start : complete[torn].start
    return (records, soundEnd)
  }

  @Test func everyCompleteRecordWithAValidChecksumIsReadInOrderWhateverTheDamage() async {
    await propertyCheck(count: 1500, input: Gen.int(in: 0...Int(Int32.max))) { seed in
      var random = Random(state: UInt64(seed))
      let original = Self.makeLog(&random)
      let bytes = Self.damage(original, &random)
      let scan = LogScanner.scan(bytes, file: "log")
      let want = Self.expected(bytes)
      #expect(scan.records == want.records, "seed \(seed)")
      #expect(scan.soundEnd == want.soundEnd, "seed \(seed)")
    }
  }

  @Test func onlyATornWriteIsEverOfferedForCutting() async {
    await propertyCheck(count: 1500, input: Gen.int(in: 0...Int(Int32.max))) { seed in
      var random = Random(state: UInt64(seed))
      let bytes = Self.damage(Self.makeLog(&random), &random)
      let scan = LogScanner.scan(bytes, file: "log")
      // After soundEnd: complete lines only if they are good records of one batch whose end
      // never came, then at most a line without its newline.
      let cut = Array(bytes[scan.soundEnd...])
      var batchEnd: Int64?
      var start = 0
      while let newline = cut[start...].firstIndex(of: 0x0A) {
        var content = Array(cut[start..<newline])
        if content.last == 0x0D { content.removeLast() }
        let record = try? RecordCodec.decode(content)
        #expect(record != nil, "seed \(seed): a damaged line was offered for cutting")
        #expect(record?.batchEnd != nil && record?.batchEnd != record?.seq, "seed \(seed)")
        #expect(batchEnd == nil || record?.batchEnd == batchEnd, "seed \(seed)")
        batchEnd = record?.batchEnd
        start = newline + 1
      }
    }
  }

  @Test func recordsWhoseLinesSurviveAreReadWhateverIsDoneToTheirNeighbours() async {
    // Insertions and copies only, then a CRLF conversion: nothing may be lost.
    await propertyCheck(count: 800, input: Gen.int(in: 0...Int(Int32.max))) { seed in
      var random = Random(state: UInt64(seed))
      let original = Self.makeLog(&random)
      var lines = original
      for _ in 0..<(1 + random.below(20)) {
        let at = random.below(lines.count)  // never after the last line: it ends the batch
        if random.chance(50) {
          lines.insert(Array("garbage \(random.below(99))\n".utf8), at: at)
        } else {
          lines.insert(random.chance(50) ? [0x0A] : lines[random.below(lines.count)], at: at)
        }
      }
      if random.chance(50) { lines = lines.map { $0.dropLast() + [0x0D, 0x0A] } }
      let scan = LogScanner.scan(lines.flatMap { $0 }, file: "log")
      let want = original.compactMap { try? RecordCodec.decode(Array($0.dropLast())) }
      // Each once; a copy placed before its original is read where it stands.
      #expect(scan.records.count == want.count, "seed \(seed)")
      #expect(Set(scan.records) == Set(want), "seed \(seed)")
      #expect(scan.soundEnd == lines.reduce(0) { $0 + $1.count }, "seed \(seed)")
    }
  }

  @Test func aFlippedByteInTheLastLineOfABatchIsReportedAndNothingIsCut() throws {
    // Finding 1: the whole file was cut as a "torn tail".
    var random = Random(state: 7)
    var lines: [[UInt8]] = []
    for seq in Int64(1)...131 {
      lines.append(
        RecordCodec.encode(
          Record(
            seq: seq, id: "e\(seq)", timestamp: .now(), actor: "demo",
            stream: "L-00000\(seq % 9 + 1)",
            type: "case.noted", batchEnd: 131, data: Array(#"{"n":\#(random.below(99))}"#.utf8))))
    }
    lines[130][40] ^= 0x01
    let bytes = lines.flatMap { $0 }
    let scan = LogScanner.scan(bytes, file: "channels/letter.jsonl")
    #expect(scan.records.count == 130)
    #expect(scan.soundEnd == bytes.count)
    #expect(scan.problems.map(\.line).contains(131))
  }

  @Test func aBlankLineOrCRLFBeforeTheLastRecordHidesNothing() throws {
    // Finding 2.
    let lines = (Int64(1)...5).map { seq in
      RecordCodec.encode(
        Record(
          seq: seq, id: "e\(seq)", timestamp: .now(), actor: "a", stream: "S", type: "t",
          data: Array("{}".utf8)))
    }
    var blank = lines
    blank.insert([0x0A], at: 4)
    let withBlank = LogScanner.scan(blank.flatMap { $0 })
    #expect(withBlank.records.map(\.seq) == [1, 2, 3, 4, 5])
    #expect(withBlank.problems.map(\.line) == [5])
    let crlf = LogScanner.scan(lines.flatMap { $0.dropLast() + [0x0D, 0x0A] })
    #expect(crlf.records.map(\.seq) == [1, 2, 3, 4, 5])
    #expect(crlf.problems.isEmpty)
    #expect(crlf.soundEnd == lines.reduce(0) { $0 + $1.count + 1 })
  }
}
