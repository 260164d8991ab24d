import Foundation
import Testing

/// `--facts story.json` on top of the built-in fact base: an entity (or a
/// source) the two define alike is one; a real clash is one line per file that
/// says how to check with that file alone.
@Suite struct CombinedFactBasesTests {
  /// The built-in base's first entity, as `facts dump` prints it.
  private func builtInEntity() throws -> [String: Any] {
    let dump = try Factlint.run(["facts", "dump"])
    return ((try Factlint.json(dump.stdout)["entities"] as? [[String: Any]]) ?? []).first ?? [:]
  }

  private func story(entity: [String: Any], dir: URL) throws -> URL {
    let id = entity["id"] as? String ?? "", name = entity["name"] as? String ?? ""
    let base: [String: Any] = [
      "version": 1,
      "sources": [["id": "story-notes", "title": "Story notes"]],
      "entities": [entity, ["id": "story-venue", "name": "Harbour Hall", "kind": "organization", "aliases": ["Harbour Hall"]]],
      "facts": [["id": "story.venue-seats", "entity": "story-venue", "attribute": "seats", "cues": ["seats"],
                 "value": ["kind": "count", "text": "1,200"], "citations": [["source": "story-notes", "quote": "Harbour Hall seats 1,200"]]],
                ["id": "story.entity-staff", "entity": id, "attribute": "story staff", "cues": ["storyline staffers"],
                 "value": ["kind": "count", "text": "17"], "citations": [["source": "story-notes", "quote": "\(name) has 17 storyline staffers"]]]],
    ]
    let url = dir.appendingPathComponent("story.json")
    try JSONSerialization.data(withJSONObject: base).write(to: url)
    return url
  }

  @Test func anEntityDefinedAlikeInBothIsOne() throws {
    let dir = try Factlint.temporaryDirectory()
    let entity = try builtInEntity()
    #expect(entity["id"] != nil, "the built-in base has entities")
    let facts = try story(entity: entity, dir: dir)
    let draft = dir.appendingPathComponent("d.md")
    try "Harbour Hall seats 1,500.\n".write(to: draft, atomically: true, encoding: .utf8)
    let result = try Factlint.run(["check", "--facts", facts.path, draft.path])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.contains("1,500 → 1,200"))
  }

  @Test func aRealClashIsOneLineSuggestingNoDefaultFacts() throws {
    let dir = try Factlint.temporaryDirectory()
    var entity = try builtInEntity()
    entity["name"] = "Someone Else Entirely"
    let facts = try story(entity: entity, dir: dir)
    let draft = dir.appendingPathComponent("d.md")
    try "Harbour Hall seats 1,500.\n".write(to: draft, atomically: true, encoding: .utf8)
    let result = try Factlint.run(["check", "--facts", facts.path, draft.path])
    #expect(result.status == 2)
    let lines = result.stderr.split(separator: "\n").filter { $0.contains(facts.path) }
    #expect(lines.count == 1, "\(result.stderr)")
    #expect(lines.first?.contains("entity '\(entity["id"] as? String ?? "")'") == true)
    #expect(lines.first?.contains("--no-default-facts") == true)
    let alone = try Factlint.run(["check", "--no-default-facts", "--facts", facts.path, draft.path])
    #expect(alone.status == 1, "as suggested, the file alone works: \(alone.stderr)")
  }
}
