import Foundation
import Testing
import FactlintServer

/// The limits of `factlint lsp` (protocol/README.md, "Limits"), through the
/// binary: each refuses what is too big or too deep with a message, and the
/// server goes on serving.
@Suite struct LimitsTests {
  let uri = "file:///drafts/draft.md"
  let wrong = "Muse Spark scored 54 on the Artificial Analysis Intelligence Index.\n"

  @Test func deeplyNestedJSONIsAParseErrorNotAStackOverflow() throws {
    let deep = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":" + String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000) + "}"
    let s = try LSPSession.run([.initialize(), .raw(MessageFramer.frame(Array(deep.utf8))),
                                .request(3, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])] + LSPSession.Outgoing.shutdownAndExit)
    let error = s.messages.first { $0["id"] == .null }?["error"]
    #expect(error?["code"]?.int == -32700)
    #expect(error?["message"]?.string?.contains("nested more than 128 levels") == true, "\(String(describing: error))")
    #expect(s.response(3)?["result"]?["items"] == [], "the server still answers")
    #expect(s.status == 0, "\(s.stderr)")
  }

  @Test func aDocumentOverTheLimitIsNotCheckedUntilItIsSentWholeAndSmaller() throws {
    let big = String(repeating: wrong, count: 40)  // 2,720 bytes
    func change(_ version: Int, _ change: JSONValue) -> LSPSession.Outgoing {
      .notification("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": .number(Double(version))], "contentChanges": [change]])
    }
    let s = try LSPSession.run([
      .initialize(), .notification("initialized"),
      .notification("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(wrong)]]),
      .request(2, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]),
      // An incremental edit makes it too large; later incremental edits cannot apply.
      change(2, ["range": ["start": ["line": 1, "character": 0], "end": ["line": 1, "character": 0]], "text": .string(big)]),
      .request(3, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]),
      change(3, ["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "x"]),
      .request(4, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]),
      // The whole text, small again: checked.
      change(4, ["text": .string(wrong)]),
      .request(5, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]),
    ] + LSPSession.Outgoing.shutdownAndExit, arguments: ["--max-document-bytes", "1000"])
    #expect(s.response(2)?["result"]?["items"]?.array?.count == 1)
    #expect(s.response(3)?["result"]?["items"] == [])
    #expect(s.response(4)?["result"]?["items"] == [])
    #expect(s.response(5)?["result"]?["items"]?.array?.count == 1)
    let warnings = s.notifications("window/showMessage").filter { $0["params"]?["type"]?.int == 2 }
    #expect(warnings.count == 1)
    #expect(warnings.first?["params"]?["message"]?.string?.contains("larger than 1000 bytes") == true)
    #expect(s.status == 0, "\(s.stderr)")
  }

  @Test func aFactBaseSettingThatIsNotAFileIsRefusedWithoutReadingIt() throws {
    // A device that never ends: reading it whole would never return.
    let s = try LSPSession.run([.initialize(options: ["facts": ["/dev/zero"]])] + LSPSession.Outgoing.shutdownAndExit)
    #expect(s.response(1)?["result"]?["capabilities"] != nil, "the server starts without the file")
    let shown = s.notifications("window/showMessage").compactMap { $0["params"]?["message"]?.string }
    #expect(shown.contains { $0.contains("/dev/zero") && $0.contains("not a regular file") }, "\(shown)")
  }

  @Test func aFactBaseSettingThatIsALinkToAFileIsRead() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-link-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try #"""
      {"version": 1, "sources": [{"id": "s", "title": "S"}],
       "entities": [{"id": "w", "name": "Widget", "kind": "product", "aliases": ["Widget"]}],
       "facts": [{"id": "w.price", "entity": "w", "attribute": "price", "cues": ["costs"], "value": {"kind": "money", "text": "$5"},
                  "citations": [{"source": "s", "quote": "costs $5"}]}]}
      """#.write(to: dir.appendingPathComponent("facts.json"), atomically: true, encoding: .utf8)
    let link = dir.appendingPathComponent("link.json")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "facts.json")
    let s = try LSPSession.run([
      .initialize(options: ["facts": [.string(link.path)], "noDefaultFacts": true]),
      .notification("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": "Widget costs $7."]]),
      .request(2, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]),
    ] + LSPSession.Outgoing.shutdownAndExit)
    #expect(s.response(1)?["result"]?["capabilities"] != nil, "\(String(describing: s.response(1)))")
    #expect(s.response(2)?["result"]?["items"]?.array?.first?["data"]?["replacement"]?.string == "$5")
  }

  @Test func limitsMustBePositiveNumbers() throws {
    let s = try LSPSession.run([], arguments: ["--max-document-bytes", "lots"])
    #expect(s.status == 2)
    #expect(s.stderr.contains("--max-document-bytes needs a positive number of bytes"))
    // A draft's offsets are 32-bit: a larger limit is refused, not a crash later.
    let big = try LSPSession.run([], arguments: ["--max-document-bytes", "3000000000"])
    #expect(big.status == 2)
    #expect(big.stderr.contains("--max-document-bytes can be at most 2147483647 bytes"))
  }
}
