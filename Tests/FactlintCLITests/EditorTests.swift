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

  /// Current editors `.ci/newer-editors.sh` unpacks from Debian 13 (Neovim 0.10, Helix 25).
  static func newer(_ name: String) -> String? {
    let path = Factlint.packageRoot.appendingPathComponent(".build/newer-editors/bin/" + name).path
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }
  static let nvimCurrent = newer("nvim")
  static let helix = newer("hx")
  static let tmux = installed("tmux")

  @Test(.enabled(if: nvim != nil, "Neovim is not installed"))
  func neovimShowsTheDiagnosticAndAppliesTheFix() throws {
    try expectNeovim(Self.nvim!)
  }

  /// Neovim 0.10 pulls diagnostics and opens Markdown hovers with a FileType: the finding once, no server per hover.
  @Test(.enabled(if: nvimCurrent != nil, "Neovim 0.10 was not fetched (.ci/newer-editors.sh .build/newer-editors)"))
  func currentNeovimShowsTheFindingOnceAndStartsNoServerPerHover() throws {
    try expectNeovim(Self.nvimCurrent!)
  }

  private func expectNeovim(_ nvim: String) throws {
    let seen = try drive(nvim, outVariable: "FACTLINT_NVIM_OUT") { draft in
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

  /// Helix has no headless mode: it runs in tmux, keys sent in, the screen read back.
  @Test(.enabled(if: helix != nil && tmux != nil, "Helix was not fetched (.ci/newer-editors.sh .build/newer-editors) or tmux is not installed"))
  func helixShowsTheFindingHoversAndAppliesTheFix() throws {
    let dir = try Factlint.temporaryDirectory()
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("config/helix"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: editorFile("helix/languages.toml"), toPath: dir.appendingPathComponent("config/helix/languages.toml").path)
    let draft = dir.appendingPathComponent("draft.md")
    try "# Launch\n\nMuse Spark scored 54 on the Artificial Analysis Intelligence Index.\n".write(to: draft, atomically: true, encoding: .utf8)
    let socket = "factlint-\(UUID().uuidString.prefix(8))"
    // (The tmux server outlives the command that starts it. Run through bash, which first closes every
    // descriptor above 2, or the server would hold the one Foundation waits on to see the command end;
    // dash cannot name a descriptor above 9.)
    let closingDescriptors = #"for f in /proc/$$/fd/*; do n=${f##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done; exec "$@""#
    func tmux(_ arguments: [String]) throws -> String {
      try Factlint.run(program: "/bin/bash", ["-c", closingDescriptors, "bash", Self.tmux!, "-L", socket] + arguments).stdout
    }
    defer { _ = try? tmux(["kill-server"]) }
    let path = Factlint.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"
    _ = try tmux(["new-session", "-d", "-s", "hx", "-x", "120", "-y", "30", "-c", dir.path,
                  "env PATH=\(path) HOME=\(dir.path) XDG_CONFIG_HOME=\(dir.path)/config TERM=xterm-256color \(Self.helix!) draft.md"])
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "hx"]) }
    func keys(_ keys: String...) throws { _ = try tmux(["send-keys", "-t", "hx"] + keys); Thread.sleep(forTimeInterval: 0.8) }
    func waitFor(_ text: String) throws -> String {
      let deadline = Date().addingTimeInterval(20)
      var shown = try screen()
      while !shown.contains(text) && Date() < deadline { Thread.sleep(forTimeInterval: 0.2); shown = try screen() }
      return shown
    }
    // The status line counts one diagnostic; the picker lists it once.
    let opened = try waitFor("● 1")
    #expect(opened.contains("● 1"), "\(opened)")
    try keys("Space", "d")
    let picker = try waitFor("conflict Muse Spark scored 52")
    #expect(picker.components(separatedBy: "conflict Muse Spark scored 52").count == 2, "the finding once: \(picker)")
    try keys("Escape")
    try keys("3", "g", "g", "f", "5")
    try keys("Space", "k")
    let hover = try waitFor("Sourced value: 52")
    #expect(hover.contains("Sourced value: 52"), "\(hover)")
    try keys("Escape")
    try keys("Space", "a")
    let menu = try waitFor("Ignore here")
    #expect(menu.contains("Replace with the sourced value: 52"), "\(menu)")
    try keys("Enter")
    try keys(":", "w", "Enter")
    let deadline = Date().addingTimeInterval(10)
    while try !String(contentsOf: draft, encoding: .utf8).contains("scored 52") && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
    #expect(try String(contentsOf: draft, encoding: .utf8) == "# Launch\n\nMuse Spark scored 52 on the Artificial Analysis Intelligence Index.\n")
    try keys(":", "q", "a", "!", "Enter")
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
