/// Numbers that locate rather than measure: a time of day ("5:30 a.m.",
/// "17:45", "5pm"), a timestamp in a recording ("14:20", "[00:14:20]"), a page
/// ("p. 12", "pp. 12–14") or a footnote marker ("[3]"). None is a claim.
extension ValueScanner {
  /// The token past a locating number that starts at `k`, or nil when the
  /// number at `k` may be a figure.
  func locatorEnd(at k: Int) -> Int? {
    clockEnd(at: k) ?? pageReferenceEnd(at: k) ?? footnoteMarkerEnd(at: k) ?? decimalCommaTailEnd(at: k)
  }

  /// "5:30", "17:45", "00:14:20", with "a.m.", "pm" after: digits, then one
  /// or two groups of a colon and two digits, all written together. (A ratio
  /// or a verse, "3:1", "3:16", has another shape or no second digit pair.)
  private func clockEnd(at k: Int) -> Int? {
    var end = k + 1
    // "14h30": the hour and minutes joined by "h".
    if word(end) == "h", tokens[end].attached, twoDigits(end + 1), let n = tokens[k].number, n.isInteger, n.value <= 24 { return end + 2 }
    while symbol(end) == ":", tokens[end].attached, twoDigits(end + 1) { end += 2 }
    if end == k + 1 {
      // "5 a.m.", "5pm": an hour without minutes.
      guard let n = tokens[k].number, n.isInteger, n.value <= 12, let after = meridiemEnd(at: k + 1) else { return nil }
      return after
    }
    return meridiemEnd(at: end) ?? end
  }

  private func twoDigits(_ i: Int) -> Bool {
    guard let t = token(i), t.kind == .number, t.attached, let n = t.number, n.isInteger, !n.grouping else { return false }
    return t.range.count == 2
  }

  /// Past "a.m.", "p.m.", "am", "pm" at `i`, if written there.
  private func meridiemEnd(at i: Int) -> Int? {
    switch word(i) {
    case "am", "pm": return i + 1
    case "a", "p":
      guard symbol(i + 1) == ".", tokens[i + 1].attached, word(i + 2) == "m", tokens[i + 2].attached else { return nil }
      return symbol(i + 3) == "." && tokens[i + 3].attached ? i + 4 : i + 3
    default: return nil
    }
  }

  /// "p. 12", "pp. 12–14", "pg. 3", "fn. 2": a number after the abbreviation
  /// of a page or a note, with the end of a range of them.
  private func pageReferenceEnd(at k: Int) -> Int? {
    guard symbol(k - 1) == ".", k >= 2 else { return nil }
    switch word(k - 2) {
    case "p", "pp", "pg", "pgs", "fn", "fns": break
    default: return nil
    }
    // "p." must be the abbreviation, not the end of "a.m." or "U.S.P.".
    guard k < 3 || !(symbol(k - 3) == "." && tokens[k - 2].attached) else { return nil }
    if symbol(k + 1) == "-" || symbol(k + 1) == "–", let t = token(k + 2), t.kind == .number { return k + 3 }
    return k + 1
  }

  /// "[3]" written right after a word or a full stop (or opening the text
  /// after a sentence's full stop): a footnote's marker.
  private func footnoteMarkerEnd(at k: Int) -> Int? {
    guard symbol(k - 1) == "[", tokens[k].attached, symbol(k + 1) == "]", tokens[k + 1].attached,
          let n = tokens[k].number, n.isInteger, !n.grouping, n.value < 1000, k == 1 || (k >= 2 && tokens[k - 1].attached) else { return nil }
    return k + 1
  }

  /// "1,2 billion": the digits after a decimal comma (one or two of them;
  /// three are a thousands group) belong to the number before, which is
  /// not read here: no figure is made of them.
  func decimalCommaTailEnd(at k: Int) -> Int? {
    guard symbol(k - 1) == ",", k >= 2, isKind(k - 2, .number), tokens[k - 1].attached, tokens[k].attached,
          tokens[k].range.count <= 2, tokens[k - 2].number?.isInteger == true else { return nil }
    return isKind(k + 1, .word) && NumberWords.scale(tokens[k + 1].text) != nil ? k + 2 : k + 1
  }
}
