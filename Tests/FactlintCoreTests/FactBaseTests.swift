import Testing
@testable import FactlintCore

@Suite struct FactBaseTests {
  private func problems(_ json: String) -> [String] {
    do {
      _ = try FactBase.load([("facts.json", Array(json.utf8))])
      return []
    } catch {
      return error.problems.map(\.description)
    }
  }

  private let valid = #"""
    {"version": 1,
     "sources": [{"id": "s", "title": "S"}],
     "entities": [{"id": "e", "name": "E", "kind": "model", "aliases": ["E"]}],
     "facts": [{"id": "e.score", "entity": "e", "attribute": "score", "cues": ["scored"],
                "value": {"kind": "score", "text": "52"},
                "citations": [{"source": "s", "quote": "E scored 52"}]}]}
    """#

  @Test func validBaseLoads() {
    #expect(problems(valid) == [])
  }

  @Test func brokenJSONIsReportedWithTheFile() {
    let p = problems("{\"version\": 1, ")
    #expect(p == ["facts.json:1:16: not valid JSON: expected a member name in quotes"])
    #expect(problems("{\"version\": 1}").first?.contains("missing required field 'sources'") == true)
  }

  @Test func badReferencesAndValuesNameTheFactAndLine() {
    let broken = valid.replacing("\"entity\": \"e\"", with: "\"entity\": \"nobody\"").replacing("\"text\": \"52\"", with: "\"text\": \"fifty-ish\"")
    let p = problems(broken)
    #expect(p.contains { $0.hasPrefix("facts.json:4:") && $0.contains("fact 'e.score'") && $0.contains("not a single score") })
    #expect(p.contains { $0.contains("unknown entity 'nobody'") })
  }

  @Test func duplicateIdsAreErrors() {
    let dup = valid.replacing("\"facts\": [", with: "\"facts\": [{\"id\": \"e.score\", \"entity\": \"e\", \"attribute\": \"a\", \"cues\": [\"x\"], \"value\": {\"kind\": \"score\", \"text\": \"1\"}, \"citations\": [{\"source\": \"s\", \"quote\": \"q\"}]},")
    #expect(problems(dup).contains { $0.contains("defined twice") })
  }

  /// A fact id read again names the file it was first read from, whether
  /// that fact was compiled or refused (here for its value); the facts of
  /// the other file keep their own positions.
  @Test func aRepeatedIdNamesTheFileItWasFirstIn() {
    let other = #"{"version": 1, "sources": [], "entities": [], "facts": [{"id": "e.bad", "entity": "e", "attribute": "a", "cues": ["x"], "value": {"kind": "score", "text": "lots"}, "citations": [{"source": "s", "quote": "q"}]}]}"#
    let again = valid.replacing("\"id\": \"e.score\"", with: "\"id\": \"e.bad\"").replacing("\"facts\": [", with: "\"facts\": [{\"id\": \"e.score\", \"entity\": \"e\", \"attribute\": \"a\", \"cues\": [\"x\"], \"value\": {\"kind\": \"score\", \"text\": \"1\"}, \"citations\": [{\"source\": \"s\", \"quote\": \"q\"}]},")
    do {
      _ = try FactBase.load([("first.json", Array(valid.utf8)), ("other.json", Array(other.utf8)), ("again.json", Array(again.utf8))])
      Issue.record("loaded")
    } catch {
      let p = error.problems.map(\.description)
      #expect(p.contains { $0.contains("fact 'e.score': fact id is defined twice (also in first.json)") }, "\(p)")
      #expect(p.contains { $0.contains("fact 'e.bad': fact id is defined twice (also in other.json)") }, "\(p)")
    }
  }

  @Test func factsOfEveryFileAreFoundById() throws {
    let base = try FactBase.load([(FactBase.defaultOrigin, FactBase.defaultJSON), ("facts.json", Array(valid.utf8))])
    for (i, fact) in base.facts.enumerated() { #expect(base.fact(fact.id)?.id == fact.id && base.factIndex[fact.id] == i) }
    #expect(base.fact("e.score")?.value.text == "52")
  }

  @Test func quotesAreFoundInSourceTexts() throws {
    var base = try FactBase.load([("facts.json", Array(valid.utf8))])
    #expect(base.locateQuotes(in: ["s": "Intro.\nThen E scored 52 points."]).isEmpty)
    #expect(base.facts[0].citations[0].location == QuoteLocation(line: 2, column: 6))
    let missing = base.locateQuotes(in: ["s": "E scored 53."])
    #expect(missing.count == 1 && missing[0].description.contains("fact 'e.score': quote not found verbatim"))
  }

  @Test func theDefaultFactBaseLoads() throws {
    let base = try FactBase.loadDefault()
    #expect(base.facts.count > 0)
  }

  @Test func proposedFactsAndUnboundValuesLoadAndAreChecked() {
    let proposed = valid.replacing("\"citations\": [{\"source\": \"s\", \"quote\": \"E scored 52\"}]}]}",
                                   with: "\"citations\": [{\"source\": \"s\", \"quote\": \"E scored 52\", \"line\": 3, \"column\": 1}], \"status\": \"proposed\", \"confidence\": 0.75}],"
                                     + " \"unbound\": [{\"source\": \"s\", \"value\": {\"kind\": \"count\", \"text\": \"40\"}, \"quote\": \"40 of them\", \"reason\": \"no entity\"}]}")
    #expect(problems(proposed) == [])
    #expect(problems(proposed.replacing("0.75", with: "1.5")).contains { $0.contains("confidence 1.5") })
    #expect(problems(proposed.replacing("\"proposed\"", with: "\"draft\"")).contains { $0.contains("unknown status 'draft'") })
    #expect(problems(proposed.replacing("\"unbound\": [{\"source\": \"s\"", with: "\"unbound\": [{\"source\": \"t\"")).contains { $0.contains("unknown source 't'") })
  }
}
