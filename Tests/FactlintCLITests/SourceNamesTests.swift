import Foundation
import Testing

/// Writers read a source by its publisher or title; the id stays in the JSON
/// (and SARIF) output, where tools read it.
@Suite struct SourceNamesTests {
  @Test func messagesNameSourcesByPublisherOrTitle() throws {
    let dir = try Factlint.temporaryDirectory()
    let facts = dir.appendingPathComponent("facts.json")
    try #"""
      {"version": 1,
       "sources": [{"id": "002_a007ea1d13f7d722", "title": "Quarterly report"},
                   {"id": "003_5b2c", "title": "Visitors up again", "publisher": "The Ledger"}],
       "entities": [{"id": "library", "name": "Riverside Library", "kind": "organization", "aliases": ["Riverside Library"]}],
       "facts": [{"id": "library.visitors", "entity": "library", "attribute": "visitors in 2025", "cues": ["visitors"],
                  "value": {"kind": "count", "text": "41,200"},
                  "citations": [{"source": "002_a007ea1d13f7d722", "quote": "41,200 visitors", "value": {"kind": "count", "text": "41,200"}},
                                {"source": "003_5b2c", "quote": "40,900 visitors", "value": {"kind": "count", "text": "40,900"}}]}]}
      """#.write(to: facts, atomically: true, encoding: .utf8)
    let draft = dir.appendingPathComponent("d.md")
    try "Riverside Library had 41,200 visitors in 2025.\n".write(to: draft, atomically: true, encoding: .utf8)
    let text = try Factlint.run(["check", "--no-default-facts", "--facts", facts.path, draft.path])
    #expect(text.stdout.contains("the draft follows “Quarterly report”"), "\(text.stdout)")
    #expect(text.stdout.contains("(The Ledger)"))
    #expect(!text.stdout.contains("002_a007ea1d13f7d722") && !text.stdout.contains("003_5b2c"), "\(text.stdout)")
    let json = try Factlint.run(["check", "--format", "json", "--no-default-facts", "--facts", facts.path, draft.path])
    #expect(json.stdout.contains("\"002_a007ea1d13f7d722\""), "ids stay in the JSON")
  }
}
