import Testing
@testable import FactlintCore

/// How words are cut: contractions stay whole, possessives come apart (so
/// "the company's" still reads as "the company"), letters beyond ASCII stay
/// in their word, dashes and curly quotes never do.
@Suite struct TokenizerTests {
  private func tokens(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer(bytes: bytes).tokens(in: 0..<bytes.count, names: []).map { t in
      let kind = switch t.kind { case .word: "w"; case .number: "n"; case .symbol: "s"; case .name: "name" }
      return "\(kind):\(t.text)\(t.attached ? "+" : "")"
    }
  }

  @Test func contractionsStayWhole() {
    #expect(tokens("don't stop") == ["w:don't", "w:stop"])
    #expect(tokens("don’t stop") == ["w:don’t", "w:stop"])
  }

  @Test func possessivesComeApart() {
    #expect(tokens("Meta's model") == ["w:meta", "s:'+", "w:s+", "w:model"])
    #expect(tokens("Meta’s model") == ["w:meta", "s:'+", "w:s+", "w:model"])
    #expect(tokens("Nestlé’s") == ["w:nestlé", "s:'+", "w:s+"])
  }

  @Test func lettersBeyondASCIIStayInTheirWord() {
    #expect(tokens("Nestlé and Škoda") == ["w:nestlé", "w:and", "w:škoda"])
    #expect(tokens("CAFÉ") == ["w:café"])
  }

  @Test func dashesQuotesAndSymbolsAreTokensOfTheirOwn() {
    #expect(tokens("GPT—the model") == ["w:gpt", "s:—+", "w:the+", "w:model"])
    #expect(tokens("2025–2026") == ["n:2025", "s:–+", "n:2026+"])
    #expect(tokens("“Muse” said") == ["s:\"", "w:muse+", "s:\"+", "w:said"])
    #expect(tokens("€5 and £3") == ["s:€", "n:5+", "w:and", "s:£", "n:3+"])
  }

  @Test func wordsAreLowerCasedAndNumbersKeptAsWritten() {
    #expect(tokens("Laid OFF 8,000 Employees") == ["w:laid", "w:off", "n:8,000", "w:employees"])
  }
}
