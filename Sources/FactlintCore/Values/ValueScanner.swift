/// Finds the values in a sentence's tokens: money and money ranges, percent,
/// counts, scores, durations, multipliers, ranks and dates, in the formats
/// writers use, each with its hedge and its written style.
struct ValueScanner {
  let bytes: [UInt8]
  let tokens: [Token]

  func scan() -> [ValueMention] {
    var found: [ValueMention] = []
    scan(into: &found)
    return found
  }

  /// The values, added to `found` (a list reused from sentence to sentence).
  func scan(into found: inout [ValueMention]) {
    var i = 0
    while i < tokens.count {
      if !tokens[i].mayStartValue {
        i += 1
      } else if tokens[i].kind == .number, let end = dateShapeEnd(at: i) ?? locatorEnd(at: i) {  // (both start with digits)
        i = end
      } else if Self.append(value(at: i), to: &found) {
        // (Completed in place: a mention is large, and each copy of it was a `memcpy`.)
        let k = found.count - 1
        let span = found[k].tokens
        if found[k].hedge == .exact {
          let (hedge, first) = hedge(before: span.lowerBound, for: found[k].value)
          found[k].hedge = hedge
          if hedge != .exact { found[k].hedgeStart = tokens[first].range.lowerBound }
        }
        found[k].range = tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound
        i = span.upperBound
      } else {
        i += 1
      }
    }
  }

  /// Appends a mention found, if any; whether one was.
  private static func append(_ mention: consuming ValueMention?, to found: inout [ValueMention]) -> Bool {
    guard let mention else { return false }
    found.append(mention)
    return true
  }

  /// The value starting at token `i`, which `Token.mayStartValue` let through.
  private func value(at i: Int) -> ValueMention? {
    switch tokens[i].kind {
    case .name:
      return nil
    case .number:
      if isNamePart(i) { return nil }
      return date(at: i) ?? rankDigits(at: i) ?? quantity(at: i)
    case .symbol:
      return tokens[i].text == "#" ? hashRank(at: i) : quantity(at: i)  // "#3", or a currency symbol
    case .word:
      let classes = tokens[i].classes
      if !classes.isDisjoint(with: [.month, .weekday]) { return date(at: i) }
      // The texts below are all value starts: other words skip the comparisons.
      let text = classes.contains(.valueStart) ? tokens[i].text : ""
      if !text.isEmpty, text == "us" || Currency(code: text) != nil { return quantity(at: i) }
      // "two orders of magnitude" is a multiplier, not two of something.
      if classes.contains(.cardinal) { return (text == "two" ? orderOfMagnitude(at: i) : nil) ?? quantity(at: i) }
      if classes.contains(.ordinal) { return fraction(at: i) ?? rank(at: i) }
      if text == "top" || text == "no" || text == "number" { return rank(at: i) }
      if Self.denominator(text) != nil { return fraction(at: i) }
      if text == "an" || text == "two" { return orderOfMagnitude(at: i) }
      if text == "most" || text == "least" || Self.isSuperlative(text) { return bareSuperlative(at: i) }
      if text == "point" { return marginOfAPoint(at: i) }
      return foldWord(at: i)
    }
  }

  // MARK: Helpers shared by the patterns

  func token(_ i: Int) -> Token? { has(i) ? tokens[i] : nil }

  /// Whether token `i` exists: the hot tests read its fields in place
  /// rather than copy it (and retain its text) through `token(_:)`.
  func has(_ i: Int) -> Bool { i >= 0 && i < tokens.count }

  /// Token `i` is a word or symbol of that kind: tested before its text.
  func isKind(_ i: Int, _ kind: Token.Kind) -> Bool { has(i) && tokens[i].kind == kind }

  /// The text of token `i` when it is a word, else "" (which no word
  /// equals). Tests compare it with literals in `==` and `switch`, which fold
  /// into integer compares: a list of words passed as arguments was an array
  /// allocated on each call.
  @inline(__always) func word(_ i: Int) -> TokenText { isKind(i, .word) ? tokens[i].text : "" }

  /// The same for a symbol.
  @inline(__always) func symbol(_ i: Int) -> TokenText { isKind(i, .symbol) ? tokens[i].text : "" }

  /// Token `i` is "st", "nd", "rd" or "th" written right after digits ("4th").
  func isOrdinalSuffix(_ i: Int) -> Bool {
    guard isKind(i, .word), tokens[i].attached else { return false }
    switch tokens[i].text {
    case "st", "nd", "rd", "th": return true
    default: return false
    }
  }

  /// The token starts with an upper-case letter in the draft.
  func isCapitalized(_ i: Int) -> Bool {
    guard let t = token(i) else { return false }
    return Bytes.isUpper(bytes[t.range.lowerBound])
  }

  /// Words a hyphenated number belongs to as a figure ("top-3", "mid-2025"), not as a name.
  private static let numberPrefixes: Set<TokenText> = ["top", "mid", "early", "late", "pre", "post", "over", "under", "around", "about", "between"]

  /// A number glued to a word is part of a name: "Qwen3", "H100", "GLM-5", "v4.0".
  private func isNamePart(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.attached, let previous = token(i - 1) else { return followsVersion(i) }
    if previous.kind == .word || previous.kind == .name { return true }
    if previous.kind == .symbol, previous.text == "-" || previous.text == ".", let word = token(i - 2), previous.attached, word.kind == .word || word.kind == .name {
      return !Self.numberPrefixes.contains(word.text) && !word.classes.contains(.cardinal)
    }
    return followsVersion(i)
  }

  /// "4.0.1": a number followed by `.digits` is a version.
  private func followsVersion(_ i: Int) -> Bool {
    guard let dot = token(i + 1), dot.kind == .symbol, dot.text == ".", dot.attached, let next = token(i + 2) else { return false }
    return next.kind == .number && next.attached
  }

  /// The hedge written right before token `start`, and the token its words start at.
  private func hedge(before start: Int, for value: Value) -> (Hedge, Int) {
    // Every hedge ends in a word or a symbol ("~"): after a number or a name, none is looked up.
    guard start > 0 else { return (.exact, start) }
    switch tokens[start - 1].kind {
    case .word: guard tokens[start - 1].classes.contains(.hedgeEnd) else { return (.exact, start) }
    case .symbol:
      // "c. 7,000", "ca. 7,000": circa, abbreviated.
      if tokens[start - 1].text == ".", start >= 2, tokens[start - 1].attached, word(start - 2) == "c" || word(start - 2) == "ca" { return (.approximately, start - 2) }
      guard tokens[start - 1].text == "~" else { return (.exact, start) }  // the one hedge that is a symbol
    case .number, .name: return (.exact, start)
    }
    for (words, hedge) in Hedge.phrases(endingWith: tokens[start - 1].text) {
      let first = start - words.count
      guard first >= 0 else { continue }
      var matches = true
      for (k, word) in words.enumerated() {
        let t = tokens[first + k]
        if t.text != word || (t.kind != .word && t.kind != .symbol) { matches = false; break }
      }
      if matches {
        // "over eight months" is "during", "under nine months of pressure" is
        // "subject to": neither bounds a duration.
        if words.count == 1, words[0] == "over" || words[0] == "under", case .quantity(let q) = value, q.dimension == .duration { return (.exact, start) }
        return (hedge, first)
      }
    }
    return (.exact, start)
  }
}
