import Foundation
import Testing
import FactlintServer

/// Diagnostics reach a client one way only: pulled by a client that declares
/// `textDocument.diagnostic` (Neovim ≥ 0.10, VS Code), pushed to one that
/// does not (Neovim 0.7, Eglot). Both at once shows every finding twice.
@Suite struct DiagnosticDeliveryTests {
  let uri = "file:///drafts/delivery.md"
  let text = "Muse Spark scored 54 on the Artificial Analysis Intelligence Index.\n"

  var open: LSPSession.Outgoing {
    .notification("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]])
  }
  var pull: LSPSession.Outgoing { .request(2, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]) }

  @Test func aPullingClientIsAnsweredAndNeverPushedTo() throws {
    let s = try LSPSession.run([.initialize(pull: true), .notification("initialized"), open, pull,
                                .notification("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])]
                               + LSPSession.Outgoing.shutdownAndExit)
    #expect(s.response(1)?["result"]?["capabilities"]?["diagnosticProvider"]?["interFileDependencies"]?.bool == false)
    let items = s.response(2)?["result"]?["items"]?.array ?? []
    #expect(items.map { $0["data"]?["replacement"]?.string } == ["52"], "the finding, once, by pull")
    #expect(s.notifications("textDocument/publishDiagnostics").isEmpty, "nothing pushed, not even on close")
  }

  @Test func aClientThatDoesNotPullIsPushedToAndOfferedNoPull() throws {
    let s = try LSPSession.run([.initialize(), .notification("initialized"), open] + LSPSession.Outgoing.shutdownAndExit)
    #expect(s.response(1)?["result"]?["capabilities"]?["diagnosticProvider"] == nil, "no diagnosticProvider for a pushing client")
    let pushed = s.notifications("textDocument/publishDiagnostics")
    #expect(pushed.count == 1)
    #expect(pushed.first?["params"]?["diagnostics"]?.array?.compactMap { $0["data"]?["replacement"]?.string } == ["52"])
  }

  @Test func aPullingClientIsAskedToPullAgainWhenTheFactBaseChanges() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-refresh-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let facts = dir.appendingPathComponent("facts.json")
    try #"{"version": 1, "sources": [], "entities": [], "facts": []}"#.write(to: facts, atomically: true, encoding: .utf8)
    let s = try LSPSession.run([.initialize(pull: true, refresh: true), .notification("initialized"), open,
                                .notification("workspace/didChangeConfiguration", ["settings": ["factlint": ["facts": [.string(facts.path)], "noDefaultFacts": true]]]),
                                .request(3, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])]
                               + LSPSession.Outgoing.shutdownAndExit)
    #expect(s.messages.filter { $0["method"]?.string == "workspace/diagnostic/refresh" }.count == 1)
    #expect(s.response(3)?["result"]?["items"]?.array == [], "the new, empty base finds nothing")
    #expect(s.notifications("textDocument/publishDiagnostics").isEmpty)
  }
}
