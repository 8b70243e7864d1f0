import Domain

/// The first screen: the office and its channel logs with their record counts and any
/// problem found. A pure function of its values into lines of exactly `width` columns.
struct OverviewScreen {
  struct Row: Equatable {
    var channel: String
    var records: Int
    var problems: Int
  }

  var officeName: String
  var dataPath: String
  var user: String
  var date: String
  var rows: [Row]
  var message: String?

  func render(width: Int, height: Int) -> [String] {
    var lines: [String] = []
    let status = " Relations · \(date) · \(user) · \(officeName)"
    lines.append(TextLayout.fit(status, width))
    lines.append(TextLayout.fit("", width))
    lines.append(TextLayout.fit("  Data: \(dataPath)", width))
    lines.append(TextLayout.fit("", width))
    lines.append(
      TextLayout.fit(
        "  " + column("Channel", 20) + column("File", 20) + column("Records", 10, right: true)
          + "  Problems", width))
    for row in rows {
      let title = Channel(rawValue: row.channel)?.title.en ?? row.channel
      let problems = row.problems == 0 ? "none" : "\(row.problems) (run relations check)"
      lines.append(
        TextLayout.fit(
          "  " + column(title, 20) + column("\(row.channel).jsonl", 20)
            + column("\(row.records)", 10, right: true)
            + "  " + problems, width))
    }
    let total = rows.reduce(0) { $0 + $1.records }
    lines.append(
      TextLayout.fit("  " + column("All channels", 40) + column("\(total)", 10, right: true), width)
    )
    while lines.count < height - 2 { lines.append(TextLayout.fit("", width)) }
    lines = Array(lines.prefix(max(0, height - 2)))
    lines.append(TextLayout.fit(message.map { " " + $0 } ?? "", width))
    lines.append(
      TextLayout.fit(" q quit   Ctrl-C quit   (counts follow other terminals live)", width))
    return Array(lines.prefix(height))
  }

  private func column(_ text: String, _ columns: Int, right: Bool = false) -> String {
    if right {
      let cut = TextLayout.fit(text, columns).trimmingTrailingSpaces
      return String(repeating: " ", count: max(0, columns - TextLayout.width(of: cut))) + cut
    }
    return TextLayout.fit(text, columns)
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
