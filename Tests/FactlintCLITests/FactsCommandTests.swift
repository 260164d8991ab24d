import Foundation
import Testing

/// `factlint facts validate|list|explain` on the default and altered fact bases.
@Suite struct FactsCommandTests {
  @Test func defaultFactBaseValidatesAgainstTheSources() throws {
    let result = try Factlint.run(["facts", "validate", "--sources", Factlint.seeds.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("every quote found verbatim"))
  }

  @Test func anAlteredQuoteFailsNamingTheFact() throws {
    let dump = try Factlint.run(["facts", "dump"]).stdout
    var json = try JSONSerialization.jsonObject(with: Data(dump.utf8)) as! [String: Any]
    var facts = json["facts"] as! [[String: Any]]
    var citations = facts[0]["citations"] as! [[String: Any]]
    citations[0]["quote"] = (citations[0]["quote"] as! String) + " (altered)"
    facts[0]["citations"] = citations
    json["facts"] = facts
    let id = facts[0]["id"] as! String
    let dir = try Factlint.temporaryDirectory()
    let file = dir.appendingPathComponent("facts.json")
    try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted]).write(to: file)
    let result = try Factlint.run(["facts", "validate", "--no-default-facts", "--facts", file.path, "--sources", Factlint.seeds.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(file.path):"))
    #expect(result.stderr.contains("fact '\(id)': quote not found verbatim"))
  }

  @Test func listAndExplain() throws {
    let list = try Factlint.run(["facts", "list"])
    #expect(list.status == 0)
    #expect(list.stdout.contains("meta.capex-2026-guidance") && list.stdout.contains("[disputed:"))
    let explain = try Factlint.run(["facts", "explain", "--sources", Factlint.seeds.path, "muse-spark.launch-date"])
    #expect(explain.stdout.contains("2026-04-08"))
    #expect(try Factlint.run(["facts", "explain", "no.such-fact"]).status == 2)
  }
}

/// `facts validate --sources` on an extracted fact base whose sources change.
@Suite struct StalenessTests {
  @Test func aChangedSourceAndAnUncitedSourceAreReported() throws {
    let dir = try Factlint.temporaryDirectory()
    let sources = dir.appendingPathComponent("sources")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    let story = sources.appendingPathComponent("mill.txt")
    try "The Riverside Mill employs 240 workers. Riverside Mill opened in 1894.\n".write(to: story, atomically: true, encoding: .utf8)
    let facts = dir.appendingPathComponent("facts.json").path
    #expect(try Factlint.run(["facts", "extract", story.path, "--output", facts]).status == 0)
    let fresh = try Factlint.run(["facts", "validate", "--no-default-facts", "--facts", facts, "--sources", sources.path])
    #expect(fresh.status == 0, "\(fresh.stderr)")

    // The source is updated: its figure changed, so the quote no longer occurs.
    try "The Riverside Mill employs 260 workers. Riverside Mill opened in 1894.\n".write(to: story, atomically: true, encoding: .utf8)
    // And a new article arrives that no fact cites yet.
    try "The Riverside Mill will close in May.\n".write(to: sources.appendingPathComponent("mill-closing.txt"), atomically: true, encoding: .utf8)
    let stale = try Factlint.run(["facts", "validate", "--no-default-facts", "--facts", facts, "--sources", sources.path])
    #expect(stale.status == 1)
    #expect(stale.stderr.contains("quote not found verbatim in source 'mill' (the source text changed, or the quote was edited): \"The Riverside Mill employs 240 workers.\""), "\(stale.stderr)")
    #expect(stale.stderr.contains("source text 'mill-closing.txt' is cited by no fact"))
    #expect(!stale.stderr.contains("Riverside Mill opened in 1894.\""), "an unchanged quote is not reported")
  }

  @Test func aDeclaredSourceWithNoFactIsReported() throws {
    let dir = try Factlint.temporaryDirectory()
    try "Acme made $5 million.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try "Nothing here.\n".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    let json = """
      {"version": 1, "sources": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
       "entities": [{"id": "acme", "name": "Acme", "kind": "company"}],
       "facts": [{"id": "acme.revenue", "entity": "acme", "attribute": "revenue", "cues": ["made"],
                  "value": {"kind": "money", "text": "$5 million"}, "citations": [{"source": "a", "quote": "Acme made $5 million."}]}]}
      """
    let facts = dir.appendingPathComponent("facts.json")
    try json.write(to: facts, atomically: true, encoding: .utf8)
    let result = try Factlint.run(["facts", "validate", "--no-default-facts", "--facts", facts.path, "--sources", dir.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("source 'b' is cited by no fact"), "\(result.stderr)")
    #expect(!result.stderr.contains("'a.txt'"))
  }
}
