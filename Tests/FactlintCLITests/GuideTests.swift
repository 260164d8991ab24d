import Foundation
import Testing

/// The guide "Building a fact base for your own story" in protocol/factbase.md:
/// its commands, read from the guide, run on the two source texts of
/// `Tests/Fixtures/own-story` (a story of our own), and the fact base they
/// build catches the error planted in the draft.
@Suite struct GuideTests {
  /// The fenced blocks of `language` in the section of protocol/factbase.md
  /// that starts at `heading` and ends at the next heading of its level or above.
  static func blocks(_ language: String, under heading: String) throws -> [String] {
    let doc = try String(contentsOf: Factlint.packageRoot.appendingPathComponent("protocol/factbase.md"), encoding: .utf8)
    let start = try #require(doc.range(of: "\n" + heading + "\n")).upperBound
    let level = heading.prefix { $0 == "#" }
    let end = (1...level.count).compactMap { doc.range(of: "\n" + String(repeating: "#", count: $0) + " ", range: start..<doc.endIndex)?.lowerBound }.min() ?? doc.endIndex
    var result: [String] = []
    var from = start
    while let open = doc.range(of: "```\(language)\n", range: from..<end) {
      let close = try #require(doc.range(of: "```", range: open.upperBound..<end))
      result.append(String(doc[open.upperBound..<close.lowerBound]))
      from = close.upperBound
    }
    return result
  }

  /// The commands of a section's first `sh` block, split into words.
  static func commands(under heading: String) throws -> [[String]] {
    try #require(try blocks("sh", under: heading).first).split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
  }

  /// Runs `commands` in `dir`, each a `factlint` command that exits with the status `expected` gives it.
  static func run(_ commands: [[String]], in dir: URL, expecting expected: ([String]) -> Int32) throws -> [Factlint.Result] {
    try commands.map { command in
      #expect(command.first == "factlint", "a guide command that is not factlint: \(command)")
      let result = try Factlint.run(Array(command.dropFirst()), in: dir)
      #expect(result.status == expected(command), "\(command.joined(separator: " ")): \(result.stderr)")
      return result
    }
  }

  /// Copies the entries of `folder` named `names` (all when nil) into `dir`.
  static func copy(_ folder: URL, _ names: [String]? = nil, to dir: URL) throws {
    for name in try names ?? FileManager.default.contentsOfDirectory(atPath: folder.path) {
      try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: dir.appendingPathComponent(name))
    }
  }

  @Test func theGuidesCommandsBuildAFactBaseThatCatchesThePlantedError() throws {
    let commands = try Self.commands(under: "## Building a fact base for your own story")
    #expect(commands.count == 5)
    let dir = try Factlint.temporaryDirectory()
    try Self.copy(Factlint.packageRoot.appendingPathComponent("Tests/Fixtures/own-story"), to: dir)
    // Every step succeeds; the check finds the planted error (exit status 1).
    let check = try #require(try Self.run(commands, in: dir) { $0.dropFirst().first == "check" ? 1 : 0 }.last)
    // Unreviewed, the finding is a warning that says so (and fails the check only with --fail-on warning).
    #expect(check.stdout.contains("draft.md:4:26: warning:"), "\(check.stdout)")
    #expect(check.stdout.contains("unreviewed"))
    // The attribute named as a reader would ("48,000 vehicles a day").
    #expect(check.stdout.contains("Harbor Bridge's vehicles a day: the sources give 48,000, not 84,000"), "\(check.stdout)")
    #expect(check.stdout.contains("fix: 84,000 → 48,000"))
    // The source by the title extraction found in it (its id, harbor-herald, is for JSON and SARIF).
    #expect(check.stdout.contains("source: Harbor Bridge replacement wins final approval: “The new Harbor Bridge will carry 48,000 vehicles a day"))
    // The draft's correct figures say nothing.
    #expect(check.stdout.contains("1 finding (conflict 1) in 1 file"))

    // The two articles disagree on the cost: the merged fact records both sides.
    let list = try Factlint.run(["facts", "list", "--no-default-facts", "--facts", "story.json"], in: dir)
    #expect(list.stdout.contains("[disputed: $412 million vs $430 million]  [proposed]"), "\(list.stdout)")
  }

  /// The walk-through of the transit story: its commands, read from the
  /// document, run in a copy of the story, and every output line it shows is
  /// printed by them (a line ending in " …" is shown cut: its start is).
  @Test func theTransitWalkThroughRunsAndShowsWhatItPrints() throws {
    let heading = "### Walk-through: the transit story"
    let commands = try Self.commands(under: heading)
    #expect(commands.count == 6)
    let dir = try Factlint.temporaryDirectory()
    try Self.copy(Factlint.shared.appendingPathComponent("stories/transit"), ["sources", "drafts"], to: dir)
    // Every step succeeds; the draft's findings are warnings (the facts are unreviewed), so the check does too.
    let results = try Self.run(commands, in: dir) { _ in 0 }
    let printed = results.map { $0.stderr + $0.stdout }.joined()
    let shown = try Self.blocks("text", under: heading).flatMap { $0.split(separator: "\n").map(String.init) }
    #expect(shown.count >= 10)
    for line in shown where line != "…" {
      let expected = line.hasSuffix(" …") ? String(line.dropLast(2)) : line + "\n"
      #expect(printed.contains(expected), "shown in the walk-through but not printed: \(line)")
    }
    // The review list comes first: the two disagreements, then the Sentinel's typo.
    let merge = results[3].stderr.split(separator: "\n")
    #expect(merge.prefix(4).map { String($0.prefix(9)) } == ["to review", "disputed:", "disputed:", "erratum: "], "\(results[3].stderr)")
  }
}
