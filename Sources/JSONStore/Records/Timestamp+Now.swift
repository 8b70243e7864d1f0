import Glibc

extension Timestamp {
  /// The current time from the system clock. Only the edges (store, terminal) read it; the
  /// Domain is handed times.
  public static func now() -> Timestamp {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Timestamp(
      millisecondsSince1970: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
  }
}
