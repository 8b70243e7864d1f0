import Domain
import Foundation
import JSONStore

/// Lays out a new office (CONTRACTS.md): office.json, the six channel logs, and the folders
/// for surveys, templates, library, quarantine and drafts. One account's office: folders 0700,
/// files 0600. A team's (`group`): folders setgid 2770 and files 0660 with that group,
/// `drafts/` 1770.
public struct OfficeScaffold {
  public let directory: DataDirectory
  public let demo: Bool
  /// The group a shared office belongs to; nil for one account's office.
  public let group: gid_t?
  /// The account written into office.json as the first manager.
  public let manager: String

  public init(
    directory: DataDirectory, demo: Bool, group: gid_t? = nil,
    manager: String = OSAccount.current
  ) {
    self.directory = directory
    self.demo = demo
    self.group = group
    self.manager = manager
  }

  /// The number of the group named `name`, or a sentence saying what to do.
  public static func group(named name: String) throws -> gid_t {
    guard let entry = getgrnam(name) else {
      throw Failure(
        "There is no group named \(name); create it (groupadd \(name)) and add the team to it, or name an existing group. Nothing was created."
      )
    }
    return entry.pointee.gr_gid
  }

  /// Creates the office; refuses a folder that already holds one, so nothing is overwritten.
  public func create() throws {
    let manager = FileManager.default
    if manager.fileExists(atPath: directory.path + "/office.json") {
      throw OfficeScaffold.Failure(
        "\(directory.path) already holds an office (office.json exists); nothing was changed. Choose another folder."
      )
    }
    let sharing: OfficeSharing = group.map { .group($0) } ?? .privateToOwner
    do {
      // The data folder first: its mode and group tell every later process how to share.
      try OfficeSharing.privateToOwner.makeFolder(directory.path)
    } catch {
      throw LogError.io(file: directory.path, error)
    }
    guard sharing.apply(toPath: directory.path, mode: sharing.folderMode(), folder: true),
      directory.sharing == sharing
    else {
      throw Failure(
        "Could not give \(directory.path) the mode \(String(sharing.folderMode(), radix: 8))\(group.map { " and the group \(OfficePermissions.groupName($0))" } ?? ""); run init as the folder's owner, as a member of the group. Nothing else was created."
      )
    }
    try directory.prepare()
    for folder in ["surveys", "templates", "library", "quarantine", "drafts"] {
      try makeDirectory(directory.path + "/" + folder, sharing: sharing)
    }
    try writePrivateFile(directory.path + "/office.json", Array(officeJSON.utf8))
    for (name, text) in SurveyFile.bundled.sorted(by: { $0.key < $1.key }) {
      try writePrivateFile(directory.path + "/surveys/" + name, Array(text.utf8))
    }
    for (name, text) in BundledDocuments.templates.sorted(by: { $0.key < $1.key }) {
      try writePrivateFile(directory.path + "/templates/" + name, Array((text + "\n").utf8))
    }
    if demo {
      for (name, text) in BundledDocuments.library.sorted(by: { $0.key < $1.key }) {
        try writePrivateFile(directory.path + "/library/" + name, Array((text + "\n").utf8))
      }
    }
    for channel in Channel.allCases {
      let path = directory.channelPath(channel.rawValue)
      if !manager.fileExists(atPath: path) {
        _ = try ChannelLog(directory: directory, channel: channel.rawValue)
      }
    }
  }

  private func makeDirectory(_ path: String, sharing: OfficeSharing) throws {
    let personal = OfficeSharing.personalFolders.contains(
      String(path.split(separator: "/").last ?? ""))
    do {
      try sharing.makeFolder(path, personal: personal)
    } catch {
      throw LogError.io(file: path, error)
    }
    sharing.apply(toPath: path, mode: sharing.folderMode(personal: personal), folder: true)
  }

  private func writePrivateFile(_ path: String, _ bytes: [UInt8]) throws {
    guard
      FileManager.default.createFile(
        atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]),
      directory.sharing.apply(toPath: path, mode: directory.sharing.fileMode(), folder: false)
    else {
      throw OfficeScaffold.Failure(
        "Could not write \(path); check that the folder is writable.")
    }
  }

  /// The office's configuration. The demo office is a realistic Saudi association; a new
  /// office starts with the same calendar and targets and no staff but its first manager
  /// (whoever runs init, or `--manager`).
  public var officeJSON: String {
    if demo { return Self.demoOffice }
    // Escaped as JSON: an account name is text from outside.
    let account = Self.jsonString(manager)
    return """
      {
        "name": { "ar": "مكتب جديد", "en": "New office" },
        "timeZone": "Asia/Riyadh",
        "workingDays": ["sun", "mon", "tue", "wed", "thu"],
        "hours": { "start": "08:00", "end": "16:00" },
        "holidays": [],
        "language": "ar",
        "minGroupSize": 5,
        "staff": [ { "account": \(account), "name": \(account), "role": "manager" } ],
        "departments": [],
        "programs": []
      }

      """
  }

  /// `text` as a JSON string literal, quotes included.
  static func jsonString(_ text: String) -> String {
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: [text], options: [.withoutEscapingSlashes])
    else { return "\"\"" }
    return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
  }

  public static let demoOffice = """
    {
      "name": { "ar": "جمعية الدعوة والإرشاد وتوعية الجاليات", "en": "Da'wa, Guidance and Community Awareness Association" },
      "demo": true,
      "timeZone": "Asia/Riyadh",
      "workingDays": ["sun", "mon", "tue", "wed", "thu"],
      "hours": { "start": "08:00", "end": "16:00" },
      "holidays": [
        { "from": "2026-03-19", "to": "2026-03-24", "name": { "ar": "إجازة عيد الفطر", "en": "Eid al-Fitr" } },
        { "from": "2026-05-25", "to": "2026-05-30", "name": { "ar": "إجازة عيد الأضحى", "en": "Eid al-Adha" } },
        { "from": "2027-03-09", "to": "2027-03-14", "name": { "ar": "إجازة عيد الفطر", "en": "Eid al-Fitr" } },
        { "from": "2027-05-15", "to": "2027-05-20", "name": { "ar": "إجازة عيد الأضحى", "en": "Eid al-Adha" } }
      ],
      "language": "ar",
      "minGroupSize": 5,
      "surveyInvitations": { "survey": "service", "recommend": true, "days": 7 },
      "sla": {
        "inquiry":    { "firstResponse": "4h", "resolution": "2d" },
        "complaint":  { "firstResponse": "2h", "resolution": "5d" },
        "suggestion": { "firstResponse": "1d", "resolution": "10d" },
        "service":    { "firstResponse": "4h", "resolution": "3d" },
        "permit":     { "firstResponse": "4h", "resolution": "20d", "submit": "2d", "notify": "4h" }
      },
      "staff": [
        { "account": "huda",   "name": "هدى العتيبي",   "role": "frontdesk" },
        { "account": "omar",   "name": "عمر القحطاني",  "role": "officer" },
        { "account": "khalid", "name": "خالد الزهراني", "role": "manager" },
        { "account": "sara",   "name": "سارة الشهري",   "role": "officer" }
      ],
      "departments": [
        { "id": "relations",  "name": { "ar": "علاقات المستفيدين", "en": "Beneficiary relations" }, "kinds": ["inquiry", "complaint", "suggestion", "service"] },
        { "id": "programs",   "name": { "ar": "البرامج الدعوية",   "en": "Da'wa programs" } },
        { "id": "communities","name": { "ar": "توعية الجاليات",    "en": "Community awareness" } },
        { "id": "volunteers", "name": { "ar": "إدارة التطوع",      "en": "Volunteer management" }, "kinds": ["permit"] }
      ],
      "programs": [
        { "id": "friday-talk",   "name": { "ar": "الكلمة الأسبوعية",           "en": "Weekly talk" },           "department": "programs" },
        { "id": "new-muslims",   "name": { "ar": "برنامج رعاية المهتدين الجدد", "en": "New Muslims care" },     "department": "communities" },
        { "id": "ramadan-iftar", "name": { "ar": "إفطار صائم",                  "en": "Ramadan iftar" },        "department": "programs" },
        { "id": "quran-circle",  "name": { "ar": "حلقات تحفيظ القرآن",          "en": "Quran memorisation" },   "department": "programs" },
        { "id": "urdu-lessons",  "name": { "ar": "دروس باللغة الأردية",         "en": "Lessons in Urdu" },      "department": "communities" }
      ]
    }

    """
}

extension OfficeScaffold {
  /// Why an office could not be made: one sentence saying what to do.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
      self.description = description
    }
  }
}
