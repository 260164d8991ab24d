import Testing
import FactlintTestSupport
@testable import FactlintCore

/// `Bytes.find` steps over eight bytes at a time where none can start the
/// needle: on random text it finds what a byte-by-byte search finds, from
/// any offset, near the end as in the middle.
@Suite struct BytesTests {
  @Test func findMatchesANaiveSearch() {
    var rng = SeededGenerator(seed: 0x5EED_0021)
    let alphabet = Array("<!-f -->abc".utf8)
    for _ in 0..<500 {
      let haystack = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
      let needle = (0..<Int.random(in: 1...4, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
      let from = Int.random(in: 0...max(0, haystack.count), using: &rng)
      let naive = needle.count > haystack.count ? nil
        : (from..<max(from, haystack.count - needle.count + 1)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
      #expect(Bytes.find(needle, in: haystack, from: from) == naive, "\(needle) in \(haystack) from \(from)")
    }
  }
}
