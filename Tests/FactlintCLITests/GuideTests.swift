import Foundation
import Testing

/// The guide "Building a fact base for your own story" in protocol/factbase.md:
/// its commands, read from the guide, run on the two source texts of
/// `Tests/Fixtures/own-story` (a story of our own), and the fact base they
/// build catches the error planted in the draft.
@Suite struct GuideTests {
  /// The lines of the first `sh` block after the guide's heading.
  static func guideCommands() throws -> [[String]] {
    let doc = try String(contentsOf: Factlint.packageRoot.appendingPathComponent("protocol/factbase.md"), encoding: .utf8)
    let guide = try #require(doc.range(of: "## Building a fact base for your own story")).upperBound
    let open = try #require(doc.range(of: "```sh\n", range: guide..<doc.endIndex)).upperBound
    let close = try #require(doc.range(of: "```", range: open..<doc.endIndex)).lowerBound
    return doc[open..<close].split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
  }

  @Test func theGuidesCommandsBuildAFactBaseThatCatchesThePlantedError() throws {
    let commands = try Self.guideCommands()
    #expect(commands.count == 5)
    let dir = try Factlint.temporaryDirectory()
    let fixture = Factlint.packageRoot.appendingPathComponent("Tests/Fixtures/own-story")
    for name in try FileManager.default.contentsOfDirectory(atPath: fixture.path) {
      try FileManager.default.copyItem(at: fixture.appendingPathComponent(name), to: dir.appendingPathComponent(name))
    }
    var last: Factlint.Result? = nil
    for command in commands {
      #expect(command.first == "factlint", "a guide command that is not factlint: \(command)")
      let result = try Factlint.run(Array(command.dropFirst()), in: dir)
      let isCheck = command.dropFirst().first == "check"
      // Every step succeeds; the check finds the planted error (exit status 1).
      #expect(result.status == (isCheck ? 1 : 0), "\(command.joined(separator: " ")): \(result.stderr)")
      last = result
    }
    let check = try #require(last)
    // Unreviewed, the finding is a warning that says so (and fails the check only with --fail-on warning).
    #expect(check.stdout.contains("draft.md:4:26: warning:"), "\(check.stdout)")
    #expect(check.stdout.contains("unreviewed"))
    #expect(check.stdout.contains("48,000, not 84,000"))
    #expect(check.stdout.contains("fix: 84,000 → 48,000"))
    // The source by the title extraction found in it (its id, harbor-herald, is for JSON and SARIF).
    #expect(check.stdout.contains("source: Harbor Bridge replacement wins final approval: “The new Harbor Bridge will carry 48,000 vehicles a day"))
    // The draft's correct figures say nothing.
    #expect(check.stdout.contains("1 finding (conflict 1) in 1 file"))

    // The two articles disagree on the cost: the merged fact records both sides.
    let list = try Factlint.run(["facts", "list", "--no-default-facts", "--facts", "story.json"], in: dir)
    #expect(list.stdout.contains("[disputed: $412 million vs $430 million]  [proposed]"), "\(list.stdout)")
  }
}
