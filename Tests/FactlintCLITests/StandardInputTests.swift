import Foundation
import Testing

/// `factlint check -` reads a draft from standard input, as editors' lint
/// plugins send a buffer; `--stdin-filename` names it in messages and places
/// it for finding its `.factlint.json`.
@Suite struct StandardInputTests {
  let wrong = Array("Muse Spark scored 54 on the Artificial Analysis Intelligence Index.\n".utf8)

  @Test func aDraftOnStandardInputIsChecked() throws {
    let result = try Factlint.run(["check", "-"], stdin: wrong)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stdout.contains("<stdin>:1:19: error: Muse Spark scored 52"))
  }

  @Test func theNameFindsTheConfigurationBesideIt() throws {
    let dir = try Factlint.temporaryDirectory()
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("notes"), withIntermediateDirectories: true)
    try #"{"rules": {"conflict": "off"}}"#.write(to: dir.appendingPathComponent("notes/.factlint.json"), atomically: true, encoding: .utf8)
    let named = try Factlint.run(["check", "--format", "json", "--stdin-filename", "drafts/post.md", "-"], in: dir, stdin: wrong)
    #expect(named.status == 1)
    #expect((try Factlint.json(named.stdout)["files"] as? [[String: Any]])?.first?["path"] as? String == "drafts/post.md")
    let governed = try Factlint.run(["check", "--stdin-filename", "notes/post.md", "-"], in: dir, stdin: wrong)
    #expect(governed.status == 0, "notes/.factlint.json turns the conflict rule off: \(governed.stdout)")
  }

  @Test func standardInputIsNotMixedWithPathsNorFixed() throws {
    let mixed = try Factlint.run(["check", "-", "other.md"], stdin: wrong)
    #expect(mixed.status == 2 && mixed.stderr.contains("give it alone"))
    let fix = try Factlint.run(["check", "--fix", "-"], stdin: wrong)
    #expect(fix.status == 2 && fix.stderr.contains("--fix"))
    let nameAlone = try Factlint.run(["check", "--stdin-filename", "x.md", "draft.md"])
    #expect(nameAlone.status == 2 && nameAlone.stderr.contains("give '-'"))
  }
}
