/// Where each part of the desk goes for a screen size: the status bar, the tabs, the box a
/// screen draws in, the notice and the hints. `render` draws into these boxes and `update`
/// pages and hit-tests with the same numbers, so they cannot disagree.
struct DeskLayout: Equatable, Sendable {
  struct Box: Equatable, Sendable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    /// The first row below the box.
    var bottom: Int { y + height }

    func contains(x column: Int, y row: Int) -> Bool {
      column >= x && column < x + width && row >= y && row < y + height
    }
  }

  /// The inbox's list and detail in a box: side by side from `sideBySideWidth`, stacked
  /// (list above detail, a rule between) below it.
  struct Panes: Equatable, Sendable {
    let sideBySide: Bool
    /// The list's column titles sit on the first row of this box; its rows below them.
    let list: Box
    let detail: Box
    /// How many cases the list shows at once.
    var listRows: Int { max(1, list.height - 1) }

    init(_ box: Box) {
      sideBySide = box.width >= DeskLayout.sideBySideWidth
      if sideBySide {
        let listWidth = box.width * 60 / 100
        list = Box(x: box.x, y: box.y, width: listWidth, height: box.height)
        detail = Box(
          x: box.x + listWidth + 1, y: box.y, width: box.width - listWidth - 1, height: box.height)
      } else {
        let listHeight = max(4, box.height * 45 / 100)
        list = Box(x: box.x, y: box.y, width: box.width, height: listHeight)
        detail = Box(
          x: box.x, y: box.y + listHeight + 1, width: box.width,
          height: max(1, box.height - listHeight - 1))
      }
    }
  }

  static let sideBySideWidth = 100

  let width: Int
  let height: Int
  /// The box the shown screen draws in: everything between the tabs and the notice line.
  let content: Box
  var statusRow: Int { 0 }
  var tabsRow: Int { 1 }
  var noticeRow: Int { height - 2 }
  var hintRow: Int { height - 1 }

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    content = Box(x: 0, y: 2, width: width, height: max(2, height - 4))
  }

  /// The inbox's panes at this size.
  var panes: Panes { Panes(content) }
  var sideBySide: Bool { panes.sideBySide }
  var list: Box { panes.list }
  var detail: Box { panes.detail }
  var listRows: Int { panes.listRows }
}
