import Foundation
import Testing

/// The HTML report names when it was made, the fact base it used and the
/// sources its facts rest on, so a printed copy says what it was checked against.
@Suite struct HTMLReportProvenanceTests {
  @Test func theReportNamesItsDateFactBaseAndSources() throws {
    let dir = try Factlint.temporaryDirectory()
    let facts = dir.appendingPathComponent("story.json")
    try #"""
      {"version": 1,
       "sources": [{"id": "s1", "title": "Harbour Hall reopens", "publisher": "The Ledger", "published": "2026-03-01", "url": "https://example.org/hall"}],
       "entities": [{"id": "hall", "name": "Harbour Hall", "kind": "organization", "aliases": ["Harbour Hall"]}],
       "facts": [{"id": "hall.seats", "entity": "hall", "attribute": "seats", "cues": ["seats"], "value": {"kind": "count", "text": "1,200"},
                  "citations": [{"source": "s1", "quote": "Harbour Hall seats 1,200"}]}]}
      """#.write(to: facts, atomically: true, encoding: .utf8)
    let draft = dir.appendingPathComponent("d.md")
    try "Harbour Hall seats 1,500.\n".write(to: draft, atomically: true, encoding: .utf8)
    // 1 767 225 600 s after 1970 is 2026-01-01 00:00 UTC.
    let html = try Factlint.run(["check", "--format", "html", "--facts", facts.path, draft.path], env: ["SOURCE_DATE_EPOCH": "1767225600"]).stdout
    #expect(html.contains("<time datetime=\"2026-01-01T00:00:00Z\">2026-01-01 00:00 UTC</time>"), "\(html.prefix(3000))")
    #expect(html.contains("the built-in fact base and \(facts.path) ("), "the fact base, built-in and the file")
    #expect(html.contains("<cite>Harbour Hall reopens</cite> — The Ledger, 2026-03-01"))
    #expect(html.contains("<a href=\"https://example.org/hall\">"))

    let alone = try Factlint.run(["check", "--format", "html", "--no-default-facts", "--facts", facts.path, draft.path]).stdout
    #expect(alone.contains("<dt>Fact base</dt><dd>\(facts.path) (1 fact)</dd>"), "\(alone)")
    // Without SOURCE_DATE_EPOCH, today (UTC).
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    #expect(alone.contains(formatter.string(from: Date())) || alone.contains(formatter.string(from: Date().addingTimeInterval(-120))))
  }
}
