import Testing
@testable import FactlintCore

/// The core's JSON reader: what it accepts, what it refuses, and where.
@Suite struct JSONReaderTests {
  /// Reads any value into a plain description, as a caller of the pull API would.
  private func read(_ text: String, depth: Int = JSONReader.defaultMaximumDepth) throws(JSONError) -> String {
    var reader = JSONReader(Array(text.utf8), maximumDepth: depth)
    let value = try describe(&reader)
    try reader.end()
    return value
  }

  private func describe(_ r: inout JSONReader) throws(JSONError) -> String {
    switch try r.peek() {
    case .object:
      try r.beginObject()
      var members: [String] = []
      while let key = try r.nextKey() { members.append("\(key)=\(try describe(&r))") }
      return "{" + members.joined(separator: ",") + "}"
    case .array:
      try r.beginArray()
      var elements: [String] = []
      while try r.nextElement() { elements.append(try describe(&r)) }
      return "[" + elements.joined(separator: ",") + "]"
    case .string: return "s:" + (try r.readString())
    case .number: return "n:\(try r.readNumber())"
    case .bool: return "b:\(try r.readBool())"
    case .null: try r.readNull(); return "null"
    }
  }

  private func error(_ text: String) -> JSONError? {
    do { _ = try read(text); return nil } catch { return error }
  }

  @Test func readsEveryKindOfValue() throws {
    #expect(try read(#" {"a": [1, -2.5e3, 0.5E+1, true, false, null], "o": {}, "e": []} "#)
      == "{a=[n:1.0,n:-2500.0,n:5.0,b:true,b:false,null],o={},e=[]}")
  }

  @Test func stringsAreDecoded() throws {
    #expect(try read(#""x\"\\\/\b\f\n\r\t""#) == "s:x\"\\/\u{8}\u{C}\n\r\t")
    #expect(try read(#""caf\u00e9 \ud83d\ude42 ok""#) == "s:café 🙂 ok")
    #expect(try read("\"naïve “quoted” 🙂\"") == "s:naïve “quoted” 🙂")
    #expect(try read(#""\u0000""#) == "s:\u{0}")
  }

  /// Strings are scanned eight bytes at a time: whatever stops a run (a
  /// quote, an escape, a control character) or makes it non-ASCII is seen
  /// at every position, in short and long strings.
  @Test func everyPositionOfALongStringIsScanned() throws {
    for length in [1, 7, 8, 9, 15, 16, 17, 40] {
      for k in 0..<length {
        var text = String(repeating: "a", count: length)
        func with(_ s: String) -> String { String(text.prefix(k)) + s + String(text.dropFirst(k + 1)) }
        #expect(try read("\"" + with("\\n") + "\"") == "s:" + with("\n"), "escape at \(k) of \(length)")
        #expect(try read("\"" + with("é") + "\"") == "s:" + with("é"), "é at \(k) of \(length)")
        #expect(error("\"" + with("\n") + "\"") == JSONError(.invalid("a control character in a string must be escaped"), offset: k + 1))
        var bytes = Array(("\"" + text + "\"").utf8)
        bytes[k + 1] = 0xFF
        var reader = JSONReader(bytes)
        #expect(throws: JSONError(.invalid("a string is not valid UTF-8"), offset: 1)) { _ = try reader.readString() }
        text = with("\"")
        reader = JSONReader(Array(("\"" + text).utf8))
        #expect(try reader.readString() == String(text.prefix(k)), "quote at \(k) of \(length)")
      }
    }
  }

  @Test func brokenTextIsRefusedWithTheOffset() {
    let cases: [(String, String, Int)] = [
      ("", "unexpected end of text", 0),
      ("  ", "unexpected end of text", 2),
      ("{\"a\" 1}", "expected ':' after a member name", 5),
      ("{\"a\": 1,}", "expected a member name in quotes", 8),
      ("{\"a\": 1 \"b\": 2}", "expected ',' or '}' in an object", 8),
      ("{1: 2}", "expected a member name in quotes", 1),
      ("[1,]", "unexpected character", 3),
      ("[1 2]", "expected ',' or ']' in an array", 3),
      ("[1", "expected ',' or ']' in an array", 2),
      ("01", "unexpected text after the value", 1),
      ("-", "a number needs digits", 0),
      ("1.", "a number needs digits after '.'", 0),
      ("1e", "a number needs digits in its exponent", 0),
      ("1e999", "a number out of range", 0),
      ("+1", "unexpected character", 0),
      ("tru", "unexpected word (expected true, false or null)", 0),
      ("nul", "unexpected word (expected true, false or null)", 0),
      ("\"abc", "unterminated string", 0),
      ("\"abc\\", "unterminated string", 0),
      ("\"a\nb\"", "a control character in a string must be escaped", 2),
      ("\"\\x\"", "unknown escape '\\x'", 1),
      ("\"\\u12\"", "a \\u escape needs four hex digits", 3),
      ("\"\\ud800\"", "a high surrogate escape without its low surrogate", 1),
      ("\"\\ud800\\u0041\"", "a high surrogate escape without its low surrogate", 1),
      ("\"\\udc00\"", "a lone low surrogate escape", 1),
    ]
    for (text, summary, offset) in cases {
      #expect(error(text) == JSONError(.invalid(summary), offset: offset), "\(text.debugDescription)")
    }
  }

  @Test func malformedUTF8IsRefused() {
    // A stray continuation byte, an overlong "/", an encoded surrogate, past U+10FFFF, a cut sequence.
    for bytes: [UInt8] in [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
      var reader = JSONReader([0x22, 0x61] + bytes + [0x22])
      #expect(throws: JSONError(.invalid("a string is not valid UTF-8"), offset: 1)) { _ = try reader.readString() }
    }
  }

  @Test func nestingIsLimited() throws {
    _ = try read(String(repeating: "[", count: 3) + String(repeating: "]", count: 3), depth: 3)
    #expect(error(String(repeating: "[", count: 200)) == JSONError(.tooDeep(limit: 128), offset: 128))
    #expect(throws: JSONError(.tooDeep(limit: 3), offset: 18)) {
      _ = try read(#"{"a": {"b": {"c": {}}}}"#, depth: 3)
    }
  }

  @Test func keysAreMatchedWithoutMakingStrings() throws {
    var reader = JSONReader(Array(#"{"id": 1, "\u0069d": 2, "other": 3}"#.utf8))
    let names = JSONReader.KeyNames(["name", "id"])
    try reader.beginObject()
    var found: [Int] = []
    while let index = try reader.nextKey(matching: names) {
      found.append(index)
      _ = try reader.readNumber()
    }
    #expect(found == [1, 1, 2])
  }

  @Test func positionsCountLinesAndScalars() {
    let bytes = Array("ab\n“é” x\n".utf8)
    var cursor = TextPositionCursor(bytes: bytes)
    #expect(cursor.position(of: 0) == (1, 1))
    #expect(cursor.position(of: 3) == (2, 1))
    #expect(cursor.position(of: 11) == (2, 4))
    #expect(cursor.position(of: 1) == (1, 2))
  }
}
