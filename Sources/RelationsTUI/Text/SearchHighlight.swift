import Domain

/// Which characters of a shown text a search matched, so the list can mark them. The
/// search compares folded text (CONTRACTS.md: أ = ا, no harakat, any case); this finds the
/// matches there and maps them back to the characters as written.
enum SearchHighlight {
  /// Indices (in `Character`s of `text`) of every character inside a match of a word of
  /// `query`.
  static func matchedCharacters(of query: String, in text: String) -> Set<Int> {
    let words = SearchKey(query).folded.split(separator: " ").map { Array($0.unicodeScalars) }
    guard !words.isEmpty else { return [] }
    var folded: [Unicode.Scalar] = []
    var owner: [Int] = []
    for (index, character) in text.enumerated() {
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
        for offset in start..<start + word.count { matched.insert(owner[offset]) }
      }
    }
    return matched
  }
}
