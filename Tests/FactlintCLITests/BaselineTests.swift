import Foundation
import Testing

/// `--write-baseline` and `--baseline` through the built binary.
@Suite struct BaselineTests {
  static let old = "# Archive\n\nMuse Spark launched on April 7, 2026.\n\nMuse Spark scored 57 on the Artificial Analysis Intelligence Index.\n"

  @Test func aBaselineHidesKnownFindingsAndShowsNewOnes() throws {
    let dir = try Factlint.temporaryDirectory()
    let draft = dir.appendingPathComponent("story.md"), baseline = dir.appendingPathComponent("factlint-baseline.json")
    try Self.old.write(to: draft, atomically: true, encoding: .utf8)

    let write = try Factlint.run(["check", "--write-baseline", baseline.path, draft.path])
    #expect(write.status == 0, "writing a baseline adopts today's findings")
    #expect(write.stderr.contains("recorded 2 findings in the baseline"))
    let recorded = try Factlint.json(String(contentsOf: baseline, encoding: .utf8))
    #expect((recorded["findings"] as? [[String: Any]])?.count == 2)

    let same = try Factlint.run(["check", "--baseline", baseline.path, draft.path])
    #expect(same.status == 0)
    #expect(same.stdout.contains("0 findings in 1 file; 2 in the baseline"))

    // Lines move and a new wrong claim arrives: only the new one is reported.
    try ("Intro added on top.\n\n" + Self.old + "\nMeta laid off 9,000 employees.\n").write(to: draft, atomically: true, encoding: .utf8)
    let edited = try Factlint.run(["check", "--format", "json", "--baseline", baseline.path, draft.path])
    #expect(edited.status == 1)
    let findings = ((try Factlint.json(edited.stdout)["files"] as! [[String: Any]])[0]["findings"] as! [[String: Any]])
    #expect(findings.map { $0["text"] as! String } == ["9,000"])
  }

  @Test func aSecondCopyOfAKnownClaimIsNew() throws {
    let dir = try Factlint.temporaryDirectory()
    let draft = dir.appendingPathComponent("story.md"), baseline = dir.appendingPathComponent("b.json")
    try "Muse Spark launched on April 7, 2026.\n".write(to: draft, atomically: true, encoding: .utf8)
    _ = try Factlint.run(["check", "--write-baseline", baseline.path, draft.path])
    try "Muse Spark launched on April 7, 2026.\n\nAgain: Muse Spark launched on April 7, 2026.\n".write(to: draft, atomically: true, encoding: .utf8)
    let result = try Factlint.run(["check", "--baseline", baseline.path, draft.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("1 finding (conflict 1) in 1 file; 1 in the baseline"))
  }

  @Test func theBaselineWorksFromAnotherWorkingDirectory() throws {
    let dir = try Factlint.temporaryDirectory()
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("docs"), withIntermediateDirectories: true)
    try Self.old.write(to: dir.appendingPathComponent("docs/story.md"), atomically: true, encoding: .utf8)
    _ = try Factlint.run(["check", "--write-baseline", "baseline.json", "docs"], in: dir)
    let result = try Factlint.run(["check", "--baseline", "../baseline.json", "story.md"], in: dir.appendingPathComponent("docs"))
    #expect(result.status == 0, "\(result.stdout)")
  }

  @Test func aBrokenBaselineIsAClearError() throws {
    let dir = try Factlint.temporaryDirectory()
    let draft = dir.appendingPathComponent("story.md"), baseline = dir.appendingPathComponent("b.json")
    try Self.old.write(to: draft, atomically: true, encoding: .utf8)
    try "[]".write(to: baseline, atomically: true, encoding: .utf8)
    let broken = try Factlint.run(["check", "--baseline", baseline.path, draft.path])
    #expect(broken.status == 2)
    #expect(broken.stderr.contains("not a factlint baseline"))
    let missing = try Factlint.run(["check", "--baseline", dir.appendingPathComponent("none.json").path, draft.path])
    #expect(missing.status == 2 && missing.stderr.contains("cannot read the baseline"))
  }
}
