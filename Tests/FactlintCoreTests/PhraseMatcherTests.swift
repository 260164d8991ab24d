import Testing
import FactlintTestSupport
@testable import FactlintCore

/// `PhraseMatcher` merges phrases spelled alike and groups them by first word:
/// a matcher of many phrases finds what one matcher per phrase finds, with
/// the payloads of all the phrases spelled alike, sorted and without repeats;
/// phrases start and end at word boundaries only.
@Suite struct PhraseMatcherTests {
  /// Short words of a few letters (upper and lower case), spaces and
  /// hyphens, so that phrases share first bytes, lengths and spellings.
  private func text(_ length: Int, _ rng: inout SeededGenerator) -> String {
    let letters = Array("aabAB -s")
    return String((0..<length).map { _ in letters[Int.random(in: 0..<letters.count, using: &rng)] })
  }

  private struct Found: Hashable, Comparable {
    var range: Range<Int>, payloads: [Int]
    static func < (a: Found, b: Found) -> Bool {
      if a.range != b.range { return (a.range.lowerBound, a.range.upperBound) < (b.range.lowerBound, b.range.upperBound) }
      return a.payloads.lexicographicallyPrecedes(b.payloads)
    }
  }

  @Test(arguments: [false, true]) func aMatcherOfManyPhrasesFindsWhatEachPhraseFinds(caseSensitive: Bool) {
    var rng = SeededGenerator(seed: caseSensitive ? 7 : 11)
    for _ in 0..<150 {
      let phrases = (0..<Int.random(in: 1...12, using: &rng)).map { _ in text(Int.random(in: 0...9, using: &rng), &rng) }
      var links: [PhraseMatcher.Link] = []
      for payload in 0..<20 {
        // Repeats too: a phrase given the same payload twice lists it once.
        for _ in 0..<Int.random(in: 0...2, using: &rng) {
          links.append(.init(phrase: Int32.random(in: 0..<Int32(phrases.count), using: &rng), payload: Int32(payload)))
        }
      }
      let matcher = PhraseMatcher(phrases: phrases, links: links, caseSensitive: caseSensitive, allowsSuffixes: true)
      let bytes = Array(text(40, &rng).utf8)
      // Each distinct spelling alone, with the payloads of every phrase spelled so.
      let spell: (String) -> [UInt8] = { caseSensitive ? Array($0.utf8) : Array($0.lowercased().utf8) }
      var expected: [Found] = []
      for spelling in Set(phrases.map(spell)) where !spelling.isEmpty {
        let same = phrases.indices.filter { spell(phrases[$0]) == spelling }
        let own = links.filter { same.contains(Int($0.phrase)) }
        let payloads = Array(Set(own.map { Int($0.payload) })).sorted()
        let one = PhraseMatcher(phrases: [phrases[same[0]]], links: own.map { .init(phrase: 0, payload: $0.payload) },
                                caseSensitive: caseSensitive, allowsSuffixes: true)
        expected += one.matches(in: bytes, range: 0..<bytes.count, longestOnly: false).map { Found(range: $0.range, payloads: payloads) }
      }
      let found = matcher.matches(in: bytes, range: 0..<bytes.count, longestOnly: false).map { Found(range: $0.range, payloads: Array($0.payloads)) }
      #expect(found.sorted() == expected.sorted(), "\(phrases) in \(String(decoding: bytes, as: UTF8.self).debugDescription)")
    }
  }

  /// A matcher of (phrase, payload) pairs.
  private static func matcher(_ pairs: [(String, Int)], caseSensitive: Bool, allowsSuffixes: Bool) -> PhraseMatcher {
    PhraseMatcher(phrases: pairs.map(\.0), links: pairs.indices.map { .init(phrase: Int32($0), payload: Int32(pairs[$0].1)) },
                  caseSensitive: caseSensitive, allowsSuffixes: allowsSuffixes)
  }

  private func found(_ matcher: PhraseMatcher, in text: String, longestOnly: Bool = false) -> [String] {
    let bytes = Array(text.utf8)
    return matcher.matches(in: bytes, range: 0..<bytes.count, longestOnly: longestOnly).map { Bytes.string(bytes, $0.range) }
  }

  /// Thousands of short words over three letters share first bytes; one-letter
  /// words begin longer ones. Each word of a text is found exactly when it is
  /// a phrase, once, with its payloads.
  @Test func everyPhraseIsFoundOnceAtItsWordWhateverTheFirstBytesShare() {
    var random = SeededGenerator(seed: 0xB0C4E7)
    func word() -> String { String((0..<Int.random(in: 1...5, using: &random)).map { _ in random.pick(["a", "b", "c"]) }) }
    var phrases: [String: Set<Int>] = [:]
    for payload in 0..<300 { phrases[word(), default: []].insert(payload) }
    let matcher = Self.matcher(phrases.flatMap { p, payloads in payloads.map { (p, $0) } }, caseSensitive: true, allowsSuffixes: false)
    let words = (0..<2_000).map { _ in word() }
    let bytes = Array(words.joined(separator: " ").utf8)
    for longestOnly in [false, true] {
      let matches = matcher.matches(in: bytes, range: 0..<bytes.count, longestOnly: longestOnly)
      var expected: [(String, Set<Int>)] = []
      for w in words { if let payloads = phrases[w] { expected.append((w, payloads)) } }
      #expect(matches.count == expected.count)
      for (m, (w, payloads)) in zip(matches, expected) {
        #expect(Bytes.string(bytes, m.range) == w)
        #expect(Set(m.payloads) == payloads)
        #expect(Array(m.payloads) == Array(m.payloads).sorted())
      }
    }
  }

  @Test func phrasesStartAndEndAtWordBoundaries() {
    let matcher = Self.matcher([("Meta", 0), ("GPT-5", 1), ("#1", 2)], caseSensitive: true, allowsSuffixes: false)
    #expect(found(matcher, in: "Metadata and Meta's model") == ["Meta"])
    #expect(found(matcher, in: "GPT-5.4 beat GPT-5.") == ["GPT-5"])
    // After an em dash or a curly quote, a word starts; inside a word with an accent it does not.
    #expect(found(matcher, in: "rivals\u{2014}Meta and \u{201C}Meta\u{201D} but caféMeta") == ["Meta", "Meta"])
    #expect(found(matcher, in: "ranked #1 overall, not #10") == ["#1"])
  }

  @Test func cuesIgnoreCaseAndTakeLightInflections() {
    let matcher = Self.matcher([("layoff", 0), ("score", 1)], caseSensitive: false, allowsSuffixes: true)
    #expect(found(matcher, in: "Layoffs followed; it SCORED well, but scoring differs") == ["Layoffs", "SCORED"])
    #expect(found(matcher, in: "scoreboard layoffsy") == [])
  }

  @Test func longestPhraseWinsWhenAsked() {
    let matcher = Self.matcher([("Muse", 0), ("Muse Spark", 1)], caseSensitive: true, allowsSuffixes: false)
    #expect(found(matcher, in: "Muse Spark and Muse", longestOnly: true) == ["Muse Spark", "Muse"])
    #expect(found(matcher, in: "Muse Spark", longestOnly: false).sorted() == ["Muse", "Muse Spark"])
  }

  /// Word starts are found eight ASCII bytes at a time where it can, byte by
  /// byte elsewhere: on any mix of letters, digits, `$`, `#`, punctuation and
  /// non-ASCII letters, dashes and quotes, in any sentence range, they are the
  /// places where a word byte (or `$`, `#`) follows a byte that is none.
  /// (Mostly ASCII as well, so that runs of sixteen ASCII bytes, read at once, abound.)
  @Test(arguments: [false, true]) func wordStartsAreWhereAWordBytePrecedesNone(mostlyASCII: Bool) {
    let ascii = ["a", "Z", "q", "7", "0", " ", ".", "-", "$", "#", ",", "\n", "'", "_", "@", "[", "`", "{", "/", ":"]
    let pieces = mostlyASCII ? ascii + ascii + ascii + ["é", "’"] : ["a", "Z", "q", "7", "0", " ", ".", "-", "$", "#", ",", "é", "’", "—", "“", "\u{A0}", "日", "\n", "'", "_"]
    var rng = SeededGenerator(seed: mostlyASCII ? 0x5EED_0018 : 0x5EED_0017)
    for _ in 0..<400 {
      let text = (0..<Int.random(in: 0...(mostlyASCII ? 90 : 60), using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
      let bytes = Array(text.utf8)
      let lower = Int.random(in: 0...bytes.count, using: &rng), upper = Int.random(in: lower...bytes.count, using: &rng)
      var expected: [Int] = []
      for i in lower..<upper {
        let isStart = PhraseMatcher.isWordByte(bytes, i) || bytes[i] == UInt8(ascii: "$") || bytes[i] == UInt8(ascii: "#")
        if i == lower || (isStart && !PhraseMatcher.isWordByte(bytes, i - 1)) { expected.append(i) }
      }
      #expect(PhraseMatcher.wordStarts(in: bytes, range: lower..<upper) == expected, "\(text.debugDescription) \(lower)..<\(upper)")
    }
  }

  /// What `appendMatches` finds, by its definition, checked at every word
  /// start against every phrase: the phrase is written there (folded when
  /// not case-sensitive), and the text then breaks, perhaps after a light
  /// inflection. Texts and phrases share stems, inflections, digits,
  /// hyphens, periods, apostrophes and non-ASCII letters, so that phrases of
  /// one first word, inflected words and near misses abound; phrases longer
  /// than eight bytes differ late. The range is the whole text or a part
  /// of it: a phrase must end by the range's end, where the text breaks.
  @Test(arguments: [false, true]) func matchesAreWhereAPhraseIsWrittenAndTheTextBreaks(caseSensitive: Bool) {
    let words = ["ab", "Ab", "AB", "abs", "abed", "abing", "abes", "a", "b1", "x9", "abab", "é", "éa", "q", "ings", "ed", "s", "abcdefghijklmnopq",
                 "ABCDEFGHIJKLMNOPQs", "abcdefghijklmnopr", "abcdefgHIJ", "abcdefghé"]
    let gaps = [" ", " ", "-", ".", ", ", "’", "'", "'s ", "5", "#", "$"]
    var rng = SeededGenerator(seed: caseSensitive ? 0xA11A5 : 0xC0E5)
    func text(_ count: Int) -> String { (0..<count).map { _ in rng.pick(words) + rng.pick(gaps) }.joined() }
    let fold: ([UInt8]) -> [UInt8] = { caseSensitive ? $0 : $0.map(Bytes.lower) }
    for _ in 0..<300 {
      var phrases: [String] = []
      for _ in 0..<Int.random(in: 1...8, using: &rng) {
        var phrase = Array(text(Int.random(in: 1...2, using: &rng)).utf8)
        phrase.removeLast(Int.random(in: 0...min(2, phrase.count - 1), using: &rng))
        phrases.append(String(decoding: phrase, as: UTF8.self))
      }
      let matcher = Self.matcher(phrases.enumerated().map { ($1, $0) }, caseSensitive: caseSensitive, allowsSuffixes: true)
      let bytes = Array(text(12).utf8)
      let whole = Bool.random(using: &rng)
      let lower = whole ? 0 : Int.random(in: 0...bytes.count, using: &rng)
      let upper = whole ? bytes.count : Int.random(in: lower...bytes.count, using: &rng)
      func breaks(_ i: Int) -> Bool {
        guard i < upper else { return true }
        if PhraseMatcher.isWordByte(bytes, i) { return false }
        let dotOrHyphen = bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "-")
        return !(dotOrHyphen && i + 1 < upper && Bytes.isDigit(bytes[i + 1]))
      }
      var expected: Set<Found> = []
      for start in PhraseMatcher.wordStarts(in: bytes, range: lower..<upper) {
        for spelling in Set(phrases.map { fold(Array($0.utf8)) }) where !spelling.isEmpty {
          let end = start + spelling.count
          guard end <= upper, fold(Array(bytes[start..<end])) == spelling else { continue }
          let payloads = phrases.indices.filter { fold(Array(phrases[$0].utf8)) == spelling }
          let inflected = ["", "s", "es", "ed", "d", "ing", "'s"].first { suffix in
            let s = Array(suffix.utf8)
            return end + s.count <= upper && Array(bytes[end..<(end + s.count)]).map(Bytes.lower) == s && breaks(end + s.count)
          }
          if let inflected { expected.insert(Found(range: start..<(end + inflected.utf8.count), payloads: payloads)) }
        }
      }
      let found = matcher.matches(in: bytes, range: lower..<upper, longestOnly: false).map { Found(range: $0.range, payloads: Array($0.payloads)) }
      #expect(found.count == expected.count && Set(found) == expected, "\(phrases) in \(String(decoding: bytes, as: UTF8.self).debugDescription)")
    }
  }
}
