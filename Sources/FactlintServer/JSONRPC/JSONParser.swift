/// Reads a JSON text (RFC 8259, UTF-8) into a `JSONValue`, refusing nesting
/// deeper than a limit, so a hostile message is an error and never exhausts
/// the stack. Every failure says where the text went wrong.
public struct JSONParser {
  /// Deep enough for any LSP message (the deepest are about ten levels).
  public static let defaultMaximumDepth = 128

  public enum ParseError: Error, Equatable, Sendable {
    case invalid(String, offset: Int)
    case tooDeep(limit: Int, offset: Int)

    public var message: String {
      switch self {
      case .invalid(let what, let offset): return "invalid JSON at byte \(offset): \(what)"
      case .tooDeep(let limit, let offset): return "JSON nested more than \(limit) levels deep (at byte \(offset))"
      }
    }
  }

  private let bytes: [UInt8]
  private let maximumDepth: Int
  private var i = 0

  public static func parse(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth) throws(ParseError) -> JSONValue {
    var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth)
    parser.skipSpace()
    let value = try parser.value(depth: 0)
    parser.skipSpace()
    guard parser.i == bytes.count else { throw .invalid("unexpected text after the value", offset: parser.i) }
    return value
  }

  private init(bytes: [UInt8], maximumDepth: Int) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
  }

  private mutating func value(depth: Int) throws(ParseError) -> JSONValue {
    guard i < bytes.count else { throw .invalid("unexpected end of text", offset: i) }
    switch bytes[i] {
    case UInt8(ascii: "{"): return try object(depth: depth + 1)
    case UInt8(ascii: "["): return try array(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
    default: throw .invalid("unexpected character", offset: i)
    }
  }

  private mutating func object(depth: Int) throws(ParseError) -> JSONValue {
    guard depth <= maximumDepth else { throw .tooDeep(limit: maximumDepth, offset: i) }
    i += 1
    var members: [String: JSONValue] = [:]
    skipSpace()
    if peek(UInt8(ascii: "}")) { i += 1; return .object(members) }
    while true {
      skipSpace()
      guard peek(UInt8(ascii: "\"")) else { throw .invalid("expected a member name in quotes", offset: i) }
      let key = try string()
      skipSpace()
      guard peek(UInt8(ascii: ":")) else { throw .invalid("expected ':' after a member name", offset: i) }
      i += 1
      skipSpace()
      members[key] = try value(depth: depth)
      skipSpace()
      if peek(UInt8(ascii: ",")) { i += 1; continue }
      if peek(UInt8(ascii: "}")) { i += 1; return .object(members) }
      throw .invalid("expected ',' or '}' in an object", offset: i)
    }
  }

  private mutating func array(depth: Int) throws(ParseError) -> JSONValue {
    guard depth <= maximumDepth else { throw .tooDeep(limit: maximumDepth, offset: i) }
    i += 1
    var elements: [JSONValue] = []
    skipSpace()
    if peek(UInt8(ascii: "]")) { i += 1; return .array(elements) }
    while true {
      skipSpace()
      elements.append(try value(depth: depth))
      skipSpace()
      if peek(UInt8(ascii: ",")) { i += 1; continue }
      if peek(UInt8(ascii: "]")) { i += 1; return .array(elements) }
      throw .invalid("expected ',' or ']' in an array", offset: i)
    }
  }

  private mutating func string() throws(ParseError) -> String {
    let start = i
    i += 1
    var scalars = String.UnicodeScalarView()
    var runStart = i
    // Unescaped runs are copied as they are, after checking they are UTF-8.
    func flush(_ end: Int) throws(ParseError) {
      guard runStart < end else { return }
      let run = bytes[runStart..<end]
      var decoder = UTF8()
      var iterator = run.makeIterator()
      while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let s): scalars.append(s)
        case .emptyInput: return
        case .error: throw .invalid("a string is not valid UTF-8", offset: runStart)
        }
      }
    }
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        try flush(i)
        i += 1
        return String(scalars)
      }
      if b < 0x20 { throw .invalid("a control character in a string must be escaped", offset: i) }
      if b != UInt8(ascii: "\\") { i += 1; continue }
      try flush(i)
      guard i + 1 < bytes.count else { break }
      let escape = bytes[i + 1]
      i += 2
      switch escape {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"): scalars.append(try unicodeEscape())
      default: throw .invalid("unknown escape '\\\(Character(Unicode.Scalar(escape)))'", offset: i - 2)
      }
      runStart = i
    }
    throw .invalid("unterminated string", offset: start)
  }

  /// The scalar of a `\uXXXX` escape (the `\u` already read), joining a surrogate pair.
  private mutating func unicodeEscape() throws(ParseError) -> Unicode.Scalar {
    let at = i - 2
    let high = try hex4()
    if (0xD800..<0xDC00).contains(high) {
      guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
        throw .invalid("a high surrogate escape without its low surrogate", offset: at)
      }
      i += 2
      let low = try hex4()
      guard (0xDC00..<0xE000).contains(low) else { throw .invalid("a high surrogate escape without its low surrogate", offset: at) }
      return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
    }
    guard let scalar = Unicode.Scalar(high) else { throw .invalid("a lone low surrogate escape", offset: at) }
    return scalar
  }

  private mutating func hex4() throws(ParseError) -> UInt32 {
    guard i + 4 <= bytes.count else { throw .invalid("a \\u escape needs four hex digits", offset: i) }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      let digit: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
      default: throw .invalid("a \\u escape needs four hex digits", offset: i)
      }
      v = v << 4 | digit
      i += 1
    }
    return v
  }

  private mutating func number() throws(ParseError) -> Double {
    let start = i
    if peek(UInt8(ascii: "-")) { i += 1 }
    if peek(UInt8(ascii: "0")) { i += 1 } else {
      guard digits() > 0 else { throw .invalid("a number needs digits", offset: start) }
    }
    if peek(UInt8(ascii: ".")) {
      i += 1
      guard digits() > 0 else { throw .invalid("a number needs digits after '.'", offset: start) }
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      i += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { i += 1 }
      guard digits() > 0 else { throw .invalid("a number needs digits in its exponent", offset: start) }
    }
    let text = String(decoding: bytes[start..<i], as: UTF8.self)
    guard let n = Double(text), n.isFinite else { throw .invalid("a number out of range", offset: start) }
    return n
  }

  private mutating func digits() -> Int {
    let start = i
    while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
    return i - start
  }

  private mutating func literal(_ word: StaticString) throws(ParseError) {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard i + expected.count <= bytes.count, bytes[i..<(i + expected.count)].elementsEqual(expected) else {
      throw .invalid("unexpected word (expected true, false or null)", offset: i)
    }
    i += expected.count
  }

  private func peek(_ b: UInt8) -> Bool { i < bytes.count && bytes[i] == b }

  private mutating func skipSpace() {
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
  }
}
