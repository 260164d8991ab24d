import Testing
@testable import FactlintCore

/// What a user sees when a fact base file is not in the format: the file,
/// line and column, the JSON path and what was wrong.
@Suite struct FactBaseReaderTests {
  private func problem(_ json: String) -> String? {
    do { _ = try FactBaseFile.decode(Array(json.utf8), origin: "facts.json"); return nil } catch { return error.description }
  }

  private let fact = #"{"id": "e.score", "entity": "e", "attribute": "score", "cues": ["scored"], "value": {"kind": "score", "text": "52"}, "citations": [{"source": "s", "quote": "E scored 52"}]}"#

  private func base(facts: String) -> String {
    "{\"version\": 1, \"sources\": [], \"entities\": [],\n \"facts\": [\(facts)]}"
  }

  @Test func everyMistakeNamesItsPathLineAndColumn() {
    let cases: [(String, String)] = [
      ("", "facts.json: the file is empty; a fact base is a JSON object with \"version\": 1"),
      ("[]", "facts.json:1:1: wrong type at the top level: expected an object"),
      ("{\"version\": 1}", "facts.json:1:1: missing required field 'sources' at the top level"),
      ("{\"version\": \"1\"}", "facts.json:1:13: wrong type at version: expected an integer"),
      ("{\"version\": 1.5}", "facts.json:1:13: wrong type at version: expected an integer"),
      ("{\"version\": 1, \"sources\": {}}", "facts.json:1:27: wrong type at sources: expected an array"),
      (base(facts: fact.replacing(#""cues": ["scored"], "#, with: "")), "facts.json:2:12: missing required field 'cues' at facts[0]"),
      (base(facts: fact + ", " + fact.replacing(#""cues": ["scored"]"#, with: #""cues": "scored""#)), "facts.json:2:" + "\(12 + fact.count + 2 + 63)" + ": wrong type at facts[1].cues: expected an array"),
      (base(facts: fact.replacing(#"["scored"]"#, with: "[7]")), "facts.json:2:76: wrong type at facts[0].cues[0]: expected a string"),
      (base(facts: fact.replacing(#""entity": "e""#, with: #""entity": null"#)), "facts.json:2:40: missing value at facts[0].entity: expected a string"),
      (base(facts: fact.replacing(#""text": "52""#, with: #""text": 52"#)), "facts.json:2:122: wrong type at facts[0].value.text: expected a string"),
      (base(facts: fact.replacing(#"{"source": "s", "quote": "E scored 52"}"#, with: #"{"source": "s"}"#)), "facts.json:2:143: missing required field 'quote' at facts[0].citations[0]"),
      (base(facts: fact.replacing(#""id": "e.score""#, with: #""id": "e.score", "stauts": "proposed""#)), "facts.json:2:30: unknown field 'stauts' at facts[0] (the fields are: id, entity, related, attribute, statement, cues, period, value, citations, note, status, confidence)"),
      ("{\"version\": 1, \"sources\": [], \"entities\": [], \"facts\": []} x", "facts.json:1:60: not valid JSON: unexpected text after the value"),
      ("{\"version\": 1,\n \"sources\": [,]}", "facts.json:2:14: not valid JSON: unexpected character"),
      ("{\"version\": 1, \"sources\": [], \"entities\": [], \"facts\": [x]}", "facts.json:1:57: not valid JSON: unexpected character"),
      ("{\"version\": 1, \"sources\": [], \"entities\": [], \"facts\": [{\"id\": \"a\\u0062\", \"entity\": \"e\\u0062\", \"cues\": \"x\"}]}",
       "facts.json:1:104: wrong type at facts[0].cues: expected an array"),
    ]
    for (json, message) in cases {
      #expect(problem(json) == message, "\(json)")
    }
  }

  /// Repeated texts and cue lists are made once; an escaped spelling reads as the same text.
  @Test func repeatedTextsReadAlikeHoweverEscaped() throws {
    let second = fact.replacing(#""e.score""#, with: #""e.score2""#).replacing(#"["scored"]"#, with: #"["sc\u006fred"]"#)
      .replacing(#""entity": "e""#, with: #""entity": "\u0065""#)
    let file = try FactBaseFile.decode(Array(base(facts: fact + ", " + second + ", " + fact.replacing(#""e.score""#, with: #""e.score3""#)).utf8), origin: "facts.json")
    #expect(file.facts.map(\.cues) == [["scored"], ["scored"], ["scored"]])
    #expect(file.facts.map(\.entity) == ["e", "e", "e"])
    #expect(file.facts.map(\.value.text) == ["52", "52", "52"])
  }

  @Test func optionalFieldsMayBeNull() throws {
    let file = try FactBaseFile.decode(Array(base(facts: fact.replacing(#""id": "e.score""#, with: #""id": "e.score", "note": null, "related": null"#)).utf8), origin: "facts.json")
    #expect(file.facts.count == 1 && file.facts[0].note == nil && file.notes == nil)
    let listed = try FactBaseFile.decode(Array(#"{"version": 1, "sources": [], "entities": [], "facts": [], "notes": []}"#.utf8), origin: "f")
    #expect(listed.notes?.isEmpty == true && listed.errata == nil)
  }

  @Test func problemsAfterReadingNameTheRecordsLine() {
    let json = "{\"version\": 1, \"sources\": [{\"id\": \"s\", \"title\": \"S\"}],\n \"entities\": [{\"id\": \"e\", \"name\": \"E\", \"kind\": \"model\"}],\n \"facts\": [\(fact.replacing(#""entity": "e""#, with: #""entity": "x""#))],\n \"errata\": [{\"source\": \"t\", \"quote\": \"q\", \"note\": \"n\"}]}"
    do {
      _ = try FactBase.load([("facts.json", Array(json.utf8))])
      Issue.record("loaded")
    } catch {
      #expect(error.problems.map(\.description) == [
        "facts.json:3:19: fact 'e.score': refers to unknown entity 'x'",
        "facts.json:4:13: erratum cites unknown source 't'",
      ])
    }
  }
}
