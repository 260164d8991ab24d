/// Byte-level character classes. The checker scans UTF-8 bytes directly: all the
/// syntax it cares about (digits, punctuation, Markdown) is ASCII, and a
/// non-ASCII byte is treated as part of a word.
enum Bytes {
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
  }
  @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
  @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
  @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
  @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
  }
  @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

  /// True when `bytes[at...]` starts with `word` compared ASCII-case-insensitively.
  static func hasPrefix(_ bytes: [UInt8], at: Int, _ word: [UInt8], caseInsensitive: Bool = true) -> Bool {
    guard at >= 0, at + word.count <= bytes.count else { return false }
    for k in 0..<word.count {
      let a = bytes[at + k], b = word[k]
      if caseInsensitive ? lower(a) != lower(b) : a != b { return false }
    }
    return true
  }

  /// The same test for a literal ("<!--", "http://"), without building an
  /// array for each test.
  static func hasPrefix(_ bytes: [UInt8], at: Int, _ word: StaticString, caseInsensitive: Bool = true) -> Bool {
    guard at >= 0, at + word.utf8CodeUnitCount <= bytes.count else { return false }
    return word.withUTF8Buffer { w in
      w.indices.allSatisfy { caseInsensitive ? lower(bytes[at + $0]) == lower(w[$0]) : bytes[at + $0] == w[$0] }
    }
  }

  static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// Whether `needle` occurs in `haystack`, ASCII letters compared without case.
  static func containsIgnoringCase(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { hasPrefix(haystack, at: $0, needle) }
  }

  /// Offset of the first occurrence of `needle` at or after `from`: the
  /// bytes that are not its first are stepped over sixteen at a time.
  static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
    guard !needle.isEmpty, from >= 0, needle.count <= haystack.count else { return nil }
    let first = lanes(needle[0])
    let last = haystack.count - needle.count
    return haystack.withUnsafeBytes { p in
      var i = from
      while i <= last {
        i = firstIndex(p, from: i, to: last + 1) { $0 .== first }
        if i <= last, hasPrefix(haystack, at: i, needle, caseInsensitive: false) { return i }
        i += 1
      }
      return nil
    }
  }

  /// The bytes of `v` within `r`, each marked by its top bit: adding
  /// `0x80 - lower` sets it from `lower` up, adding `0x7F - upper` sets it
  /// above `upper`. Exact for ASCII bytes, where no sum carries into the next
  /// byte; a byte from 0x80 up is never marked, but may spoil the marks of
  /// the bytes above it, so only the lowest unmarked byte can be trusted then.
  @inline(__always) static func asciiBytes(_ v: UInt64, in r: ClosedRange<UInt8>) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let fromLower = v &+ ones &* UInt64(0x80 - r.lowerBound)
    let aboveUpper = v &+ ones &* UInt64(0x7F - r.upperBound)
    return fromLower & ~aboveUpper & 0x8080_8080_8080_8080
  }

  /// `lower` of each byte of `v` at once. (Exact: a byte from 0x80 up is
  /// left alone, and without their top bits no byte's sum carries.)
  @inline(__always) static func lowered(_ v: UInt64) -> UInt64 {
    v | (asciiBytes(v & 0x7F7F_7F7F_7F7F_7F7F, in: 0x41...0x5A) & ~v) >> 2
  }

  /// The end of the run from `i` of ASCII letters (and digits, with
  /// `digits`), before `limit`: eight bytes at a time, as most bytes of a
  /// draft are letters. (The lowest byte outside the run is found exactly:
  /// see `asciiBytes`.)
  @inline(__always) static func asciiRunEnd(_ bytes: UnsafeRawBufferPointer, from i: Int, limit: Int, digits: Bool) -> Int {
    var j = i
    while j + 8 <= limit {
      let v = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: j, as: UInt64.self))
      var run = asciiBytes(v | 0x2020_2020_2020_2020, in: 0x61...0x7A)
      if digits { run |= asciiBytes(v, in: 0x30...0x39) }
      let others = ~run & 0x8080_8080_8080_8080
      if others != 0 { return j + others.trailingZeroBitCount / 8 }
      j += 8
    }
    while j < limit, (bytes[j] | 0x20) &- 0x61 < 26 || (digits && isDigit(bytes[j])) { j += 1 }
    return j
  }

  /// The first `\n` or `\r` at or after `i`, or `p.count`, sixteen bytes at a time.
  static func nextLineBreak(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
    let newline = lanes(UInt8(ascii: "\n")), carriageReturn = lanes(UInt8(ascii: "\r"))
    return firstIndex(UnsafeRawBufferPointer(p), from: i, to: p.count) { v in (v .== newline) .| (v .== carriageReturn) }
  }
}
