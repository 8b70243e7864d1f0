import Domain

/// The office's cases by id, without a dictionary: case numbers are handed out one after
/// another per channel, so each channel's cases sit in an array at their number.
///
/// A dictionary of cases (over 400 bytes each) keeps up to twice as many buckets as entries
/// and hashes on every event; for an office of 250,000 cases that was 100 MB of empty
/// buckets. Per-channel arrays also let the channels be read in parallel and joined without
/// copying a case. A number far beyond the others (never made by Relations itself) goes to
/// a small dictionary instead of stretching an array.
public struct CaseTable: Sendable {
  /// Per channel (in `Channel.allCases` order), case number n at index n − 1.
  private var parts: [[Case?]] = Array(repeating: [], count: Channel.allCases.count)
  private var far: [CaseID: Case] = [:]
  public private(set) var count = 0
  /// How far past the highest number a new number may be and still go into the array.
  private static let maximumGap = 100_000

  public init() {}

  private static func part(_ channel: Channel) -> Int {
    switch channel {
    case .visit: 0
    case .phone: 1
    case .social: 2
    case .letter: 3
    case .volunteer: 4
    case .website: 5
    }
  }

  public subscript(id: CaseID) -> Case? {
    let part = parts[Self.part(id.channel)]
    if id.number >= 1, id.number <= part.count { return part[id.number - 1] }
    return far[id]
  }

  /// Every case, by channel and number, as an array (to sort or keep); to go through them,
  /// iterate the table itself, which copies no case.
  public var values: [Case] { Array(self) }

  /// Adds the case, or replaces the one with its id.
  public mutating func put(_ item: Case) {
    let part = Self.part(item.id.channel)
    let number = item.id.number
    if number >= 1, number <= parts[part].count {
      if parts[part][number - 1] == nil { count += 1 }
      parts[part][number - 1] = item
    } else if number >= 1, number <= parts[part].count + Self.maximumGap {
      parts[part].append(contentsOf: repeatElement(nil, count: number - 1 - parts[part].count))
      parts[part].append(item)
      count += 1
    } else if far.updateValue(item, forKey: item.id) == nil {
      count += 1
    }
  }

  /// Adds every case of `other`; a channel this table has nothing of is taken over whole.
  public mutating func merge(_ other: CaseTable) {
    for part in parts.indices where !other.parts[part].isEmpty {
      if parts[part].isEmpty {
        parts[part] = other.parts[part]
        count += other.parts[part].lazy.filter { $0 != nil }.count
      } else {
        for case let item? in other.parts[part] { put(item) }
      }
    }
    for item in other.far.values { put(item) }
  }
}

extension CaseTable: Sequence {
  /// Walks the cases where they are, channel by channel, then the far ones by id.
  public struct Iterator: IteratorProtocol {
    fileprivate var parts: [[Case?]]
    fileprivate var far: [Case]
    fileprivate var part = 0
    fileprivate var index = 0

    public mutating func next() -> Case? {
      while part < parts.count {
        while index < parts[part].count {
          index += 1
          if let item = parts[part][index - 1] { return item }
        }
        part += 1
        index = 0
      }
      return far.popLast()
    }
  }

  public func makeIterator() -> Iterator {
    Iterator(parts: parts, far: far.values.sorted { $0.id > $1.id })
  }

  public var underestimatedCount: Int { count }
}
