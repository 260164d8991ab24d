import FactlintCore
import Foundation
import Testing

/// `factlint facts extract` and `facts merge` through the binary.
@Suite struct ExtractMergeTests {
  static func seed(_ prefix: String) throws -> String {
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: Factlint.seeds.path).first { $0.hasPrefix(prefix) })
    return Factlint.seeds.appendingPathComponent(name).path
  }

  @Test func extractingTwoArticlesThenMergingRecordsTheCapexDisagreement() throws {
    let dir = try Factlint.temporaryDirectory()
    let a = dir.appendingPathComponent("a.json").path, b = dir.appendingPathComponent("b.json").path
    let merged = dir.appendingPathComponent("merged.json").path
    #expect(try Factlint.run(["facts", "extract", try Self.seed("000_"), "--output", a]).status == 0)
    #expect(try Factlint.run(["facts", "extract", try Self.seed("002_"), "--output", b]).status == 0)
    let merge = try Factlint.run(["facts", "merge", a, b, "--output", merged])
    #expect(merge.status == 0, "\(merge.stderr)")
    #expect(merge.stderr.contains("the sources disagree on"))

    let base = try FactBase.load([(merged, [UInt8](try Data(contentsOf: URL(fileURLWithPath: merged))))])
    let capex = base.facts.filter { $0.entityID == "meta" && $0.isDisputed && $0.value.kind == .moneyRange }
    #expect(capex.count == 1, "\(capex.map(\.id))")
    let fact = try #require(capex.first)
    #expect(Set(fact.sides.map(\.text)) == ["$125 billion to $145 billion", "$115 billion to $135 billion"])
    #expect(fact.period == "2026")
    // Each side is quoted from its own source.
    #expect(fact.citations(for: fact.sides[0]).allSatisfy { $0.sourceID.hasPrefix("000_") })
    #expect(fact.citations(for: fact.sides[1]).allSatisfy { $0.sourceID.hasPrefix("002_") })

    // The merged file is valid v1 and its quotes are in the sources.
    let validate = try Factlint.run(["facts", "validate", "--no-default-facts", "--facts", merged])
    #expect(validate.status == 0, "\(validate.stderr)")
    let schema = try Factlint.validate(try String(contentsOfFile: merged, encoding: .utf8), schema: Factlint.packageRoot.appendingPathComponent("protocol/factbase.schema.json"))
    #expect(schema.ok, "\(schema.message)")
  }

  @Test func extractedFactsAreProposedWithConfidenceQuoteAndLocation() throws {
    let run = try Factlint.run(["facts", "extract", try Self.seed("003_")])
    #expect(run.status == 0)
    let json = try Factlint.json(run.stdout)
    let facts = try #require(json["facts"] as? [[String: Any]])
    #expect(!facts.isEmpty)
    let text = try String(contentsOfFile: try Self.seed("003_"), encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for fact in facts {
      #expect(fact["status"] as? String == "proposed")
      let confidence = try #require(fact["confidence"] as? Double)
      #expect(confidence > 0 && confidence <= 1)
      for citation in fact["citations"] as! [[String: Any]] {
        let quote = citation["quote"] as! String
        let line = citation["line"] as! Int, column = citation["column"] as! Int
        // The quote starts at its line and column (columns in Unicode scalars).
        let rest = String(String.UnicodeScalarView(lines[line - 1].unicodeScalars.dropFirst(column - 1)))
        #expect(rest.hasPrefix(String(quote.prefix(while: { $0 != "\n" }))), "\(quote)")
      }
    }
    #expect(json["unbound"] is [[String: Any]])
  }

  /// What a person must decide is printed first, one line each, before the summary:
  /// disputed facts with each side's value, source and words, likely errata,
  /// proposals of low confidence (weakest first), unbound values.
  @Test func extractAndMergePrintWhatNeedsADecisionFirst() throws {
    let dir = try Factlint.temporaryDirectory()
    let texts: KeyValuePairs = [
      "gazette": "Harbor news\n\nThe Harbor Bridge runs 2.75 miles across the bay. The Harbor Ferry Company projected 2,400 daily passengers in its first year of service. Its boats are new. Tickets were $3 in the first week.\n\nSome 40 of them, at most.\n",
      "herald": "Harbor report\n\nCrossing all 2.75 miles of the Harbor Bridge takes four minutes. The Harbor Ferry Company's own forecast was 1,900 to 2,200 riders a day.\n",
      "courier": "Bridge opens\n\nThe 275-mile Harbor Bridge opened to traffic on Monday, May 4, 2026.\n",
    ]
    var bases: [String] = []
    for (name, text) in texts {
      try text.write(to: dir.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
      let extract = try Factlint.run(["facts", "extract", "\(name).txt", "--output", "\(name).json"], in: dir)
      #expect(extract.status == 0, "\(extract.stderr)")
      if name == "gazette" {
        #expect(extract.stderr.hasPrefix("to review: 1 proposal of low confidence, 1 unbound value\n"), "\(extract.stderr)")
        #expect(extract.stderr.contains("\nlow confidence 0.35: harbor-ferry-company.tickets = $3: “Tickets were $3 in the first week.”\n"))
        #expect(extract.stderr.contains("\nunbound: gazette:5:1: about 40 in “Some 40 of them, at most.”: "))
        #expect(extract.stderr.hasSuffix("1 value left unbound (listed under \"unbound\")\n"))
      }
      bases.append("\(name).json")
    }
    let merge = try Factlint.run(["facts", "merge", "--output", "story.json"] + bases, in: dir)
    #expect(merge.status == 0, "\(merge.stderr)")
    let lines = merge.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "to review: 1 disputed fact, 1 likely erratum, 2 proposals of low confidence, 1 unbound value", "\(merge.stderr)")
    #expect(lines.dropFirst().first == "disputed: harbor-ferry-company.forecast: "
      + "2,400 (gazette: “…Harbor Ferry Company projected 2,400 daily passengers in its…”) vs "
      + "1,900 to 2,200 (herald: “…Company's own forecast was 1,900 to 2,200 riders a…”)")
    #expect(lines.dropFirst(2).first?.hasPrefix("erratum: courier says 275-mile in “The 275-mile Harbor Bridge opened to…”: likely typo") == true)
    // (The bridge's 2.75 miles, "runs 2.75 miles" and "all 2.75 miles of", is one fact: its length.)
    #expect(lines.dropFirst(3).prefix(2).map { String($0.prefix(20)) } == ["low confidence 0.35:", "low confidence 0.45:"])
    #expect(lines.dropFirst(5).first?.hasPrefix("unbound: gazette:5:1:") == true)
    #expect(lines.last?.hasPrefix("merged 3 files: ") == true)
  }

  @Test func clashingEntityIdsAreReportedNotResolvedSilently() throws {
    let dir = try Factlint.temporaryDirectory()
    func file(_ name: String, entity: String, fact: String, value: String) throws -> String {
      let json = """
        {"version": 1, "sources": [{"id": "s-\(name)", "title": "T"}],
         "entities": [{"id": "acme", "name": "\(entity)", "kind": "company"}],
         "facts": [{"id": "acme.revenue", "entity": "acme", "attribute": "revenue", "cues": ["revenue"],
                    "value": {"kind": "money", "text": "\(value)"}, "citations": [{"source": "s-\(name)", "quote": "\(fact)"}]}]}
        """
      let path = dir.appendingPathComponent("\(name).json").path
      try json.write(toFile: path, atomically: true, encoding: .utf8)
      return path
    }
    let a = try file("a", entity: "Acme", fact: "Acme made $5 million.", value: "$5 million")
    let b = try file("b", entity: "Acme Robotics", fact: "Acme Robotics made $7 million.", value: "$7 million")
    let merge = try Factlint.run(["facts", "merge", a, b])
    #expect(merge.status == 1)
    #expect(merge.stderr.contains("conflict: entity id 'acme' is \"Acme\" in \(a) but \"Acme Robotics\" in \(b): the second is kept as 'acme-2'"), "\(merge.stderr)")
    #expect(merge.stderr.contains("conflict: fact id 'acme.revenue'"))
    // Both facts survive, the second about its own entity: no false disagreement.
    let out = try Factlint.json(merge.stdout)
    let facts = out["facts"] as! [[String: Any]]
    #expect(facts.map { $0["entity"] as! String } == ["acme", "acme-2"])
  }

  @Test func badInputIsAClearError() throws {
    let missing = try Factlint.run(["facts", "extract", "/nonexistent/story.txt"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("/nonexistent/story.txt: cannot read"))
    #expect(try Factlint.run(["facts", "extract"]).status == 2)
    let dir = try Factlint.temporaryDirectory()
    let broken = dir.appendingPathComponent("broken.json")
    try "{\"version\": 1, \"sources\": [".write(to: broken, atomically: true, encoding: .utf8)
    let merge = try Factlint.run(["facts", "merge", broken.path])
    #expect(merge.status == 2)
    #expect(merge.stderr.contains("broken.json"))
  }
}
