/// A word, number or symbol of a sentence, with its byte range in the draft.
struct Token: Sendable {
  enum Kind: Sendable, Equatable { case word, number, symbol, name }

  var kind: Kind
  var range: Range<Int>
  /// Lower-cased text for words, the symbol itself for symbols ("$", "%", "-",
  /// "–", "/", "~", "€", "£", "×", "+", ",", "."), the digits for numbers.
  var text: TokenText
  /// True when no space separates this token from the previous one.
  var attached: Bool
  var number: NumberLiteral? = nil
  /// For a word: what it can be (month, number word, clause word…).
  var classes: WordClass = []
}

/// Digits as written: "8,000", "14.3", "86.4".
struct NumberLiteral: Sendable, Hashable {
  var value: Double
  var decimals: Int
  var grouping: Bool
  /// Zeros at the end of an integer ("8,000" has 3), giving its precision.
  var trailingZeros: Int
  var isInteger: Bool { decimals == 0 }
  /// The value as a place in a ranking: a whole number an `Int` can hold
  /// ("99999999999999999999994th" is none).
  var position: Int? { isInteger ? Int(exactly: value) : nil }
}
