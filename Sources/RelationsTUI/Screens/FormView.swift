import Domain

/// A form or prompt drawn as a box over the desk: labelled fields, the caret, each field's
/// problem under it, and for the intake form the person the phone number recognises.
enum FormView {
  /// The label column: ten cells, wider for forms whose labels are questions.
  static func labelWidth(_ form: Form, inner: Int) -> Int {
    let widest = form.fields.map { TextLayout.width(of: $0.label) + 1 }.max() ?? 10
    return max(10, min(widest, inner / 2))
  }

  static func draw(_ form: Form, desk: Desk, into grid: inout CellGrid) {
    let width = min(grid.width - 4, 96)
    var body: [(draw: (inout CellGrid, Int, Int) -> Void, rows: Int)] = []
    let inner = width - 4
    let labelWidth = labelWidth(form, inner: inner)
    for (index, field) in form.fields.enumerated() {
      let rows: Int
      switch field.input {
      case .lines: rows = form.purpose == .intake ? 3 : 5
      case .line, .choice: rows = 1
      }
      body.append(
        (
          { grid, x, y in
            drawField(
              field, focused: index == form.focus, x: x, y: y, width: inner, rows: rows,
              labelWidth: labelWidth, into: &grid)
          }, rows
        ))
      if let problem = field.problem {
        body.append(
          (
            { grid, x, y in
              grid.write(
                String(repeating: " ", count: labelWidth) + problem, x: x, y: y, columns: inner,
                style: .error)
            }, 1
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
      let wrapped = TextLayout.wrap(problem, inner)
      body.append(
        (
          { grid, x, y in
            for (offset, line) in wrapped.enumerated() {
              grid.write(line, x: x, y: y + offset, columns: inner, style: .error)
            }
          }, wrapped.count
        ))
    }
    let keys =
      form.confirmingCancel
      ? desk.text(
        "Discard what was typed? y discards · any other key goes back to the form",
        "تجاهل ما كُتب؟ y يتجاهله · أي مفتاح آخر يعيدك إلى النموذج")
      : desk.text(
        "Tab next · Shift-Tab back · ←/→ choose · Ctrl-S save · Esc cancel",
        "Tab التالي · Shift-Tab السابق · ←/→ اختيار · Ctrl-S حفظ · Esc إلغاء")
    body.append(
      (
        { grid, x, y in
          grid.write(keys, x: x, y: y, columns: inner, style: form.confirmingCancel ? .error : .dim)
        }, 1
      ))

    let height = min(grid.height - 2, body.reduce(0) { $0 + $1.rows + 0 } + 4)
    let x = (grid.width - width) / 2
    let y = max(1, (grid.height - height) / 2)
    frame(title: form.title, x: x, y: y, width: width, height: height, into: &grid)
    var row = y + 2
    for part in body where row + part.rows <= y + height - 1 {
      part.draw(&grid, x + 2, row)
      row += part.rows
    }
  }

  private static func recognition(_ known: Contact?, desk: Desk) -> [String] {
    let text = desk.text
    guard let known else {
      return [
        "",
        text(
          "A returning person is recognised by their phone number.",
          "يُتعرّف على المراجع العائد من رقم جواله."),
        "",
      ]
    }
    let recent = known.cases.suffix(2).reversed().map { id -> String in
      guard let item = desk.item(id) else { return id.description }
      return "\(id) \(text.status(item.status)): \(Bidi.isolate(item.subject))"
    }
    let name = known.name.map(Bidi.isolate) ?? text("(no name)", "(بلا اسم)")
    let count = known.cases.count
    let heading = text(
      "Known: \(name) · \(count) earlier case\(count == 1 ? "" : "s")",
      "معروف: \(name) · حالات سابقة: \(text.number(count))")
    return [heading] + recent + Array(repeating: "", count: max(0, 2 - recent.count))
  }

  private static func drawField(
    _ field: FormField, focused: Bool, x: Int, y: Int, width: Int, rows: Int, labelWidth: Int,
    into grid: inout CellGrid
  ) {
    grid.write(field.label, x: x, y: y, columns: labelWidth, style: focused ? .heading : .normal)
    let boxX = x + labelWidth
    let boxWidth = width - labelWidth
    switch field.input {
    case .choice(let choices):
      let label = choices.indices.contains(field.selected) ? choices[field.selected].label : ""
      let text = focused ? "◂ \(label) ▸" : "  \(label)"
      grid.write(text, x: boxX, y: y, columns: boxWidth, style: focused ? .selected : .field)
    case .line, .lines:
      // Only the lines the box shows, and of each only what fits, are measured and drawn:
      // a field may hold a paste of any length (LineWindow).
      let characters = field.buffer.characters
      let (lines, caretLine) = LineWindow.lines(
        characters, caret: field.buffer.caret, rows: rows)
      for offset in 0..<rows {
        guard lines.indices.contains(offset) else {
          grid.write("", x: boxX, y: y + offset, columns: boxWidth, style: .field)
          continue
        }
        let line = characters[lines[offset]]
        guard focused, offset == caretLine else {
          grid.write(
            LineWindow.head(line, columns: boxWidth), x: boxX, y: y + offset, columns: boxWidth,
            style: .field, direction: .content)
          continue
        }
        // Drawn unclipped, so the caret map of exactly this text says where the caret is.
        let shown = LineWindow.aroundCaret(line, caret: field.buffer.caret, columns: boxWidth)
        grid.write(
          shown.text, x: boxX, y: y + offset, columns: boxWidth, style: .field,
          direction: .content)
        let caretX =
          grid.bidi == .app
          ? CaretMap(shown.text).column(of: shown.caret, boxWidth: boxWidth)
          : shown.caretWidth
        if caretX >= 0, caretX < boxWidth {
          grid.paint(
            .caret, x: grid.origin(x: boxX, columns: boxWidth) + caretX, y: y + offset,
            columns: 1, onScreen: true)
        }
      }
    }
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
