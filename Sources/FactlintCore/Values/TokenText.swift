/// A token's text as a value: the bytes of a lower-cased word, of a number's
/// digits or of a symbol, packed into two integers when they fit (nearly every
/// token does). Tokenizing then builds no `String`, and comparing with a
/// literal ("up", "$") folds into two integer compares. A longer text keeps a `String`.
struct TokenText: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  /// Bytes 0–7 and 8–15, the first byte lowest; zero past the end. Zero for a long text.
  private var low: UInt64
  private var high: UInt64
  /// The length in UTF-8 bytes.
  let count: Int
  /// The text when it is longer than 16 bytes.
  private var long: String?

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
    low = UInt64(b)
    high = 0
    count = 1
    long = nil
  }

  /// The text of an ASCII word or number the tokenizer read, lower-cased:
  /// its bytes are letters, apostrophes, digits, "," and ".", which setting
  /// bit 0x20 lower-cases or leaves alone, so sixteen bytes are read and
  /// lower-cased at once.
  @inline(__always)
  init(asciiWordOrNumber bytes: UnsafeRawBufferPointer, _ range: Range<Int>) {
    let n = range.count
    guard n <= Self.inlineCapacity, range.lowerBound + 16 <= bytes.count else {
      self = Self.asciiWordOrNumber(bytes, range)
      return
    }
    let low = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self))
    let high = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: range.lowerBound + 8, as: UInt64.self))
    let lowMask: UInt64 = n >= 8 ? ~0 : (1 << UInt64(8 * n)) &- 1
    let highMask: UInt64 = n <= 8 ? 0 : n >= 16 ? ~0 : (1 << UInt64(8 * (n - 8))) &- 1
    let caseBits: UInt64 = 0x2020_2020_2020_2020
    self.low = (low | caseBits) & lowMask
    self.high = (high | caseBits) & highMask
    count = n
    long = nil
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
    count = buffer.count
    guard buffer.count <= Self.inlineCapacity else {
      low = 0
      high = 0
      long = String(decoding: buffer, as: UTF8.self)
      return
    }
    var low: UInt64 = 0, high: UInt64 = 0
    for k in 0..<buffer.count {
      let b = UInt64(buffer[k])
      if k < 8 { low |= b << UInt64(8 * k) } else { high |= b << UInt64(8 * (k - 8)) }
    }
    self.low = low
    self.high = high
    long = nil
  }

  /// The first byte, if any.
  var first: UInt8? {
    if let long { return long.utf8.first }
    return count == 0 ? nil : UInt8(truncatingIfNeeded: low)
  }

  var isEmpty: Bool { count == 0 }

  /// The packed bytes of a short text, for tables that hash them (nil for a long one).
  var packed: (low: UInt64, high: UInt64)? { long == nil ? (low, high) : nil }

  var string: String {
    if let long { return long }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for k in 0..<count { bytes.append(UInt8(truncatingIfNeeded: k < 8 ? low >> UInt64(8 * k) : high >> UInt64(8 * (k - 8)))) }
    return String(decoding: bytes, as: UTF8.self)
  }

  var description: String { string }
}
