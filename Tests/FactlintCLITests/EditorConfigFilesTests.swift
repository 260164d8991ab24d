import Foundation
import Testing

/// The configurations of editors CI cannot run (Helix, Kakoune) parse as the
/// TOML their editors read, and add factlint beside the editor's own
/// Markdown servers rather than instead of them, and for plain text.
@Suite struct EditorConfigFilesTests {
  /// Python's tomllib (3.11+) reads TOML; the test skips without it.
  static let tomllib: Bool = {
    (try? Factlint.run(program: "/usr/bin/env", ["python3", "-c", "import tomllib"]).status) == 0
  }()

  /// The TOML as JSON, read by Python's tomllib.
  private func parse(_ toml: String) throws -> [String: Any] {
    let dir = try Factlint.temporaryDirectory()
    let file = dir.appendingPathComponent("in.toml")
    try toml.write(to: file, atomically: true, encoding: .utf8)
    let result = try Factlint.run(program: "/usr/bin/env", ["python3", "-c", "import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], 'rb'))))", file.path])
    #expect(result.status == 0, "not TOML: \(result.stderr)")
    return try Factlint.json(result.stdout)
  }

  private func editorFile(_ path: String) throws -> String {
    try String(contentsOf: Factlint.packageRoot.appendingPathComponent("editors/" + path), encoding: .utf8)
  }

  @Test(.enabled(if: tomllib, "Python 3.11's tomllib is not available"))
  func helixAddsFactlintBesideTheMarkdownServersAndForText() throws {
    let config = try parse(try editorFile("helix/languages.toml"))
    let server = (config["language-server"] as? [String: Any])?["factlint"] as? [String: Any]
    #expect(server?["command"] as? String == "factlint" && server?["args"] as? [String] == ["lsp", "--stdio"])
    let languages = (config["language"] as? [[String: Any]]) ?? []
    let markdown = languages.first { $0["name"] as? String == "markdown" }
    let servers = (markdown?["language-servers"] as? [String]) ?? []
    #expect(servers.contains("factlint") && servers.contains("marksman") && servers.contains("markdown-oxide"), "\(servers)")
    let text = languages.first { ($0["file-types"] as? [String])?.contains("txt") == true }
    #expect(text?["language-servers"] as? [String] == ["factlint"] && text?["scope"] is String)
  }

  @Test(.enabled(if: tomllib, "Python 3.11's tomllib is not available"))
  func kakouneAddsFactlintToTheServersOfMarkdownAndText() throws {
    let kak = try editorFile("kakoune/factlint.kak")
    // Each `set-option -add buffer lsp_servers %{…}` block is TOML kakoune-lsp reads.
    let blocks = kak.components(separatedBy: "set-option -add buffer lsp_servers %{").dropFirst().map { $0.components(separatedBy: "\n    }")[0] }
    #expect(blocks.count == 2, "Markdown and plain text")
    for block in blocks {
      let server = try parse(block)["factlint"] as? [String: Any]
      #expect(server?["args"] as? [String] == ["lsp", "--stdio"], "\(block)")
    }
    #expect(!kak.contains("set-option buffer lsp_servers"), "setting (not adding) would drop kakoune-lsp's own servers")
    #expect(kak.contains("filetype=markdown") && kak.contains("filetype=plaintext") && kak.contains(#"BufCreate .*\.(txt|text)"#))
  }
}
