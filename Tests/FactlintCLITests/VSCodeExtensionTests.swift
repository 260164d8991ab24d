import Foundation
import Testing

/// The VS Code extension in `editors/vscode`: its manifest against the rules
/// VS Code's extension manifest reference and `vsce` state, and what
/// `extension.js` hands vscode-languageclient at start, run under Node with
/// stand-ins for `vscode` and `vscode-languageclient`.
@Suite struct VSCodeExtensionTests {
  static let folder = Factlint.packageRoot.appendingPathComponent("editors/vscode")
  static let node = EditorTests.installed("node") ?? EditorTests.installed("nodejs")

  private func manifest() throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(contentsOf: Self.folder.appendingPathComponent("package.json"))) as? [String: Any] ?? [:]
  }

  private func matches(_ text: String?, _ pattern: String) -> Bool {
    guard let text else { return false }
    return text.range(of: pattern, options: .regularExpression) == text.startIndex..<text.endIndex
  }

  /// "^1.82.0" → [1, 82, 0].
  private func version(_ text: String) -> [Int] {
    text.drop { !$0.isNumber }.split(separator: ".").map { Int($0.prefix { $0.isNumber }) ?? 0 }
  }

  @Test func theManifestFollowsVSCodesRules() throws {
    let m = try manifest()
    // name: lowercase, no spaces (vsce: ^[a-z0-9][a-z0-9-]*$); publisher: required, the same alphabet.
    #expect(matches(m["name"] as? String, "[a-z0-9][a-z0-9-]*"))
    #expect(matches(m["publisher"] as? String, "[a-zA-Z0-9][a-zA-Z0-9-]*"), "vsce package refuses a manifest without a publisher")
    #expect(matches(m["version"] as? String, "[0-9]+\\.[0-9]+\\.[0-9]+"))
    #expect(m["license"] is String)
    let repository = m["repository"] as? [String: Any]
    #expect((repository?["url"] as? String)?.hasPrefix("https://") == true)
    // engines.vscode: required, a version range, not "*".
    let engine = try #require((m["engines"] as? [String: Any])?["vscode"] as? String)
    #expect(matches(engine, "\\^[0-9]+\\.[0-9]+\\.[0-9]+"))
    // The client library asks for a VS Code at least this new (its own engines.vscode, by major version).
    let client = try #require((m["dependencies"] as? [String: Any])?["vscode-languageclient"] as? String)
    let needs: [Int: [Int]] = [7: [1, 52, 0], 8: [1, 67, 0], 9: [1, 82, 0]]
    let required = try #require(needs[version(client)[0]], "a vscode-languageclient major this test knows: \(client)")
    #expect(version(engine).lexicographicallyPrecedes(required) == false, "engines.vscode \(engine) is older than vscode-languageclient \(client) needs (\(required))")
    // main exists; categories from VS Code's list; activation on the languages served.
    let main = try #require(m["main"] as? String)
    #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(main).path))
    let categories: Set<String> = ["Azure", "Data Science", "Debuggers", "Extension Packs", "Education", "Formatters", "Keymaps", "Language Packs",
                                   "Linters", "Machine Learning", "Notebooks", "Programming Languages", "SCM Providers", "Snippets", "Testing", "Themes", "Visualization", "Other"]
    #expect(((m["categories"] as? [String]) ?? []).allSatisfy(categories.contains))
    #expect(Set(m["activationEvents"] as? [String] ?? []) == ["onLanguage:markdown", "onLanguage:plaintext"])
    // Settings: in the extension's namespace, each with a type, a default and a description.
    let properties = (((m["contributes"] as? [String: Any])?["configuration"] as? [String: Any])?["properties"] as? [String: [String: Any]]) ?? [:]
    #expect(!properties.isEmpty)
    for (key, property) in properties {
      #expect(key.hasPrefix("factlint."), "\(key)")
      #expect(property["type"] is String && property["default"] != nil && property["description"] is String, "\(key)")
    }
  }

  /// Runs `extension.js`'s `activate` with VS Code's defaults (or `settings`) and returns what it gave the client.
  private func activate(settings: [String: Any] = [:]) throws -> [String: Any] {
    let dir = try Factlint.temporaryDirectory()
    let modules = dir.appendingPathComponent("node_modules")
    try FileManager.default.createDirectory(at: modules.appendingPathComponent("vscode"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: modules.appendingPathComponent("vscode-languageclient"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("extension.js"), to: dir.appendingPathComponent("extension.js"))
    // The defaults VS Code gives: the manifest's, under what the user set.
    let properties = (((try manifest()["contributes"] as? [String: Any])?["configuration"] as? [String: Any])?["properties"] as? [String: [String: Any]]) ?? [:]
    var values: [String: Any] = [:]
    for (key, property) in properties { values[String(key.dropFirst("factlint.".count))] = property["default"] }
    values.merge(settings) { $1 }
    let json = String(decoding: try JSONSerialization.data(withJSONObject: values), as: UTF8.self)
    try """
      const values = \(json);
      module.exports = { workspace: {
        getConfiguration: (section) => ({ get: (key, fallback) => (key in values ? values[key] : fallback) }),
        onDidChangeConfiguration: () => ({ dispose() {} }) } };
      """.write(to: modules.appendingPathComponent("vscode/index.js"), atomically: true, encoding: .utf8)
    try """
      class LanguageClient {
        constructor(id, name, server, options) { globalThis.started = { id, server, options }; }
        start() { return Promise.resolve(); }
        stop() {} dispose() {} sendNotification() {}
      }
      module.exports = { LanguageClient };
      """.write(to: modules.appendingPathComponent("vscode-languageclient/node.js"), atomically: true, encoding: .utf8)
    try """
      require("./extension.js").activate({ subscriptions: [] });
      process.stdout.write(JSON.stringify(globalThis.started));
      """.write(to: dir.appendingPathComponent("run.js"), atomically: true, encoding: .utf8)
    let result = try Factlint.run(program: Self.node!, ["run.js"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    return try Factlint.json(result.stdout)
  }

  @Test(.enabled(if: node != nil, "Node.js is not installed"))
  func atStartItSendsNoEmptySettingsAndServesFilesOnly() throws {
    let started = try activate()
    let options = try #require(started["options"] as? [String: Any])
    let initialization = try #require(options["initializationOptions"] as? [String: Any])
    #expect(initialization["sources"] == nil, "VS Code's empty default is not sent: \(initialization)")
    #expect(initialization["facts"] as? [String] == [] && initialization["noDefaultFacts"] as? Bool == false)
    let selector = (options["documentSelector"] as? [[String: Any]]) ?? []
    #expect(!selector.isEmpty && selector.allSatisfy { $0["scheme"] as? String == "file" }, "\(selector)")
    #expect(Set(selector.compactMap { $0["language"] as? String }) == ["markdown", "plaintext"])
    #expect((started["server"] as? [String: Any])?["args"] as? [String] == ["lsp", "--stdio"])

    let set = try activate(settings: ["sources": "research", "facts": ["story.json"]])
    let sent = ((set["options"] as? [String: Any])?["initializationOptions"] as? [String: Any]) ?? [:]
    #expect(sent["sources"] as? String == "research" && sent["facts"] as? [String] == ["story.json"])
  }
}
