import Domain

/// A form or prompt drawn as a box over the desk: labelled fields, the caret, each field's
/// problem under it, and for the intake form the person the phone number recognises.
enum FormView {
  /// The label column: ten cells, wider for forms whose labels are questions, but never so
  /// wide that a score control and its hint are cut: a longer label wraps instead.
  static func labelWidth(_ form: Form, inner: Int, _ text: UIText) -> Int {
    let widest = form.fields.map { TextLayout.width(of: text($0.label)) + 1 }.max() ?? 10
    let control = form.fields.map { scoreWidth($0, text) }.max() ?? 0
    return max(10, min(widest, inner / 2, inner - control))
  }

  /// The most cells a field's score control can take (every value, the chosen one in
  /// brackets, and its words or the hint), 0 for a field of another kind.
  static func scoreWidth(_ field: FormField, _ text: UIText) -> Int {
    guard case .score(let scale) = field.input else { return 0 }
    return ([nil] + scale.map { Optional($0) }).map {
      TextLayout.width(of: scoreText($0, scale: scale, text: text))
    }.max() ?? 0
  }

  /// A field's label in lines of the label column, one cell kept free before the value.
  static func labelLines(_ field: FormField, labelWidth: Int, _ text: UIText) -> [String] {
    let lines = TextLayout.wrap(text(field.label), max(1, labelWidth - 1))
    return lines.isEmpty ? [""] : lines
  }

  static func draw(_ form: Form, desk: Desk, into grid: inout CellGrid) {
    // The form holds phrases; here, and only here, they become the desk's words.
    let text = desk.text
    let width = min(grid.width - 4, 96)
    var body: [(draw: (inout CellGrid, Int, Int) -> Void, rows: Int)] = []
    let inner = width - 4
    let labelWidth = labelWidth(form, inner: inner, text)
    for (index, field) in form.fields.enumerated() {
      let rows: Int
      switch field.input {
      case .lines: rows = form.purpose == .intake ? 3 : 5
      case .line, .choice, .score: rows = 1
      }
      // A question longer than the label column takes as many lines as it needs.
      let label = labelLines(field, labelWidth: labelWidth, text)
      body.append(
        (
          { grid, x, y in
            drawField(
              field, label: label, focused: index == form.focus, x: x, y: y, width: inner,
              rows: rows, labelWidth: labelWidth, text: text, into: &grid)
          }, max(rows, label.count)
        ))
      if index == form.focus, let list = field.list {
        let lines = listLines(field, list, text: text)
        body.append(
          (
            { grid, x, y in
              for (offset, line) in lines.enumerated() {
                grid.write(
                  String(repeating: " ", count: labelWidth) + line.text, x: x, y: y + offset,
                  columns: inner, style: line.style)
              }
            }, lines.count
          ))
      }
      if let phrase = field.problem {
        // Wrapped under the field's box: the sentence says what to do, so none of it is cut.
        let problem = TextLayout.wrap(text(phrase), max(1, inner - labelWidth))
        body.append(
          (
            { grid, x, y in
              for (offset, line) in problem.enumerated() {
                grid.write(
                  String(repeating: " ", count: labelWidth) + line, x: x, y: y + offset,
                  columns: inner, style: .error)
              }
            }, problem.count
          ))
      }
    }
    if form.purpose == .intake {
      let known = IntakeForm.recognise(form, in: desk.contacts)
      let lines = recognition(known, desk: desk)
      body.append(
        (
          { grid, x, y in
            for (offset, line) in lines.enumerated() {
              grid.write(
                line, x: x, y: y + offset, columns: inner,
                style: offset == 0 && known != nil ? .success : .dim)
            }
          }, lines.count
        ))
    }
    if let problem = form.problem {
      let wrapped = TextLayout.wrap(text(problem), inner)
      body.append(
        (
          { grid, x, y in
            for (offset, line) in wrapped.enumerated() {
              grid.write(line, x: x, y: y + offset, columns: inner, style: .error)
            }
          }, wrapped.count
        ))
    }
    let keys = text(form.confirmingCancel ? .form(.confirmDiscard) : keysPhrase(form))
    body.append(
      (
        { grid, x, y in
          grid.write(keys, x: x, y: y, columns: inner, style: form.confirmingCancel ? .error : .dim)
        }, 1
      ))

    let height = min(grid.height - 2, body.reduce(0) { $0 + $1.rows + 0 } + 4)
    let x = (grid.width - width) / 2
    let y = max(1, (grid.height - height) / 2)
    frame(title: text(form.title), x: x, y: y, width: width, height: height, into: &grid)
    var row = y + 2
    for part in body where row + part.rows <= y + height - 1 {
      part.draw(&grid, x + 2, row)
      row += part.rows
    }
  }

  /// The keys under the form: those of the focused field's control, or the form's own. A
  /// form of one field has no Tab to tell of, and says what Enter does in it.
  static func keysPhrase(_ form: Form) -> Phrase {
    let field = form.focusedField
    if form.fields.count == 1 {
      switch field.input {
      case .choice: return .field(field.list == nil ? .pickerKeys : .listKeys)
      case .score(let scale): return .field(.scoreKeysAlone(scale))
      case .line: return .form(form.purpose == .jumpToCase ? .goToKeys : .lineKeysAlone)
      case .lines: return .form(.linesKeysAlone)
      }
    }
    switch field.input {
    case .choice: return .field(field.list == nil ? .choiceKeys : .listKeys)
    case .score(let scale): return .field(.scoreKeys(scale))
    case .line, .lines: return .form(.keys)
    }
  }

  /// The open list of a choice: what is typed and how many match, then the matching
  /// options around the highlighted one, each with its name.
  static func listLines(_ field: FormField, _ list: ChoiceList, text: UIText) -> [(
    text: String, style: Style
  )] {
    let choices = field.choices
    let matches = list.matches(choices, text)
    var lines: [(text: String, style: Style)] = [
      (
        text(.field(.listFilter(list.query.text, matches: matches.count, of: choices.count))),
        .dim
      )
    ]
    guard !matches.isEmpty else { return lines + [(text(.field(.noMatch)), .error)] }
    let rows = min(ChoiceList.rows, matches.count)
    let first = max(0, min(list.highlighted - rows / 2, matches.count - rows))
    for position in first..<first + rows {
      let highlighted = position == list.highlighted
      let label = text(choices[matches[position]].label)
      lines.append((highlighted ? "▸ " + label : "  " + label, highlighted ? .selected : .field))
    }
    return lines
  }

  private static func recognition(_ known: Contact?, desk: Desk) -> [String] {
    let text = desk.text
    guard let known else {
      return ["", text(.recognisedByPhone), ""]
    }
    // The newest first, by when each came in: the registry lists a person's cases in the
    // order the channel logs were read, not by time.
    let newest = known.cases.sorted {
      (desk.item($0)?.receivedAt ?? .distantPast) > (desk.item($1)?.receivedAt ?? .distantPast)
    }
    let recent = newest.prefix(2).map { id -> String in
      guard let item = desk.item(id) else { return id.description }
      return "\(id) \(text.status(item.status)): \(Bidi.isolate(item.subject))"
    }
    let name = known.name.map(Bidi.unit) ?? text(.noName)
    // More cases than the panel lists: the heading says these are the newest.
    let heading =
      known.cases.count > recent.count
      ? text(.knownNewest(name: name, earlierCases: known.cases.count, shown: recent.count))
      : text(.known(name: name, earlierCases: known.cases.count))
    return [heading] + recent + Array(repeating: "", count: max(0, 2 - recent.count))
  }

  private static func drawField(
    _ field: FormField, label: [String], focused: Bool, x: Int, y: Int, width: Int, rows: Int,
    labelWidth: Int, text words: UIText, into grid: inout CellGrid
  ) {
    for (offset, line) in label.enumerated() {
      grid.write(
        line, x: x, y: y + offset, columns: labelWidth, style: focused ? .heading : .normal)
    }
    let boxX = x + labelWidth
    let boxWidth = width - labelWidth
    switch field.input {
    case .choice(let choices):
      let label =
        choices.indices.contains(field.selected) ? words(choices[field.selected].label) : ""
      // Drawn in the interface's direction: a right-to-left line reverses the arrows'
      // order, so they are given reversed to point outward on screen there too.
      let text =
        !focused ? "  \(label)" : grid.mirrored ? "▸ \(label) ◂" : "◂ \(label) ▸"
      grid.write(text, x: boxX, y: y, columns: boxWidth, style: focused ? .selected : .field)
    case .score(let scale):
      let shown = scoreText(field.score, scale: scale, text: words)
      grid.write(shown, x: boxX, y: y, columns: boxWidth, style: focused ? .selected : .field)
    case .line, .lines:
      // Only the lines the box shows, and of each only what fits, are measured and drawn:
      // a field may hold a paste of any length (LineWindow).
      let characters = field.buffer.characters
      // A mirrored form's values start at the box's right edge, by their label, whatever
      // their script; that edge's cell stays free for the caret after left-to-right text
      // (and is kept for every value, so they all start in one column).
      func place(_: String) -> (x: Int, columns: Int, align: CellGrid.Alignment) {
        grid.mirrored ? (boxX + 1, max(1, boxWidth - 1), .start) : (boxX, boxWidth, .left)
      }
      let (lines, caretLine) =
        rows > 1
        ? LineWindow.wrapped(characters, caret: field.buffer.caret, rows: rows, columns: boxWidth)
        : LineWindow.lines(characters, caret: field.buffer.caret, rows: rows)
      for offset in 0..<rows {
        guard lines.indices.contains(offset) else {
          grid.write("", x: boxX, y: y + offset, columns: boxWidth, style: .field)
          continue
        }
        let line = characters[lines[offset]]
        grid.write("", x: boxX, y: y + offset, columns: boxWidth, style: .field)
        guard focused, offset == caretLine else {
          let head = LineWindow.head(line, columns: boxWidth)
          let at = place(head)
          grid.write(
            head, x: at.x, y: y + offset, columns: at.columns, style: .field, align: at.align,
            direction: .content)
          markPlaceholders(
            head, x: at.x, y: y + offset, boxWidth: at.columns, alignedRight: grid.mirrored,
            into: &grid)
          continue
        }
        // Drawn unclipped, so the caret map of exactly this text says where the caret is.
        let columns = place(LineWindow.head(line, columns: boxWidth)).columns
        let shown = LineWindow.aroundCaret(line, caret: field.buffer.caret, columns: columns)
        let at = place(shown.text)
        grid.write(
          shown.text, x: at.x, y: y + offset, columns: at.columns, style: .field,
          align: at.align, direction: .content)
        markPlaceholders(
          shown.text, x: at.x, y: y + offset, boxWidth: at.columns, alignedRight: grid.mirrored,
          into: &grid)
        let caretX =
          grid.bidi == .app
          ? CaretMap(shown.text).column(
            of: shown.caret, boxWidth: at.columns, alignedRight: grid.mirrored)
          : shown.caretWidth
        if caretX >= 0, caretX < boxWidth {
          grid.paint(
            .caret, x: grid.origin(x: at.x, columns: at.columns) + caretX, y: y + offset,
            columns: 1, onScreen: true)
        }
      }
    }
  }

  /// Marks the placeholders still to fill (`{{…}}`) of a line as it is drawn, so the
  /// officer sees what Ctrl-S will ask for before pressing it. Each character's cell comes
  /// from the caret map, so a placeholder inside Arabic text is marked where it shows.
  private static func markPlaceholders(
    _ drawn: String, x: Int, y: Int, boxWidth: Int, alignedRight: Bool = false,
    into grid: inout CellGrid
  ) {
    let characters = Array(drawn)
    let marked = placeholderIndices(characters)
    guard !marked.isEmpty else { return }
    let map = grid.bidi == .app ? CaretMap(drawn) : nil
    // A line cut at the box's edge: where its characters land is not the map's.
    if let map, map.width > boxWidth { return }
    var logical = [0]
    for character in characters {
      logical.append((logical.last ?? 0) + TextLayout.width(of: String(character)))
    }
    let origin = grid.origin(x: x, columns: boxWidth)
    for index in marked {
      let column =
        map?.column(of: index, boxWidth: boxWidth, alignedRight: alignedRight) ?? logical[index]
      guard column >= 0, column < boxWidth else { continue }
      grid.paint(.error, x: origin + column, y: y, columns: 1, onScreen: true)
    }
  }

  /// The indices of the characters of every `{{…}}` in `characters`.
  static func placeholderIndices(_ characters: [Character]) -> [Int] {
    var marked: [Int] = []
    var index = 0
    while index + 1 < characters.count {
      guard characters[index] == "{", characters[index + 1] == "{" else {
        index += 1
        continue
      }
      var end = index + 2
      while end + 1 < characters.count, !(characters[end] == "}" && characters[end + 1] == "}") {
        end += 1
      }
      guard end + 1 < characters.count else { break }
      marked += Array(index...end + 1)
      index = end + 2
    }
    return marked
  }

  /// A score as the control draws it: every value of the scale, the chosen one in
  /// brackets, then its words (a satisfaction score), or how to answer while there is none.
  static func scoreText(_ score: Int?, scale: ClosedRange<Int>, text: UIText) -> String {
    let values = scale.map { $0 == score ? "[\(text.number($0))]" : " \(text.number($0)) " }
    let words: String =
      if let score {
        scale == SatisfactionForm.scale
          ? SatisfactionForm.Score(rawValue: score).map { text(.field(.satisfactionWord($0))) }
            ?? ""
          : ""
      } else {
        text(.field(.typeScore(scale)))
      }
    return values.joined() + "  " + words
  }

  static func frame(
    title: String, x: Int, y: Int, width: Int, height: Int, into grid: inout CellGrid
  ) {
    grid.clear(x: x, y: y, columns: width, rows: height)
    grid.write(
      "┌" + String(repeating: "─", count: max(0, width - 2)) + "┐", x: x, y: y, columns: width)
    grid.write(
      " " + title + " ", x: x + 2, y: y, columns: min(width - 4, TextLayout.width(of: title) + 2),
      style: .heading)
    for row in y + 1..<y + height - 1 {
      grid.write("│", x: x, y: row, columns: 1)
      grid.write("│", x: x + width - 1, y: row, columns: 1)
    }
    grid.write(
      "└" + String(repeating: "─", count: max(0, width - 2)) + "┘", x: x, y: y + height - 1,
      columns: width)
  }
}
