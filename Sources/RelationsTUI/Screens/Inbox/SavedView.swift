import Domain

/// Filters a member of staff saved under a name (`f`, then a name), listed with the
/// built-in views (`V`) and kept in `DATA/views/USER.json` (`ViewStore`).
struct SavedView: Equatable, Sendable {
  var name: String
  /// The view and filters; the search and order are not part of a view.
  var query: InboxQuery

  init(name: String, query: InboxQuery) {
    self.name = name
    var filters = query
    filters.search = ""
    filters.order = .due
    self.query = filters
  }

  /// The list with `view` added, or put in place of the one of the same name.
  static func saving(_ view: SavedView, in views: [SavedView]) -> [SavedView] {
    var views = views
    if let index = views.firstIndex(where: { $0.name == view.name }) {
      views[index] = view
    } else {
      views.append(view)
    }
    return views
  }
}
