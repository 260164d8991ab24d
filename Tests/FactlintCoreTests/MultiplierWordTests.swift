import Testing
@testable import FactlintCore

/// Multipliers written as words before what they multiply.
@Suite struct MultiplierWordTests {
  private func multipliers(_ text: String) -> [(String, Double)] {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])
    return ValueScanner(bytes: bytes, tokens: tokens).scan().compactMap { m in
      guard case .quantity(let q) = m.value, q.dimension == .multiplier else { return nil }
      return (String(decoding: bytes[m.range], as: UTF8.self), q.value)
    }
  }

  @Test(arguments: [("The port handles nearly double the cargo of 2020.", "double", 2.0), ("Rents are more than triple last year's.", "triple", 3),
                    ("The new hall seats twice as many people.", "twice", 2), ("Fares will quadruple the cost of a trip.", "quadruple", 4)])
  func wordsBeforeWhatTheyMultiply(_ text: String, _ written: String, _ value: Double) {
    let found = multipliers(text)
    #expect(found.map(\.0) == [written], "\(text)")
    #expect(found.first?.1 == value)
  }

  @Test(arguments: ["The team chose to double down.", "The band played a double act.", "Growth hit double-digit rates.", "The bus runs twice a week."])
  func otherUsesAreNoMultiplier(_ text: String) {
    #expect(multipliers(text).isEmpty, "\(text)")
  }

  @Test(arguments: [("It is nearly triple the cost.", "nearly 2x", "double"), ("It costs twice the price.", "3x", "three times"),
                    ("It is double the size.", "3x", "triple")])
  func correctionsKeepTheWord(_ text: String, _ fact: String, _ expected: String) throws {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])
    let mention = try #require(ValueScanner(bytes: bytes, tokens: tokens).scan().first)
    let value = try FactValueParser.parse(kind: "multiplier", text: fact).get()
    #expect(ValueRenderer.render(value, like: mention) == expected)
  }
}
