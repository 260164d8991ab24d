import Foundation
import Testing
import FactlintServer

/// The editor's settings as a user writes them: a relative `facts` path is
/// the workspace's, not the server's working folder's; a path that cannot be
/// used does not cost the editor its server — it starts, says what is wrong
/// and checks with what it has; an empty `sources` (VS Code's default) is none.
@Suite struct ServerSettingsTests {
  let draft = "Widget costs $7. Muse Spark scored 54 on the Artificial Analysis Intelligence Index.\n"

  private func workspace() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-settings-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("facts"), withIntermediateDirectories: true)
    try #"""
      {"version": 1, "sources": [{"id": "s", "title": "S"}],
       "entities": [{"id": "w", "name": "Widget", "kind": "product", "aliases": ["Widget"]}],
       "facts": [{"id": "w.price", "entity": "w", "attribute": "price", "cues": ["costs"], "value": {"kind": "money", "text": "$5"},
                  "citations": [{"source": "s", "quote": "costs $5"}]}]}
      """#.write(to: dir.appendingPathComponent("facts/story.json"), atomically: true, encoding: .utf8)
    return dir
  }

  private func session(root: URL, options: JSONValue) throws -> LSPSession {
    let uri = root.appendingPathComponent("draft.md").absoluteString
    return try LSPSession.run([
      .initialize(options: options, rootUri: .string(root.absoluteString)), .notification("initialized"),
      .notification("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(draft)]]),
    ] + LSPSession.Outgoing.shutdownAndExit)
  }

  private func fixes(_ s: LSPSession) -> [String] {
    s.notifications("textDocument/publishDiagnostics").first?["params"]?["diagnostics"]?.array?.compactMap { $0["data"]?["replacement"]?.string } ?? []
  }

  private func shown(_ s: LSPSession) -> [String] {
    s.notifications("window/showMessage").compactMap { $0["params"]?["message"]?.string }
  }

  @Test func aRelativeFactsPathIsTheWorkspaces() throws {
    let root = try workspace()
    defer { try? FileManager.default.removeItem(at: root) }
    let s = try session(root: root, options: ["facts": ["facts/story.json"], "sources": ""])
    #expect(shown(s).isEmpty, "no complaint, not even of the empty sources: \(shown(s))")
    #expect(fixes(s) == ["$5", "52"], "the workspace's story base beside the built-in one")
  }

  @Test func aMissingFactsFileIsReportedAndTheRestIsUsed() throws {
    let root = try workspace()
    defer { try? FileManager.default.removeItem(at: root) }
    let s = try session(root: root, options: ["facts": ["facts/missing.json", "facts/story.json"], "sources": "no-such-folder"])
    #expect(s.response(1)?["result"]?["capabilities"] != nil, "initialize succeeds")
    let messages = shown(s)
    #expect(messages.contains { $0.contains("facts/missing.json") && $0.contains("no such file") }, "\(messages)")
    #expect(messages.contains { $0.contains("no-such-folder") }, "\(messages)")
    #expect(fixes(s) == ["$5", "52"], "checked with the files that could be read")
  }

  @Test func aBrokenFactsFileLeavesTheBuiltInBase() throws {
    let root = try workspace()
    defer { try? FileManager.default.removeItem(at: root) }
    try "{not json".write(to: root.appendingPathComponent("facts/broken.json"), atomically: true, encoding: .utf8)
    let s = try session(root: root, options: ["facts": ["facts/broken.json"], "noDefaultFacts": true])
    #expect(s.response(1)?["result"]?["capabilities"] != nil)
    #expect(shown(s).contains { $0.contains("broken.json") }, "\(shown(s))")
    #expect(fixes(s) == ["52"], "the built-in base, rather than nothing")
  }

  @Test func settingsOfTheWrongShapeStillStartTheServer() throws {
    let root = try workspace()
    defer { try? FileManager.default.removeItem(at: root) }
    let s = try session(root: root, options: ["facts": "facts/story.json"])
    #expect(s.response(1)?["result"]?["capabilities"] != nil)
    #expect(shown(s).contains { $0.contains("'facts' must be an array") }, "\(shown(s))")
    #expect(fixes(s) == ["52"])
  }
}
