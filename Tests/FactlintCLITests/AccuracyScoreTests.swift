import FactlintTestSupport
import Foundation
import Testing

/// The Swift scorer on runs of our own, rule by rule of score.py.
@Suite struct AccuracyScoreTests {
  func finding(_ text: String, line: Int = 3, rule: String = "conflict", fix: String? = nil, file: String = "a.md") -> ScoredFinding {
    ScoredFinding(file: file, line: line, text: text, rule: rule, replacement: fix)
  }

  @Test func aFindingMatchesALabelOnTheSameFileAndLineWhenTheTextsOverlap() {
    let gold = [GoldLabel(file: "a.md", line: 3, text: "$14.3  Million", verdict: .conflict, fix: ["$14.3 billion"], difficulty: ["format"], kind: "money"),
                GoldLabel(file: "a.md", line: 5, text: "54", verdict: .conflict, fix: ["52"], difficulty: ["coref", "format"])]
    let score = AccuracyScore(findings: [finding("about $14.3\u{00A0}million", fix: "$14.3 Billion"), finding("54", line: 6), finding("54", file: "b.md")], gold: gold)
    #expect(score.found == 1 && score.missed == 1)
    #expect(score.falseAlarms.map(\.line) == [6, 3])
    #expect(score.fixesRight == 1 && score.fixesTotal == 1)
    #expect(score.tags["format"]! == (1, 2) && score.tags["coref"]! == (0, 1))
    #expect(score.kinds["money"]! == (1, 1) && score.kinds.count == 1)
    #expect(score.summary == ["gold=2 found=1 missed=1 false=2 disputed-called-conflict=0 either-flagged=0 other-rules=0",
                              "precision=0.333 recall=0.500 fix-accuracy=1.000"])
  }

  @Test func eitherLabelsNeitherCountNorPenalise() {
    let gold = [GoldLabel(file: "a.md", line: 3, text: "about 70", verdict: .either)]
    let score = AccuracyScore(findings: [finding("70", rule: "disputed")], gold: gold)
    #expect(score.gold == 0 && score.falseAlarms.isEmpty && score.eitherFlagged == 1)
    #expect(score.precision == 1 && score.recall == 1)
  }

  @Test func aDisputedLabelFoundOnlyAsConflictIsCountedApartAndFixesAreOnlyForConflicts() {
    let gold = [GoldLabel(file: "a.md", line: 3, text: "18,000", verdict: .disputed, fix: ["15,000 to 17,000"])]
    let score = AccuracyScore(findings: [finding("18,000", fix: "17,000")], gold: gold)
    #expect(score.found == 1 && score.disputedCalledConflict == 1 && score.fixesTotal == 0)
  }

  @Test func otherRulesAreNotScoredAndFalseAlarmsAreSortedByTheClaimsTheyLandOn() {
    let claims = [ClaimLabel(file: "a.md", line: 3, text: "5:30 a.m.", type: .distractor, distractor: "time"),
                  ClaimLabel(file: "a.md", line: 4, text: "April 8", type: .correct)]
    let findings = [finding("5:30"), finding("April 8", line: 4), finding("9,500", line: 7), finding("x", rule: "unsupported")]
    let score = AccuracyScore(findings: findings, gold: [], claims: claims)
    #expect(score.otherRules == 1 && score.falseAlarms.count == 3)
    #expect(score.falseAlarmsOnDistractors == ["time": 1] && score.falseAlarmsOnCorrectClaims == 1)
  }

  @Test func floorsNameTheFigureThatFellAndRoundDown() throws {
    let corpus = AccuracyCorpus(id: "corpus", drafts: URL(fileURLWithPath: "/nowhere"), gold: URL(fileURLWithPath: "/nowhere/gold.json"), claims: nil, base: .builtIn)
    let gold = (1...4).map { GoldLabel(file: "a.md", line: $0, text: "1\($0)", verdict: .conflict) }
    let score = AccuracyScore(findings: [finding("11", line: 1), finding("99", line: 9)], gold: gold)
    let measurement = AccuracyMeasurement(corpus: corpus, score: score, words: 100, report: Data())
    let floors = try JSONDecoder().decode(AccuracyFloors.self, from: Data(#"{"measured": "test", "floors": {"corpus": {"precision": 0.5, "recall": 0.26}}}"#.utf8))
    #expect(floors.failures(measurement) == ["corpus recall 0.250 fell below its floor 0.26 (1 of 4 found)"])
    let measured = AccuracyFloors.measured([measurement], note: "test")
    #expect(measured.floors["corpus"] == AccuracyFloors.Floor(precision: 0.5, recall: 0.25, maximumFalseAlarms: nil))
    #expect(measured.failures(measurement).isEmpty && measured.raisable(measurement).isEmpty)
    #expect(floors.raisable(measurement) == [])
    let lower = AccuracyFloors(measured: "test", floors: ["corpus": .init(precision: 0.4, recall: 0.25, maximumFalseAlarms: 2)])
    #expect(lower.raisable(measurement) == ["corpus precision 0.500 (floor 0.40)", "corpus false alarms 1 (ceiling 2)"])
    let reread = try JSONDecoder().decode(AccuracyFloors.self, from: Data(measured.json.utf8))
    #expect(reread.floors == measured.floors)
  }
}
