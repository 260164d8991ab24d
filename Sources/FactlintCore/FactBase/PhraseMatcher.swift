/// Finds phrases (entity aliases, cue words) at word boundaries in UTF-8 text.
///
/// Phrases are bucketed by their first two bytes, so a scan costs one
/// dictionary probe per word start whatever the number of phrases.
struct PhraseMatcher: Sendable {
  /// `payloads` is a slice of the matcher's own table, sorted: a match allocates nothing.
  struct Match: Sendable { var range: Range<Int>; var payloads: ArraySlice<Int> }

  /// Phrases live in flat tables, so a probe touches no reference counts:
  /// entry `e` is `phraseBytes[phraseStart[e]..<phraseStart[e + 1]]` with
  /// payloads `payloadPool[payloadStart[e]..<payloadStart[e + 1]]`, and the
  /// entries whose first two bytes hash to bucket `b` are
  /// `bucketStart[b]..<bucketStart[b + 1]`, longest first. The table is
  /// sized to the phrases, not to all 65,536 byte pairs: a probe into a
  /// quarter-megabyte table missed the cache at nearly every word.
  private let bucketStart: [Int32]
  private let bucketMask: Int
  private let phraseStart: [Int32]
  private let phraseBytes: [UInt8]
  private let payloadStart: [Int32]
  private let payloadPool: [Int]
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
    // About eight buckets per phrase: few pairs of first bytes share one.
    var buckets = 1024
    while buckets < merged.count * 8 && buckets < 1 << 16 { buckets *= 2 }
    let bucketMask = buckets - 1
    let entries = merged.map { (key: Self.bucket(Self.key($0.key, 0, caseSensitive: caseSensitive), mask: bucketMask), bytes: $0.key, payloads: Array(Set($0.value)).sorted()) }
      .sorted { a, b in
        if a.key != b.key { return a.key < b.key }
        if a.bytes.count != b.bytes.count { return a.bytes.count > b.bytes.count }
        return a.bytes.lexicographicallyPrecedes(b.bytes)
      }
    var bucketStart = [Int32](repeating: 0, count: buckets + 1)
    var phraseStart: [Int32] = [0], phraseBytes: [UInt8] = [], payloadStart: [Int32] = [0], payloadPool: [Int] = []
    for entry in entries {
      bucketStart[Int(entry.key) + 1] += 1
      phraseBytes += entry.bytes
      phraseStart.append(Int32(phraseBytes.count))
      payloadPool += entry.payloads
      payloadStart.append(Int32(payloadPool.count))
    }
    for k in 0..<buckets { bucketStart[k + 1] += bucketStart[k] }
    self.bucketStart = bucketStart
    self.bucketMask = bucketMask
    self.phraseStart = phraseStart
    self.phraseBytes = phraseBytes
    self.payloadStart = payloadStart
    self.payloadPool = payloadPool
  }

  private static func bucket(_ key: UInt16, mask: Int) -> Int {
    Int((UInt32(key) &* 0x9E37_79B1) >> 16) & mask
  }

  private static func key(_ bytes: [UInt8], _ i: Int, caseSensitive: Bool) -> UInt16 {
    let a = caseSensitive ? bytes[i] : Bytes.lower(bytes[i])
    let b = i + 1 < bytes.count ? (caseSensitive ? bytes[i + 1] : Bytes.lower(bytes[i + 1])) : 0
    return UInt16(a) << 8 | UInt16(b)
  }

  /// Whether entry `e`'s phrase is written at `at` (within `limit`).
  private func phrase(_ e: Int, isAt at: Int, in bytes: [UInt8], limit: Int) -> Int? {
    let start = Int(phraseStart[e]), count = Int(phraseStart[e + 1]) - start
    guard at + count <= limit else { return nil }
    for k in 0..<count {
      let a = bytes[at + k], b = phraseBytes[start + k]
      if a != b && (caseSensitive || Bytes.lower(a) != b) { return nil }
    }
    return at + count
  }

  /// Matches in `range`. With `longestOnly`, matches do not overlap and the
  /// longest phrase at a position wins; otherwise every phrase is reported.
  func matches(in bytes: [UInt8], range: Range<Int>, longestOnly: Bool) -> [Match] {
    matches(in: bytes, range: range, starts: Self.wordStarts(in: bytes, range: range), longestOnly: longestOnly)
  }

  /// The places in `range` a phrase can start: its first byte, and each word
  /// (or `$`, `#`) after a non-word byte. Found once per sentence and shared
  /// by the matchers, which then probe only there.
  static func wordStarts(in bytes: [UInt8], range: Range<Int>) -> [Int] {
    guard !range.isEmpty else { return [] }
    var starts = [range.lowerBound]
    starts.reserveCapacity(range.count / 4)
    var previousIsWord = isWordByte(bytes, range.lowerBound)
    // A continuation byte is a word byte when its scalar's lead byte is one.
    var scalarIsWord = previousIsWord
    bytes.withUnsafeBufferPointer { p in
      for i in (range.lowerBound + 1)..<range.upperBound {
        let b = p[i]
        let isWord: Bool
        if b < 0x80 {
          isWord = Bytes.isAlnum(b)
        } else if b >= 0xC0 {
          isWord = isWordByte(bytes, i)
          scalarIsWord = isWord
        } else {
          isWord = scalarIsWord
        }
        if !previousIsWord && (isWord || startsSymbolPhrase(b)) { starts.append(i) }
        previousIsWord = isWord
      }
    }
    return starts
  }

  /// Matches in `range`, probing at `starts` (from `wordStarts(in:range:)`).
  func matches(in bytes: [UInt8], range: Range<Int>, starts: [Int], longestOnly: Bool) -> [Match] {
    var result: [Match] = []
    var s = 0
    while s < starts.count {
      let i = starts[s]
      let pairBucket = Self.bucket(Self.key(bytes, i, caseSensitive: caseSensitive), mask: bucketMask)
      let byteBucket = Self.bucket(UInt16(caseSensitive ? bytes[i] : Bytes.lower(bytes[i])) << 8, mask: bucketMask)
      var matchedEnd: Int? = nil
      // Two probes: phrases starting with these two bytes, and one-byte phrases
      // (unless they share the bucket, which holds both).
      for probe in 0..<(pairBucket == byteBucket ? 1 : 2) {
        let bucket = probe == 0 ? pairBucket : byteBucket
        for e in Int(bucketStart[bucket])..<Int(bucketStart[bucket + 1]) {
          guard let phraseEnd = phrase(e, isAt: i, in: bytes, limit: range.upperBound),
                let end = boundaryEnd(bytes, from: phraseEnd, limit: range.upperBound) else { continue }
          result.append(Match(range: i..<end, payloads: payloadPool[Int(payloadStart[e])..<Int(payloadStart[e + 1])]))
          if longestOnly { matchedEnd = max(matchedEnd ?? 0, end); break }
        }
        if matchedEnd != nil { break }
      }
      s += 1
      // A longest match hides the starts inside it.
      if longestOnly, let end = matchedEnd { while s < starts.count, starts[s] < end { s += 1 } }
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
