import Foundation
import Testing

/// The editor configurations in `editors/`, driven in the real editor where it
/// is installed (`.ci/run` installs Neovim).
@Suite struct EditorTests {
  static let nvim = ["/usr/bin/nvim", "/usr/local/bin/nvim"].first { FileManager.default.isExecutableFile(atPath: $0) }

  @Test(.enabled(if: nvim != nil, "Neovim is not installed"))
  func neovimShowsTheDiagnosticAndAppliesTheFix() throws {
    let dir = try Factlint.temporaryDirectory()
    let draft = dir.appendingPathComponent("draft.md")
    try "# Launch\n\nMuse Spark 🙂 scored 54 on the Artificial Analysis Intelligence Index.\n".write(to: draft, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out.txt")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.nvim!)
    process.arguments = ["--headless", "--cmd", "filetype on", "-u", Factlint.packageRoot.appendingPathComponent("editors/neovim/init.lua").path,
                         draft.path, "-c", "luafile " + Factlint.packageRoot.appendingPathComponent("editors/neovim/test/driver.lua").path]
    var env = ProcessInfo.processInfo.environment
    env["PATH"] = Factlint.binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
    env["FACTLINT_NVIM_OUT"] = out.path
    env["HOME"] = dir.path
    process.environment = env
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let seen = try String(contentsOf: out, encoding: .utf8)
    // Neovim shows byte columns: "Muse Spark 🙂 scored " is 23 bytes.
    #expect(seen.contains("diagnostic 3:24 Muse Spark scored 52 on the Artificial Analysis Intelligence Index, not 54"), "\(seen)")
    #expect(seen.contains("applied: Replace with the sourced value: 52"), "\(seen)")
    #expect(seen.contains("text: Muse Spark 🙂 scored 52 on the Artificial Analysis Intelligence Index."), "\(seen)")
  }

  static let emacs = ["/usr/bin/emacs", "/usr/local/bin/emacs"].first { FileManager.default.isExecutableFile(atPath: $0) }

  @Test(.enabled(if: emacs != nil, "Emacs is not installed"))
  func emacsEglotShowsTheDiagnosticAndAppliesTheFix() throws {
    let dir = try Factlint.temporaryDirectory()
    let draft = dir.appendingPathComponent("draft.md")
    try "# Launch\n\nMuse Spark 🙂 scored 54 on the Artificial Analysis Intelligence Index.\n".write(to: draft, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out.txt")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.emacs!)
    // -q, not -Q: Debian's elpa packages (eglot) live in site-lisp.
    process.arguments = ["--batch", "-q", "--eval", "(package-initialize)",
                         "-l", Factlint.packageRoot.appendingPathComponent("editors/emacs/factlint.el").path,
                         "-l", Factlint.packageRoot.appendingPathComponent("editors/emacs/test/driver.el").path, draft.path]
    var env = ProcessInfo.processInfo.environment
    env["PATH"] = Factlint.binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
    env["FACTLINT_EMACS_OUT"] = out.path
    env["HOME"] = dir.path
    process.environment = env
    process.currentDirectoryURL = dir
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let seen = try String(contentsOf: out, encoding: .utf8)
    #expect(seen.contains("diagnostic 3 factlint [conflict]: Muse Spark scored 52 on the Artificial Analysis Intelligence Index, not 54"), "\(seen)")
    #expect(seen.contains("Muse Spark 🙂 scored 52 on the Artificial Analysis Intelligence Index."), "\(seen)")
  }
}
