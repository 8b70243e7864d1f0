/// Where each part of the desk goes for a screen size. `render` draws into these boxes and
/// `update` pages and hit-tests with the same numbers, so they cannot disagree.
struct DeskLayout: Equatable, Sendable {
  struct Box: Equatable, Sendable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    func contains(x column: Int, y row: Int) -> Bool {
      column >= x && column < x + width && row >= y && row < y + height
    }
  }

  /// Side by side from this width; stacked (list above detail) below it.
  static let sideBySideWidth = 100

  let width: Int
  let height: Int
  let sideBySide: Bool
  /// The list's column titles sit on the first row of this box; its rows below them.
  let list: Box
  let detail: Box
  var statusRow: Int { 0 }
  var tabsRow: Int { 1 }
  var noticeRow: Int { height - 2 }
  var hintRow: Int { height - 1 }
  /// How many cases the list shows at once.
  var listRows: Int { max(1, list.height - 1) }

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    let top = 2
    let contentHeight = max(2, height - 4)
    sideBySide = width >= Self.sideBySideWidth
    if sideBySide {
      let listWidth = width * 60 / 100
      list = Box(x: 0, y: top, width: listWidth, height: contentHeight)
      detail = Box(x: listWidth + 1, y: top, width: width - listWidth - 1, height: contentHeight)
    } else {
      let listHeight = max(4, contentHeight * 45 / 100)
      list = Box(x: 0, y: top, width: width, height: listHeight)
      detail = Box(
        x: 0, y: top + listHeight + 1, width: width, height: max(1, contentHeight - listHeight - 1))
    }
  }
}
