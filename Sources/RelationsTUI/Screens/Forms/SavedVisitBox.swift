import Domain

/// The box that reads a saved visit's number to the visitor: Enter closes it, `r` resolves
/// the visit on the spot, `n` opens the next visit's form.
enum SavedVisitBox {
  static func update(_ id: CaseID, _ key: KeyPress, _ context: ScreenContext) -> [ScreenRequest] {
    switch KeyTable.action(for: key, in: .savedVisit) {
    case .answeredOnTheSpot?:
      guard let saved = context.desk.item(id) else { return [] }
      return [.openForm(OnSpotForm.make(id, version: saved.version))]
    case .nextVisit?:
      return [
        .clearNotice,
        .openForm(IntakeForm.make(office: context.desk.office)),
      ]
    default:
      // Enter, or any other key: the number has been read; the box closes.
      return [.closeOverlay]
    }
  }

  static func render(_ id: CaseID, _ text: UIText, into grid: inout CellGrid) {
    let width = min(grid.width - 4, 60)
    let x = (grid.width - width) / 2
    let y = grid.height / 2 - 3
    FormView.frame(
      title: text(.visitSaved), x: x, y: y, width: width, height: 7, into: &grid)
    grid.write(
      text(.caseNumber(id)), x: x + 2, y: y + 2,
      columns: width - 4, style: .success, align: .center)
    grid.write(
      text(.readNumberToVisitor), x: x + 2, y: y + 3,
      columns: width - 4, align: .center)
    grid.write(
      KeyHints.line(for: [.savedVisit], text, separator: " · "), x: x + 2, y: y + 5,
      columns: width - 4, style: .dim, align: .center)
  }
}
