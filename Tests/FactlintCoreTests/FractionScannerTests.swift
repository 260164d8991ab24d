import Testing
@testable import FactlintCore

/// Fractions of a whole read as percentages, only when they are of something.
@Suite struct FractionScannerTests {
  private func percents(_ text: String) -> [(String, Double, Hedge)] {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])
    return ValueScanner(bytes: bytes, tokens: tokens).scan().compactMap { m in
      guard case .quantity(let q) = m.value, q.dimension == .percent else { return nil }
      return (String(decoding: bytes[m.range], as: UTF8.self), q.value, m.hedge)
    }
  }

  @Test(arguments: [
    ("The council cut a fifth of its staff.", "a fifth", 20.0),
    ("Half the town turned out for the vote.", "Half", 50),
    ("The mill sold two-thirds of its flour abroad.", "two-thirds", 200.0 / 3),
    ("Rain fell on one tenth of the days.", "one tenth", 10),
    ("The firm kept a quarter of the profits.", "a quarter", 25),
    ("Only a hundredth of the letters arrived.", "a hundredth", 1),
    ("Three quarters of the seats were empty.", "Three quarters", 75),
    ("The bank closed one in ten of its branches.", "one in ten", 10),
    ("The survey found 1 in 5 voters undecided.", "1 in 5", 20),
  ])
  func fractionsOfSomethingArePercentages(_ text: String, _ written: String, _ value: Double) {
    let found = percents(text)
    #expect(found.map(\.0) == [written], "\(text)")
    #expect(abs((found.first?.1 ?? 0) - value) < 1e-9)
  }

  @Test func hedgesBeforeAFractionCount() {
    #expect(percents("The club sold just over half of its tickets.").first?.2 == .moreThan)
    #expect(percents("The club sold about a third of its tickets.").first?.2 == .approximately)
  }

  @Test(arguments: [
    "A third party audited the accounts.",
    "Sales rose in the first half of the year.",
    "The match is on the fifth of May.",
    "The shop opened a quarter past nine.",
    "He gave a half-hearted reply.",
    "Revenue fell in the third quarter of 2025.",
    "The plant opened one in 2025.",
  ])
  func otherUsesAreNoFraction(_ text: String) {
    #expect(percents(text).isEmpty, "\(text)")
  }

  @Test(arguments: [("The council cut a fifth of its staff.", "10%", "a tenth"), ("The council cut a fifth of its staff.", "12%", "12%"),
                    ("Half the town voted.", "75%", "three-quarters"), ("It closed one in eight of its branches.", "10%", "one in ten"),
                    ("It closed 1 in 8 of its branches.", "20%", "1 in 5"), ("It closed one in eight of its branches.", "12%", "12%")])
  func correctionsAreFractionsWhenTheShareIsOne(_ text: String, _ fact: String, _ expected: String) throws {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])
    let mention = try #require(ValueScanner(bytes: bytes, tokens: tokens).scan().first)
    let value = try FactValueParser.parse(kind: "percent", text: fact).get()
    #expect(ValueRenderer.render(value, like: mention) == expected)
  }
}
