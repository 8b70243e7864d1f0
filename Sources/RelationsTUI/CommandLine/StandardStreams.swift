import Glibc

/// Standard input, output and error as the program starts.
enum StandardStreams {
  /// Opens /dev/null in place of any of the three that the caller closed (`exec <&-`):
  /// closed, its number would go to the next file opened, and a channel log could then be
  /// read as input or written as output. Closed stdin then reads as empty input.
  static func reopenClosed() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
      // The lowest free number is the one just found closed (those below it are open).
      _ = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
    }
  }
}
