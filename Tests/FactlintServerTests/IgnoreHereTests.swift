import Foundation
import Testing
import FactlintServer

/// Every finding has an "Ignore here" code action that inserts
/// `<!-- factlint-disable-next-line RULE -->` above its line; applied, the
/// finding is gone and nothing else in the draft changed.
@Suite struct IgnoreHereTests {
  let uri = "file:///drafts/ignore.md"

  private func open(_ text: String) -> LSPSession.Outgoing {
    .notification("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]])
  }

  /// Lines split at each line feed (a "\r\n" is one `Character` in Swift, so split the scalars).
  static func lines(_ text: String) -> [String] {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
  }

  /// The text with `edit` (an insertion at the start of a line) applied.
  private func apply(_ edit: JSONValue, to text: String) throws -> String {
    let line = try #require(edit["range"]?["start"]?["line"]?.int)
    #expect(edit["range"]?["start"]?["character"]?.int == 0 && edit["range"]?["end"] == edit["range"]?["start"], "an insertion at the line's start")
    var lines = Self.lines(text)
    lines[line] = (try #require(edit["newText"]?.string)) + lines[line]
    return lines.joined(separator: "\n")
  }

  @Test(arguments: [
    ("Intro.\n\nMuse Spark scored 54 on the Artificial Analysis Intelligence Index.\n", 2,
     "<!-- factlint-disable-next-line conflict -->\n"),
    // In a blockquote the comment keeps the marks; CRLF stays CRLF.
    ("Intro.\r\n\r\n> Muse Spark scored 54 on the Artificial Analysis Intelligence Index.\r\n", 2,
     "> <!-- factlint-disable-next-line conflict -->\r\n"),
    ("- a list item\n  where Muse Spark scored 54 on the Artificial Analysis Intelligence Index.\n", 1,
     "  <!-- factlint-disable-next-line conflict -->\n"),
  ])
  func ignoreHereSilencesTheFindingOnly(_ text: String, _ line: Int, _ inserted: String) throws {
    // The cursor on the "54" (ASCII lines: UTF-16 units are characters).
    let lineText = Self.lines(text)[line]
    let at = JSONValue.number(Double(try #require(lineText.range(of: "54")).lowerBound.utf16Offset(in: lineText)))
    let s = try LSPSession.run([.initialize(), .notification("initialized"), open(text),
      .request(2, "textDocument/codeAction", ["textDocument": ["uri": .string(uri)],
                                               "range": ["start": ["line": .number(Double(line)), "character": at], "end": ["line": .number(Double(line)), "character": at]],
                                               "context": ["diagnostics": []]]),
    ] + LSPSession.Outgoing.shutdownAndExit)
    let actions = s.response(2)?["result"]?.array ?? []
    #expect(actions.first?["title"]?.string?.hasPrefix("Replace with") == true, "the fix is listed first")
    let ignore = try #require(actions.first { $0["title"]?.string == "Ignore here: factlint-disable-next-line conflict" })
    #expect(ignore["kind"]?.string == "quickfix")
    let edit = try #require(ignore["edit"]?["changes"]?[uri]?.array?.first)
    #expect(edit["range"]?["start"]?["line"]?.int == line)
    #expect(edit["newText"]?.string == inserted)

    let silenced = try apply(edit, to: text)
    let after = try LSPSession.run([.initialize(), .notification("initialized"), open(silenced)] + LSPSession.Outgoing.shutdownAndExit)
    #expect(after.notifications("textDocument/publishDiagnostics").first?["params"]?["diagnostics"]?.array == [], "silenced: \(silenced)")
  }
}
