import Domain
import Foundation
import Testing

@testable import Office

/// A reply template says in its front matter which kinds of case and permit steps it is
/// written for, fills what the case knows, and leaves the rest marked for the officer.
@Suite struct ReplyTemplateTests {
  static let now = Date(timeIntervalSince1970: 1_795_586_400)

  /// A case opened and taken through `commands` by the decider.
  static func item(_ kind: CaseKind, name: String? = "Ahmed Khan", _ commands: [CaseCommand] = [])
    throws -> Case
  {
    let id = CaseID(channel: .visit, number: 3)
    let open = CaseCommand.open(
      CaseChange.Opening(
        id: id, kind: kind, subject: "Subject",
        contact: ContactDetails(name: name, phone: PhoneNumber("0551230010")), receivedAt: now))
    var item: Case?
    for command in [open] + commands {
      item = try CaseDecider.decide(command, item, at: now, by: .manager("huda")).reduce(
        item, CaseDecider.evolve)
    }
    return try #require(item)
  }

  static let resolved = ReplyTemplate(
    id: "complaint-resolved.ar",
    body: """
      ---
      kinds: complaint, suggestion
      ---
      # معالجة الملاحظة

      نشكر لكم ملاحظتكم رقم {{case}}، وقد تمت معالجتها: {{resolution}}.
      """)

  @Test func theFrontMatterNamesTheKindsAndStepsAndTheTitleFollowsIt() {
    #expect(Self.resolved.kinds == [.complaint, .suggestion])
    #expect(Self.resolved.steps.isEmpty)
    #expect(Self.resolved.title == "معالجة الملاحظة")
    let decision = ReplyTemplate(
      id: "d", body: "---\nkinds: permit\nsteps: approved, rejected\n---\n# Decision\n\nText")
    #expect(decision.steps == [.approved, .rejected])
  }

  @Test func aComplaintTemplateDoesNotFitAnOpenInquiry() throws {
    #expect(!Self.resolved.fits(try Self.item(.inquiry)))
    #expect(Self.resolved.fits(try Self.item(.complaint)))
  }

  @Test func aTemplateForPermitStepsFitsOnlyAPermitAtOneOfThem() throws {
    let decision = ReplyTemplate(
      id: "d", body: "---\nkinds: permit\nsteps: approved, rejected\n---\n# Decision\n\nText")
    #expect(!decision.fits(try Self.item(.permit)))
    let date = Self.now
    let approved = try Self.item(
      .permit,
      [
        .submitPermit(reference: "T-1", date: date),
        .decidePermit(approved: true, reference: "D-9", date: date),
      ])
    #expect(decision.fits(approved))
  }

  @Test func aTemplateWithNoFrontMatterFitsEveryCase() throws {
    let any = ReplyTemplate(id: "ack", body: "# Ack\n\nWe received {{case}}.")
    let inquiry = try Self.item(.inquiry)
    let permit = try Self.item(.permit)
    #expect(any.fits(inquiry) && any.fits(permit))
    #expect(any.text(for: inquiry) == "We received V-000003.")
  }

  @Test func theReplyLeavesOutTheFrontMatterAndTitleAndFillsWhatTheCaseKnows() throws {
    let done = try Self.item(.complaint, [.resolve(resolution: "The lesson was moved")])
    let text = Self.resolved.text(for: done)
    #expect(!text.contains("kinds") && !text.contains("---") && !text.contains("#"))
    #expect(text.contains("V-000003") && text.contains("The lesson was moved"))
    #expect(ReplyTemplate.firstPlaceholder(in: text) == nil)
  }

  @Test func aPlaceholderTheCaseCannotFillStaysAndIsFoundWithWhereItStarts() throws {
    let text = Self.resolved.text(for: try Self.item(.complaint))
    let found = try #require(ReplyTemplate.firstPlaceholder(in: text))
    #expect(found.placeholder == "{{resolution}}")
    #expect(Array(text)[found.offset] == "{")
  }

  @Test func aPersonWithNoNameLeavesTheNamePlaceholderToFill() throws {
    let hello = ReplyTemplate(id: "hello", body: "# Hello\n\nDear {{name}},")
    let text = hello.text(for: try Self.item(.inquiry, name: nil))
    #expect(ReplyTemplate.firstPlaceholder(in: text)?.placeholder == "{{name}}")
  }

  @Test func theBundledTemplatesSayWhatTheyFit() {
    let bundled = BundledDocuments.templates.map { ReplyTemplate(id: $0.key, body: $0.value) }
    let byID = Dictionary(uniqueKeysWithValues: bundled.map { ($0.id, $0) })
    #expect(byID["complaint-resolved.ar.md"]?.kinds == [.complaint, .suggestion])
    #expect(byID["permit-decision.ar.md"]?.steps == [.approved, .rejected])
    #expect(byID["permit-explained.en.md"]?.steps == [.received, .submitted])
    #expect(byID["acknowledge.en.md"]?.kinds == [])
  }
}
