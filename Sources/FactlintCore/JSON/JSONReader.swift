/// A pull reader of JSON text (RFC 8259, UTF-8): the caller asks for the
/// value it expects next, so a format is read straight into its own types
/// with no tree in between. Nesting deeper than `maximumDepth` is refused,
/// and every failure is a `JSONError` with the byte offset where it occurred.
///
///     var r = JSONReader(bytes)
///     try r.beginObject()
///     while let key = try r.nextKey() { … read or skip the value … }
///     try r.end()
public struct JSONReader {
  public enum ValueKind: Sendable { case object, array, string, number, bool, null }

  /// Deep enough for any real document; a hostile one is an error, never a crash.
  public static let defaultMaximumDepth = 128

  public let bytes: [UInt8]
  public let maximumDepth: Int
  /// Where reading stands; after `peek()`, the start of the next value.
  public internal(set) var offset = 0
  public private(set) var depth = 0
  /// Where the name read by the last `nextKey()` starts.
  public private(set) var keyOffset = 0
  /// Set by `beginObject`/`beginArray` until their first `nextKey`/`nextElement`:
  /// the first member has no comma before it.
  private var atContainerStart = false

  public init(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
  }

  /// The kind of the next value (whitespace skipped); refuses the end of the
  /// text and a character that starts no value.
  public mutating func peek() throws(JSONError) -> ValueKind {
    skipSpace()
    guard offset < bytes.count else { throw .invalid("unexpected end of text", at: offset) }
    switch bytes[offset] {
    case UInt8(ascii: "{"): return .object
    case UInt8(ascii: "["): return .array
    case UInt8(ascii: "\""): return .string
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
    case UInt8(ascii: "n"): return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
    default: throw .invalid("unexpected character", at: offset)
    }
  }

  /// After the last value: only whitespace may follow.
  public mutating func end() throws(JSONError) {
    skipSpace()
    guard offset == bytes.count else { throw .invalid("unexpected text after the value", at: offset) }
  }

  // MARK: Containers

  /// Enters an object (the next value must be one); then `nextKey()` until nil.
  public mutating func beginObject() throws(JSONError) {
    try open(UInt8(ascii: "{"))
  }

  /// The next member's name, its ':' read, or nil at the object's end.
  public mutating func nextKey() throws(JSONError) -> String? {
    guard try nextMember(closedBy: UInt8(ascii: "}"), what: "expected ',' or '}' in an object") else { return nil }
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw .invalid("expected a member name in quotes", at: offset) }
    keyOffset = offset
    let key = try readString()
    skipSpace()
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw .invalid("expected ':' after a member name", at: offset) }
    offset += 1
    return key
  }

  /// Member names a reader recognises without making a `String` of each key
  /// (`nextKey(matching:)`). A name of up to 16 bytes is kept as two words,
  /// so a key is matched by comparing integers (a third cheaper than
  /// comparing its bytes through pointers).
  public struct KeyNames: Sendable {
    public let names: [[UInt8]]
    /// Per name: its length, then its first and next eight bytes (zero-padded).
    private let words: [UInt64]

    public init(_ names: [String]) {
      self.names = names.map { Array($0.utf8) }
      words = self.names.flatMap { name in
        var w: [UInt64] = [UInt64(name.count), 0, 0]
        for (k, b) in name.prefix(16).enumerated() { w[1 + k / 8] |= UInt64(b) << (8 * UInt64(k % 8)) }
        return w
      }
    }

    /// Which name `bytes[range]` is (`names.count`: none).
    func index(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
      let n = range.count
      guard n <= 16 else { return names.firstIndex { $0.elementsEqual(bytes[range]) } ?? names.count }
      var low: UInt64 = 0, high: UInt64 = 0
      if range.lowerBound + 16 <= bytes.count, let base = bytes.baseAddress {
        // Whole words, then the bytes past the key masked off.
        let p = UnsafeRawPointer(base + range.lowerBound)
        low = p.loadUnaligned(as: UInt64.self)
        high = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        if n < 8 { low &= (1 << (8 * UInt64(n))) &- 1 }
        high = n <= 8 ? 0 : n < 16 ? high & ((1 << (8 * UInt64(n - 8))) &- 1) : high
      } else {
        for k in 0..<n {
          if k < 8 { low |= UInt64(bytes[range.lowerBound + k]) << (8 * UInt64(k)) } else { high |= UInt64(bytes[range.lowerBound + k]) << (8 * UInt64(k - 8)) }
        }
      }
      return words.withUnsafeBufferPointer { w in
        var i = 0
        while i < w.count {
          if w[i] == UInt64(n), w[i + 1] == low, w[i + 2] == high { return i / 3 }
          i += 3
        }
        return names.count
      }
    }
  }

  /// Like `nextKey()`, but gives the index of the name among `names`
  /// without making a `String` of it: `names.names.count` for another name
  /// (it starts at `keyOffset`), nil at the object's end.
  public mutating func nextKey(matching names: KeyNames) throws(JSONError) -> Int? {
    guard try nextMember(closedBy: UInt8(ascii: "}"), what: "expected ',' or '}' in an object") else { return nil }
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw .invalid("expected a member name in quotes", at: offset) }
    keyOffset = offset
    let (end, stop, _) = scanRun(from: offset + 1)
    let index: Int
    if stop == UInt8(ascii: "\"") {
      // Names are ASCII, so a name with other bytes matches none and is checked as any string.
      index = bytes.withUnsafeBufferPointer { names.index(of: (offset + 1)..<end, in: $0) }
      if index == names.names.count { _ = try readString() } else { offset = end + 1 }
    } else {
      let name = Array(try readString().utf8)
      index = names.names.firstIndex(of: name) ?? names.names.count
    }
    skipSpace()
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw .invalid("expected ':' after a member name", at: offset) }
    offset += 1
    return index
  }

  /// Enters an array (the next value must be one); then `nextElement()` until false.
  public mutating func beginArray() throws(JSONError) {
    try open(UInt8(ascii: "["))
  }

  /// True when another element follows (read it next), false at the array's end.
  public mutating func nextElement() throws(JSONError) -> Bool {
    try nextMember(closedBy: UInt8(ascii: "]"), what: "expected ',' or ']' in an array")
  }

  private mutating func open(_ bracket: UInt8) throws(JSONError) {
    skipSpace()
    guard offset < bytes.count, bytes[offset] == bracket else {
      throw .invalid(bracket == UInt8(ascii: "{") ? "expected an object" : "expected an array", at: offset)
    }
    guard depth < maximumDepth else { throw JSONError(.tooDeep(limit: maximumDepth), offset: offset) }
    depth += 1
    offset += 1
    atContainerStart = true
  }

  /// Reads the ',' before a member, or the closing bracket (false).
  private mutating func nextMember(closedBy close: UInt8, what: String) throws(JSONError) -> Bool {
    skipSpace()
    let first = atContainerStart
    atContainerStart = false
    if offset < bytes.count, bytes[offset] == close {
      depth -= 1
      offset += 1
      return false
    }
    if first { return true }
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: ",") else { throw .invalid(what, at: offset) }
    offset += 1
    skipSpace()
    // A value must follow: "[1,]" is refused by whoever reads it, where it is.
    return true
  }

  // MARK: Scalars

  public mutating func readBool() throws(JSONError) -> Bool {
    skipSpace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "t") { try literal("true"); return true }
    try literal("false")
    return false
  }

  public mutating func readNull() throws(JSONError) {
    skipSpace()
    try literal("null")
  }

  private mutating func literal(_ word: StaticString) throws(JSONError) {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard offset + expected.count <= bytes.count, bytes[offset..<(offset + expected.count)].elementsEqual(expected) else {
      throw .invalid("unexpected word (expected true, false or null)", at: offset)
    }
    offset += expected.count
  }

  public mutating func readNumber() throws(JSONError) -> Double {
    skipSpace()
    let start = offset
    if peekByte(UInt8(ascii: "-")) { offset += 1 }
    if peekByte(UInt8(ascii: "0")) { offset += 1 } else {
      guard digits() > 0 else { throw .invalid("a number needs digits", at: start) }
    }
    if peekByte(UInt8(ascii: ".")) {
      offset += 1
      guard digits() > 0 else { throw .invalid("a number needs digits after '.'", at: start) }
    }
    if peekByte(UInt8(ascii: "e")) || peekByte(UInt8(ascii: "E")) {
      offset += 1
      if peekByte(UInt8(ascii: "+")) || peekByte(UInt8(ascii: "-")) { offset += 1 }
      guard digits() > 0 else { throw .invalid("a number needs digits in its exponent", at: start) }
    }
    guard let n = Double(String(decoding: bytes[start..<offset], as: UTF8.self)), n.isFinite else {
      throw .invalid("a number out of range", at: start)
    }
    return n
  }

  private mutating func digits() -> Int {
    let start = offset
    while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") { offset += 1 }
    return offset - start
  }

  @inline(__always) func peekByte(_ b: UInt8) -> Bool { offset < bytes.count && bytes[offset] == b }

  @inline(__always) mutating func skipSpace() {
    while offset < bytes.count {
      let b = bytes[offset]
      guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
      offset += 1
    }
  }
}
