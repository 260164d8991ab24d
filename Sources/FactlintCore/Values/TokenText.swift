/// A token's text as a plain value: the bytes of a lower-cased word, of a
/// number's digits or of a symbol, packed into two integers. Tokenizing then
/// builds no `String`, a token copies and is dropped without reference
/// counting, and comparing with a literal ("up", "$") folds into integer compares.
///
/// A text of up to 16 bytes (nearly every token) is held whole. A longer one
/// is held as its last eight bytes and a 64-bit hash of all of them: enough to
/// compare and hash it, and to test a short suffix ("-ed"), not to spell it.
/// Whoever needs such a word whole reads it from the draft at the token's range.
struct TokenText: Hashable, Sendable, ExpressibleByStringLiteral {
  /// Short: bytes 0–7, the first byte lowest, zero past the end. Long: the last eight bytes.
  private var low: UInt64
  /// Short: bytes 8–15. Long: the hash.
  private var high: UInt64
  /// The length in UTF-8 bytes (32 bits keep a `Token` small: a text is a
  /// word of a draft or a phrase of the fact base).
  private let length: UInt32
  var count: Int { Int(length) }

  static let inlineCapacity = 16

  @inline(__always)
  init(stringLiteral value: StaticString) {
    self = value.withUTF8Buffer { TokenText(utf8: $0) }
  }

  init(_ string: String) {
    var string = string
    self = string.withUTF8 { TokenText(utf8: $0) }
  }

  /// A one-byte ASCII symbol.
  init(asciiByte b: UInt8) {
    self.init(low: UInt64(b), high: 0, count: 1)
  }

  /// The text of an ASCII word or number the tokenizer read, lower-cased:
  /// its bytes are letters, apostrophes, digits, "," and ".", which setting
  /// bit 0x20 lower-cases or leaves alone, so sixteen bytes are read and
  /// lower-cased at once.
  @inline(__always)
  init(asciiWordOrNumber bytes: UnsafeRawBufferPointer, _ range: Range<Int>) {
    let n = range.upperBound &- range.lowerBound
    guard n <= Self.inlineCapacity, range.lowerBound &+ 16 <= bytes.count else {
      self = Self.asciiWordOrNumber(bytes, range)
      return
    }
    let low = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self))
    let high = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: range.lowerBound &+ 8, as: UInt64.self))
    // The bytes within the text, as masks (selects, not branches): `n` is 0...16.
    let ones = UInt64.max
    let lowMask = n >= 8 ? ones : (1 &<< UInt64(truncatingIfNeeded: 8 &* n)) &- 1
    let highMask = n <= 8 ? 0 : ones &>> UInt64(truncatingIfNeeded: 128 &- 8 &* n)
    let caseBits: UInt64 = 0x2020_2020_2020_2020
    self.low = (low | caseBits) & lowMask
    self.high = (high | caseBits) & highMask
    length = UInt32(truncatingIfNeeded: n)
  }

  /// The text of one to seven ASCII letters, lower-cased, from the eight
  /// bytes loaded at its start (`word`, the first byte lowest) by a reader
  /// that found its end in them.
  @inline(__always)
  init(asciiLetters word: UInt64, count n: Int) {
    low = (word | 0x2020_2020_2020_2020) & ((1 &<< UInt64(truncatingIfNeeded: 8 &* n)) &- 1)
    high = 0
    length = UInt32(truncatingIfNeeded: n)
  }

  /// The same for a long text, or one within sixteen bytes of the draft's end.
  @inline(never)
  private static func asciiWordOrNumber(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> TokenText {
    var lowered = Array(bytes[range])
    for k in lowered.indices { lowered[k] = Bytes.lower(lowered[k]) }
    return lowered.withUnsafeBufferPointer { TokenText(utf8: $0) }
  }

  @inline(__always)
  private init(utf8 buffer: UnsafeBufferPointer<UInt8>) {
    guard buffer.count <= Self.inlineCapacity else {
      self = Self.long(buffer)
      return
    }
    // (A loop the compiler unrolls and folds for a literal.)
    var low: UInt64 = 0, high: UInt64 = 0
    for k in 0..<buffer.count {
      let b = UInt64(buffer[k])
      if k < 8 { low |= b << UInt64(8 * k) } else { high |= b << UInt64(8 * (k - 8)) }
    }
    self.low = low
    self.high = high
    length = UInt32(truncatingIfNeeded: buffer.count)
  }

  @inline(never)
  private static func long(_ buffer: UnsafeBufferPointer<UInt8>) -> TokenText {
    var last: UInt64 = 0
    for k in (buffer.count - 8)..<buffer.count { last |= UInt64(buffer[k]) << UInt64(8 * (k - buffer.count + 8)) }
    // FNV-1a: distinct long words of one length and ending collide once in 2^64.
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in buffer { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    return TokenText(low: last, high: hash, count: buffer.count)
  }

  private init(low: UInt64, high: UInt64, count: Int) {
    self.low = low
    self.high = high
    length = UInt32(count)
  }

  var isEmpty: Bool { count == 0 }

  /// The two integers a text is held in, for tables that hash them
  /// (`TokenTextTable`). Equal texts have equal bits; a long text's bits
  /// (its last bytes and a hash) match another text's once in 2^64.
  var bits: (low: UInt64, high: UInt64) { (low, high) }

  /// The text, when it is short enough to be held whole.
  var string: String? {
    guard count <= Self.inlineCapacity else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for k in 0..<count { bytes.append(UInt8(truncatingIfNeeded: k < 8 ? low >> UInt64(8 * k) : high >> UInt64(8 * (k - 8)))) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether the text ends with `suffix` (of eight bytes at most, which a long text keeps).
  func hasSuffix(_ suffix: StaticString) -> Bool {
    let n = suffix.utf8CodeUnitCount
    precondition(n <= 8, "a suffix longer than a long text keeps")
    guard n <= count else { return false }
    return suffix.withUTF8Buffer { s in
      (0..<n).allSatisfy { k in
        // Byte `k` of the suffix is byte `count - n + k` of a short text, or of the last eight of a long one.
        let at = count <= Self.inlineCapacity ? count - n + k : 8 - n + k
        let word = at < 8 ? low : high
        return UInt8(truncatingIfNeeded: word >> UInt64(8 * (at % 8))) == s[k]
      }
    }
  }
}
