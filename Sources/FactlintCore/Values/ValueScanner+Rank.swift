/// Ranks: "fourth", "4th", "top 5", "top-5", "top five", "No. 4". An ordinal
/// is a rank only when ranking words surround it; "the first model" is not.
extension ValueScanner {
  /// Ranking words before and after a position (`switch`es compare integers;
  /// sets would hash each word). A literal of eight letters or more is built
  /// at run time, not folded: only words of its length are compared with it.
  private static func isBefore(_ word: TokenText) -> Bool {
    switch word {
    case "rank", "ranks", "ranked", "ranking", "placing", "placed", "places", "sits", "sitting", "came", "comes", "landed", "lands", "at": return true
    default: return word.count == 8 && (word == "finished" || word == "finishes")
    }
  }

  private static func isAfter(_ word: TokenText) -> Bool {
    switch word {
    case "place", "spot", "among", "overall", "behind", "best", "highest": return true
    default: return (word.count == 8 && word == "position") || (word.count == 9 && word == "strongest")
    }
  }

  func rank(at i: Int) -> ValueMention? {
    let t = tokens[i]
    if t.text == "top" {
      var k = i + 1
      let hyphen = symbol(k) == "-"
      if hyphen { k += 1 }
      if let n = token(k), n.kind == .number, let lit = n.number, lit.isInteger, lit.value >= 1, lit.value <= 100 {
        if unit(at: k + 1) != nil || word(k + 1) == "percent" { return nil }
        var s = ValueStyle()
        s.rank = .topN(words: false, hyphen: hyphen)
        return ValueMention(range: 0..<0, value: .rank(RankValue(position: Int(lit.value), isTopN: true)), hedge: .exact, style: s, tokens: i..<(k + 1))
      }
      if let (value, end) = numberWords(at: k), value >= 1 {
        var s = ValueStyle()
        s.rank = .topN(words: true, hyphen: hyphen)
        return ValueMention(range: 0..<0, value: .rank(RankValue(position: value, isTopN: true)), hedge: .exact, style: s, tokens: i..<end)
      }
      return nil
    }
    // (The context first: most ordinals are no rank, and the table is hashed.)
    if t.classes.contains(.ordinal), hasRankContext(i, end: i + 1), let position = NumberWords.ordinal(t.text) {
      var s = ValueStyle()
      s.rank = .ordinalWord
      return ValueMention(range: 0..<0, value: .rank(RankValue(position: position, isTopN: false)), hedge: .exact, style: s, tokens: i..<(i + 1))
    }
    if (t.text == "no" && symbol(i + 1) == ".") || t.text == "number", isCapitalized(i) || t.text == "number" {
      let k = t.text == "no" ? i + 2 : i + 1
      if let n = token(k), n.kind == .number, let position = n.number?.position, hasRankContext(i, end: k + 1) {
        var s = ValueStyle()
        s.rank = .numberSign
        return ValueMention(range: 0..<0, value: .rank(RankValue(position: position, isTopN: false)), hedge: .exact, style: s, tokens: i..<(k + 1))
      }
    }
    return nil
  }

  /// "4th place": digits with an ordinal suffix.
  func rankDigits(at i: Int) -> ValueMention? {
    guard isOrdinalSuffix(i + 1), let position = tokens[i].number?.position, hasRankContext(i, end: i + 2) else { return nil }
    var s = ValueStyle()
    s.rank = .ordinalDigits
    return ValueMention(range: 0..<0, value: .rank(RankValue(position: position, isTopN: false)), hedge: .exact, style: s, tokens: i..<(i + 2))
  }

  private func hasRankContext(_ start: Int, end: Int) -> Bool {
    for k in max(0, start - 3)..<start where Self.isBefore(word(k)) {
      if tokens[k].text == "at" && k != start - 1 { continue }
      return true
    }
    var k = end
    if symbol(k) == "-" { k += 1 }
    for j in k..<min(tokens.count, k + 2) where Self.isAfter(word(j)) { return true }
    return false
  }
}
