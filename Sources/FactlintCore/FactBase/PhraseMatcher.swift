/// Finds phrases (entity aliases, cue words) at word boundaries in UTF-8 text.
///
/// Phrases are bucketed by their first two bytes, so a scan costs one
/// dictionary probe per word start whatever the number of phrases.
struct PhraseMatcher: Sendable {
  struct Match: Sendable { var range: Range<Int>; var payloads: [Int] }
  private struct Entry: Sendable { var bytes: [UInt8]; var payloads: [Int] }

  /// Indexed by the first two bytes: a probe is an array access, no hashing.
  private var buckets: [[Entry]] = Array(repeating: [], count: 1 << 16)
  let caseSensitive: Bool
  /// Accept a light inflection after the phrase ("layoff" matches "layoffs").
  let allowsSuffixes: Bool

  init(phrases: [(String, Int)], caseSensitive: Bool, allowsSuffixes: Bool) {
    self.caseSensitive = caseSensitive
    self.allowsSuffixes = allowsSuffixes
    var merged: [[UInt8]: [Int]] = [:]
    for (phrase, payload) in phrases {
      var bytes = Array(phrase.utf8)
      if !caseSensitive { bytes = bytes.map(Bytes.lower) }
      guard !bytes.isEmpty else { continue }
      merged[bytes, default: []].append(payload)
    }
    for (bytes, payloads) in merged {
      buckets[Int(Self.key(bytes, 0, caseSensitive: caseSensitive))].append(Entry(bytes: bytes, payloads: Array(Set(payloads)).sorted()))
    }
    for key in buckets.indices where buckets[key].count > 1 { buckets[key].sort { $0.bytes.count > $1.bytes.count } }
  }

  private static func key(_ bytes: [UInt8], _ i: Int, caseSensitive: Bool) -> UInt16 {
    let a = caseSensitive ? bytes[i] : Bytes.lower(bytes[i])
    let b = i + 1 < bytes.count ? (caseSensitive ? bytes[i + 1] : Bytes.lower(bytes[i + 1])) : 0
    return UInt16(a) << 8 | UInt16(b)
  }

  /// Matches in `range`. With `longestOnly`, matches do not overlap and the
  /// longest phrase at a position wins; otherwise every phrase is reported.
  func matches(in bytes: [UInt8], range: Range<Int>, longestOnly: Bool) -> [Match] {
    var result: [Match] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if i > range.lowerBound, Self.isWordByte(bytes, i - 1) || !Self.isWordByte(bytes, i) && !Self.startsSymbolPhrase(bytes[i]) {
        i += 1
        continue
      }
      let k = Self.key(bytes, i, caseSensitive: caseSensitive)
      let shortKey = UInt16(caseSensitive ? bytes[i] : Bytes.lower(bytes[i])) << 8
      var matchedEnd: Int? = nil
      // Two probes: phrases starting with these two bytes, and one-byte phrases.
      for probe in 0..<2 {
        let entries = buckets[Int(probe == 0 ? k : shortKey)]
        if entries.isEmpty { continue }
        for entry in entries where Bytes.hasPrefix(bytes, at: i, entry.bytes, caseInsensitive: !caseSensitive) && i + entry.bytes.count <= range.upperBound {
          guard let end = boundaryEnd(bytes, from: i + entry.bytes.count, limit: range.upperBound) else { continue }
          result.append(Match(range: i..<end, payloads: entry.payloads))
          if longestOnly { matchedEnd = max(matchedEnd ?? 0, end); break }
        }
        if matchedEnd != nil { break }
      }
      if longestOnly, let end = matchedEnd { i = end } else { i += 1 }
    }
    if longestOnly {
      // Keep the longest of matches starting at the same place.
      result.sort { $0.range.lowerBound < $1.range.lowerBound || ($0.range.lowerBound == $1.range.lowerBound && $0.range.count > $1.range.count) }
      var kept: [Match] = []
      for m in result where kept.last.map({ m.range.lowerBound >= $0.range.upperBound }) ?? true { kept.append(m) }
      return kept
    }
    return result
  }

  private static func startsSymbolPhrase(_ b: UInt8) -> Bool { b == UInt8(ascii: "$") || b == UInt8(ascii: "#") }

  /// Where a phrase ending at `end` really ends: at a word boundary, possibly
  /// after an inflection. Nil when the phrase ends inside a word or a name
  /// ("GPT-5" inside "GPT-5.4").
  private func boundaryEnd(_ bytes: [UInt8], from end: Int, limit: Int) -> Int? {
    if isBoundary(bytes, end, limit) { return end }
    guard allowsSuffixes else { return nil }
    for s in Self.suffixes {
      if Bytes.hasPrefix(bytes, at: end, s), end + s.count <= limit, isBoundary(bytes, end + s.count, limit) { return end + s.count }
    }
    return nil
  }

  private static let suffixes: [[UInt8]] = ["s", "es", "ed", "d", "ing", "'s"].map { Array($0.utf8) }

  private func isBoundary(_ bytes: [UInt8], _ i: Int, _ limit: Int) -> Bool {
    guard i < limit else { return true }
    if Self.isWordByte(bytes, i) { return false }
    let b = bytes[i]
    if b == UInt8(ascii: ".") || b == UInt8(ascii: "-") {
      return !(i + 1 < limit && Bytes.isDigit(bytes[i + 1]))
    }
    return true
  }

  /// A byte that continues a word: ASCII letters and digits, and non-ASCII
  /// letters, but not curly quotes, dashes or no-break spaces.
  static func isWordByte(_ bytes: [UInt8], _ i: Int) -> Bool {
    let b = bytes[i]
    if b < 0x80 { return Bytes.isAlnum(b) }
    // Walk back to the lead byte of this scalar.
    var lead = i
    while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
    if bytes[lead] == 0xE2, lead + 1 < bytes.count, bytes[lead + 1] == 0x80 || bytes[lead + 1] == 0x82 || bytes[lead + 1] == 0x88 { return false }
    if bytes[lead] == 0xC2 { return false }  // no-break space, £, ©…
    return true
  }
}
