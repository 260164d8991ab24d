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
