import FactlintCore
import Foundation

/// `factlint check [--facts FILE]… [--no-default-facts] [--sources DIR]
/// [--format text|json|sarif|github|html] [--fail-on SEVERITY] [--fix] PATHS…`
struct CheckCommand {
  static let usage = """
    usage: factlint check [options] PATHS…
      Checks Markdown and text drafts (files, folders searched recursively, globs)
      against the fact base.
    options:
      --facts FILE          add a fact base file (repeatable)
      --no-default-facts    do not load the built-in fact base
      --sources DIR         source texts (<source id>.txt) to locate quotes in
      --format FORMAT       text (default), json, sarif, github or html
      --fail-on SEVERITY    exit 1 when a finding is at least this severe:
                            error (default), warning, information, hint
      --fix                 apply every conflict's replacement, writing files atomically
      --color WHEN          auto (default), always or never
    """

  let console: Console

  func run(_ args: [String]) throws -> ExitCode {
    let a = try Arguments(args, valued: ["--facts", "--sources", "--format", "--fail-on", "--color"], flags: ["--fix", "--no-default-facts", "--help", "-h"])
    if a.has("--help") || a.has("-h") { console.out(Self.usage + "\n"); return .clean }
    guard let format = OutputFormat(rawValue: a.value("--format") ?? "text") else {
      throw UsageError("unknown format '\(a.value("--format")!)' (expected text, json, sarif, github or html)")
    }
    guard let failOn = Severity(rawValue: a.value("--fail-on") ?? "error") else {
      throw UsageError("unknown severity '\(a.value("--fail-on")!)' for --fail-on (expected error, warning, information or hint)")
    }
    let color: Bool
    switch a.value("--color") ?? "auto" {
    case "auto": color = console.useColor && format == .text
    case "always": color = format == .text
    case "never": color = false
    case let other: throw UsageError("unknown --color value '\(other)' (expected auto, always or never)")
    }
    guard !a.positional.isEmpty else { throw UsageError("no drafts given\n" + Self.usage) }

    var base = try FactBase.load(try FactBaseFiles.inputs(files: a.values("--facts"), includeDefault: !a.has("--no-default-facts")))
    if let folder = a.value("--sources") { base.locateQuotes(in: try FactBaseFiles.sourceTexts(in: folder)) }
    let checker = Checker(factBase: base)

    let paths = try DraftFinder.find(a.positional)
    var reports: [FileReport] = []
    var unreadable = false
    for path in paths {
      do {
        let draft = try DraftFile.read(path)
        let findings = checker.check(bytes: draft.bytes)
        if a.has("--fix") {
          if let fixed = try applyFixes(draft, findings) { reports.append(FileReport(path: path, bytes: fixed.bytes, findings: checker.check(bytes: fixed.bytes), keepingDraft: format.showsDrafts)); continue }
        }
        reports.append(FileReport(path: path, bytes: draft.bytes, findings: findings, keepingDraft: format.showsDrafts))
      } catch let error as DraftFile.ReadError {
        console.err("factlint: \(error)\n")
        unreadable = true
      }
    }
    console.out(format.render(reports, color: color))
    if unreadable { return .usage }
    return reports.contains { $0.findings.contains { $0.severity >= failOn } } ? .findings : .clean
  }

  /// Applies every conflict's replacement; returns the fixed draft, or nil
  /// when there was nothing to fix.
  private func applyFixes(_ draft: DraftFile, _ findings: [Finding]) throws -> DraftFile? {
    let fixes = findings.filter { $0.rule == .conflict && $0.replacement != nil }.sorted { $0.range.lowerBound > $1.range.lowerBound }
    guard !fixes.isEmpty else { return nil }
    var bytes = draft.bytes
    var lastStart = Int.max
    for f in fixes where f.range.upperBound <= lastStart {
      bytes.replaceSubrange(f.range, with: Array(f.replacement!.utf8))
      lastStart = f.range.lowerBound
    }
    do {
      try AtomicWriter.replace(draft.path, with: (draft.hasBOM ? [0xEF, 0xBB, 0xBF] : []) + bytes, expecting: draft.original)
    } catch {
      throw UsageError("\(error)")
    }
    console.err("factlint: fixed \(fixes.count) conflict\(fixes.count == 1 ? "" : "s") in \(draft.path)\n")
    var fixed = draft
    fixed.bytes = bytes
    return fixed
  }
}
