/// Which seqs a log has delivered, and the checksums of the records that hold each, so a
/// line that repeats a record already read (a copied line, a file pasted into itself) can
/// be told from a different record that merely carries a seq seen before.
///
/// About four bytes a record: seqs are dense from 1 in every log this program writes, so
/// they index a flat array of checksums (with a bit a seq saying it is taken). A seq far
/// beyond the records read so far (a damaged file, a hostile one) goes to a dictionary,
/// and so does every further holder of a seq, so neither can make the array grow past what
/// the file holds.
struct SeqLedger: Sendable {
  /// How far past the records read the array may grow to hold a new seq.
  static let denseSlack: Int64 = 1 << 16

  /// `checksums[seq - 1]`: the first record's checksum, valid when `taken` has its bit.
  private var checksums: [UInt32] = []
  private var taken: [UInt64] = []
  /// Every holder of a seq outside the array, and every holder after the first of one in it.
  private var others: [Int64: [UInt32]] = [:]
  private var recorded: Int64 = 0

  /// Notes that a record with `checksum` holds `seq`.
  mutating func record(_ seq: Int64, checksum: UInt32) {
    recorded += 1
    if seq >= 1, seq <= Int64(checksums.count) {
      let index = Int(seq - 1)
      if isTaken(index) {
        others[seq, default: []].append(checksum)
      } else {
        checksums[index] = checksum
        setTaken(index)
      }
    } else if seq >= 1, seq <= recorded + Self.denseSlack {
      let index = Int(seq - 1)
      checksums.append(contentsOf: repeatElement(0, count: index + 1 - checksums.count))
      let words = index / 64 + 1
      if taken.count < words {
        taken.append(contentsOf: repeatElement(0, count: words - taken.count))
      }
      checksums[index] = checksum
      setTaken(index)
    } else {
      others[seq, default: []].append(checksum)
    }
  }

  /// Whether a record with `checksum` was already delivered at `seq`.
  func holds(_ seq: Int64, checksum: UInt32) -> Bool {
    if seq >= 1, seq <= Int64(checksums.count) {
      let index = Int(seq - 1)
      if isTaken(index), checksums[index] == checksum { return true }
    }
    return others[seq]?.contains(checksum) ?? false
  }

  private func isTaken(_ index: Int) -> Bool {
    index / 64 < taken.count && taken[index / 64] & (1 << UInt64(index % 64)) != 0
  }

  private mutating func setTaken(_ index: Int) {
    taken[index / 64] |= 1 << UInt64(index % 64)
  }
}
