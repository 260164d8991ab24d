import FactlintCore
import FactlintWorkspace
import Foundation

/// `factlint facts extract|merge|validate|list|explain|dump`.
struct FactsCommand {
  static let usage = """
    usage: factlint facts extract  [--output FILE] SOURCE…   (proposes facts from .txt, .md, .html texts)
           factlint facts merge    [--output FILE] FACTBASE.json…
           factlint facts validate [--facts FILE]… [--no-default-facts] [--sources DIR]
           factlint facts list     [--facts FILE]… [--no-default-facts]
           factlint facts explain  [--facts FILE]… [--sources DIR] FACT-ID
           factlint facts dump     (prints the built-in fact base as JSON)
    """

  static let subcommands = ["extract", "merge", "validate", "list", "explain", "dump"]

  let console: Console

  func run(_ args: [String]) throws -> ExitCode {
    guard let sub = args.first else { throw UsageError("missing subcommand\n" + Self.usage) }
    if ["--help", "-h", "help"].contains(sub) { console.out(Self.usage + "\n"); return .clean }
    if sub == "extract" { return try FactsExtractCommand(console: console).run(Array(args.dropFirst())) }
    if sub == "merge" { return try FactsMergeCommand(console: console).run(Array(args.dropFirst())) }
    let a = try Arguments(Array(args.dropFirst()), valued: ["--facts", "--sources"], flags: ["--no-default-facts", "--help", "-h"])
    if a.has("--help") || a.has("-h") { console.out(Self.usage + "\n"); return .clean }
    let inputs = try FactBaseFiles.inputs(files: a.values("--facts"), includeDefault: !a.has("--no-default-facts"))
    switch sub {
    case "validate": return try validate(inputs, sources: a.value("--sources"))
    case "list":
      var base = try FactBase.load(inputs)
      if let folder = a.value("--sources") { base.locateQuotes(in: try FactBaseFiles.sourceTexts(in: folder)) }
      for fact in base.facts {
        let entity = base.entity(fact.entityID)?.name ?? fact.entityID
        let sides = fact.isDisputed ? "  [disputed: " + fact.sides.map(\.text).joined(separator: " vs ") + "]" : ""
        console.out("\(fact.id)\t\(entity) — \(fact.attribute): \(fact.value.text)\(sides)\(fact.isProposed ? "  [proposed]" : "")\n")
      }
      return .clean
    case "explain":
      guard let id = a.positional.first else { throw UsageError("facts explain needs a fact id (see 'factlint facts list')") }
      var base = try FactBase.load(inputs)
      if let folder = a.value("--sources") { base.locateQuotes(in: try FactBaseFiles.sourceTexts(in: folder)) }
      guard let fact = base.fact(id) else { throw UsageError("no fact '\(id)' (see 'factlint facts list')") }
      console.out(explain(fact, in: base))
      return .clean
    case "dump":
      console.out(String(decoding: FactBase.defaultJSON, as: UTF8.self))
      return .clean
    default:
      throw UsageError("unknown subcommand 'facts \(sub)'\(Suggestion.hint(for: sub, in: Self.subcommands))\n" + Self.usage)
    }
  }

  private func validate(_ inputs: [(origin: String, json: [UInt8])], sources: String?) throws -> ExitCode {
    var problems: [FactBaseProblem] = []
    var base: FactBase? = nil
    do { base = try FactBase.load(inputs) } catch { problems = error.problems }
    if var base, let folder = sources {
      let texts = try FactBaseFiles.sourceTexts(in: folder)
      for source in base.sources where texts[source.id] == nil {
        problems.append(FactBaseProblem(origin: folder, message: "no text for source '\(source.id)' (expected \(folder)/\(source.id).txt)"))
      }
      // Sources nothing rests on: declared but cited by no fact, or new texts in the folder.
      let cited = Set(base.facts.flatMap { $0.citations.map(\.sourceID) } + base.errata.map(\.sourceID))
      for source in base.sources where !cited.contains(source.id) {
        problems.append(FactBaseProblem(origin: folder, message: "source '\(source.id)' is cited by no fact"))
      }
      let declared = Set(base.sources.map(\.id))
      for name in FactBaseFiles.sourceFiles(in: folder) where !declared.contains((name as NSString).deletingPathExtension) {
        problems.append(FactBaseProblem(origin: folder, message: "source text '\(name)' is cited by no fact (not in the fact base; see factlint facts extract)"))
      }
      for var p in base.locateQuotes(in: texts) {
        // Report the quote's fact at its line in the file that defines it.
        if let id = p.factID, let (origin, json) = inputs.first(where: { input in FactBase.find(Array("\"\(id)\"".utf8), in: input.json) != nil }) {
          p.origin = origin
          let (line, column) = JSONLocator(json: json).position(ofString: id)
          p.line = line
          p.column = column
        } else {
          p.origin = inputs.last?.origin ?? ""
        }
        problems.append(p)
      }
    }
    for p in problems { console.err("\(p.description)\n") }
    if problems.isEmpty {
      let count = base?.facts.count ?? 0
      console.out("ok: \(count) facts, \(base?.entities.count ?? 0) entities, \(base?.sources.count ?? 0) sources\(sources == nil ? "" : "; every quote found verbatim in its source")\n")
      return .clean
    }
    console.err("\(problems.count) problem\(problems.count == 1 ? "" : "s") found\n")
    return .findings
  }

  private func explain(_ fact: Fact, in base: FactBase) -> String {
    var out = "\(fact.id)\n"
    out += "  entity:    \(base.entity(fact.entityID)?.name ?? fact.entityID)\n"
    out += "  attribute: \(fact.attribute)\n"
    out += "  value:     \(fact.value.text) (\(fact.value.kind.rawValue))\n"
    if let p = fact.period { out += "  period:    \(p)\n" }
    out += "  cues:      \(fact.cues.joined(separator: ", "))\n"
    if fact.isDisputed { out += "  disputed:  the sources give " + fact.sides.map(\.text).joined(separator: " vs ") + "\n" }
    for c in fact.citations {
      let title = base.source(c.sourceID)?.title ?? c.sourceID
      let at = c.location.map { ":\($0.line):\($0.column)" } ?? ""
      out += "  source \(c.sourceID)\(at) — \(title)\(c.value.map { " [says \($0.text)]" } ?? "")\n    “\(c.quote)”\n"
    }
    if let note = fact.note { out += "  note: \(note)\n" }
    return out
  }
}

