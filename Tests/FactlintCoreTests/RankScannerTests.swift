import Testing
@testable import FactlintCore

/// Ranks written as superlatives, possessive ordinals and number signs: the
/// scanner reads each as a place, and a correction keeps its form.
@Suite struct RankScannerTests {
  private func ranks(_ text: String) -> [(String, RankValue)] {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])
    return ValueScanner(bytes: bytes, tokens: tokens).scan().compactMap { m in
      guard case .rank(let r) = m.value else { return nil }
      return (String(decoding: bytes[m.range], as: UTF8.self), r)
    }
  }

  private func place(_ n: Int) -> RankValue { RankValue(position: n, isTopN: false) }

  @Test(arguments: [
    ("The harbour is the country's second-largest port.", "second-largest", 2),
    ("Her paper had the third-highest citation count in the field.", "third-highest", 3),
    ("The villa was the second-most expensive sale of the year.", "second-most expensive", 2),
    ("It is the 2nd-biggest lake in the region.", "2nd-biggest", 2),
    ("This is the fourth largest city by area.", "fourth largest", 4),
    ("The bridge is the region's longest.", "longest", 1),
    ("They reported the highest turnout on record.", "highest", 1),
    ("It was Scotland's largest-ever lottery win.", "largest", 1),
    ("Its most valuable asset is the port.", "most valuable", 1),
  ])
  func superlativesArePlaces(_ text: String, _ written: String, _ position: Int) {
    let found = ranks(text)
    #expect(found.count == 1)
    #expect(found.first?.0 == written)
    #expect(found.first?.1 == place(position))
  }

  @Test(arguments: [
    "The library holds one of the largest map collections.",
    "Among the best bakeries, this one opens earliest.",
    "Largest first: sort the boxes by size.",
    "The city has the most bridges in Europe.",
    "Nobody knows which team is strongest.",
  ])
  func superlativesOfAGroupOrWithoutArticleAreNoPlace(_ text: String) {
    #expect(ranks(text).isEmpty, "\(text)")
  }

  @Test(arguments: [
    ("The council appointed the town's second mayor in 1850.", "second", 2),
    ("The band released its third album in May.", "third", 3),
    ("She became the museum's first-ever curator.", "first", 1),
    ("The club finished second only to the champions.", "second", 2),
    ("The two clubs are tied for first.", "first", 1),
    ("The team holds fifth in the table.", "fifth", 5),
    ("It is the third album from the band.", "third", 3),
    ("Paddington, the second film out of the new studio, opened in May.", "second", 2),
    ("She became the third chief executive to lead the port.", "third", 3),
    ("Lakeport was the first city to ban cars from its centre.", "first", 1),
  ])
  func ordinalsAfterPossessivesAndRankingWordsArePlaces(_ text: String, _ written: String, _ position: Int) {
    let found = ranks(text)
    #expect(found.map(\.0) == [written])
    #expect(found.first?.1 == place(position))
  }

  @Test(arguments: [
    "The firm's first quarter was slow.",
    "Its first-half results beat forecasts.",
    "The shop's first 30 days were busy.",
    "The first train leaves at noon.",
    "Their second time round went better.",
    "The first train to the coast leaves at noon.",
    "Turn at the second street to the left.",
    "The first day from the start was calm.",
    "What will the second film out of the studio look like?",
  ])
  func ordinalsThatCountTimeAreNoPlace(_ text: String) {
    #expect(ranks(text).isEmpty, "\(text)")
  }

  @Test func aNumberSignIsAPlaceUnlessAWordNumbersIt() {
    #expect(ranks("The novel is #3 on the bestseller list.").map(\.1) == [place(3)])
    #expect(ranks("The single sits at #12 this week.").map(\.1) == [place(12)])
    #expect(ranks("The bug is tracked in issue #16.").isEmpty)
    #expect(ranks("Listen to episode #4 of the show.").isEmpty)
  }

  @Test func superlativeWordsAreValueStarts() {
    for word in WordClass.superlatives {
      #expect(ValueScanner.isSuperlative(TokenText(word)), "\(word)")
      #expect(WordClass.table[TokenText(word)]?.contains(.valueStart) == true, "\(word)")
    }
  }

  /// A correction keeps the claim's form: the superlative alone for first
  /// place, the ordinal joined as the draft joined it for another.
  @Test(arguments: [
    ("It is the country's second-largest port.", 1, "largest"),
    ("It is the country's largest port.", 2, "second-largest"),
    ("It is the country's second most expensive port.", 3, "third most expensive"),
    ("It is the 2nd-largest port.", 4, "4th-largest"),
    ("The novel is #3 on the list.", 2, "#2"),
  ])
  func correctionsKeepTheForm(_ text: String, _ position: Int, _ expected: String) throws {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])
    let mention = try #require(ValueScanner(bytes: bytes, tokens: tokens).scan().first { if case .rank = $0.value { true } else { false } })
    let fact = try FactValueParser.parse(kind: "rank", text: String(position)).get()
    #expect(ValueRenderer.render(fact, like: mention) == expected)
  }
}
