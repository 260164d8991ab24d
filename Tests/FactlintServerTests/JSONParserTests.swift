import Testing
import FactlintServer

/// The JSON reader of the server: what it accepts, and what it refuses with a message.
@Suite struct JSONParserTests {
  func parse(_ text: String) throws(JSONParser.ParseError) -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

  @Test func readsEveryKindOfValue() throws {
    let v = try parse(#" {"a": [1, -2.5e3, true, false, null], "s": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude42", "o": {}} "#)
    #expect(v == ["a": [1, .number(-2500), true, false, nil], "s": "x\"\\/\u{8}\u{C}\n\r\té🙂", "o": [:]])
  }

  @Test func nestingUpToTheLimitIsRead() throws {
    let limit = JSONParser.defaultMaximumDepth
    _ = try parse(String(repeating: "[", count: limit) + String(repeating: "]", count: limit))
    #expect(throws: JSONParser.ParseError.tooDeep(limit: limit, offset: limit)) {
      try parse(String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1))
    }
  }

  @Test func brokenTextIsRefusedWithWhereAndWhy() {
    let cases: [(String, String)] = [
      ("", "invalid JSON at byte 0: unexpected end of text"),
      ("{\"a\" 1}", "invalid JSON at byte 5: expected ':' after a member name"),
      ("[1,]", "invalid JSON at byte 3: unexpected character"),
      ("01", "invalid JSON at byte 1: unexpected text after the value"),
      ("\"\\ud800\"", "invalid JSON at byte 1: a high surrogate escape without its low surrogate"),
      ("\"\\udc00\"", "invalid JSON at byte 1: a lone low surrogate escape"),
      ("\"a\nb\"", "invalid JSON at byte 2: a control character in a string must be escaped"),
      ("1e999", "invalid JSON at byte 0: a number out of range"),
      ("tru", "invalid JSON at byte 0: unexpected word (expected true, false or null)"),
    ]
    for (text, message) in cases {
      do {
        _ = try parse(text)
        Issue.record("\(text.debugDescription) was accepted")
      } catch {
        #expect(error.message == message, "\(text.debugDescription)")
      }
    }
    #expect(throws: JSONParser.ParseError.invalid("a string is not valid UTF-8", offset: 1)) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
  }
}
