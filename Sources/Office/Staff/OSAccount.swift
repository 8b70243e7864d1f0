import Glibc

/// The OS account running Relations: who a change is recorded as (`actor`) and whose role
/// applies. The real user id, read from the password database, not `$USER`, which may be
/// unset or wrong (sudo, cron, a bare tmux), nor the effective id a set-uid wrapper would give.
public enum OSAccount {
  public static var current: String {
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return "uid\(getuid())"
  }
}
