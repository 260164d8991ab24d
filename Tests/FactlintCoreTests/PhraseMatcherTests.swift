import Testing
import FactlintTestSupport
@testable import FactlintCore

/// `PhraseMatcher` merges phrases spelled alike and sorts them into buckets:
/// a matcher of many phrases finds what one matcher per phrase finds, with
/// the payloads of all the phrases spelled alike, sorted and without repeats.
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
}
