import Testing
@testable import FactlintCore

/// The per-sentence bookkeeping the binder reads: reference phrases, their
/// kinds as bits, comparison clauses, and clauses that do not split inside a value.
@Suite struct SentenceAnalysisTests {
  private func analysis(_ text: String) -> (SentenceAnalysis, [UInt8]) {
    let bytes = Array(text.utf8)
    return (SentenceAnalysis(range: 0..<bytes.count, masked: bytes, base: TestFacts.base), bytes)
  }

  private func word(_ a: SentenceAnalysis, _ bytes: [UInt8], _ k: Int) -> String {
    String(decoding: bytes[a.tokens[k].range], as: UTF8.self)
  }

  @Test func referencesAreFoundOneAtATimeAsTheListHasThem() {
    let (a, bytes) = analysis("The new model beat it, and the company said its lab and this model matter to her, not the theme.")
    let listed = a.references()
    #expect(listed.map { word(a, bytes, $0.token) } == ["The", "it", "the", "its", "this", "her"])
    #expect(listed.map(\.length) == [3, 1, 2, 1, 2, 1])
    #expect(listed.map(\.kinds) == [["model"], nil, ["company"], nil, ["model"], ["person"]])
    var found: [(token: Int, length: Int, phrase: Int)] = [], k = 0
    while let ref = a.reference(from: &k) { found.append(ref) }
    #expect(found.map(\.token) == listed.map(\.token))
    #expect(found.map(\.length) == listed.map(\.length))
    #expect(found.map { ReferenceWords.phrases[$0.phrase].kinds } == listed.map(\.kinds))
  }

  @Test func referenceKindsAreBitsOfTheFactBasesKindNumbers() {
    let base = TestFacts.base
    func bit(_ kind: String) -> UInt64 {
      base.entities.indices.first { base.entities[$0].kind == kind }.map { 1 << UInt64(base.entityKinds[$0]) } ?? 0
    }
    func kinds(_ words: [TokenText]) -> UInt64 { base.referenceKinds[ReferenceWords.phrases.firstIndex { $0.words == words }!] }
    #expect(kinds(["the", "company"]) == bit("company"))
    #expect(kinds(["the", "model"]) == bit("model"))
    // "he" fits a person, "it" any kind but a person.
    #expect(bit("person") != 0)
    #expect(kinds(["he"]) == bit("person"))
    #expect(kinds(["it"]) == ~bit("person"))
  }

  @Test func aRelativeClauseSetOffByCommasResumesTheClauseItInterrupts() {
    let (a, bytes) = analysis("Opening weekend, when rides were free, drew more than 43,000 trips.")
    func clause(_ w: String) -> Int { a.clauseOf[a.tokens.indices.first { word(a, bytes, $0) == w }!] }
    #expect(clause("weekend") == clause("drew"))
    #expect(clause("rides") != clause("drew"))
    // The "than" of a hedge is part of its figure.
    #expect(a.clauseOf[a.values[0].tokens.lowerBound] == clause("drew"))
    // Without the closing comma the relative clause runs on.
    let (b, bBytes) = analysis("The line opened in March, which was late.")
    #expect(b.clauseOf[b.tokens.indices.first { word(b, bBytes, $0) == "late" }!] != b.clauseOf[0])
  }

  @Test func wordListsReadOnlyLongWordsHoldNoShortOnes() {
    // The scans for these lists pass shorter words over unhashed.
    #expect(ClaimWords.mistakeMarkers.allSatisfy { $0.utf8.count >= 7 })
    #expect(ClaimWords.valuationWords.allSatisfy { $0.utf8.count >= 6 })
    let (a, _) = analysis("An earlier version of this article wrongly said Meta was valued at $29 billion.")
    #expect(a.isDenied(a.values[0]))
    #expect(a.isValuation(a.values[0]))
  }

  @Test func comparisonClausesBeyondSixtyFourAreKept() {
    // Seventy clauses, the last two opened by "behind" and "than".
    let text = Array(repeating: "plain word", count: 68).joined(separator: ", ") + " behind Meta and more than Llama"
    let (a, bytes) = analysis(text)
    let behind = a.tokens.indices.first { word(a, bytes, $0) == "behind" }!
    let than = a.tokens.indices.first { word(a, bytes, $0) == "than" }!
    let and = a.tokens.indices.first { word(a, bytes, $0) == "and" }!
    #expect(a.clauseOf[behind] == 68)
    #expect(a.comparisonClauses.contains(a.clauseOf[behind]))
    #expect(!a.comparisonClauses.contains(a.clauseOf[and]))
    #expect(a.comparisonClauses.contains(a.clauseOf[than]))
    #expect(!(0..<68).contains { a.comparisonClauses.contains($0) })
    let (short, shortBytes) = analysis("Muse Spark scored 52, behind GPT-5.4 at 57.")
    let marker = short.tokens.indices.first { word(short, shortBytes, $0) == "behind" }!
    #expect(short.comparisonClauses.contains(short.clauseOf[marker]))
    #expect(!short.comparisonClauses.contains(0))
  }

  @Test func clausesDoNotSplitInsideAValue() {
    let (a, bytes) = analysis("On March 3, 2026, Meta said revenue rose, and in 2025 it fell.")
    func clause(_ w: String) -> Int { a.clauseOf[a.tokens.indices.first { word(a, bytes, $0) == w }!] }
    #expect(clause("2026") == 0)
    #expect(clause("Meta") == 1)
    #expect(clause("fell") == 3)
    // Years outside values, by clause: the date's year is a value's, 2025 is not.
    #expect(a.yearMentions.map(\.year) == [2026, 2025])
    #expect(a.yearMentions.map(\.clause) == [0, 3])
  }
}
