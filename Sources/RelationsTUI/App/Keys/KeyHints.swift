/// The hint line, made from the key table: the hinted bindings of the contexts given, each
/// as its keys and a short word. Given a width, it keeps the bindings of the highest
/// priority that fit, in the table's order, and ends with "? more" (the help has the rest).
enum KeyHints {
  static func line(
    for contexts: [KeyContext], _ text: UIText, separator: String = "  ", width: Int? = nil,
    except: Set<DeskAction> = []
  ) -> String {
    let hinted = contexts.flatMap(KeyTable.bindings(in:)).filter {
      $0.hinted && !except.contains($0.action)
    }
    func words(_ binding: KeyBinding) -> String { "\(binding.hintLabel) \(text(binding.hint))" }
    guard let width else { return hinted.map(words).joined(separator: separator) }
    // "? more" stands for the help's own hint, and for everything left out.
    let candidates = hinted.filter { $0.action != .help }
    let more = text(.guide(.moreKeys))
    var room = width - TextLayout.width(of: more)
    var kept = Set<Int>()
    let byPriority = candidates.indices.sorted {
      (candidates[$0].priority, -$0) > (candidates[$1].priority, -$1)
    }
    for index in byPriority {
      let cost = TextLayout.width(of: words(candidates[index])) + TextLayout.width(of: separator)
      if cost <= room {
        kept.insert(index)
        room -= cost
      }
    }
    return (candidates.indices.filter(kept.contains).map { words(candidates[$0]) } + [more])
      .joined(separator: separator)
  }
}
