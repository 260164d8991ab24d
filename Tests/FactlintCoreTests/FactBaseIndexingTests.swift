import Testing
@testable import FactlintCore

/// What loading judges once per distinct text or list is what it judged per
/// fact: the head nouns of names, the cues the attribute lexicon adds, and
/// whether a fact names a change or a valuation.
@Suite struct FactBaseIndexingTests {
  @Test func headNounsOfASCIINamesByBytesAreThoseByCharacters() {
    var names = [
      "Northern Line", "  Northern   Line  ", "Line", "the Line", "Northern line", "northern Line", "A B", "X Association",
      "X Associations", "Northern\tLine", "NORTHERN LINE", "Harbor  Bridge ", "Harbor Bridge\r\n", "", " ", "City Council Report",
      "X Leaderboard", "X Leaderboardz", "1 Line", "Cardinal Line-2", "Entity12 Model", "E Ap",
    ]
    // Random names of capitals, small letters, spaces, a tab and a few head nouns.
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      return Int(seed >> 33) % n
    }
    let pieces = ["A", "b", "L", "line", "Line", "LINE", "Bridge", "council", " ", " ", "  ", "\t", "X", "Report"]
    for _ in 0..<2_000 { names.append((0..<next(6)).map { _ in pieces[next(pieces.count)] }.joined()) }
    for name in names {
      #expect(HeadNouns.headNoun(of: name) == HeadNouns.headNounByCharacters(of: name), "\(name.debugDescription)")
    }
    #expect(HeadNouns.headNoun(of: "Northern Line") == "line")
    #expect(HeadNouns.headNoun(of: "Ñorthern Line") == "line")
  }

  @Test func writtenAliasesWinOverDefiniteOnes() throws {
    let json = #"""
      {"version": 1, "sources": [{"id": "s", "title": "S"}],
       "entities": [{"id": "n", "name": "Northern Line", "kind": "other", "aliases": ["the line"]},
                    {"id": "h", "name": "Harbor Bridge", "kind": "other"}],
       "facts": []}
      """#
    let base = try FactBase.load([("facts.json", Array(json.utf8))])
    #expect(HeadNouns.definiteAliases(names: base.entities.map(\.name)).count == 4)
    #expect(HeadNouns.startsDefinite("the line") && HeadNouns.startsDefinite("The bridge") && !HeadNouns.startsDefinite("then"))
    let text = Array("On the line, the bridge".utf8)
    #expect(base.aliases.matches(in: text, range: 0..<text.count, longestOnly: true).map { Array($0.payloads) } == [[0], [1]])
  }

  @Test func factsWithTheSameAttributeAndCuesShareTheirExpandedCues() throws {
    var facts: [String] = []
    for f in 0..<6 {
      // Keys of the same bytes run together ("a" "bc", "ab" "c") are not one.
      let (attribute, cues) = [("score", #"["scored"]"#), ("layoffs", #"["a", "bc"]"#), ("layoffs", #"["ab", "c"]"#)][f % 3]
      facts.append(#"{"id": "f\#(f)", "entity": "e", "attribute": "\#(attribute)", "cues": \#(cues), "value": {"kind": "score", "text": "5\#(f)"}, "citations": [{"source": "s", "quote": "q"}]}"#)
    }
    let json = #"{"version": 1, "sources": [{"id": "s", "title": "S"}], "entities": [{"id": "e", "name": "E", "kind": "model"}], "facts": [\#(facts.joined(separator: ","))]}"#
    let base = try FactBase.load([("facts.json", Array(json.utf8))])
    for fact in base.facts {
      let read = fact.id == "f0" || fact.id == "f3" ? ["scored"] : fact.id == "f1" || fact.id == "f4" ? ["a", "bc"] : ["ab", "c"]
      #expect(fact.cues == AttributeLexicon.expandedCues(read, attribute: fact.attribute))
    }
    #expect(base.facts[0].cues.withUnsafeBufferPointer { $0.baseAddress } == base.facts[3].cues.withUnsafeBufferPointer { $0.baseAddress })
  }

  @Test func changesAndValuationsAreJudgedByTheAttributeOrAnyCue() throws {
    let cases: [(attribute: String, cues: String, change: Bool, valuation: Bool)] = [
      ("score", #"["scored"]"#, false, false),
      ("valuation", #"["worth"]"#, false, true),
      ("price", #"["valued at"]"#, false, true),
      ("share price rise", #"["shares"]"#, true, false),
      ("price", #"["valued at", "rose"]"#, true, true),
      ("score", #"["scored"]"#, false, false),
    ]
    var facts: [String] = []
    for (f, c) in cases.enumerated() {
      facts.append(#"{"id": "f\#(f)", "entity": "e", "attribute": "\#(c.attribute)", "cues": \#(c.cues), "value": {"kind": "score", "text": "5"}, "citations": [{"source": "s", "quote": "q"}]}"#)
    }
    let json = #"{"version": 1, "sources": [{"id": "s", "title": "S"}], "entities": [{"id": "e", "name": "E", "kind": "model"}], "facts": [\#(facts.joined(separator: ","))]}"#
    let base = try FactBase.load([("facts.json", Array(json.utf8))])
    for (f, c) in cases.enumerated() {
      let words = [c.attribute] + base.facts[f].cues
      #expect(base.bindings[f].isChange == c.change && base.bindings[f].isChange == words.contains(where: Fact.namesChange), "\(c)")
      #expect(base.bindings[f].isValuation == c.valuation && base.bindings[f].isValuation == words.contains(where: Fact.namesValuation), "\(c)")
    }
  }
}
