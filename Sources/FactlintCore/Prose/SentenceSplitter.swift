/// Splits a block of prose into sentences at `.`, `!` and `?` followed by a
/// space and a likely sentence start, skipping decimals, initials and the
/// common abbreviations.
struct SentenceSplitter {
  let masked: [UInt8]

  /// (Packed texts, as a token's, in a `TokenTextTable`: a period is tested
  /// without building a string or hashing one.)
  private static let abbreviationList: [TokenText] = [
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "inc", "corp", "ltd", "co",
    "no", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "fig", "vol", "ca", "cf", "gen", "gov", "sen", "rep",
    // "c. 8,000" (circa), "p. 12", "pp. 40–45", "et al."
    "c", "p", "pp", "al",
  ]
  private static let abbreviations = TokenTextTable(abbreviationList.map { ($0, 1) })
  private static let longestAbbreviation = abbreviationList.map(\.count).max() ?? 0

  func split(_ range: Range<Int>) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    // Room for a sentence every 64 bytes, so the array is rarely regrown.
    sentences.reserveCapacity(range.count / 64 + 1)
    var start = range.lowerBound
    var i = range.lowerBound
    while true {
      i = nextStop(from: i, to: range.upperBound)
      guard i < range.upperBound else { break }
      var end = i + 1
      // Closing quotes and brackets belong to the sentence they end.
      while end < range.upperBound, isCloser(at: end) { end += closerLength(at: end) }
      if end >= range.upperBound || Bytes.isSpace(masked[end]), isBoundary(period: i, after: end, limit: range.upperBound) {
        append(start..<end, to: &sentences)
        start = end
        i = end
        continue
      }
      i += 1
    }
    append(start..<range.upperBound, to: &sentences)
    return sentences
  }

  /// The first `.`, `!` or `?` from `i`, or `end`: it reads every byte, so
  /// sixteen at a time.
  private func nextStop(from i: Int, to end: Int) -> Int {
    let period = Bytes.lanes(UInt8(ascii: ".")), bang = Bytes.lanes(UInt8(ascii: "!")), question = Bytes.lanes(UInt8(ascii: "?"))
    return masked.withUnsafeBytes { p in
      Bytes.firstIndex(p, from: i, to: end) { v in (v .== period) .| (v .== bang) .| (v .== question) }
    }
  }

  /// Longest run checked as one sentence. Real sentences are far shorter; a
  /// text with no sentence breaks (a pasted log, a long list) is cut at the
  /// last comma, semicolon or space before the limit, so the work per
  /// sentence stays bounded.
  static let maximumSentenceBytes = 2_000

  private func append(_ range: Range<Int>, to sentences: inout [Range<Int>]) {
    var lo = range.lowerBound, hi = range.upperBound
    while lo < hi, Bytes.isSpace(masked[lo]) { lo += 1 }
    while hi > lo, Bytes.isSpace(masked[hi - 1]) { hi -= 1 }
    while hi - lo > Self.maximumSentenceBytes {
      let limit = lo + Self.maximumSentenceBytes
      var cut = limit
      // A comma or semicolon followed by a space ("8,000" is not a place to cut).
      while cut > lo + Self.maximumSentenceBytes / 2,
            !((masked[cut - 1] == UInt8(ascii: ",") || masked[cut - 1] == UInt8(ascii: ";")) && Bytes.isSpace(masked[cut])) { cut -= 1 }
      if cut <= lo + Self.maximumSentenceBytes / 2 {
        cut = limit
        while cut > lo + 1, !Bytes.isSpace(masked[cut - 1]) { cut -= 1 }
        if cut <= lo + 1 { cut = limit }
        // Never cut inside a UTF-8 sequence.
        while cut < hi, masked[cut] & 0xC0 == 0x80 { cut += 1 }
      }
      sentences.append(lo..<cut)
      lo = cut
      while lo < hi, Bytes.isSpace(masked[lo]) { lo += 1 }
    }
    if lo < hi { sentences.append(lo..<hi) }
  }

  private func isCloser(at i: Int) -> Bool {
    let b = masked[i]
    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") { return true }
    // ” (E2 80 9D) and ’ (E2 80 99)
    return b == 0xE2 && i + 2 < masked.count && masked[i + 1] == 0x80 && (masked[i + 2] == 0x9D || masked[i + 2] == 0x99)
  }

  private func closerLength(at i: Int) -> Int { masked[i] == 0xE2 ? 3 : 1 }

  private func isBoundary(period: Int, after: Int, limit: Int) -> Bool {
    guard masked[period] == UInt8(ascii: ".") else { return true }
    // The word before the period.
    var w = period
    while w > 0, Bytes.isAlnum(masked[w - 1]) || masked[w - 1] == UInt8(ascii: ".") { w -= 1 }
    // (Abbreviations are short, and ASCII.)
    if period - w <= Self.longestAbbreviation, masked[w..<period].allSatisfy({ $0 < 0x80 }),
       Self.abbreviations.value(masked.withUnsafeBytes { TokenText(asciiWordOrNumber: $0, w..<period) }) != 0 { return false }
    // A single capital initial ("A. Wang").
    if period - w == 1, masked[w] >= 0x41, masked[w] <= 0x5A { return false }
    // The next word must look like a sentence start.
    var n = after
    while n < limit, Bytes.isSpace(masked[n]) { n += 1 }
    guard n < limit else { return true }
    let next = masked[n]
    return !(next >= 0x61 && next <= 0x7A)
  }
}
