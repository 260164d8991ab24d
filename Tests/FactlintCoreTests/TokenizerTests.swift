import Testing
@testable import FactlintCore

/// How words are cut: contractions stay whole, possessives come apart (so
/// "the company's" still reads as "the company"), letters beyond ASCII stay
/// in their word, dashes and curly quotes never do.
@Suite struct TokenizerTests {
  private func tokens(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: []).map { t in
      let kind = switch t.kind { case .word: "w"; case .number: "n"; case .symbol: "s"; case .name: "name" }
      // A long text is not held whole: it is read from the draft, and checked to equal its token's.
      let word = t.text.string ?? String(decoding: bytes[t.range], as: UTF8.self).lowercased()
      #expect(TokenText(word) == t.text)
      return "\(kind):\(word)\(t.attached ? "+" : "")"
    }
  }

  /// Names (aliases found at word starts) are single tokens, wherever they
  /// start: at the sentence's first byte, even a space, or after a space or a symbol.
  @Test func namesAreSingleTokens() {
    func names(_ text: String, _ names: [Range<Int>], in range: Range<Int>? = nil) -> [String] {
      let bytes = Array(text.utf8)
      return Tokenizer.tokens(of: bytes, in: range ?? 0..<bytes.count, names: names).map { t in
        t.kind == .name ? "name:" + String(decoding: bytes[t.range], as: UTF8.self) + (t.attached ? "+" : "") : t.text.string ?? "?"
      }
    }
    #expect(names("GPT-5.4 beat Muse Spark (GPT-5)", [0..<7, 13..<23, 25..<30]) == ["name:GPT-5.4", "beat", "name:Muse Spark", "(", "name:GPT-5+", ")"])
    #expect(names(" Meta and Meta", [0..<5, 10..<14]) == ["name: Meta", "and", "name:Meta"])
    #expect(names("x  Meta", [3..<7], in: 1..<7) == ["name:Meta"])
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

  /// A token's text is packed from sixteen bytes read at once, or byte by
  /// byte near the end of the draft, or kept as a string past sixteen bytes:
  /// all three must read the same, and equal the same words written as literals.
  @Test func textsAreTheSameHoweverTheyArePacked() {
    let long = "Counterintuitively INTERNATIONALIZATION 1,000,000,000,000,000"
    #expect(tokens(long) == ["w:counterintuitively", "w:internationalization", "n:1,000,000,000,000,000"])
    // The same words with and without sixteen bytes after them.
    for text in ["Tenfold ANNOUNCED", "Tenfold ANNOUNCED and then some more words after it"] {
      let bytes = Array(text.utf8)
      let words = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: []).map(\.text)
      #expect(words[0] == "tenfold" && words[1] == "announced")
      #expect(words[0] == TokenText("tenfold") && words[0].hashValue == TokenText("tenfold").hashValue)
      #expect(Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])[0].classes.contains(.valueStart))
    }
    let sixteen = "abcdefghijklmnop", seventeen = "abcdefghijklmnopq"
    #expect(TokenText(sixteen).string == sixteen && TokenText(seventeen).string == nil)
    #expect(TokenText(sixteen) != TokenText(seventeen) && TokenText(seventeen) == TokenText(seventeen))
    #expect(TokenText(seventeen) != TokenText("bbcdefghijklmnopq") && TokenText(seventeen) != TokenText("abcdefghijklmnopr"))
    // A suffix is kept for a long word as for a short one ("-ed" tells a past tense).
    #expect(TokenText("overcapitalized").hasSuffix("ed") && TokenText("internationalized").hasSuffix("ed"))
    #expect(!TokenText("internationalizer").hasSuffix("ed") && !TokenText("d").hasSuffix("ed"))
  }

  /// A token keeps its offsets in 32 bits and a number's decimals and
  /// trailing zeros in one field: both must read back as they were written.
  @Test func offsetsAndNumberFieldsReadBackAsWritten() {
    #expect(MemoryLayout<Token>.stride <= 48)
    let far = Token(kind: .word, range: (Token.maximumOffset - 7)..<Token.maximumOffset, text: "far", attached: true, classes: .month)
    #expect(far.range == (Token.maximumOffset - 7)..<Token.maximumOffset && far.kind == .word && far.attached && far.classes == .month)
    let bytes = Array("x 8,000 14.30 100 0 7 1,234.50".utf8)
    let numbers = Tokenizer.tokens(of: bytes, in: 2..<bytes.count, names: []).compactMap { t in
      t.number.map { "\(t.range) \($0.value) d\($0.decimals) z\($0.trailingZeros) \($0.grouping ? "g" : "")\($0.isInteger ? "i" : "")" }
    }
    #expect(numbers == ["2..<7 8000.0 d0 z3 gi", "8..<13 14.3 d2 z0 ", "14..<17 100.0 d0 z2 i", "18..<19 0.0 d0 z0 i", "20..<21 7.0 d0 z0 i",
                        "22..<30 1234.5 d2 z0 g"])
  }

  /// A value can start at a number, a currency symbol and a word of a
  /// value-start class, nowhere else: the scanner looks no further at the rest.
  @Test func valuesCanStartAtNumbersCurrenciesAndValueWords() {
    let text = "Meta’s top 8 — US$5, €3 and £2 (50%) on Monday, April fourth; eight tenfold the model"
    let bytes = Array(text.utf8)
    let starts = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [0..<4]).filter(\.mayStartValue).map { t in
      t.kind == .name ? "name" : t.text.string ?? "?"
    }
    #expect(starts == ["top", "8", "us", "$", "5", "€", "3", "£", "2", "50", "monday", "april", "fourth", "eight", "tenfold"])
  }
}
