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

  public func run(repair: Bool, seal: OfficeSeal? = nil) throws -> Report {
    var report = Report()
    do throws(OfficeFile.Failure) {
      _ = try OfficeFile.load(directory: directory.path)
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
