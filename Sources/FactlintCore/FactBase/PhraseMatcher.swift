/// Finds phrases (entity aliases, cue words) at word boundaries in UTF-8 text.
///
/// Phrases are found by their first word: at a word start, the run of ASCII
/// letters and digits there is looked up in a table of the phrases' first
/// runs, and only the phrases it lists are compared with the text, whatever
/// the number of phrases (a 100k-fact base has 25,000 aliases starting "En",
/// each its own first run: "entity123").
struct PhraseMatcher: Sendable {
  /// `payloads` is a slice of the matcher's own table, sorted: a match allocates nothing.
  struct Match: Sendable {
    var range: Range<Int>
    var payloads: ArraySlice<Int>
    /// Bit `p % 64` set for each payload `p`: the binder rules out, with one
    /// test, the facts that no cue word of a sentence names.
    var payloadBits: UInt64
  }

  /// Phrases live in flat tables, so a probe touches no reference counts:
  /// an entry's phrase is `phraseBytes[start..<(start + count)]`, its
  /// payloads `payloadPool[payloadStart..<payloadEnd]`, and `payloadBits`
  /// has bit `p % 64` set for each payload `p`.
  private struct Entry {
    var start: Int32, count: Int32, payloadStart: Int32, payloadEnd: Int32
    var payloadBits: UInt64
  }
  /// The phrases' bytes (lower-cased when not case-sensitive), then eight
  /// zeros: a phrase is compared eight bytes at a time.
  private let phraseBytes: [UInt8]
  private let payloadPool: [Int]
  /// Entries by their first run (lower-cased): the value of a run is
  /// `start << 32 | end`, its entries `entries[start..<end]`, longest first
  /// (in that order, so that a probe reads them one after the other).
  private let runs: TokenTextTable
  private let entries: [Entry]
  /// One bit per pair of first bytes (folded when not case-sensitive) some
  /// phrase starts with: 8 KB that stay in the cache, and turn away most
  /// word starts before their run is read.
  private let occupied: [UInt64]
  /// For cue words, one bit per hash of a pair and the third byte after it
  /// (`third`) with which some phrase can match, and empty for names (or
  /// when a phrase is one byte long). Cue words are common words: three
  /// starts in four pass `occupied`, and this turns away four in ten of
  /// those before their run is read and looked up. (Names' first two bytes turn
  /// away most starts already, and marking a large fact base's names would
  /// cost its loading.)
  private let thirds: [UInt64]
  let caseSensitive: Bool
  /// Accept a light inflection after the phrase ("layoff" matches "layoffs").
  let allowsSuffixes: Bool

  /// A payload given to a phrase: `phrase` indexes the `phrases` given to `init`.
  struct Link: Sendable { var phrase: Int32; var payload: Int32 }

  /// `links` give each phrase its payloads; phrases spelled alike (after
  /// lower-casing, when not case-sensitive) are one entry with the payloads
  /// of all, sorted and without repeats. The distinct phrases are found by
  /// sorting once, the links placed by counting, and only the first runs hashed.
  init(phrases: [String], links: [Link], caseSensitive: Bool, allowsSuffixes: Bool) {
    self.caseSensitive = caseSensitive
    self.allowsSuffixes = allowsSuffixes
    // Every phrase's bytes (lower-cased if need be) in one buffer.
    var bytes: [UInt8] = []
    var start = [Int32](repeating: 0, count: phrases.count + 1)
    for (p, phrase) in phrases.enumerated() {
      bytes += phrase.utf8
      start[p + 1] = Int32(bytes.count)
    }
    if !caseSensitive { for i in bytes.indices { bytes[i] = Bytes.lower(bytes[i]) } }
    // Phrases spelled alike found by sorting, not hashing: by their first
    // two bytes, longest first, then by bytes. `rank` packs the first two
    // bytes, the length and the next four, so most comparisons are one
    // integer comparison.
    var rank = [UInt64](repeating: 0, count: phrases.count)
    var order: [Int32] = []
    order.reserveCapacity(phrases.count)
    for p in phrases.indices {
      let s = Int(start[p]), count = Int(start[p + 1]) - s
      guard count > 0 else { continue }
      var r = UInt64(bytes[s]) << 56 | UInt64(0xFFFF - min(count, 0xFFFF)) << 32
      if count > 1 { r |= UInt64(bytes[s + 1]) << 48 }
      for k in 2..<max(2, min(count, 6)) { r |= UInt64(bytes[s + k]) << (8 * (5 - k)) }
      rank[p] = r
      order.append(Int32(p))
    }
    bytes.withUnsafeBufferPointer { b in
      order.sort { x, y in
        let rx = rank[Int(x)], ry = rank[Int(y)]
        if rx != ry { return rx < ry }
        let sx = Int(start[Int(x)]), sy = Int(start[Int(y)])
        let cx = Int(start[Int(x) + 1]) - sx, cy = Int(start[Int(y) + 1]) - sy
        if cx != cy { return cx > cy }
        for k in 6..<max(cx, 6) where b[sx + k] != b[sy + k] { return b[sx + k] < b[sy + k] }
        return x < y
      }
    }
    // One entry per distinct phrase; `entryOf[p]` is phrase `p`'s (-1: none).
    var entryOf = [Int32](repeating: -1, count: phrases.count)
    var phraseStart: [Int32] = [0], phraseBytes: [UInt8] = []
    // (At their largest at once, with room for the padding: grown, they were copied.)
    phraseStart.reserveCapacity(phrases.count + 1)
    phraseBytes.reserveCapacity(bytes.count + 8)
    var occupied = [UInt64](repeating: 0, count: (1 << 16) / 64)
    for (i, p) in order.enumerated() {
      let p = Int(p), s = Int(start[p]), e = Int(start[p + 1])
      if i > 0 {
        let q = Int(order[i - 1]), qs = Int(start[q])
        // (Equal ranks hold the first six bytes alike: the rest compared in a
        // plain loop, where `elementsEqual` on slices cost a few hundred each.)
        if rank[q] == rank[p], Int(start[q + 1]) - qs == e - s, (min(6, e - s)..<(e - s)).allSatisfy({ bytes[qs + $0] == bytes[s + $0] }) {
          entryOf[p] = entryOf[q]
          continue
        }
      }
      entryOf[p] = Int32(phraseStart.count - 1)
      let pair = Self.pair(of: bytes[s..<e], caseSensitive: caseSensitive)
      occupied[pair >> 6] |= 1 << UInt64(pair & 63)
      // A one-byte phrase is marked under every byte that may follow it.
      if e - s == 1 { for next in 0..<256 { occupied[(pair & 0xFF | next << 8) >> 6] |= 1 << UInt64(pair & 63) } }
      phraseBytes += bytes[s..<e]
      phraseStart.append(Int32(phraseBytes.count))
    }
    // Payloads placed by entry (a counting sort, keeping the links' order),
    // then each entry's sorted and repeats dropped.
    let entryCount = phraseStart.count - 1
    var payloadStart = [Int32](repeating: 0, count: entryCount + 1)
    for link in links where entryOf[Int(link.phrase)] >= 0 { payloadStart[Int(entryOf[Int(link.phrase)]) + 1] += 1 }
    for e in 0..<entryCount { payloadStart[e + 1] += payloadStart[e] }
    var payloadPool = [Int](repeating: 0, count: Int(payloadStart[entryCount]))
    var next = payloadStart
    for link in links {
      let e = Int(entryOf[Int(link.phrase)])
      guard e >= 0 else { continue }
      payloadPool[Int(next[e])] = Int(link.payload)
      next[e] += 1
    }
    var kept = 0
    for e in 0..<entryCount {
      let range = Int(payloadStart[e])..<Int(payloadStart[e + 1])
      payloadStart[e] = Int32(kept)
      if zip(payloadPool[range], payloadPool[range].dropFirst()).contains(where: >) { payloadPool[range].sort() }
      for i in range where kept == Int(payloadStart[e]) || payloadPool[i] != payloadPool[kept - 1] {
        payloadPool[kept] = payloadPool[i]
        kept += 1
      }
    }
    payloadStart[entryCount] = Int32(kept)
    payloadPool.removeLast(payloadPool.count - kept)
    // Entries grouped by their first run, each group longest first.
    let firstRuns = phraseBytes.withUnsafeBytes { raw in
      (0..<entryCount).map { e in
        let s = Int(phraseStart[e])
        return TokenText(asciiWordOrNumber: raw, s..<Bytes.asciiRunEnd(raw, from: s, limit: Int(phraseStart[e + 1]), digits: true))
      }
    }
    let (keys, groupOf) = TokenTextTable.distinct(firstRuns)
    var groupStart = [Int](repeating: 0, count: keys.count + 1)
    for g in groupOf { groupStart[g + 1] += 1 }
    for g in keys.indices { groupStart[g + 1] += groupStart[g] }
    var entries = [Entry](repeating: Entry(start: 0, count: 0, payloadStart: 0, payloadEnd: 0, payloadBits: 0), count: entryCount)
    var fill = groupStart
    for e in 0..<entryCount {
      var bits: UInt64 = 0
      for p in Int(payloadStart[e])..<Int(payloadStart[e + 1]) { bits |= 1 << UInt64(payloadPool[p] & 63) }
      entries[fill[groupOf[e]]] = Entry(start: phraseStart[e], count: phraseStart[e + 1] - phraseStart[e], payloadStart: payloadStart[e],
                                        payloadEnd: payloadStart[e + 1], payloadBits: bits)
      fill[groupOf[e]] += 1
    }
    // Entries come sorted by their first two bytes, then longest first: a
    // group whose run is that long is in order already.
    for g in keys.indices where keys[g].count < 2 { entries[groupStart[g]..<groupStart[g + 1]].sort { $0.count > $1.count } }
    runs = TokenTextTable(keys.indices.map { (keys[$0], UInt64(groupStart[$0]) << 32 | UInt64(groupStart[$0 + 1])) })
    self.entries = entries
    self.occupied = occupied
    phraseBytes.append(contentsOf: repeatElement(0, count: 8))
    self.phraseBytes = phraseBytes
    self.payloadPool = payloadPool
    thirds = allowsSuffixes ? Self.thirds(phraseBytes, phraseStart, caseSensitive: caseSensitive) : []
  }

  /// `thirds` for phrases `bytes[start[e]..<start[e + 1]]` (lower-cased when
  /// not case-sensitive); none if one is one byte long. A phrase whose first
  /// run is three bytes or more is marked under its third; one whose run is
  /// two, under none (zero), and if it is that run alone, under the first
  /// letters of the inflections a stem probe takes off; a shorter run, under
  /// all. (Kept out of `init`: only the cue matchers ask for it.)
  @inline(never)
  private static func thirds(_ bytes: [UInt8], _ start: [Int32], caseSensitive: Bool) -> [UInt64] {
    guard !zip(start, start.dropFirst()).contains(where: { $1 - $0 == 1 }) else { return [] }
    var bits = [UInt64](repeating: 0, count: (1 << 16) / 64)
    func mark(_ pair: Int, _ third: UInt8) {
      let h = thirdHash(pair, third)
      bits[h >> 6] |= 1 << UInt64(h & 63)
    }
    let any = Array(("\0" + "0123456789abcdefghijklmnopqrstuvwxyz" + (caseSensitive ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "")).utf8)
    let inflections = Array((caseSensitive ? "sdeiSDEI" : "sdei").utf8)
    bytes.withUnsafeBytes { raw in
      for e in 0..<(start.count - 1) {
        let s = Int(start[e]), end = Int(start[e + 1])
        let pair = Self.pair(of: bytes[s..<end], caseSensitive: caseSensitive)
        switch Bytes.asciiRunEnd(raw, from: s, limit: end, digits: true) - s {
        case 3...: mark(pair, bytes[s + 2])
        case 2:
          mark(pair, 0)
          if end - s == 2 { for x in inflections { mark(pair, x) } }
        default: for x in any { mark(pair, x) }
        }
      }
    }
    return bits
  }

  @inline(__always) private static func thirdHash(_ pair: Int, _ third: UInt8) -> Int {
    Int(truncatingIfNeeded: (UInt64(pair << 8 | Int(third)) &* 0x9E37_79B9_7F4A_7C15) >> 48)
  }

  /// The byte at `i + 2` as `thirds` marks it: an ASCII letter (lower-cased
  /// when not case-sensitive) or digit, else zero (a run ends before it).
  @inline(__always) private func third(_ raw: UnsafeRawBufferPointer, _ i: Int, limit: Int) -> UInt8 {
    guard i + 2 < limit else { return 0 }
    let b = raw[i + 2], folded = b | 0x20
    if folded &- UInt8(ascii: "a") < 26 { return caseSensitive ? b : folded }
    return Bytes.isDigit(b) ? b : 0
  }

  /// A phrase's first two bytes, the first lowest, as `nextStart` reads a text's.
  private static func pair(of phrase: ArraySlice<UInt8>, caseSensitive: Bool) -> Int {
    Int(phrase[phrase.startIndex]) | (phrase.count > 1 ? Int(phrase[phrase.startIndex + 1]) << 8 : 0) | pairFold(caseSensitive: caseSensitive)
  }

  /// What a pair of first bytes is folded by, when not case-sensitive:
  /// bit 0x20 of each. It folds more than letters, but a text that is a
  /// phrase folded the same way still folds to the phrase's pair.
  @inline(__always) private static func pairFold(caseSensitive: Bool) -> Int { caseSensitive ? 0 : 0x2020 }

  /// Whether `entry`'s phrase is written at `i` (folded when not
  /// case-sensitive) from its byte `from` on, eight bytes at a time. The
  /// text must hold it: `i + entry.count` is within `raw`.
  @inline(__always)
  private func isWritten(_ entry: Entry, at i: Int, from: Int, in raw: UnsafeRawBufferPointer) -> Bool {
    let count = Int(entry.count)
    guard from < count else { return true }
    return phraseBytes.withUnsafeBytes { phrase in
      let start = Int(entry.start)
      precondition(start >= 0 && start + count + 8 <= phrase.count && i >= 0 && i + count <= raw.count, "a phrase compared outside its bytes")
      var k = from
      while k < count {
        let n = count - k
        var text: UInt64 = 0
        if i + k + 8 <= raw.count {
          text = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + k, as: UInt64.self))
        } else {
          for j in 0..<min(n, 8) { text |= UInt64(raw[i + k + j]) << UInt64(8 * j) }
        }
        if !caseSensitive { text = Bytes.lowered(text) }
        let written = UInt64(littleEndian: phrase.loadUnaligned(fromByteOffset: start + k, as: UInt64.self))
        if (text ^ written) & (n >= 8 ? ~0 : (1 << UInt64(8 * n)) &- 1) != 0 { return false }
        k += 8
      }
      return true
    }
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
    var starts: [Int] = []
    wordStarts(in: bytes, range: range, into: &starts)
    return starts
  }

  /// The word starts, added to `starts` (a list reused from sentence to sentence).
  static func wordStarts(in bytes: [UInt8], range: Range<Int>, into starts: inout [Int]) {
    precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "a word-start range outside the text")
    guard !range.isEmpty else { return }
    starts.reserveCapacity(starts.count + range.count / 4 + 1)
    starts.append(range.lowerBound)
    var previousIsWord = isWordByte(bytes, range.lowerBound)
    // A continuation byte is a word byte when its scalar's lead byte is one.
    var scalarIsWord = previousIsWord
    byteKinds.withUnsafeBufferPointer { kinds in
      bytes.withUnsafeBufferPointer { p in
        let raw = UnsafeRawBufferPointer(p)
        var i = range.lowerBound + 1
        while i < range.upperBound {
          // Sixteen ASCII bytes at once (most of a draft): their word bytes
          // and `$`/`#` found by comparing lanes, not a lookup each.
          if i + 16 <= range.upperBound {
            let v = raw.loadUnaligned(fromByteOffset: i, as: Bytes.Lanes.self)
            let halves = unsafeBitCast(v, to: SIMD2<UInt64>.self)
            if (halves[0] | halves[1]) & 0x8080_8080_8080_8080 == 0 {
              let letter = (v | Bytes.lanes(0x20)) &- Bytes.lanes(UInt8(ascii: "a")) .< Bytes.lanes(26)
              let word = unsafeBitCast(letter .| (v &- Bytes.lanes(UInt8(ascii: "0")) .< Bytes.lanes(10)), to: SIMD2<UInt64>.self)
              let symbol = unsafeBitCast(v &- Bytes.lanes(UInt8(ascii: "#")) .< Bytes.lanes(2), to: SIMD2<UInt64>.self)
              appendStarts(word: word[0] & 0x8080_8080_8080_8080, symbol: symbol[0] & 0x8080_8080_8080_8080, at: i, after: &previousIsWord, to: &starts)
              appendStarts(word: word[1] & 0x8080_8080_8080_8080, symbol: symbol[1] & 0x8080_8080_8080_8080, at: i + 8, after: &previousIsWord, to: &starts)
              i += 16
              continue
            }
          }
          // Eight, with a few integer operations.
          if i + 8 <= range.upperBound {
            let v = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if v & 0x8080_8080_8080_8080 == 0 {
              let word = Bytes.asciiBytes(v, in: 0x30...0x39) | Bytes.asciiBytes(v | 0x2020_2020_2020_2020, in: 0x61...0x7A)
              appendStarts(word: word, symbol: Bytes.asciiBytes(v, in: 0x23...0x24), at: i, after: &previousIsWord, to: &starts)
              i += 8
              continue
            }
          }
          let kind = kinds[Int(p[i])]
          let isWord: Bool
          // ASCII letters, digits and the rest come first: tested without a jump table.
          if kind <= ByteKind.word {
            isWord = kind == ByteKind.word
          } else if kind == ByteKind.symbol {
            if !previousIsWord { starts.append(i) }
            isWord = false
          } else if kind == ByteKind.lead {
            isWord = isWordByte(bytes, i)
            scalarIsWord = isWord
          } else {
            isWord = scalarIsWord
          }
          if isWord && !previousIsWord { starts.append(i) }
          previousIsWord = isWord
          i += 1
        }
      }
    }
  }

  /// The word starts among eight ASCII bytes from `i`: `word` and `symbol`
  /// mark their word bytes and `$`/`#` by each byte's top bit; a start is
  /// either, not after a word byte (`previousIsWord` for the first).
  @inline(__always) private static func appendStarts(word: UInt64, symbol: UInt64, at i: Int, after previousIsWord: inout Bool, to starts: inout [Int]) {
    var found = (word | symbol) & ~(word << 8 | (previousIsWord ? 0x80 : 0))
    while found != 0 {
      starts.append(i + found.trailingZeroBitCount / 8)
      found &= found - 1
    }
    previousIsWord = word >> 63 != 0
  }

  /// What a byte is to `wordStarts`, looked up rather than tested: the scan
  /// runs over every byte of every sentence.
  private enum ByteKind {
    static let other: UInt8 = 0, word: UInt8 = 1, symbol: UInt8 = 2, lead: UInt8 = 3, continuation: UInt8 = 4
  }

  private static let byteKinds: [UInt8] = (0..<256).map { b in
    let b = UInt8(b)
    if b >= 0xC0 { return ByteKind.lead }
    if b >= 0x80 { return ByteKind.continuation }
    if Bytes.isAlnum(b) { return ByteKind.word }
    return startsSymbolPhrase(b) ? ByteKind.symbol : ByteKind.other
  }

  /// Matches in `range`, probing at `starts` (from `wordStarts(in:range:)`).
  func matches(in bytes: [UInt8], range: Range<Int>, starts: [Int], longestOnly: Bool) -> [Match] {
    var result: [Match] = []
    appendMatches(in: bytes, range: range, starts: starts, longestOnly: longestOnly, to: &result)
    return result
  }

  /// `matches(in:range:starts:longestOnly:)`, added to `result` (two matchers can fill one list).
  /// At a start, the phrases come longest first.
  func appendMatches(in bytes: [UInt8], range: Range<Int>, starts: [Int], longestOnly: Bool = false, to result: inout [Match]) {
    // (The draft is read in place: every read is within `range`, and the starts are in it.)
    precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "a phrase range outside the text")
    let first = result.count
    let limit = range.upperBound
    let fold = Self.pairFold(caseSensitive: caseSensitive)
    bytes.withUnsafeBytes { raw in
      starts.withUnsafeBufferPointer { starts in
        occupied.withUnsafeBufferPointer { occupied in
          var s = 0
          while true {
            s = nextStart(starts, from: s, in: range, raw, fold: fold, occupied)
            guard s < starts.count else { break }
            let i = starts[s]
            s += 1
            // A longest match hides the starts inside it.
            if let end = appendMatches(at: i, in: raw, bytes: bytes, limit: limit, longestOnly: longestOnly, to: &result), longestOnly {
              while s < starts.count, starts[s] < end { s += 1 }
            }
          }
        }
      }
    }
    if longestOnly {
      // Keep the longest of matches starting at the same place, in place.
      // (They come in order; sorting a slice would copy it.)
      func before(_ x: Match, _ y: Match) -> Bool {
        x.range.lowerBound < y.range.lowerBound || (x.range.lowerBound == y.range.lowerBound && x.range.count > y.range.count)
      }
      if (first..<max(first, result.count - 1)).contains(where: { before(result[$0 + 1], result[$0]) }) { result[first...].sort(by: before) }
      var kept = first
      for m in first..<result.count where kept == first || result[m].range.lowerBound >= result[kept - 1].range.upperBound {
        result[kept] = result[m]
        kept += 1
      }
      // (Only when some went: removing nothing still cost a call.)
      if kept < result.count { result.removeSubrange(kept...) }
    }
  }

  /// The first of `starts[s...]` where a phrase may start, by `occupied`
  /// (the matcher's, lent), or `starts.count`. Its test: the first two
  /// bytes there, the first lowest (one, at the range's last byte), folded
  /// by `fold` (`pairFold`) as the phrases' pairs are (`pair(of:caseSensitive:)`).
  /// (Its own function: it turns away most starts, in a loop whose few values
  /// stay in registers, which they did not in the loop that matches phrases.)
  @inline(never)
  private func nextStart(_ starts: UnsafeBufferPointer<Int>, from s: Int, in range: Range<Int>, _ raw: UnsafeRawBufferPointer,
                         fold: Int, _ occupied: UnsafeBufferPointer<UInt64>) -> Int {
    precondition(range.upperBound <= raw.count && occupied.count == (1 << 16) / 64, "a range outside the text, or a pair bitmap of another size")
    guard let base = raw.baseAddress else { return starts.count }
    var s = s
    while s < starts.count {
      let i = starts[s]
      precondition(range.contains(i), "a word start outside the range")
      let pair = Self.firstTwo(base, i, limit: range.upperBound) | fold
      if occupied[pair >> 6] & (1 << UInt64(pair & 63)) != 0 { return s }
      s += 1
    }
    return s
  }

  /// The first two bytes at `i`, the first lowest; the first alone at the
  /// range's last byte (a phrase there is one byte long).
  @inline(__always) private static func firstTwo(_ base: UnsafeRawPointer, _ i: Int, limit: Int) -> Int {
    i + 1 < limit ? Int(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt16.self))) : Int(base.load(fromByteOffset: i, as: UInt8.self))
  }

  /// Adds the matches at `i` (where `nextStart` stopped): the phrases whose first run
  /// is the text's, then (one run, inflected) those it is with "-s", "-d",
  /// "-es", "-ed" or "-ing" taken off, shorter each time. Returns where the
  /// last one added ends.
  @inline(__always)
  private func appendMatches(at i: Int, in raw: UnsafeRawBufferPointer, bytes: [UInt8], limit: Int, longestOnly: Bool,
                             to result: inout [Match]) -> Int? {
    if !thirds.isEmpty, let base = raw.baseAddress {
      let h = Self.thirdHash(Self.firstTwo(base, i, limit: limit) | Self.pairFold(caseSensitive: caseSensitive), third(raw, i, limit: limit))
      guard thirds[h >> 6] & (1 << UInt64(h & 63)) != 0 else { return nil }
    }
    let runEnd = Bytes.asciiRunEnd(raw, from: i, limit: limit, digits: true)
    let run = runEnd - i
    var matchedEnd = probe(TokenText(asciiWordOrNumber: raw, i..<runEnd), run: run, at: i, in: raw, bytes: bytes, limit: limit, longestOnly: longestOnly,
                           to: &result)
    if allowsSuffixes, matchedEnd == nil || !longestOnly, run > 1 {
      var cuts = Self.inflections(raw, before: runEnd, run: run)
      while cuts.0 > 0 {
        let cut = cuts.0
        cuts = (cuts.1, 0)
        let stem = TokenText(asciiWordOrNumber: raw, i..<(runEnd - cut))
        if let end = probe(stem, run: run - cut, at: i, in: raw, bytes: bytes, limit: limit, longestOnly: longestOnly, onlyStem: true, to: &result) {
          matchedEnd = max(matchedEnd ?? 0, end)
          if longestOnly { break }
        }
      }
    }
    return matchedEnd
  }

  /// The lengths of the inflections `boundaryEnd` accepts that end a run
  /// ("-s", "-d", "-es", "-ed", "-ing": letters, so part of the run), fewest
  /// letters first; zero for none.
  @inline(__always) private static func inflections(_ bytes: UnsafeRawBufferPointer, before end: Int, run: Int) -> (Int, Int) {
    let last = bytes[end - 1] | 0x20, previous = bytes[end - 2] | 0x20
    switch last {
    case UInt8(ascii: "s"), UInt8(ascii: "d"): return (1, run > 2 && previous == UInt8(ascii: "e") ? 2 : 0)
    case UInt8(ascii: "g"):
      return (run > 3 && previous == UInt8(ascii: "n") && bytes[end - 3] | 0x20 == UInt8(ascii: "i") ? 3 : 0, 0)
    default: return (0, 0)
    }
  }

  /// Adds the matches at `i` of the entries whose first run is `key` (the
  /// text's run there, `run` bytes long); with `onlyStem`, of those that are
  /// the run alone (it was cut from an inflected word). With `longestOnly`,
  /// the first only. Returns where the last one added ends.
  @inline(__always)
  private func probe(_ key: TokenText, run: Int, at i: Int, in raw: UnsafeRawBufferPointer, bytes: [UInt8], limit: Int, longestOnly: Bool,
                     onlyStem: Bool = false, to result: inout [Match]) -> Int? {
    let found = runs.value(key)
    guard found != 0 else { return nil }
    var matchedEnd: Int? = nil
    // A phrase listed begins with the run when its key holds the run whole
    // (so only when short), folded (so only when not case-sensitive): then
    // only the rest of it is compared.
    let known = !caseSensitive && run <= TokenText.inlineCapacity ? run : 0
    // (By index: a slice of `entries` would retain it.)
    for k in Int(found >> 32)..<Int(found & 0xFFFF_FFFF) {
      let entry = entries[k]
      let count = Int(entry.count)
      if onlyStem, count != run { continue }
      // The text must break where the phrase would end: a test of one byte
      // that spares most comparisons.
      guard i + count <= limit, mayEnd(raw, at: i + count, limit: limit), isWritten(entry, at: i, from: known, in: raw),
            let end = boundaryEnd(bytes, from: i + count, limit: limit) else { continue }
      result.append(Match(range: i..<end, payloads: payloadPool[Int(entry.payloadStart)..<Int(entry.payloadEnd)], payloadBits: entry.payloadBits))
      matchedEnd = end
      if longestOnly { break }
    }
    return matchedEnd
  }

  private static func startsSymbolPhrase(_ b: UInt8) -> Bool { b == UInt8(ascii: "$") || b == UInt8(ascii: "#") }

  /// Whether a phrase may end at `p`, by its byte alone: no letter or digit
  /// follows, or one that may start an inflection. `boundaryEnd` decides.
  @inline(__always) private func mayEnd(_ raw: UnsafeRawBufferPointer, at p: Int, limit: Int) -> Bool {
    guard p < limit else { return true }
    let b = raw[p], lower = b | 0x20
    if lower &- UInt8(ascii: "a") < 26 {
      return allowsSuffixes && (lower == UInt8(ascii: "s") || lower == UInt8(ascii: "e") || lower == UInt8(ascii: "d") || lower == UInt8(ascii: "i"))
    }
    return !Bytes.isDigit(b)
  }

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

  /// (`mayEnd` lets through the first letters of these.)
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
