import Glibc

/// The signals that end a command. A parent may start us with them blocked (a test runner's
/// thread, a service manager): `kill` would then not stop an `outbox --follow` or an ingest
/// a bridge runs, and it would outlive the bridge. Unblocked as the program starts, so every
/// thread after inherits the default.
enum EndingSignals {
  static func unblock() {
    var ending = sigset_t()
    sigemptyset(&ending)
    for number in [SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&ending, number) }
    pthread_sigmask(SIG_UNBLOCK, &ending, nil)
  }
}
