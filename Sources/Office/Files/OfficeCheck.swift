import Domain
import JSONStore

/// Verifies every log of an office, for `relations check`: damaged records, torn tails,
/// seq gaps, breaks in the hash chain, newer formats, loose permissions anywhere in the office.
/// With `repair`, cuts torn tails (setting their bytes aside in quarantine) and tightens
/// permissions; damage in the middle of a file is only reported, never rewritten. With a
/// seal, also whether each sealed log still extends what was sealed (`OfficeSeal`).
public struct OfficeCheck {
  public struct Report {
    public var problems: [LogProblem] = []
    /// What is wrong with office.json, named by field.
    public var configuration: OfficeFile.Failure?
    public var repaired: [String] = []
    public var records = 0
    public var files = 0
    /// What recovery has set aside in quarantine/, by name, with its size: kept for a person
    /// to look at, never deleted by Relations.
    public var quarantined: [(name: String, bytes: Int)] = []
    /// What the logs no longer keep of the seal checked against, one sentence each.
    public var sealProblems: [String] = []
  }

  public let directory: DataDirectory

  public init(directory: DataDirectory) {
    self.directory = directory
  }

  /// Why office.json's `surveyInvitations` cannot invite anybody: a survey the office does
  /// not have, or whose main question is not 1 to 5. Resolving a case would otherwise queue
  /// nothing, silently.
  static func invitationProblem(_ office: OfficeConfiguration, directory: DataDirectory)
    -> OfficeFile.Failure?
  {
    guard let settings = office.surveyInvitations else { return nil }
    let surveys = (try? SurveyFile.loadAll(directory: directory.path)) ?? [:]
    guard let survey = surveys[settings.survey] else {
      return OfficeFile.Failure(
        field: "surveyInvitations.survey",
        reason:
          "there is no survey \"\(settings.survey)\" in surveys/; name one of \(surveys.keys.sorted().joined(separator: ", "))"
      )
    }
    guard survey.question(survey.primary)?.scale == .rating5 else {
      return OfficeFile.Failure(
        field: "surveyInvitations.survey",
        reason:
          "the main question of \"\(survey.id)\" is not rated 1 to 5, so it cannot be answered with one digit"
      )
    }
    return nil
  }

  public func run(repair: Bool, seal: OfficeSeal? = nil) throws -> Report {
    var report = Report()
    do throws(OfficeFile.Failure) {
      let office = try OfficeFile.load(directory: directory.path)
      report.configuration = Self.invitationProblem(office, directory: directory)
    } catch {
      report.configuration = error
    }
    // The whole office, not only the logs: office.json, surveys, drafts and quarantine
    // hold personal data too.
    let permissions = OfficePermissions(directory: directory)
    if repair {
      report.repaired += permissions.tighten()
    }
    report.problems += permissions.problems()
    let channels = directory.channelNames()
    for channel in channels {
      report.files += 1
      let sealed = seal?.entries.first { $0.file == "channels/\(channel).jsonl" }
      var hashesAtSealedSeq: [LineHash] = []
      let log = try ChannelLog(
        directory: directory, channel: channel, mode: repair ? .readWrite : .readOnly, strict: true,
        chain: true,
        sink: sealed.map { sealed in
          { view in
            if view.seq == sealed.seq, let hash = view.lineHash { hashesAtSealedSeq.append(hash) }
          }
        })
      report.records += log.index.recordCount
      report.problems += log.problems
      if let sealed {
        report.sealProblems += OfficeSeal.problems(
          of: sealed,
          reading: OfficeSeal.Reading(
            lastSeq: log.index.lastSeq, hashesAtSealedSeq: hashesAtSealedSeq,
            chainBreak: log.chainBreak))
      }
      for recovery in log.recoveries {
        report.repaired.append(
          "channels/\(channel).jsonl: cut a torn tail of \(recovery.bytes) bytes at byte \(recovery.offset); "
            + "its bytes are kept in \(recovery.quarantinedAt)")
      }
      let tail = try log.pendingTailBytes()
      if tail > 0 {
        report.problems.append(
          LogProblem(
            file: log.displayName, line: log.lineCount + 1, kind: .tornTail(bytes: tail),
            reason:
              "torn tail: \(tail) bytes after the last complete record (relations check --repair sets them aside in quarantine/)"
          ))
      }
    }
    for missing in seal?.entries ?? []
    where !channels.contains(where: { "channels/\($0).jsonl" == missing.file }) {
      report.sealProblems += OfficeSeal.problems(of: missing, reading: nil)
    }
    for (name, reason) in AttachmentStore(directory: directory).problems() {
      report.problems.append(LogProblem(file: name, line: 0, kind: .damagedRecord, reason: reason))
    }
    report.problems.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    report.quarantined = directory.quarantine.listing()
    return report
  }
}
