/// A word, number or symbol of a sentence, with its byte range in the draft.
///
/// 48 bytes: a sentence's tokens are stored as they are read, and storing
/// them was a third of tokenizing. Offsets are held as `Int32` (a draft
/// tokenized is below `Token.maximumOffset`), the fields ordered so that none
/// leaves padding.
struct Token: Sendable {
  enum Kind: UInt8, Sendable, Equatable { case word, number, symbol, name }

  /// Lower-cased text for words, the symbol itself for symbols ("$", "%", "-",
  /// "–", "/", "~", "€", "£", "×", "+", ",", "."), the digits for numbers.
  var text: TokenText
  private var start: Int32
  private var end: Int32
  var kind: Kind
  /// True when no space separates this token from the previous one.
  var attached: Bool
  /// For a word: what it can be (month, number word, clause word…).
  var classes: WordClass
  var number: NumberLiteral?
  /// Whether a value can start here: a number, a currency symbol ("$",
  /// "€", "£") or "#" ("#3"), or a word of a class a value starts with (`WordClass.valueStarts`).
  /// The scanner's first test of every token, answered once as it is made.
  let mayStartValue: Bool

  /// The largest byte offset a token can hold.
  static let maximumOffset = Int(Int32.max)

  init(kind: Kind, range: Range<Int>, text: TokenText, attached: Bool, number: NumberLiteral? = nil, classes: WordClass = []) {
    self.text = text
    start = Int32(truncatingIfNeeded: range.lowerBound)
    end = Int32(truncatingIfNeeded: range.upperBound)
    self.kind = kind
    self.attached = attached
    self.classes = classes
    self.number = number
    switch kind {
    case .number: mayStartValue = true
    case .name: mayStartValue = false
    case .word: mayStartValue = !classes.isDisjoint(with: .valueStarts)
    case .symbol: mayStartValue = Currency(symbol: text) != nil || text == "#"
    }
    assert(self.range == range, "a token offset beyond Token.maximumOffset")
  }

  var range: Range<Int> { Range(uncheckedBounds: (Int(start), Int(end))) }
}

/// Digits as written: "8,000", "14.3", "86.4".
struct NumberLiteral: Sendable, Hashable {
  var value: Double
  /// Decimals for a fraction (positive), or minus the trailing zeros of an
  /// integer: one `Int32` holds both, as a number has only one of them.
  private var precision: Int32
  var grouping: Bool

  /// `decimals` and `trailingZeros`: one of them zero (an integer has no
  /// decimals, and a fraction's zeros are not counted), neither beyond `Int32`.
  init(value: Double, decimals: Int, grouping: Bool, trailingZeros: Int) {
    precondition(decimals == 0 || trailingZeros == 0, "a number literal with both decimals and trailing zeros")
    self.value = value
    precision = Int32(decimals > 0 ? decimals : -trailingZeros)
    self.grouping = grouping
  }

  var decimals: Int { precision > 0 ? Int(precision) : 0 }
  /// Zeros at the end of an integer ("8,000" has 3), giving its precision.
  var trailingZeros: Int { precision < 0 ? -Int(precision) : 0 }
  var isInteger: Bool { precision <= 0 }
  /// The value as a place in a ranking: a whole number an `Int` can hold
  /// ("99999999999999999999994th" is none).
  var position: Int? { isInteger ? Int(exactly: value) : nil }
}
