import Domain
import Foundation
import Office

/// `relations report surveys --format text`: the report as a table for people, in the
/// office's language.
extension SurveyReport {
  /// A table for people: figures, the 1–5 distribution and groups as bars.
  func text(language: Language) -> String {
    func percent(_ value: Double?) -> String {
      value.map { String(format: "%.0f%%", $0 * 100) } ?? "–"
    }
    func decimal(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "–" }
    func bar(_ share: Double, width: Int = 30) -> String {
      let eighths = Int((share * Double(width) * 8).rounded())
      let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
      return String(repeating: "█", count: eighths / 8) + blocks[eighths % 8]
    }
    let text = UIText(language: language)
    var lines: [String] = []
    let period =
      "\(from?.description ?? text(.start)) … \(to?.description ?? text(.today))"
    lines.append("\(text(survey.title)) (\(survey.id)) · \(period)")
    lines.append(
      text(.responses) + " \(scores.responses)   " + text(.responseRate) + " "
        + percent(responseRate))
    let nps = scores.nps.score.map { String(format: "%+.0f", $0) } ?? "–"
    lines.append(
      "CSAT \(percent(scores.overall.csat)) (95% \(percent(scores.overall.csatLow))–"
        + "\(percent(scores.overall.csatHigh)))   " + text(.mean) + " "
        + "\(decimal(scores.overall.mean)) / 5   NPS \(nps)")
    lines.append("")
    let total = max(1, scores.overall.n)
    for value in (1...5).reversed() {
      let count = scores.overall.distribution[value - 1]
      lines.append(
        "  \(value)  \(String(count).leftPadded(5))  \(bar(Double(count) / Double(total)))")
    }
    lines.append("")
    for question in scores.questions {
      let title =
        survey.questions.first { $0.id == question.id }.map { text($0.text) } ?? question.id
      lines.append(
        "  \(question.id.padded(12)) n \(String(question.n).leftPadded(5))   "
          + text(.mean) + " " + decimal(question.mean)
          + (text.isArabic ? "   \(title)" : ""))
    }
    if let breakdown {
      lines.append("")
      lines.append(text(.by(breakdown.dimension.rawValue)))
      for var group in breakdown.groups {
        // Self-reported or assisted in Arabic words; other keys, and English ones, are ids.
        if breakdown.dimension == .mode, text.isArabic {
          group.key = text(.surveys(.mode(assisted: group.key == "assisted")))
        }
        if let scores = group.scores {
          lines.append(
            "  \(group.key.padded(16)) n \(String(group.responses ?? 0).leftPadded(5))  CSAT \(percent(scores.overall.csat).leftPadded(4))  \(bar(scores.overall.csat ?? 0, width: 20))"
          )
        } else {
          lines.append(
            "  \(group.key.padded(16)) " + text(ReportPhrase.suppressed))
        }
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  fileprivate func padded(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
  fileprivate func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
