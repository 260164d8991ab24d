import Testing
import FactlintTestSupport
@testable import FactlintCore

/// The phrase matcher finds aliases and cues at word starts only, whatever
/// its hash buckets hold together.
@Suite struct PhraseMatcherTests {
  private func found(_ matcher: PhraseMatcher, in text: String, longestOnly: Bool = false) -> [String] {
    let bytes = Array(text.utf8)
    return matcher.matches(in: bytes, range: 0..<bytes.count, longestOnly: longestOnly).map { Bytes.string(bytes, $0.range) }
  }

  /// Thousands of short words over three letters share first bytes and
  /// buckets; one-letter words share buckets with longer ones. Each word of
  /// a text is found exactly when it is a phrase, once, with its payloads.
  @Test func everyPhraseIsFoundOnceAtItsWordWhateverTheBucketsShare() {
    var random = SeededGenerator(seed: 0xB0C4E7)
    func word() -> String { String((0..<Int.random(in: 1...5, using: &random)).map { _ in random.pick(["a", "b", "c"]) }) }
    var phrases: [String: Set<Int>] = [:]
    for payload in 0..<300 { phrases[word(), default: []].insert(payload) }
    let matcher = PhraseMatcher(phrases: phrases.flatMap { p, payloads in payloads.map { (p, $0) } }, caseSensitive: true, allowsSuffixes: false)
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
    let matcher = PhraseMatcher(phrases: [("Meta", 0), ("GPT-5", 1), ("#1", 2)], caseSensitive: true, allowsSuffixes: false)
    #expect(found(matcher, in: "Metadata and Meta's model") == ["Meta"])
    #expect(found(matcher, in: "GPT-5.4 beat GPT-5.") == ["GPT-5"])
    // After an em dash or a curly quote, a word starts; inside a word with an accent it does not.
    #expect(found(matcher, in: "rivals\u{2014}Meta and \u{201C}Meta\u{201D} but caféMeta") == ["Meta", "Meta"])
    #expect(found(matcher, in: "ranked #1 overall, not #10") == ["#1"])
  }

  @Test func cuesIgnoreCaseAndTakeLightInflections() {
    let matcher = PhraseMatcher(phrases: [("layoff", 0), ("score", 1)], caseSensitive: false, allowsSuffixes: true)
    #expect(found(matcher, in: "Layoffs followed; it SCORED well, but scoring differs") == ["Layoffs", "SCORED"])
    #expect(found(matcher, in: "scoreboard layoffsy") == [])
  }

  @Test func longestPhraseWinsWhenAsked() {
    let matcher = PhraseMatcher(phrases: [("Muse", 0), ("Muse Spark", 1)], caseSensitive: true, allowsSuffixes: false)
    #expect(found(matcher, in: "Muse Spark and Muse", longestOnly: true) == ["Muse Spark", "Muse"])
    #expect(found(matcher, in: "Muse Spark", longestOnly: false).sorted() == ["Muse", "Muse Spark"])
  }
}
