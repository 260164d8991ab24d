import Foundation
import Testing

/// The editor configurations in `editors/`, driven in the real editor where it
/// is installed (`.ci/run` installs Neovim and Emacs with Eglot).
@Suite struct EditorTests {
  static func installed(_ name: String) -> String? {
    ["/usr/bin/", "/usr/local/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
  static let nvim = installed("nvim")
  static let emacs = installed("emacs")

  /// Opens a draft with a wrong score in `editor`, with `factlint` on the PATH;
  /// the editor's driver script writes what the user saw to `outVariable`.
  private func drive(_ editor: String, outVariable: String, arguments: (_ draft: String) -> [String]) throws -> String {
    let dir = try Factlint.temporaryDirectory()
    let draft = dir.appendingPathComponent("draft.md")
    try "# Launch\n\nMuse Spark 🙂 scored 54 on the Artificial Analysis Intelligence Index.\n".write(to: draft, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out.txt")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: editor)
    process.arguments = arguments(draft.path)
    var env = ProcessInfo.processInfo.environment
    env["PATH"] = Factlint.binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
    env[outVariable] = out.path
    env["HOME"] = dir.path
    process.environment = env
    process.currentDirectoryURL = dir
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return try String(contentsOf: out, encoding: .utf8)
  }

  private func editorFile(_ path: String) -> String { Factlint.packageRoot.appendingPathComponent("editors/" + path).path }

  @Test(.enabled(if: nvim != nil, "Neovim is not installed"))
  func neovimShowsTheDiagnosticAndAppliesTheFix() throws {
    let seen = try drive(Self.nvim!, outVariable: "FACTLINT_NVIM_OUT") { draft in
      ["--headless", "--cmd", "filetype on", "-u", editorFile("neovim/init.lua"), draft, "-c", "luafile " + editorFile("neovim/test/driver.lua")]
    }
    // Neovim shows byte columns: "Muse Spark 🙂 scored " is 23 bytes.
    #expect(seen.contains("diagnostic 3:24 Muse Spark scored 52 on the Artificial Analysis Intelligence Index, not 54"), "\(seen)")
    #expect(seen.contains("applied: Replace with the sourced value: 52"), "\(seen)")
    #expect(seen.contains("text: Muse Spark 🙂 scored 52 on the Artificial Analysis Intelligence Index."), "\(seen)")
    #expect(seen.contains("diagnostic count: 1"), "the finding once: \(seen)")
    #expect(seen.contains("hover shown: true") && seen.contains("Sourced value"), "\(seen)")
    #expect(seen.contains("clients after hover: 1"), "the hover window starts no server: \(seen)")
    #expect(seen.contains("second draft attached: true") && seen.contains("clients for two drafts: 1"), "one server per project: \(seen)")
  }

  @Test(.enabled(if: emacs != nil, "Emacs is not installed"))
  func emacsStartsFactlintInMarkdownAndTextOnlyAndBesideNoOtherServer() throws {
    let dir = try Factlint.temporaryDirectory()
    let bin = dir.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    for name in ["a.md", "b.txt", "c.tex", "d.org"] { try "x\n".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    func modes(_ files: [String], path: String) throws -> String {
      let out = dir.appendingPathComponent("out.txt")
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Self.emacs!)
      process.arguments = ["--batch", "-q", "--eval", "(package-initialize)", "-l", editorFile("emacs/factlint.el"), "-l", editorFile("emacs/test/modes.el")] + files
      process.environment = ["PATH": path, "HOME": dir.path, "FACTLINT_EMACS_OUT": out.path]
      process.currentDirectoryURL = dir
      process.standardInput = FileHandle.nullDevice
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      return try String(contentsOf: out, encoding: .utf8)
    }
    let plain = try modes(["a.md", "b.txt", "c.tex", "d.org"], path: "/usr/bin:/bin")
    #expect(plain.contains("b.txt text-mode factlint"), "\(plain)")
    #expect(plain.contains("c.tex latex-mode -") && plain.contains("d.org org-mode -"), "no text-mode derivative: \(plain)")
    if plain.contains("a.md markdown-mode") { #expect(plain.contains("a.md markdown-mode factlint"), "\(plain)") }
    // An installed marksman keeps Markdown; text still gets factlint.
    let marksman = bin.appendingPathComponent("marksman")
    try "#!/bin/sh\nexit 0\n".write(to: marksman, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: marksman.path)
    let beside = try modes(["a.md", "b.txt"], path: bin.path + ":/usr/bin:/bin")
    #expect(!beside.contains("factlint\na") && !beside.contains("markdown-mode factlint"), "marksman is not shadowed: \(beside)")
    #expect(beside.contains("b.txt text-mode factlint"), "\(beside)")
  }

  @Test(.enabled(if: emacs != nil, "Emacs is not installed"))
  func emacsEglotShowsTheDiagnosticAndAppliesTheFix() throws {
    // -q, not -Q: Debian's elpa packages (eglot) live in site-lisp.
    let seen = try drive(Self.emacs!, outVariable: "FACTLINT_EMACS_OUT") { draft in
      ["--batch", "-q", "--eval", "(package-initialize)", "-l", editorFile("emacs/factlint.el"), "-l", editorFile("emacs/test/driver.el"), draft]
    }
    #expect(seen.contains("diagnostic 3 factlint [conflict]: Muse Spark scored 52 on the Artificial Analysis Intelligence Index, not 54"), "\(seen)")
    #expect(seen.contains("diagnostic count: 1"), "the finding once: \(seen)")
    #expect(seen.contains("hover: ") && seen.contains("Sourced value"), "\(seen)")
    #expect(seen.contains("Muse Spark 🙂 scored 52 on the Artificial Analysis Intelligence Index."), "\(seen)")
  }
}
