import Domain

/// Opens the attach prompt on the selected case, or says why a file cannot be attached: no
/// case selected, a role that may not write on cases, a case that takes nothing (closed,
/// merged). The decider's own rule is asked with a stand-in file, so the form never opens
/// for nothing.
enum AttachPrompt {
  static func open(on item: Case?, _ context: ScreenContext) -> [ScreenRequest] {
    guard let item else { return [.notice(.refusal(.inbox(.selectCaseFirst)))] }
    let desk = context.desk
    if let refusal = desk.roleRefusal(unless: [.note, .cases]) {
      return [.notice(.refusal(refusal))]
    }
    let standIn = Attachment(
      name: "file", size: 0, type: "application/octet-stream",
      sha256: String(repeating: "0", count: 64))
    if let rejection = CaseDecider.refusal(of: .attach(standIn), on: item) {
      return [.notice(.refusal(.office(.rejection(rejection))))]
    }
    return [.openForm(AttachForm.make(for: item))]
  }
}
