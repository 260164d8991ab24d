import Foundation
import Testing

/// A run that checks nothing fails loudly (exit 2) instead of passing with
/// "0 findings in 0 files": an empty folder, a folder of files that are not
/// drafts, a glob that matches nothing, drafts that were all skipped.
@Suite struct NothingCheckedTests {
  @Test func anEmptyFolderAFolderOfOtherFilesAndAnUnmatchedGlobExitTwo() throws {
    let dir = try Factlint.temporaryDirectory()
    let empty = dir.appendingPathComponent("empty"), mdx = dir.appendingPathComponent("mdx")
    for folder in [empty, mdx] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    try "Muse Spark scored 54.".write(to: mdx.appendingPathComponent("post.mdx"), atomically: true, encoding: .utf8)
    for path in [empty.path, mdx.path, dir.path + "/nothing/*.md"] {
      let result = try Factlint.run(["check", path])
      #expect(result.status == 2, "\(path): \(result.stdout)")
      #expect(result.stderr.contains("no drafts found under \(path)"), "\(result.stderr)")
      #expect(result.stdout.isEmpty, "no '0 findings' summary that could pass for a check")
    }
  }

  @Test func draftsThatWereAllSkippedExitTwo() throws {
    let dir = try Factlint.temporaryDirectory()
    try Data([0x4D, 0x75, 0x0A, 0x6C, 0xC3, 0xA9, 0xFF, 0x0A]).write(to: dir.appendingPathComponent("latin1.md"))
    let result = try Factlint.run(["check", dir.path])
    #expect(result.status == 2)
    // "Mu\nlé\u{FF}": the bad byte is on line 2, after two characters.
    #expect(result.stderr.contains("latin1.md:2:3: not UTF-8 text (byte 0xFF at line 2, column 3"), "\(result.stderr)")
    #expect(result.stderr.contains("nothing was checked"))
  }
}
