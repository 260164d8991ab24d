import Foundation
import Testing

/// Every runnable example command in the README works: each indented line that
/// starts with `factlint ` (synopses with `[options]`, `FILE` or `…` aside) is
/// run through the built binary, from a folder with `../shared` beside it, and
/// must not be a usage error or print one.
@Suite struct ReadmeCommandsTests {
  static func commands() throws -> [String] {
    let readme = try String(contentsOf: Factlint.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    return readme.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("    factlint ") else { return nil }
      let command = line.trimmingCharacters(in: .whitespaces)
      let placeholders = ["[", "…", "FILE", "PATHS", "FACT-ID"]
      return placeholders.contains { command.contains($0) } ? nil : command
    }
  }

  @Test func theReadmeHasRunnableExamples() throws {
    #expect(try Self.commands().count >= 4)
  }

  @Test(arguments: try commands())
  func runs(command: String) throws {
    let root = try Factlint.temporaryDirectory()
    let work = root.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("shared"), withDestinationURL: Factlint.shared)
    // Commands that read what an earlier one wrote (a baseline) run after it.
    let all = try Self.commands()
    let prior = all.prefix { $0 != command }.filter { $0.contains("--write-baseline") }
    // The built binary stands in for `factlint`, passed to the shell as $1.
    let script = (prior + [command]).map { "\"$1\" " + $0.dropFirst("factlint ".count) }.joined(separator: " >/dev/null\n")
    let result = try Factlint.run(program: "/bin/sh", ["-c", script, "sh", Factlint.binary.path], in: work)
    #expect(result.status == 0 || result.status == 1, "\(command): exit \(result.status): \(result.stderr)")
    #expect(!result.stderr.contains("factlint: ") || result.stderr.contains("recorded"), "\(command): \(result.stderr)")
  }
}
