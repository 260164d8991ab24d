import Foundation
import Testing
import FactlintServer

/// The server reads the `.factlint.json` above a document, as `factlint check`
/// does, and honours the draft's silencing comments.
@Suite struct ProjectConfigurationTests {
  static let text = "Muse Spark launched on Thursday, April 7, 2026.\n\n<!-- factlint-disable-next-line -->\nMuse Spark scored 57 on the Artificial Analysis Intelligence Index.\n"

  private func diagnostics(for folder: URL, options: JSONValue = .null) throws -> [JSONValue] {
    let uri = folder.appendingPathComponent("draft.md").absoluteString
    let s = try LSPSession.run([
      .initialize(options: options), .notification("initialized"),
      .notification("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(Self.text)]]),
    ] + LSPSession.Outgoing.shutdownAndExit)
    #expect(s.status == 0, "\(s.stderr)")
    return s.notifications("textDocument/publishDiagnostics").first?["params"]?["diagnostics"]?.array ?? []
  }

  @Test func withoutAConfigurationEveryRuleRunsAndCommentsSilence() throws {
    let folder = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: URL(fileURLWithPath: NSTemporaryDirectory()), create: true)
    let found = try diagnostics(for: folder)
    #expect(found.compactMap { $0["code"]?.string }.sorted() == ["conflict", "weekday"], "the score on the silenced line is not reported")
  }

  @Test func theConfigurationAboveTheDocumentApplies() throws {
    let root = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: URL(fileURLWithPath: NSTemporaryDirectory()), create: true)
    let folder = root.appendingPathComponent("drafts with spaces")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try #"{"rules": {"weekday": "off", "conflict": "information"}}"#.write(to: root.appendingPathComponent(".factlint.json"), atomically: true, encoding: .utf8)
    let found = try diagnostics(for: folder)
    #expect(found.compactMap { $0["code"]?.string } == ["conflict"])
    #expect(found.first?["severity"]?.int == 3, "information, as the configuration says")
  }

  @Test func theEditorsSeveritiesApplyLast() throws {
    let root = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: URL(fileURLWithPath: NSTemporaryDirectory()), create: true)
    try #"{"rules": {"conflict": "information"}}"#.write(to: root.appendingPathComponent(".factlint.json"), atomically: true, encoding: .utf8)
    let found = try diagnostics(for: root, options: ["severities": ["conflict": "hint", "weekday": "error"]])
    let severities = Dictionary(uniqueKeysWithValues: found.compactMap { d in d["code"]?.string.map { ($0, d["severity"]?.int) } })
    #expect(severities == ["conflict": 4, "weekday": 1], "the editor's settings win over the file: \(found)")
  }

  @Test func aBrokenConfigurationIsShownAndTheDefaultsStillCheck() throws {
    let folder = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: URL(fileURLWithPath: NSTemporaryDirectory()), create: true)
    try #"{"rulez": {}}"#.write(to: folder.appendingPathComponent(".factlint.json"), atomically: true, encoding: .utf8)
    let uri = folder.appendingPathComponent("draft.md").absoluteString
    let s = try LSPSession.run([
      .initialize(), .notification("initialized"),
      .notification("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(Self.text)]]),
      .request(2, "textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 0]]),
      .notification("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [["text": .string(Self.text + "\n")]]]),
    ] + LSPSession.Outgoing.shutdownAndExit)
    let shown = s.notifications("window/showMessage").compactMap { $0["params"]?["message"]?.string }
    #expect(shown.count == 1 && shown[0].contains(".factlint.json:1:2: 'rulez': unknown key"), "shown once, not on every edit: \(shown)")
    #expect(s.notifications("textDocument/publishDiagnostics").first?["params"]?["diagnostics"]?.array?.count == 2)
  }
}
