extension JSONReader {
  /// Reads a string value: escapes decoded (surrogate pairs joined), UTF-8
  /// checked, control characters refused.
  public mutating func readString() throws(JSONError) -> String {
    skipSpace()
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw .invalid("expected a string", at: offset) }
    let start = offset
    var runStart = offset + 1
    let (end, stop, ascii) = scanRun(from: runStart)
    offset = end
    // The common case: no escape, so the text is the bytes as they are.
    if stop == UInt8(ascii: "\"") {
      guard ascii || Self.isValidUTF8(bytes, runStart..<end) else { throw .invalid("a string is not valid UTF-8", at: runStart) }
      offset += 1
      // Through a pointer: a slice of `bytes` would retain and release it.
      return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[runStart..<end]), as: UTF8.self) }
    }
    var decoded: [UInt8] = []
    while true {
      let (end, stop, ascii) = scanRun(from: runStart)
      offset = end
      guard let stop else { throw .invalid("unterminated string", at: start) }
      if stop < 0x20 { throw .invalid("a control character in a string must be escaped", at: offset) }
      guard ascii || Self.isValidUTF8(bytes, runStart..<end) else { throw .invalid("a string is not valid UTF-8", at: runStart) }
      decoded.append(contentsOf: bytes[runStart..<end])
      if stop == UInt8(ascii: "\"") { offset += 1; return String(decoding: decoded, as: UTF8.self) }
      guard offset + 1 < bytes.count else { throw .invalid("unterminated string", at: start) }
      let escape = bytes[offset + 1]
      offset += 2
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
      case UInt8(ascii: "b"): decoded.append(0x08)
      case UInt8(ascii: "f"): decoded.append(0x0C)
      case UInt8(ascii: "n"): decoded.append(0x0A)
      case UInt8(ascii: "r"): decoded.append(0x0D)
      case UInt8(ascii: "t"): decoded.append(0x09)
      case UInt8(ascii: "u"): decoded.append(contentsOf: UTF8.encode(try unicodeEscape())!)
      default: throw .invalid("unknown escape '\\\(Character(Unicode.Scalar(escape)))'", at: offset - 2)
      }
      runStart = offset
    }
  }

  /// Reads a string into `table`, giving its id: a string without escapes
  /// that `table` holds is neither made again nor checked again.
  mutating func readString(into table: inout StringTable) throws(JSONError) -> Int32 {
    skipSpace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") {
      let (end, stop, _) = scanRun(from: offset + 1)
      let start = offset + 1
      if stop == UInt8(ascii: "\""), let id = bytes.withUnsafeBufferPointer({ table.id(of: UnsafeBufferPointer(rebasing: $0[start..<end])) }) {
        offset = end + 1
        return id
      }
    }
    return table.add(try readString())
  }

  /// Scans unescaped bytes from `from` to the first quote, backslash or
  /// control character (`stop`, nil at the end of the text); `ascii` when
  /// every byte scanned was ASCII.
  func scanRun(from: Int) -> (end: Int, stop: UInt8?, ascii: Bool) {
    bytes.withUnsafeBufferPointer { p in
      var i = from
      // Eight bytes at a time (SWAR): a byte equal to 0 after the xor, or
      // below 0x20, sets its top bit. Borrows only flag bytes above a real
      // stop, so the lowest flagged byte is the first stop. Even short
      // strings (names, ids) are read this way: byte by byte was a tenth
      // of reading a fact base.
      let ones: UInt64 = 0x0101_0101_0101_0101, tops: UInt64 = 0x8080_8080_8080_8080
      var highs: UInt64 = 0
      if let base = p.baseAddress {
        while i + 8 <= p.count {
          let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
          let stops = (((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((w &- ones &* 0x20) & ~w)) & tops
          if stops != 0 {
            let k = stops.trailingZeroBitCount / 8
            highs |= w & ((1 << (8 * UInt64(k))) &- 1)
            i += k
            return (i, p[i], highs & tops == 0)
          }
          highs |= w
          i += 8
        }
      }
      var high: UInt8 = highs & tops == 0 ? 0 : 0x80
      while i < p.count {
        let b = p[i]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { return (i, b, high < 0x80) }
        high |= b
        i += 1
      }
      return (i, nil, high < 0x80)
    }
  }

  /// The scalar of a `\uXXXX` escape (the `\u` already read), joining a surrogate pair.
  private mutating func unicodeEscape() throws(JSONError) -> Unicode.Scalar {
    let at = offset - 2
    let high = try hex4()
    if (0xD800..<0xDC00).contains(high) {
      guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
        throw .invalid("a high surrogate escape without its low surrogate", at: at)
      }
      offset += 2
      let low = try hex4()
      guard (0xDC00..<0xE000).contains(low) else { throw .invalid("a high surrogate escape without its low surrogate", at: at) }
      return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
    }
    guard let scalar = Unicode.Scalar(high) else { throw .invalid("a lone low surrogate escape", at: at) }
    return scalar
  }

  private mutating func hex4() throws(JSONError) -> UInt32 {
    guard offset + 4 <= bytes.count else { throw .invalid("a \\u escape needs four hex digits", at: offset) }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[offset]
      let digit: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
      default: throw .invalid("a \\u escape needs four hex digits", at: offset)
      }
      v = v << 4 | digit
      offset += 1
    }
    return v
  }

  /// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
  static func isValidUTF8(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i < range.upperBound {
      let b = bytes[i]
      if b < 0x80 { i += 1; continue }
      let count: Int
      var low: UInt8 = 0x80, high: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: count = 1
      case 0xE0: count = 2; low = 0xA0
      case 0xED: count = 2; high = 0x9F
      case 0xE1...0xEF: count = 2
      case 0xF0: count = 3; low = 0x90
      case 0xF4: count = 3; high = 0x8F
      case 0xF1...0xF3: count = 3
      default: return false
      }
      guard i + count < range.upperBound else { return false }
      // Only the first continuation byte has a narrower range.
      guard bytes[i + 1] >= low, bytes[i + 1] <= high else { return false }
      var k = 2
      while k <= count {
        guard bytes[i + k] & 0xC0 == 0x80 else { return false }
        k += 1
      }
      i += count + 1
    }
    return true
  }
}
