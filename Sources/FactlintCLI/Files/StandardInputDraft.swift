import Foundation

/// `factlint check -`: one draft read from standard input, as editors' lint
/// plugins (ALE, flycheck, none-ls) send the buffer; `--stdin-filename`
/// names it in messages and places it for finding its `.factlint.json`.
struct StandardInputDraft {
  /// Shown in messages; without `--stdin-filename`, `<stdin>` (its configuration is found from the working folder).
  var name: String

  /// Nil when the paths do not ask for standard input.
  init?(_ paths: [String], name: String?, fix: Bool) throws {
    guard paths.contains("-") else {
      if name != nil { throw UsageError("--stdin-filename names the draft read from standard input; give '-' as the path") }
      return nil
    }
    guard paths == ["-"] else { throw UsageError("'-' reads one draft from standard input; give it alone, without other paths") }
    guard !fix else { throw UsageError("--fix writes the fixed file; a draft on standard input has none (check it as a file to fix it)") }
    self.name = name ?? "<stdin>"
  }

  /// Everything on standard input, up to one byte more than a draft may have (so a larger one is refused, not cut).
  func read() throws -> [UInt8] {
    guard let data = try FileHandle.standardInput.read(upToCount: DraftFile.maximumBytes + 1) else { return [] }
    return [UInt8](data)
  }
}
