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
      let haystack = (0..<Int.random(in: 0...80, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
      let needle = (0..<Int.random(in: 1...4, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
      let from = Int.random(in: 0...max(0, haystack.count), using: &rng)
      let naive = needle.count > haystack.count ? nil
        : (from..<max(from, haystack.count - needle.count + 1)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
      #expect(Bytes.find(needle, in: haystack, from: from) == naive, "\(needle) in \(haystack) from \(from)")
    }
  }

  /// `Bytes.asciiRunEnd` reads eight bytes at a time: on any bytes (letters
  /// of both cases, digits, the bytes around them, non-ASCII bytes whose
  /// sums carry), from any offset and to any limit, it stops where a
  /// byte-by-byte walk stops.
  @Test func asciiRunEndMatchesAByteWalk() {
    var rng = SeededGenerator(seed: 0x5EED_0022)
    let alphabet: [UInt8] = Array("azAZ09@[`{/:".utf8) + [0x80, 0xC3, 0xE2, 0xFF, 0x20, 0x00]
    for _ in 0..<1_000 {
      let bytes = (0..<Int.random(in: 1...40, using: &rng)).map { _ in
        Int.random(in: 0..<3, using: &rng) == 0 ? alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] : UInt8(ascii: "a") + UInt8.random(in: 0..<26, using: &rng)
      }
      let limit = Int.random(in: 0...bytes.count, using: &rng), from = Int.random(in: 0...limit, using: &rng)
      for digits in [false, true] {
        var naive = from
        while naive < limit, Bytes.isLetter(bytes[naive]) && bytes[naive] < 0x80 || (digits && Bytes.isDigit(bytes[naive])) { naive += 1 }
        let end = bytes.withUnsafeBytes { Bytes.asciiRunEnd($0, from: from, limit: limit, digits: digits) }
        #expect(end == naive, "\(bytes) from \(from) to \(limit), digits \(digits)")
      }
    }
  }

  /// `Bytes.firstIndex` reads sixteen bytes at a time and the last few
  /// bytes as lanes of their own: from any offset to any end, it finds the
  /// first byte of a set where a byte-by-byte walk does, a target byte just
  /// past the end included (it must not be seen).
  @Test func firstIndexMatchesAByteWalk() {
    var rng = SeededGenerator(seed: 0x5EED_0023)
    let alphabet: [UInt8] = Array("ab .!?\n\r".utf8) + [0x00, 0x80, 0xFF]
    for _ in 0..<2_000 {
      let bytes = (0..<Int.random(in: 0...70, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
      let targets = (0..<Int.random(in: 1...3, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
      let end = Int.random(in: 0...bytes.count, using: &rng), from = Int.random(in: 0...end, using: &rng)
      var naive = from
      while naive < end, !targets.contains(bytes[naive]) { naive += 1 }
      let found = bytes.withUnsafeBytes { p in
        Bytes.firstIndex(p, from: from, to: end) { v in
          targets.reduce(Bytes.LaneMask(repeating: false)) { $0 .| (v .== Bytes.lanes($1)) }
        }
      }
      #expect(found == naive, "\(bytes) from \(from) to \(end), looking for \(targets)")
    }
  }

  /// `Bytes.lowered` lower-cases eight bytes at once: on the bytes around
  /// "A"–"Z" and non-ASCII bytes whose low seven bits are capitals (0xC3,
  /// the lead byte of "é"), it gives what `Bytes.lower` gives byte by byte.
  @Test func loweredMatchesLowerOnEachByte() {
    var rng = SeededGenerator(seed: 0x5EED_0024)
    let alphabet: [UInt8] = Array("@AMZ[`amz{09 ".utf8) + [0x80, 0xC1, 0xC3, 0xDA, 0xDB, 0xE1, 0xFF, 0x00, 0x7F]
    for _ in 0..<1_000 {
      let bytes = (0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
      let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
      let lowered = Bytes.lowered(word)
      #expect((0..<8).map { UInt8(truncatingIfNeeded: lowered >> UInt64(8 * $0)) } == bytes.map(Bytes.lower), "\(bytes)")
    }
  }
}
