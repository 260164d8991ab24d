import FactlintCore
import FactlintWorkspace
import Foundation

/// `factlint check [options] PATHS…`: finds the drafts, the configuration
/// that governs each, checks them in parallel and renders the results.
struct CheckCommand {
  static let usage = """
    usage: factlint check [options] PATHS…
           factlint check [options] [--stdin-filename NAME] -
      Checks Markdown and text drafts (files, folders searched recursively, globs)
      against the fact base; `-` reads one draft from standard input. Settings
      come from the nearest .factlint.json above each draft; options given here
      win over it. Exits 0 when clean, 1 on findings, 2 when nothing could be
      checked (no drafts found) or on a usage error.
    options:
      --config FILE         use this configuration file for every draft (no search)
      --facts FILE          add a fact base file (repeatable)
      --no-default-facts    do not load the built-in fact base
      --sources DIR         source texts (<source id>.txt) to locate quotes in
      --format FORMAT       text (default), json, sarif, github or html
      --fail-on SEVERITY    exit 1 when a finding is at least this severe:
                            error (default), warning, information, hint
      --baseline FILE       report only findings not recorded in FILE
      --write-baseline FILE record today's findings in FILE (and exit 0)
      --shard I/N           check only the I-th of N parts of the batch (for CI matrices)
      --strict              exit 2 when a file cannot be checked (not UTF-8, binary, unreadable)
      --fix                 apply every conflict's replacement, writing files atomically
      --color WHEN          auto (default), always or never
      --stdin-filename NAME the name of the draft read from `-`, for messages and
                            for finding its .factlint.json
    """

  let console: Console

  func run(_ args: [String]) throws -> ExitCode {
    let started = ContinuousClock.now
    let a = try Arguments(args, valued: ["--config", "--facts", "--sources", "--format", "--fail-on", "--color", "--baseline", "--write-baseline", "--shard", "--stdin-filename"],
                          flags: ["--fix", "--no-default-facts", "--strict", "--help", "-h"])
    if a.has("--help") || a.has("-h") { console.out(Self.usage + "\n"); return .clean }
    guard let format = OutputFormat(rawValue: a.value("--format") ?? "text") else {
      throw UsageError("unknown format '\(a.value("--format")!)' (expected \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
    var overrides = CheckSetup.Overrides(facts: a.values("--facts"), noDefaultFacts: a.has("--no-default-facts"), sources: a.value("--sources"))
    if let name = a.value("--fail-on") {
      guard let severity = Severity(rawValue: name) else {
        throw UsageError("unknown severity '\(name)' for --fail-on (expected error, warning, information or hint)")
      }
      overrides.failOn = severity
    }
    let color: Bool
    switch a.value("--color") ?? "auto" {
    case "auto": color = console.useColor && format == .text
    case "always": color = format == .text
    case "never": color = false
    case let other: throw UsageError("unknown --color value '\(other)' (expected auto, always or never)")
    }
    let shard = try a.value("--shard").map(Shard.init)
    let baseline = try a.value("--baseline").map(Baseline.read)
    guard !a.positional.isEmpty else { throw UsageError("no drafts given\n" + Self.usage) }

    let standardInput = try StandardInputDraft(a.positional, name: a.value("--stdin-filename"), fix: a.has("--fix"))
    let drafts = try standardInput.map { [$0.name] } ?? DraftFinder.find(a.positional)
    var (jobs, setups) = try plan(drafts, named: Set(a.positional + (standardInput.map { [$0.name] } ?? [])), configFile: a.value("--config"), overrides: overrides, shard: shard)
    if let standardInput, !jobs.isEmpty { jobs[0].bytes = try standardInput.read() }
    let outcomes = BatchRunner(setups: setups, fix: a.has("--fix"), keepDrafts: format.showsDrafts, console: console).run(jobs)

    var reports: [FileReport] = []
    var failOn: [Severity] = []
    var skipped = 0
    for outcome in outcomes {
      for note in outcome.notes { console.err(note + "\n") }
      if let report = outcome.report {
        reports.append(report)
        failOn.append(outcome.failOn)
      } else {
        skipped += 1
      }
    }
    if let path = a.value("--write-baseline") {
      var recorded = Baseline(folder: Baseline.folder(of: path))
      recorded.record(reports)
      try recorded.write(to: path)
      console.err("factlint: recorded \(reports.reduce(0) { $0 + $1.entries.count }) findings in the baseline \(path)\n")
    }
    baseline?.filter(&reports)
    let fails = zip(reports, failOn).contains { report, threshold in report.findings.contains { $0.severity >= threshold } }
    let elapsed = (ContinuousClock.now - started).components
    let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    // The setups some draft was checked with, for the report to name.
    let used = Set(jobs.map(\.setup)).sorted().map { setups[$0].provenance }
    console.out(format.render(reports, summary: Summary(reports, skipped: skipped, seconds: seconds), color: color, provenance: used))
    // What was asked and could not be done fails the run: a fix not written, or (strict) a file not checked.
    if outcomes.contains(where: \.writeFailed) || skipped > 0 && a.has("--strict") { return .usage }
    // Drafts found but none readable: nothing was checked, and that must not pass.
    if reports.isEmpty && skipped > 0 {
      console.err("factlint: nothing was checked: \(skipped == 1 ? "the one draft was" : "all \(skipped) drafts were") skipped\n")
      return .usage
    }
    if a.value("--write-baseline") != nil { return .clean }
    return fails ? .findings : .clean
  }

  /// The drafts to check, each with the setup (fact base, rules) of the
  /// configuration that governs it; files a configuration excludes or another
  /// shard owns are left out.
  private func plan(_ paths: [String], named: Set<String>, configFile: String?, overrides: CheckSetup.Overrides, shard: Shard?) throws -> ([BatchRunner.Job], [CheckSetup]) {
    let fixed = try configFile.map(ResolvedConfiguration.load)
    var finder = ConfigurationFinder()
    var setupIndex: [String: Int] = [:]
    var setups: [CheckSetup] = []
    var jobs: [BatchRunner.Job] = []
    for path in paths where shard?.contains(path) ?? true {
      let resolved = try fixed ?? finder.configuration(for: path)
      if let resolved, !resolved.selects(path) {
        // A file named on the command line deserves a word on why nothing was said of it.
        if named.contains(path) { console.err("factlint: \(path): not checked: \(resolved.path) excludes it (include/exclude)\n") }
        continue
      }
      let key = resolved?.path ?? ""
      if setupIndex[key] == nil {
        setupIndex[key] = setups.count
        setups.append(try CheckSetup.load(resolved, overrides))
      }
      jobs.append(BatchRunner.Job(path: path, setup: setupIndex[key]!))
    }
    return (jobs, setups)
  }
}
