import FactlintCore
import FactlintWorkspace
import Foundation

/// `factlint facts merge [--output FILE] A.json B.json…`: combines fact
/// bases, joining facts about the same entity and attribute and recording
/// differing values as disagreements. Clashes a person must settle are
/// reported as conflicts (exit 1); what was settled by rule, as notes.
struct FactsMergeCommand {
  static let usage = "usage: factlint facts merge [--output FILE] FACTBASE.json…"

  let console: Console

  func run(_ args: [String]) throws -> ExitCode {
    let a = try Arguments(args, valued: ["--output", "-o"], flags: ["--help", "-h"])
    if a.has("--help") || a.has("-h") { console.out(Self.usage + "\n"); return .clean }
    guard !a.positional.isEmpty else { throw UsageError("no fact base files given\n" + Self.usage) }
    var merger = FactBaseMerger()
    for (origin, json) in try FactBaseFiles.inputs(files: a.positional, includeDefault: false) {
      merger.add(try FactBaseFile.decode(json, origin: origin), origin: origin)
    }
    let result = merger.result
    // The merged file must load on its own.
    let output = try FactBaseWriter.encode(result.file)
    let problems: [FactBaseProblem]
    do { _ = try FactBase.load([("merged", output)]); problems = [] } catch { problems = error.problems }
    try FactBaseWriter.write(result.file, to: a.value("--output") ?? a.value("-o"), console: console)
    // What needs a person's decision comes first: disputes, likely typos, weak proposals, unbound values; then clashes.
    for line in ReviewList(result: result).lines { console.err(line + "\n") }
    for conflict in result.conflicts { console.err("conflict: \(conflict)\n") }
    for note in result.notes { console.err("note: \(note)\n") }
    for p in problems { console.err("problem: \(p)\n") }
    console.err("merged \(a.positional.count) files: \(result.file.facts.count) facts"
      + (result.disputedFacts.isEmpty ? "" : "; the sources disagree on \(result.disputedFacts.joined(separator: ", "))")
      + (result.conflicts.isEmpty ? "" : "; \(result.conflicts.count) conflict\(result.conflicts.count == 1 ? "" : "s") to review") + "\n")
    return result.conflicts.isEmpty && problems.isEmpty ? .clean : .findings
  }
}
