/// Superlatives as ranks: "the highest rate" and "Europe's largest-ever
/// round" are first place, "the second-largest round" and "the
/// third-highest rate" second and third. A superlative is a rank claim only
/// after "the" or a possessive, and not inside "one of the largest" (a
/// group, not a place).
extension ValueScanner {
  /// Words that are superlatives of size, level or quality (a `switch`:
  /// it compares integers where a set would hash each word).
  static func isSuperlative(_ word: TokenText) -> Bool {
    switch word {
    case "largest", "biggest", "highest", "greatest", "best", "strongest", "lowest", "smallest", "worst",
         "weakest", "fastest", "slowest", "richest", "cheapest", "costliest", "priciest", "longest", "heaviest": return true
    default: return false
    }
  }

  /// "most expensive", "least valuable": "most" or "least" before a word
  /// shaped like an adjective, by its ending ("the most GPUs" is a quantity,
  /// not a rank).
  private func isAdjective(_ k: Int) -> Bool {
    guard isKind(k, .word) else { return false }
    let w = Bytes.string(bytes, tokens[k].range).lowercased()
    guard w.count >= 5 else { return false }
    for ending in ["ive", "ful", "able", "ible", "ous", "ic", "ent", "ant", "ed", "ing", "ial", "ical"] where w.hasSuffix(ending) { return true }
    return false
  }

  /// The token past the superlative starting at `k` ("largest", "most
  /// expensive"), or nil. After an ordinal it may be joined by a hyphen
  /// ("second-largest", "second-most expensive").
  func superlativeEnd(at k: Int, afterOrdinal: Bool) -> Int? {
    var k = k
    if afterOrdinal, symbol(k) == "-", tokens[k].attached, has(k + 1), tokens[k + 1].attached { k += 1 }
    guard isKind(k, .word) else { return nil }
    if Self.isSuperlative(tokens[k].text) { return k + 1 }
    if tokens[k].text == "most" || tokens[k].text == "least", isAdjective(k + 1) { return k + 2 }
    return nil
  }

  /// The superlative between `start` and `end` as written, with the joiner before it.
  func superlative(_ start: Int, _ end: Int, ordinalDigits: Bool) -> ValueStyle.Superlative {
    let hyphen = symbol(start) == "-"
    let first = hyphen ? start + 1 : start
    let word = Bytes.string(bytes, tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound)
    return ValueStyle.Superlative(word: word, ordinalDigits: ordinalDigits, joiner: hyphen ? "-" : " ")
  }

  /// "the highest", "Europe's largest", "its most expensive": first place.
  func bareSuperlative(at i: Int) -> ValueMention? {
    guard let end = superlativeEnd(at: i, afterOrdinal: false) else { return nil }
    switch word(i - 1) {
    case "the":
      // "one of the largest", "among the best": a group.
      if word(i - 2) == "of" || word(i - 2) == "among" { return nil }
    default:
      guard followsPossessive(i) else { return nil }
    }
    // A correction to another place joins its ordinal with a hyphen ("second-largest").
    var written = superlative(i, end, ordinalDigits: false)
    written.joiner = "-"
    var s = ValueStyle()
    s.rank = .superlative(written)
    return ValueMention(range: 0..<0, value: .rank(RankValue(position: 1, isTopN: false)), hedge: .exact, style: s, tokens: i..<end)
  }
}
