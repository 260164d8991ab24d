/// Ranks: "fourth", "4th", "top 5", "top-5", "top five", "No. 4", "#4", and
/// with a superlative "second-largest", "the highest"
/// (`ValueScanner+Superlative`). An ordinal is a rank only when ranking words
/// surround it or it follows a possessive ("the lab's second model", "its
/// first-ever chief"); "the first model" is not.
extension ValueScanner {
  /// Ranking words before and after a position (`switch`es compare integers;
  /// sets would hash each word). A literal of eight letters or more is built
  /// at run time, not folded: only words of its length are compared with it.
  private static func isBefore(_ word: TokenText) -> Bool {
    switch word {
    case "rank", "ranks", "ranked", "ranking", "placing", "placed", "places", "sits", "sitting", "came", "comes", "landed", "lands", "at",
         "holds", "hold", "held", "tied", "joint": return true
    default: return word.count == 8 && (word == "finished" || word == "finishes")
    }
  }

  private static func isAfter(_ word: TokenText) -> Bool {
    switch word {
    case "place", "spot", "among", "overall", "behind", "best", "highest", "ever": return true
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
    if t.classes.contains(.ordinal), let position = NumberWords.ordinal(t.text), let end = superlativeEnd(at: i + 1, afterOrdinal: true) {
      var s = ValueStyle()
      s.rank = .superlative(superlative(i + 1, end, ordinalDigits: false))
      return ValueMention(range: 0..<0, value: .rank(RankValue(position: position, isTopN: false)), hedge: .exact, style: s, tokens: i..<end)
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

  /// "4th place", "2nd-largest": digits with an ordinal suffix.
  func rankDigits(at i: Int) -> ValueMention? {
    guard isOrdinalSuffix(i + 1), let position = tokens[i].number?.position else { return nil }
    if let end = superlativeEnd(at: i + 2, afterOrdinal: true) {
      var s = ValueStyle()
      s.rank = .superlative(superlative(i + 2, end, ordinalDigits: true))
      return ValueMention(range: 0..<0, value: .rank(RankValue(position: position, isTopN: false)), hedge: .exact, style: s, tokens: i..<end)
    }
    guard hasRankContext(i, end: i + 2) else { return nil }
    var s = ValueStyle()
    s.rank = .ordinalDigits
    return ValueMention(range: 0..<0, value: .rank(RankValue(position: position, isTopN: false)), hedge: .exact, style: s, tokens: i..<(i + 2))
  }

  /// "#3 behind GPT-5.4", "ranks #3": a number sign before digits, unless a
  /// word that numbers things comes right before it ("issue #16", "episode #4").
  func hashRank(at i: Int) -> ValueMention? {
    guard let n = token(i + 1), n.kind == .number, n.attached, let lit = n.number, lit.isInteger, lit.value >= 1, lit.value <= 100,
          let position = n.number?.position else { return nil }
    if isKind(i - 1, .word) && !Self.isBefore(word(i - 1)) && !Self.isCopula(word(i - 1)) { return nil }
    var s = ValueStyle()
    s.rank = .hash
    return ValueMention(range: 0..<0, value: .rank(RankValue(position: position, isTopN: false)), hedge: .exact, style: s, tokens: i..<(i + 2))
  }

  private static func isCopula(_ word: TokenText) -> Bool {
    switch word {
    case "is", "was", "are", "were", "be", "been", "and", "or", "to", "from": return true
    default: return false
    }
  }

  private func hasRankContext(_ start: Int, end: Int) -> Bool {
    for k in max(0, start - 3)..<start where Self.isBefore(word(k)) {
      if tokens[k].text == "at" && k != start - 1 { continue }
      return true
    }
    var k = end
    if symbol(k) == "-" { k += 1 }
    for j in k..<min(tokens.count, k + 2) where Self.isAfter(word(j)) { return true }
    // "second only to Microsoft".
    if word(end) == "only", word(end + 1) == "to" { return true }
    // "X, the second model from the lab", "X is the first release under its
    // new chief": a place in what the named maker or leader has produced,
    // said of X in apposition or after a copula ("what will the second
    // model from the lab look like" says nothing of a known model).
    if word(start - 1) == "the", isKind(end, .word), !namesAPeriod(after: end), describesWhatPrecedes(start - 1) {
      switch word(end + 1) {
      case "from", "under": return true
      case "out": return word(end + 2) == "of"
      default: break
      }
    }
    // "the third chief executive to oversee it", "the first city to ban cars": a place among those who did it.
    if word(start - 1) == "the", !namesAPeriod(after: end) {
      var k = end
      while k < min(tokens.count, end + 3), isKind(k, .word), word(k) != "to" { k += 1 }
      if k > end, word(k) == "to", isKind(k + 1, .word) {
        switch word(k + 1) {
        case "the", "a", "an", "its", "their", "his", "her", "be", "date": break
        default: return true
        }
      }
    }
    return followsPossessive(start) && !namesAPeriod(after: end)
  }

  /// A noun phrase starting at `k` set beside what precedes it: after a
  /// comma, a dash, a colon or a parenthesis, or after "is", "was", "became".
  private func describesWhatPrecedes(_ k: Int) -> Bool {
    switch symbol(k - 1) {
    case ",", "—", "–", ":", "(": return true
    default: break
    }
    switch word(k - 1) {
    case "is", "was", "becomes", "became", "remains", "as": return true
    default: return false
    }
  }

  /// "Meta's", "Meta’s", "its", "their", "his", "her" right before token `k`:
  /// an ordinal after it places its owner in a sequence ("the lab's second model").
  func followsPossessive(_ k: Int) -> Bool {
    switch word(k - 1) {
    case "its", "their", "his", "her", "our": return true
    case "s": return symbol(k - 2) == "'" && tokens[k - 1].attached && tokens[k - 2].attached
    default: return false
    }
  }

  /// "its first quarter", "Meta's first 30 days", "its first-half": an
  /// ordinal before a span of time or a number counts time, not a place.
  private func namesAPeriod(after end: Int) -> Bool {
    var k = end
    if symbol(k) == "-" { k += 1 }
    if isKind(k, .number) || tokens.indices.contains(k) && tokens[k].classes.contains(.cardinal) { return true }
    switch word(k) {
    case "quarter", "quarters", "half", "time", "times", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
         "year", "years", "decade", "season", "round", "step", "steps", "phase", "stage", "wave", "batch", "few": return true
    default: return false
    }
  }
}
