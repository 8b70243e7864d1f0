import Domain
import Foundation

/// A low score's follow-up in words: its line in the case detail and its row in the surveys
/// screen's list. Names and notes come from people and are isolated for bidi.
enum FollowUpText {
  /// `2/5`, or `3/10` for a recommendation alone: only the scores that are low, so a 10/10
  /// beside a 2/5 is not listed as a low score.
  static func score(_ followUp: FollowUp, _ text: UIText) -> String {
    let low = followUp.lowScores
    return text(.surveys(.score(primary: low.primary, recommend: low.recommend)))
  }

  /// `Fatima, due 30 Nov`, or that nobody took it yet. Days are in words here; ISO is
  /// only for the field a day is typed in.
  static func ownerDue(_ followUp: FollowUp, desk: Desk, dates: DateText, now: Date) -> String {
    desk.text(
      .surveys(
        .ownerDue(
          owner: followUp.owner.map { Bidi.isolate(desk.staffName($0)) },
          due: followUp.due.map { Bidi.isolate(dates.shortDay($0, now: now)) })))
  }

  /// The case detail's line: open with its owner and due, or done with its note.
  static func onCase(
    _ followUp: FollowUp, desk: Desk, dates: DateText, now: Date, shown: (String) -> String
  ) -> String {
    let text = desk.text
    guard let done = followUp.done else {
      return text(
        .surveys(
          .openOnCase(
            score: score(followUp, text),
            ownerDue: ownerDue(followUp, desk: desk, dates: dates, now: now))))
    }
    return text(
      .surveys(
        .doneOnCase(
          by: Bidi.isolate(desk.staffName(done.by)),
          on: Bidi.isolate(dates.shortDay(done.at, now: now)),
          note: Bidi.isolate(shown(done.note)))))
  }

  /// The list's row: case, score, day, program, owner and due; `group` first when the
  /// figures are broken down.
  static func row(
    _ item: Case, _ followUp: FollowUp, group: String?, desk: Desk, dates: DateText, now: Date
  ) -> String {
    let text = desk.text
    let program =
      item.program.map { id in
        desk.office.programs.first { $0.id == id }?.name.text(in: desk.language) ?? id
      } ?? "–"
    let parts = [
      group.map { Bidi.isolate($0) }, "\(item.id)", score(followUp, text),
      Bidi.isolate(dates.shortDay(followUp.scoredAt, now: now)),
      Bidi.isolate(String(TextLayout.head(program, columns: 24))),
      ownerDue(followUp, desk: desk, dates: dates, now: now),
    ]
    return parts.compactMap { $0 }.joined(separator: "  ")
  }
}
