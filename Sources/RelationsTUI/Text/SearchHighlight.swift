import Domain

/// Which characters of a shown text a search matched, so the list can mark them. The
/// search compares folded text (CONTRACTS.md: أ = ا, no harakat, any case); this finds the
/// matches there and maps them back to the characters as written.
enum SearchHighlight {
  /// Indices (in `Character`s of `text`) of every character inside a match of a word of
  /// `query`. With `limit`, only those of the first `limit` characters (what a cell shows),
  /// and the text is read no further than a match among them can reach.
  static func matchedCharacters(of query: String, in text: String, limit: Int = .max) -> Set<Int> {
    let words = SearchKey(query).folded.split(separator: " ").map { Array($0.unicodeScalars) }
    guard !words.isEmpty, limit > 0 else { return [] }
    let longest = words.map(\.count).max() ?? 0
    var folded: [Unicode.Scalar] = []
    var owner: [Int] = []
    // A match holding a shown character starts before the folded text of the shown part
    // ends, so it ends at most a word's length minus one past it.
    var foldedShown: Int?
    for (index, character) in text.enumerated() {
      if index == limit { foldedShown = folded.count }
      if let foldedShown, folded.count >= foldedShown + longest - 1 { break }
      let piece =
        character.isWhitespace ? " " : SearchKey(String(character)).folded
      for scalar in piece.unicodeScalars {
        folded.append(scalar)
        owner.append(index)
      }
    }
    var matched = Set<Int>()
    for word in words where !word.isEmpty && word.count <= folded.count {
      for start in 0...(folded.count - word.count)
      where folded[start..<start + word.count].elementsEqual(word) {
        for offset in start..<start + word.count where owner[offset] < limit {
          matched.insert(owner[offset])
        }
      }
    }
    return matched
  }
}
