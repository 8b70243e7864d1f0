import Domain
import Foundation
import JSONStore

/// The office's Markdown documents: `DATA/library/*.md` and `DATA/templates/*.md`, each by
/// its file name without `.md`, in name order. A file that cannot be read, or that is not a
/// regular file (a link, a FIFO), is left out.
public enum OfficeDocuments {
  public static func read(_ folder: String) -> [(id: String, text: String)] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted().compactMap { name in
      guard let bytes = try? RegularFile.read("\(folder)/\(name)", shown: name) else { return nil }
      return (String(name.dropLast(3)), String(decoding: bytes, as: UTF8.self))
    }
  }
}

/// The reference documents of `DATA/library`, titled by their first `# ` line.
public enum LibraryDocuments {
  public static func load(directory: String) -> [LibraryDocument] {
    OfficeDocuments.read(directory + "/library").map { id, body in
      let title =
        body.split(separator: "\n").first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)) }
        ?? id
      return LibraryDocument(id: id, title: title, body: body)
    }
  }
}

/// The reply templates of `DATA/templates`.
public enum ReplyTemplates {
  public static func load(directory: String) -> [ReplyTemplate] {
    OfficeDocuments.read(directory + "/templates").map {
      ReplyTemplate(id: $0.id, body: $0.text.trimmingSpaces)
    }
  }
}

/// A reference document from `DATA/library` (or a reply template, for the library screen):
/// its file name, its title (the first `# ` line) and its text.
public struct LibraryDocument: Equatable, Sendable {
  public var id: String
  public var title: String
  public var body: String
  public var isTemplate = false

  public init(id: String, title: String, body: String, isTemplate: Bool = false) {
    self.id = id
    self.title = title
    self.body = body
    self.isTemplate = isTemplate
  }
}
