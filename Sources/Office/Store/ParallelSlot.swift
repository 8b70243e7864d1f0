/// A value handed to another thread by someone who knows no one else touches it meanwhile:
/// each channel's fold while the channel files are read in parallel.
public final class ParallelSlot<Value>: @unchecked Sendable {
  public var value: Value

  public init(_ value: Value) {
    self.value = value
  }
}

/// The store as its logs' record handlers see it: unowned, as the store owns the logs.
public final class StoreReference: @unchecked Sendable {
  public unowned let store: OfficeStore

  public init(_ store: OfficeStore) {
    self.store = store
  }
}
