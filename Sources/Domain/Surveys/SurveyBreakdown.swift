import Foundation

/// Survey scores per group (channel, kind, program, department, month, party, mode). A group with fewer
/// responses than the office's `minGroupSize` is suppressed: no figures at all, so that no
/// small group (or single person) can be singled out. Evaluation serves improvement, never
/// punishment or shaming.
public struct SurveyBreakdown: Sendable, Equatable {
  public enum Dimension: String, Sendable, CaseIterable {
    case channel, kind, program, department, month, party
    /// How the answer was given: alone (a link, an SMS reply) or asked by staff. The two are
    /// biased differently (people are kinder to the person asking), so they are read apart.
    case mode
  }

  /// The `mode` group of an answer: `assisted` when staff asked, else `self-reported`.
  public static func mode(assisted: Bool) -> String { assisted ? "assisted" : "self-reported" }

  public struct Group: Sendable, Equatable {
    public var key: String
    /// nil, like every figure, when the group is suppressed.
    public var responses: Int?
    /// nil when suppressed.
    public var scores: SurveyScores?
    public var suppressed: Bool { scores == nil }
  }

  public var dimension: Dimension
  public var groups: [Group]

  /// Groups `responses` by `dimension`; `timeZone` decides which month a response is in.
  public init(
    definition: SurveyDefinition, responses: [SurveyResponse], by dimension: Dimension,
    minGroupSize: Int,
    timeZone: TimeZone
  ) {
    self.dimension = dimension
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let grouped = Dictionary(grouping: responses) { response -> String in
      switch dimension {
      case .channel: response.channel?.rawValue ?? "unknown"
      case .kind: response.kind?.rawValue ?? "unknown"
      case .program: response.program ?? "none"
      case .department: response.department ?? "none"
      case .party: response.party?.rawValue ?? "unknown"
      case .mode: Self.mode(assisted: response.assisted)
      case .month:
        {
          let parts = calendar.dateComponents([.year, .month], from: response.receivedAt)
          let month = parts.month ?? 0
          return "\(parts.year ?? 0)-\(month < 10 ? "0" : "")\(month)"
        }()
      }
    }
    groups = grouped.keys.sorted().map { key in
      let members = grouped[key] ?? []
      let shown = members.count >= max(1, minGroupSize)
      return Group(
        key: key, responses: shown ? members.count : nil,
        scores: shown ? SurveyScores(definition: definition, responses: members) : nil)
    }
  }
}
