/// Which seqs a log has delivered, and the checksum of the record that holds each, so a
/// line that repeats a record already read (a copied line, a file pasted into itself) can
/// be told from a different record that merely carries a seq seen before.
///
/// Four bytes a record: seqs are dense from 1 in every log this program writes, so they
/// index a flat array; a seq far beyond the others (a damaged file, a hostile one) goes to a
/// small dictionary instead of growing the array to its size.
struct SeqLedger: Sendable {
  /// How far past the delivered seqs the array grows to hold a new one.
  static let denseSlack: Int64 = 1 << 16

  /// `dense[seq - 1]`: the record's checksum with its low bit set, 0 when no record holds it.
  private var dense: [UInt32] = []
  private var sparse: [Int64: UInt32] = [:]

  /// Notes that a record with `checksum` holds `seq`; the first holder is kept.
  mutating func record(_ seq: Int64, checksum: UInt32) {
    let mark = checksum | 1
    if seq >= 1, seq <= Int64(dense.count) {
      let index = Int(seq - 1)
      if dense[index] == 0 { dense[index] = mark }
    } else if seq >= 1, seq <= Int64(dense.count) + Self.denseSlack {
      dense.append(contentsOf: repeatElement(0, count: Int(seq) - 1 - dense.count))
      dense.append(mark)
    } else if sparse[seq] == nil {
      sparse[seq] = mark
    }
  }

  /// Whether a record with `checksum` was already delivered at `seq`.
  func holds(_ seq: Int64, checksum: UInt32) -> Bool {
    let mark = checksum | 1
    if seq >= 1, seq <= Int64(dense.count) { return dense[Int(seq - 1)] == mark }
    return sparse[seq] == mark
  }
}
