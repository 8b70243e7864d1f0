/// A library document's Markdown as styled lines for the screen: headings without their
/// `#`, list items with a bullet and a hanging indent, emphasis markers taken out (a line
/// that is all strong text reads as a heading). Only as many lines as asked are made, so
/// a document of a million characters costs what is shown.
enum MarkdownText {
  struct Line: Equatable, Sendable {
    var text: String
    var style: Style
  }

  static func lines(_ body: String, width: Int, limit: Int) -> [Line] {
    guard width > 0, limit > 0 else { return [] }
    var out: [Line] = []
    var start = body.startIndex
    while start <= body.endIndex, out.count < limit {
      let end = body[start...].firstIndex(of: "\n") ?? body.endIndex
      // A line longer than the screen can show is cut to what the lines left can hold.
      let source = String(body[start..<end].prefix((limit - out.count + 1) * (width + 1)))
      out += lines(ofLine: source, width: width, limit: limit - out.count)
      if end == body.endIndex { break }
      start = body.index(after: end)
    }
    return Array(out.prefix(limit))
  }

  private static func lines(ofLine source: String, width: Int, limit: Int) -> [Line] {
    let trimmed = source.drop { $0 == " " }
    if let heading = heading(trimmed) {
      return TextLayout.wrap(plain(heading), width, lines: limit).map {
        Line(text: $0, style: .heading)
      }
    }
    if let (marker, item) = listItem(trimmed) {
      let indent = String(repeating: " ", count: TextLayout.width(of: marker))
      return TextLayout.wrap(plain(item), max(1, width - indent.count), lines: limit)
        .enumerated().map {
          Line(text: ($0.offset == 0 ? marker : indent) + $0.element, style: .normal)
        }
    }
    let strong = trimmed.hasPrefix("**") && trimmed.hasSuffix("**") && trimmed.count > 4
    let wrapped = TextLayout.wrap(plain(Substring(source)), width, lines: limit)
    return wrapped.isEmpty
      ? [Line(text: "", style: .normal)]
      : wrapped.map { Line(text: $0, style: strong ? .heading : .normal) }
  }

  /// The text of `# Heading` to `###### Heading`.
  private static func heading(_ line: Substring) -> Substring? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
    return line.dropFirst(hashes + 1)
  }

  /// `- item`, `* item`, `+ item` (a bullet) or `1. item` (its number kept).
  private static func listItem(_ line: Substring) -> (String, Substring)? {
    if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
      return ("• ", line.dropFirst(2))
    }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    let rest = line.dropFirst(digits.count)
    if !digits.isEmpty, digits.count < 4, rest.hasPrefix(". ") {
      return ("\(digits). ", rest.dropFirst(2))
    }
    return nil
  }

  /// The text without emphasis markers: `**strong**`, `*em*`, `_em_`, `` `code` ``.
  static func plain(_ text: Substring) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var previous: Character = " "
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      let following = next < text.endIndex ? text[next] : " "
      // A marker opens after a space or punctuation and closes before one; `snake_case`
      // and a lone `*` between spaces stay as they are.
      let isMarker =
        "*_`".contains(character)
        && (previous.isWhitespace || previous.isPunctuation || following.isWhitespace
          || following.isPunctuation || "*_`".contains(following) || "*_`".contains(previous))
        && !(previous.isWhitespace && following.isWhitespace)
      if !isMarker { out.append(character) }
      previous = character
      index = next
    }
    return out
  }
}
