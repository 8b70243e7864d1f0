// A child process for the store's concurrency, crash and live-tail tests. It uses the real
// store on real files and reports on stdout what was acknowledged, line by line, flushed
// at once, so a test can kill it at any moment and know what it was promised.
//
//   StoreWorker append DIR CHANNEL COUNT [BATCH] [PAYLOAD_BYTES]
//       prints "ack ID SEQ" after each record's batch is durable
//   StoreWorker tail DIR CHANNEL SECONDS
//       prints "ready", then "seen ID" for every record appended after it started
//   StoreWorker open DIR CHANNEL
//       opens the log for writing (recovering a torn tail), prints "opened RECORDS"
import Glibc
import JSONStore

func say(_ text: String) {
  let line = Array((text + "\n").utf8)
  line.withUnsafeBytes { raw in
    var done = 0
    while done < raw.count {
      let written = write(1, raw.baseAddress.map { $0 + done }, raw.count - done)
      if written <= 0 { exit(3) }
      done += written
    }
  }
}

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
  say("usage: StoreWorker append|tail DIR CHANNEL ...")
  exit(2)
}
let directory = DataDirectory(path: arguments[2])
let channel = arguments[3]

do {
  switch arguments[1] {
  case "append":
    let count = Int(arguments[4]) ?? 1
    let batch = arguments.count > 5 ? Int(arguments[5]) ?? 1 : 1
    let payload = arguments.count > 6 ? Int(arguments[6]) ?? 40 : 40
    let log = try ChannelLog(directory: directory, channel: channel)
    let filler = String(repeating: "م", count: payload / 2)
    var written = 0
    while written < count {
      let size = min(batch, count - written)
      let drafts = (0..<size).map { offset in
        ChannelLog.Draft(
          stream: "S-\(getpid())-\(written + offset)", type: "test.appended",
          data: Array(#"{"n":\#(written + offset),"text":"\#(filler)"}"#.utf8), id: EventID.make(),
          timestamp: .now())
      }
      guard let seqs = try log.append(drafts, actor: "worker", expected: .noStream) else { break }
      for (draft, seq) in zip(drafts, seqs) { say("ack \(draft.id) \(seq)") }
      written += size
    }
  case "tail":
    let seconds = Double(arguments[4]) ?? 5
    let log = try ChannelLog(directory: directory, channel: channel, mode: .readOnly)
    log.sink = { view in say("seen \(view.id)") }
    say("ready")
    var waited = 0.0
    while waited < seconds {
      try log.poll()
      usleep(20_000)
      waited += 0.02
    }
  case "open":
    let log = try ChannelLog(directory: directory, channel: channel)
    say("opened \(log.index.recordCount)")
  default:
    say("unknown command \(arguments[1])")
    exit(2)
  }
} catch {
  say("error \(error)")
  exit(1)
}
