import Glibc

/// The OS account running Relations: who a change is recorded as (`actor`) and whose name
/// the status bar shows. Read from the password database, not `$USER`, which may be unset
/// or wrong (sudo, cron, a bare tmux).
public enum OSAccount {
  public static var current: String {
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return "uid\(geteuid())"
  }
}
