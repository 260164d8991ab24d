import FactlintCore
import FactlintWorkspace
import Foundation

/// Checks a batch of drafts in parallel across the machine's cores; results
/// come back in the batch's order, whatever order the work finished in.
struct BatchRunner {
  struct Job: Sendable {
    var path: String
    var setup: Int
    /// The draft's bytes when they were not read from `path` (standard input).
    var bytes: [UInt8]? = nil
  }

  /// One file's outcome: a report, or why it could not be checked; plus notes for stderr.
  struct Outcome: Sendable {
    var report: FileReport?
    /// The least severe finding that fails the check, from the file's configuration.
    var failOn = Severity.error
    var notes: [String] = []
    /// `--fix` could not write the file (the original is unchanged).
    var writeFailed = false
  }

  var setups: [CheckSetup]
  var fix: Bool
  /// Whether reports keep the draft's text (the html format shows it).
  var keepDrafts = false
  var console: Console

  func run(_ jobs: [Job]) -> [Outcome] {
    let slots = Slots(count: jobs.count)
    let progress = ProgressLine(total: jobs.count, console: console)
    DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
      slots.set(i, check(jobs[i]))
      progress.fileDone()
    }
    progress.finish()
    return slots.values
  }

  private func check(_ job: Job) -> Outcome {
    let setup = setups[job.setup]
    var outcome = Outcome(failOn: setup.failOn)
    do {
      var draft = try job.bytes.map { bytes throws(DraftFile.ReadError) in try DraftFile.decode(bytes, path: job.path) } ?? DraftFile.read(job.path)
      var review = setup.checker.review(bytes: draft.bytes, policy: setup.policy)
      if fix {
        do {
          if let (fixed, count) = try DraftFixer.apply(draft, review.findings) {
            draft = fixed
            review = setup.checker.review(bytes: draft.bytes, policy: setup.policy)
            outcome.notes.append("factlint: fixed \(count) conflict\(count == 1 ? "" : "s") in \(job.path)")
          }
        } catch {
          outcome.notes.append("factlint: \(error)")
          outcome.writeFailed = true
        }
      }
      outcome.report = FileReport(path: job.path, bytes: draft.bytes, findings: review.findings, silenced: review.silenced.count, keepingDraft: keepDrafts)
    } catch {
      outcome.notes.append("factlint: \(error)")
    }
    return outcome
  }
}

/// Results written by index from many threads.
private final class Slots: @unchecked Sendable {
  private var storage: [BatchRunner.Outcome]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: BatchRunner.Outcome(), count: count) }

  func set(_ i: Int, _ value: BatchRunner.Outcome) {
    lock.lock()
    storage[i] = value
    lock.unlock()
  }

  var values: [BatchRunner.Outcome] {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }
}
