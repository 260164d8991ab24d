import Foundation
import Testing
import FactlintServer

/// `factlint lsp` through the real binary and a real LSP exchange on stdio.
@Suite struct LanguageServerTests {
  let uri = "file:///drafts/draft.md"
  // "🙂" is two UTF-16 units and four UTF-8 bytes: positions must count them right.
  let text = "# Draft 🙂\n\n“Muse Spark” 🙂 scored 54 on the Artificial Analysis Intelligence Index.\n"

  func open(_ version: Int = 1) -> LSPSession.Outgoing {
    .notification("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": .number(Double(version)), "text": .string(text)]])
  }

  @Test func diagnosticsCodeActionsHoverAndIncrementalSync() throws {
    let s = try LSPSession.run([
      .initialize(), .notification("initialized"), open(),
      .request(2, "textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": ["start": ["line": 2, "character": 23], "end": ["line": 2, "character": 23]], "context": ["diagnostics": []]]),
      .request(3, "textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 2, "character": 24]]),
      .notification("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2],
                                                "contentChanges": [["range": ["start": ["line": 2, "character": 23], "end": ["line": 2, "character": 25]], "text": "52"]]]),
      .request(4, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]),
      .notification("textDocument/didClose", ["textDocument": ["uri": .string(uri)]]),
    ] + LSPSession.Outgoing.shutdownAndExit)
    #expect(s.status == 0, "exit after shutdown is 0: \(s.stderr)")
    let caps = s.response(1)?["result"]?["capabilities"]
    #expect(caps?["positionEncoding"]?.string == "utf-16")
    #expect(caps?["textDocumentSync"]?["change"]?.int == 2)
    #expect(s.response(1)?["result"]?["serverInfo"]?["name"]?.string == "factlint")

    let published = s.notifications("textDocument/publishDiagnostics")
    #expect(published.count == 3, "after open, after change, on close")
    let first = published[0]["params"]
    #expect(first?["version"]?.int == 1)
    let diagnostic = first?["diagnostics"]?.array?.first
    // "“Muse Spark” 🙂 scored " is 23 UTF-16 units (the emoji counts two).
    #expect(diagnostic?["range"] == ["start": ["line": 2, "character": 23], "end": ["line": 2, "character": 25]])
    #expect(diagnostic?["code"]?.string == "conflict")
    #expect(diagnostic?["source"]?.string == "factlint")
    #expect(diagnostic?["severity"]?.int == 1)
    #expect(diagnostic?["data"]?["replacement"]?.string == "52")

    let actions = s.response(2)?["result"]?.array ?? []
    let quickfix = actions.first { $0["kind"]?.string == "quickfix" }
    #expect(quickfix?["isPreferred"]?.bool == true)
    #expect(quickfix?["edit"]?["changes"]?[uri]?.array?.first?["newText"]?.string == "52")
    #expect(actions.contains { $0["kind"]?.string == "source.fixAll.factlint" })

    let hover = s.response(3)?["result"]?["contents"]
    #expect(hover?["kind"]?.string == "markdown")
    #expect(hover?["value"]?.string?.contains("Sourced value: **52**") == true)
    #expect(hover?["value"]?.string?.contains("The model scores 52") == true)

    #expect(published[1]["params"]?["version"]?.int == 2)
    #expect(published[1]["params"]?["diagnostics"]?.array?.isEmpty == true, "the incremental edit fixed the figure")
    #expect(s.response(4)?["result"]?["items"]?.array?.isEmpty == true)
    #expect(published[2]["params"]?["diagnostics"]?.array?.isEmpty == true)
  }

  @Test func utf8PositionsWhenTheClientOffersThem() throws {
    let s = try LSPSession.run([.initialize(encodings: ["utf-8", "utf-16"]), .notification("initialized"), open()] + LSPSession.Outgoing.shutdownAndExit)
    #expect(s.response(1)?["result"]?["capabilities"]?["positionEncoding"]?.string == "utf-8")
    let range = s.notifications("textDocument/publishDiagnostics").first?["params"]?["diagnostics"]?.array?.first?["range"]
    // "“Muse Spark” 🙂 scored " is 3+10+3+1+4+8 = 29 bytes.
    #expect(range?["start"]?["character"]?.int == 29)
  }

  @Test func malformedInputGetsTheRightErrorsAndTheServerKeepsServing() throws {
    let s = try LSPSession.run([
      .request(1, "textDocument/hover", ["textDocument": ["uri": "file:///x"], "position": ["line": 0, "character": 0]]),
      .raw(MessageFramer.frame(Array("{not json".utf8))),
      .raw(Array("Content-Type: nothing\r\n\r\n".utf8)),
      .raw(MessageFramer.frame([0xFF, 0xFE])),
      .raw(MessageFramer.frame(Array("[1, 2]".utf8))),
      .initialize(2),
      .request(3, "no/such/method"),
      .request(4, "textDocument/hover", ["position": "nowhere"]),
      open(),
      .request(5, "textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 999, "character": 999]]),
      .request(6, "initialize", ["capabilities": [:]]),
    ] + LSPSession.Outgoing.shutdownAndExit)
    #expect(s.response(1)?["error"]?["code"]?.int == -32002)
    let nullIDErrors = s.messages.filter { $0["id"] == .null }.compactMap { $0["error"]?["code"]?.int }
    #expect(nullIDErrors == [-32700, -32700, -32600])
    #expect(s.response(2)?["result"]?["capabilities"] != nil, "initialize works after the junk")
    #expect(s.response(3)?["error"]?["code"]?.int == -32601)
    #expect(s.response(4)?["error"]?["code"]?.int == -32602)
    #expect(s.response(5)?["result"] == .null, "a position past the end is clamped, not a crash")
    #expect(s.response(6)?["error"]?["code"]?.int == -32600)
    #expect(s.response(99)?["result"] == .null)
    #expect(s.status == 0)
  }

  @Test func utf32PositionsCountScalars() throws {
    let s = try LSPSession.run([.initialize(encodings: ["utf-32"]), .notification("initialized"), open(),
      .request(3, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]),
      .notification("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2],
                                                // "54" starts at scalar 22 of line 2 in UTF-32.
                                                "contentChanges": [["range": ["start": ["line": 2, "character": 22], "end": ["line": 2, "character": 24]], "text": "52"]]]),
      .request(2, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]),
    ] + LSPSession.Outgoing.shutdownAndExit)
    #expect(s.response(1)?["result"]?["capabilities"]?["positionEncoding"]?.string == "utf-32")
    let first = s.response(3)?["result"]?["items"]?.array?.first
    #expect(first?["range"]?["start"]?["character"]?.int == 22)
    #expect(s.response(2)?["result"]?["items"]?.array?.isEmpty == true, "the UTF-32 edit replaced exactly the figure")
  }

  @Test func anOversizedMessageIsSkippedAndTheServerGoesOn() throws {
    let big = String(repeating: "x", count: 5_000)
    let s = try LSPSession.run([
      .initialize(),
      .notification("textDocument/didOpen", ["textDocument": ["uri": "file:///big.md", "languageId": "markdown", "version": 1, "text": .string(big)]]),
      .request(2, "textDocument/diagnostic", ["textDocument": ["uri": "file:///big.md"]]),
    ] + LSPSession.Outgoing.shutdownAndExit, arguments: ["--max-message-bytes", "2000"])
    #expect(s.stderr.contains("skipped a message of"))
    #expect(s.response(2)?["result"]?["items"]?.array == [], "the skipped document is unknown, the server still answers")
    #expect(s.status == 0)
  }

  @Test func exitWithoutShutdownIsOne() throws {
    let s = try LSPSession.run([.initialize(), .notification("exit")])
    #expect(s.status == 1)
  }

  @Test func configurationChangesTheFactBase() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-cfg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let facts = dir.appendingPathComponent("facts.json")
    try #"""
      {"version": 1, "sources": [{"id": "s", "title": "S"}],
       "entities": [{"id": "w", "name": "Widget", "kind": "product", "aliases": ["Widget"]}],
       "facts": [{"id": "w.price", "entity": "w", "attribute": "price", "cues": ["costs"], "value": {"kind": "money", "text": "$5"},
                  "citations": [{"source": "s", "quote": "costs $5"}]}]}
      """#.write(to: facts, atomically: true, encoding: .utf8)
    let draft = "Widget costs $7. Muse Spark scored 54 on the Intelligence Index."
    let s = try LSPSession.run([
      .initialize(options: ["facts": [.string(facts.path)], "noDefaultFacts": true]), .notification("initialized"),
      .notification("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(draft)]]),
      .request(2, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]),
      .notification("workspace/didChangeConfiguration", ["settings": [:]]),  // as Eglot sends at start: no change
      .request(3, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]),
      .notification("workspace/didChangeConfiguration", ["settings": ["factlint": ["facts": [.string(facts.path)]]]]),
      .request(4, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]),
    ] + LSPSession.Outgoing.shutdownAndExit)
    func fixes(_ id: Int) -> [String] { s.response(id)?["result"]?["items"]?.array?.compactMap { $0["data"]?["replacement"]?.string } ?? [] }
    #expect(fixes(2) == ["$5"], "own facts only")
    #expect(fixes(3) == ["$5"], "an empty configuration changes nothing")
    #expect(fixes(4) == ["$5", "52"], "then the default facts added")
  }

  @Test func aBurstOfEditsIsCheckedOnceAndCancelledRequestsAreAnswered() throws {
    var edits: [LSPSession.Outgoing] = []
    for v in 2...30 {
      edits.append(.notification("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": .number(Double(v))],
                                                              "contentChanges": [["text": .string("Muse Spark scored \(v + 40) on the Intelligence Index.")]]]))
    }
    let s = try LSPSession.run([.initialize(), .notification("initialized"), open()] + edits + [
      .request(7, "textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 19]]),
      .notification("$/cancelRequest", ["id": 7]),
    ] + LSPSession.Outgoing.shutdownAndExit)
    let published = s.notifications("textDocument/publishDiagnostics")
    #expect(published.count == 1, "one check for the burst, after the last edit")
    #expect(published.first?["params"]?["version"]?.int == 30)
    #expect(s.response(7)?["error"]?["code"]?.int == -32800)
  }
}
