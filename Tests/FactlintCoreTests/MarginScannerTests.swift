import Testing
@testable import FactlintCore

/// A difference between two scores ("five points behind", "trails by two
/// points", "a rise of 34 points", "a five-point lead") is a margin: it is
/// compared only with a fact about such a gap, never with a score.
@Suite struct MarginScannerTests {
  private func quantities(_ text: String) -> [(String, Quantity)] {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])
    return ValueScanner(bytes: bytes, tokens: tokens).scan().compactMap { m in
      guard case .quantity(let q) = m.value else { return nil }
      return (String(decoding: bytes[m.range], as: UTF8.self), q)
    }
  }

  @Test(arguments: [
    ("The home side finished five points behind the champions.", "five points", 5.0),
    ("The party sits two points clear of its rival in the poll.", "two points", 2),
    ("The striker's club trails the leaders by 3 pts.", "3 pts", 3),
    ("Our school is one point shy of the record.", "one point", 1),
    ("Their team is six behind the leaders.", "six", 6),
    ("The new course scored 80, a rise of 34 points over the old one.", "34 points", 34),
    ("The incumbent holds a five-point lead in the polls.", "five-point", 5),
    ("The city finished 12 points off the top of the table.", "12 points", 12),
    ("The club sits a point behind its rival.", "a point", 1),
    ("The club trails its rival by a single point.", "a single point", 1),
  ])
  func differencesBetweenScoresAreMargins(_ text: String, _ written: String, _ value: Double) {
    let margins = quantities(text).filter { $0.1.dimension == .margin }
    #expect(margins.map(\.0) == [written], "\(text)")
    #expect(margins.first?.1.value == value)
  }

  @Test func withinIsAGapOfAtMost() {
    let bytes = Array("The parties sit within three points of each other.".utf8)
    let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])
    let found = ValueScanner(bytes: bytes, tokens: tokens).scan()
    #expect(found.count == 1)
    #expect(found.first?.hedge == .atMost)
    if case .quantity(let q)? = found.first?.value { #expect(q.dimension == .margin && q.value == 3) } else { Issue.record("no margin") }
  }

  @Test func levelsAndOtherDifferencesAreNoMargins() {
    #expect(quantities("The team scored 54 points this season.").map(\.1.dimension) == [.score])
    // A percentage difference is a percentage (which only a fact about a change takes), not a margin.
    #expect(quantities("Sales were 3% higher than last year.").map(\.1.dimension) == [.percent])
    #expect(quantities("Turnout rose 4 percentage points.").isEmpty)
    #expect(quantities("The bridge cost $5 million more than planned.").isEmpty)
    #expect(quantities("At a point in the talks, the mayor left.").isEmpty)
    #expect(quantities("She made a point of it.").isEmpty)
  }

  /// A margin fact is read from its own text ("by 5 points") and takes no
  /// score: a draft's score of 52 is never compared with a gap of 5.
  @Test func aMarginFactTakesOnlyMargins() throws {
    let fact = try FactValueParser.parse(kind: "score", text: "by 5 points").get()
    guard case .quantity(let q) = fact.value else { Issue.record("not a quantity"); return }
    #expect(q.dimension == .margin)
    #expect(!Dimension.margin.accepts(.score) && !Dimension.margin.accepts(.number) && !Dimension.score.accepts(.margin))
  }

  @Test(arguments: [("The club is two points behind.", 1, "one point"), ("The club is one point behind.", 3, "three points"),
                    ("The club is 2 points behind.", 5, "5 points"), ("The club has a two-point lead.", 4, "four-point"),
                    ("The club is a point behind.", 2, "two points")])
  func correctionsKeepTheUnitInItsNumber(_ text: String, _ value: Int, _ expected: String) throws {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])
    let mention = try #require(ValueScanner(bytes: bytes, tokens: tokens).scan().first)
    let fact = try FactValueParser.parse(kind: "score", text: "by \(value) points").get()
    #expect(ValueRenderer.render(fact, like: mention) == expected)
  }
}
