import FactlintCore
import FactlintWorkspace
import Foundation

/// `factlint facts extract [--output FILE] SOURCE…`: proposes a fact base
/// from source texts (plain text, Markdown or HTML). The fact base goes to
/// FILE or stdout; the summary and anything to review go to stderr.
struct FactsExtractCommand {
  static let usage = """
    usage: factlint facts extract [--output FILE] SOURCE…
      SOURCE is a .txt, .md or .html file; its name without extension is the source id
      (keep the texts in one folder to validate quotes later with --sources DIR)
    """

  let console: Console

  func run(_ args: [String]) throws -> ExitCode {
    let a = try Arguments(args, valued: ["--output", "-o"], flags: ["--help", "-h"])
    if a.has("--help") || a.has("-h") { console.out(Self.usage + "\n"); return .clean }
    guard !a.positional.isEmpty else { throw UsageError("no source texts given\n" + Self.usage) }
    var sources: [SourceText] = []
    for path in a.positional {
      let file: DraftFile
      do { file = try DraftFile.read(path) } catch { throw UsageError("\(error)") }
      let name = (path as NSString).lastPathComponent
      let id = (name as NSString).deletingPathExtension
      if let other = sources.first(where: { $0.id == id }) {
        throw UsageError("\(path): two sources would have the id '\(other.id)'; source ids are file names without extension, so rename one")
      }
      sources.append(SourceText(id: id, format: SourceText.Format(fileName: name), bytes: file.bytes))
    }
    let result = FactExtractor().extract(sources)
    try FactBaseWriter.write(result.file, to: a.value("--output") ?? a.value("-o"), console: console)
    // What needs a person's decision comes first: disputes, likely typos, weak proposals, unbound values; then clashes.
    for line in ReviewList(result: result).lines { console.err(line + "\n") }
    for conflict in result.conflicts { console.err("conflict: \(conflict)\n") }
    let file = result.file
    let unbound = file.unbound?.count ?? 0
    console.err("proposed \(file.facts.count) facts about \(file.entities.count) entit\(file.entities.count == 1 ? "y" : "ies") from \(file.sources.count) source\(file.sources.count == 1 ? "" : "s")"
      + (result.disputedFacts.isEmpty ? "" : "; the sources disagree on \(result.disputedFacts.count): \(result.disputedFacts.joined(separator: ", "))")
      + "; \(unbound) value\(unbound == 1 ? "" : "s") left unbound (listed under \"unbound\")\n")
    for note in result.notes { console.err("note: \(note)\n") }
    return .clean
  }
}
