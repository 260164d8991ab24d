/// Fractions of a whole as percentages: "a fifth of its staff" is 20%,
/// "half the downloads" 50%, "two-thirds of users" 66.7%, "a tenth of" 10%.
/// A fraction is a figure only when it is of something ("of", or "half"
/// before "the" or a possessive): "a third party", "the fifth quarter" and
/// "half-hearted" are not.
extension ValueScanner {
  /// The denominator a fraction word names: "half" 2, "third(s)" 3,
  /// "quarter(s)" and "fourth(s)" 4, "fifth(s)" 5, "tenth(s)" 10, "hundredth(s)" 100.
  static func denominator(_ word: TokenText) -> Int? {
    switch word {
    case "half": return 2
    case "third", "thirds": return 3
    case "quarter", "quarters", "fourth", "fourths": return 4
    case "fifth", "fifths": return 5
    case "sixth", "sixths": return 6
    case "eighth", "eighths": return 8
    case "tenth", "tenths": return 10
    case "hundredth", "hundredths": return 100
    default: return nil
    }
  }

  /// A fraction whose fraction word is token `i`, with its numerator before
  /// it ("a", "one", "two", written "two-thirds" or "two thirds").
  func fraction(at i: Int) -> ValueMention? {
    guard let denominator = Self.denominator(tokens[i].text) else { return nil }
    var start = i
    var numerator = 1
    var k = i - 1
    let hyphen = symbol(k) == "-" && tokens[i].attached && tokens[k].attached
    if hyphen { k -= 1 }
    switch word(k) {
    case "a", "an", "one":
      start = k
    case let w where has(k) && tokens[k].classes.contains(.cardinal):
      guard let n = NumberWords.cardinal(w), n >= 2, n < denominator else { return nil }
      numerator = n
      start = k
    default:
      // "half the compute" stands alone; other fractions need a numerator.
      guard denominator == 2, !hyphen else { return nil }
      // "the first half", "the second half": a part of a period.
      if has(i - 1), tokens[i - 1].classes.contains(.ordinal) { return nil }
    }
    // Of something: "a fifth of", "half the", "half its".
    switch word(i + 1) {
    case "of": break
    case "the", "its", "their", "his", "her", "our": guard denominator == 2 else { return nil }
    default: return nil
    }
    let percent = Double(numerator) * 100 / Double(denominator)
    var s = ValueStyle()
    s.words = true
    s.fraction = true
    return ValueMention(range: 0..<0, value: .quantity(Quantity(.percent, percent, resolution: 1)), hedge: .exact, style: s, tokens: start..<(i + 1))
  }
}
