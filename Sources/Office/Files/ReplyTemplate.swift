import Domain
import Foundation

/// A reply template from `DATA/templates`: its file name without `.md`, its title (the first
/// `# ` line), the kinds of case and permit steps it is written for (its front matter), and
/// its text with placeholders the case fills (CONTRACTS.md, "The data directory").
public struct ReplyTemplate: Equatable, Sendable {
  public var id: String
  /// The whole file, front matter and title included.
  public var body: String
  /// The title: the first `# ` line, or the id when there is none.
  public var title: String
  /// The kinds of case the template is written for; empty for any kind.
  public var kinds: [CaseKind]
  /// The permit steps the template is written for; empty for any case, permit or not.
  public var steps: [PermitStep]

  public init(id: String, body: String) {
    self.id = id
    self.body = body
    let (header, rest) = Self.frontMatter(body)
    title =
      rest.first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)).trimmingSpaces } ?? id
    kinds = Self.words(header["kinds"]).compactMap(CaseKind.init(rawValue:))
    steps = Self.words(header["steps"]).compactMap(PermitStep.init(rawValue:))
  }

  /// The template as a document to read: its text without the front matter, which is for
  /// the picker, not for people.
  public var document: String {
    Self.frontMatter(body).rest.joined(separator: "\n")
  }

  /// Whether the template is written for `item`: one of its kinds (or any), and at one of
  /// its permit steps (or any step, or no permit at all when it names none).
  public func fits(_ item: Case) -> Bool {
    if !kinds.isEmpty, !kinds.contains(item.kind) { return false }
    if !steps.isEmpty {
      guard let step = item.permit?.step, steps.contains(step) else { return false }
    }
    return true
  }

  /// The reply for `item`: the front matter and the `# title` line dropped, and `{{case}}`,
  /// `{{name}}`, `{{reference}}`, `{{decision}}` and `{{resolution}}` filled in from the case.
  /// A placeholder the case cannot fill yet stays as written, for the officer to fill:
  /// `firstPlaceholder(in:)` finds it, and a reply holding one is never saved.
  public func text(for item: Case) -> String {
    var lines = Self.frontMatter(body).rest
    if let title = lines.firstIndex(where: { $0.hasPrefix("# ") }),
      lines[..<title].allSatisfy({ String($0).trimmingSpaces.isEmpty })
    {
      lines.removeSubrange(...title)
    }
    var text = lines.joined(separator: "\n").trimmingSpaces
    let arabic = id.hasSuffix(".ar")
    let decision = item.permit.flatMap { permit -> String? in
      switch permit.step {
      case .approved: arabic ? "الموافقة" : "approved"
      case .rejected: arabic ? "الرفض" : "rejected"
      // Once the requester is told, the step no longer says which way it went.
      default: nil
      }
    }
    let name = item.contact.name.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 }
    let values: [String: String?] = [
      "case": item.id.description,
      "name": name,
      "reference": item.permit?.decisionReference ?? item.permit?.authorityReference,
      "decision": decision,
      "resolution": item.resolution.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 },
    ]
    for (key, value) in values {
      if let value { text = text.replacingOccurrences(of: "{{\(key)}}", with: value) }
    }
    return text
  }

  /// The first `{{…}}` left in `text`, as written, with where it starts (in characters):
  /// what must be filled before the reply is saved.
  public static func firstPlaceholder(in text: String) -> (placeholder: String, offset: Int)? {
    guard let open = text.range(of: "{{"),
      let close = text.range(of: "}}", range: open.upperBound..<text.endIndex)
    else { return nil }
    return (
      String(text[open.lowerBound..<close.upperBound]),
      text.distance(from: text.startIndex, to: open.lowerBound)
    )
  }

  /// The `key: value` lines between a first line `---` and the next `---`, and the lines
  /// after them; a body without front matter is all `rest`.
  static func frontMatter(_ body: String) -> (header: [String: String], rest: [Substring]) {
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.first.map({ String($0).trimmingSpaces }) == "---",
      let end = lines.dropFirst().firstIndex(where: { String($0).trimmingSpaces == "---" })
    else { return ([:], Array(lines)) }
    var header: [String: String] = [:]
    for line in lines[1..<end] {
      guard let colon = line.firstIndex(of: ":") else { continue }
      header[String(line[..<colon]).trimmingSpaces.lowercased()] = String(
        line[line.index(after: colon)...])
    }
    return (header, Array(lines[(end + 1)...]))
  }

  /// The words of a front-matter value: separated by commas or spaces, in lower case.
  private static func words(_ value: String?) -> [String] {
    (value ?? "").lowercased().split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
  }
}
