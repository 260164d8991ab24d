import Foundation

/// "checked 1200/5000 files" on stderr, rewritten in place: only when stderr
/// is a terminal and the batch is large enough to wait for.
final class ProgressLine: @unchecked Sendable {
  static let minimumFiles = 200

  private let total: Int
  private let console: Console
  private let enabled: Bool
  private let lock = NSLock()
  private var done = 0
  private var lastDrawn = ContinuousClock.now

  init(total: Int, console: Console) {
    self.total = total
    self.console = console
    enabled = console.stderrIsTerminal && total >= Self.minimumFiles
  }

  func fileDone() {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    done += 1
    let now = ContinuousClock.now
    guard now - lastDrawn > .milliseconds(100) || done == total else { return }
    lastDrawn = now
    console.err("\r\u{1B}[Kfactlint: checked \(done)/\(total) files")
  }

  func finish() {
    guard enabled else { return }
    console.err("\r\u{1B}[K")
  }
}
