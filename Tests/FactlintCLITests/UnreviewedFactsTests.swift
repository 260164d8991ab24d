import Foundation
import Testing

/// A fact base nobody has reviewed, through the binary: its findings are
/// warnings that say so, the check does not fail on them, and `--fix` leaves
/// the draft as it was.
@Suite struct UnreviewedFactsTests {
  static let base = """
    {"version": 1, "sources": [{"id": "wire", "title": "Wire story"}],
     "entities": [{"id": "acme", "name": "Acme Tools", "kind": "company", "aliases": ["Acme"]}],
     "facts": [{"id": "acme.layoffs", "entity": "acme", "attribute": "cut jobs", "cues": ["layoffs", "cut"],
                "value": {"kind": "count", "text": "250"}, "status": "proposed", "confidence": 0.6,
                "citations": [{"source": "wire", "quote": "Acme Tools cut 250 jobs."}]}]}
    """

  @Test func findingsOnProposedFactsAreWarningsAndNeverFixed() throws {
    let dir = try Factlint.temporaryDirectory()
    let facts = dir.appendingPathComponent("proposed.json"), draft = dir.appendingPathComponent("draft.md")
    try Self.base.write(to: facts, atomically: true, encoding: .utf8)
    let text = "Acme announced 300 job cuts in March.\n"
    try text.write(to: draft, atomically: true, encoding: .utf8)

    let run = try Factlint.run(["check", "--no-default-facts", "--facts", facts.path, "--fix", draft.path])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("warning:") && !run.stdout.contains("error:"), "\(run.stdout)")
    #expect(run.stdout.contains("unreviewed"), "\(run.stdout)")
    #expect(try String(contentsOf: draft, encoding: .utf8) == text)

    // Reviewed, the same fact is an error and --fix applies it.
    try Self.base.replacingOccurrences(of: #""status": "proposed", "confidence": 0.6,"#, with: "").write(to: facts, atomically: true, encoding: .utf8)
    let reviewed = try Factlint.run(["check", "--no-default-facts", "--facts", facts.path, "--fix", draft.path])
    #expect(reviewed.stdout.contains("error:") || reviewed.stderr.contains("fixed"), "\(reviewed.stdout)\(reviewed.stderr)")
    #expect(try String(contentsOf: draft, encoding: .utf8) == "Acme announced 250 job cuts in March.\n")
  }

  /// A message on a proposed fact names its attribute only when the
  /// extractor named it as a reader would (and wrote the fact a statement);
  /// otherwise its attribute is cue words, and the message gives the quote.
  @Test func aDisagreementOnAnUnnamedProposedFactGivesTheQuoteNotTheCueWords() throws {
    let dir = try Factlint.temporaryDirectory()
    let facts = dir.appendingPathComponent("proposed.json"), draft = dir.appendingPathComponent("draft.md")
    let disputed = Self.base
      .replacingOccurrences(of: #"{"id": "wire", "title": "Wire story"}"#, with: #"{"id": "wire", "title": "Wire story"}, {"id": "daily", "title": "Daily story"}"#)
      .replacingOccurrences(of: #"{"source": "wire", "quote": "Acme Tools cut 250 jobs."}"#,
                            with: #"{"source": "wire", "quote": "Acme Tools cut 250 jobs."}, {"source": "daily", "quote": "Acme Tools cut 300 jobs.", "value": {"kind": "count", "text": "300"}}"#)
    try disputed.write(to: facts, atomically: true, encoding: .utf8)
    try "Acme announced 300 job cuts in March.\n".write(to: draft, atomically: true, encoding: .utf8)
    let run = try Factlint.run(["check", "--no-default-facts", "--facts", facts.path, draft.path])
    #expect(run.stdout.contains("Sources disagree on Acme Tools's figure (“Acme Tools cut 250 jobs.”): 250"), "\(run.stdout)")
    #expect(!run.stdout.contains("cut jobs"), "\(run.stdout)")

    // Named, with a statement, the same fact's attribute is said.
    try disputed.replacingOccurrences(of: #""attribute": "cut jobs","#, with: #""attribute": "job cuts", "statement": "Acme Tools's job cuts: the sources give {value}","#)
      .write(to: facts, atomically: true, encoding: .utf8)
    let named = try Factlint.run(["check", "--no-default-facts", "--facts", facts.path, draft.path])
    #expect(named.stdout.contains("Sources disagree on Acme Tools's job cuts: 250"), "\(named.stdout)")
  }

  /// Through the binary, on the transit story: no message of a check with
  /// the extracted, unreviewed base contains a word list where an attribute
  /// should be. A word list is the attribute of a proposed fact the
  /// extractor wrote no statement for (it found no noun phrase); the quotes
  /// (“…”) a message gives are the sources' words and are left out.
  @Test func noMessageOnTheExtractedTransitBaseContainsAWordList() throws {
    let dir = try Factlint.temporaryDirectory()
    try GuideTests.copy(Factlint.shared.appendingPathComponent("stories/transit"), ["sources", "drafts"], to: dir)
    let sources = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("sources").path).sorted()
    for name in sources {
      _ = try Factlint.run(["facts", "extract", "sources/" + name, "--output", name + ".json"], in: dir)
    }
    _ = try Factlint.run(["facts", "merge"] + sources.map { $0 + ".json" } + ["--output", "story.json"], in: dir)
    let story = try Factlint.json(String(contentsOf: dir.appendingPathComponent("story.json"), encoding: .utf8))
    let records = try #require(story["facts"] as? [[String: Any]])
    let wordLists = records.filter { $0["status"] as? String == "proposed" && $0["statement"] == nil }.compactMap { $0["attribute"] as? String }
    let named = records.filter { $0["statement"] != nil }
    #expect(wordLists.count >= 5 && named.count >= 20, "\(wordLists.count) word lists, \(named.count) named")

    let drafts = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("drafts").path).sorted().map { "drafts/" + $0 }
    let check = try Factlint.run(["check", "--no-default-facts", "--facts", "story.json", "--format", "json"] + drafts, in: dir)
    let output = try Factlint.json(check.stdout)
    let files = output["files"] as? [[String: Any]] ?? []
    let messages = files.flatMap { $0["findings"] as? [[String: Any]] ?? [] }.compactMap { $0["message"] as? String }
    #expect(messages.count >= 20, "\(check.stdout.prefix(2000))")
    for message in messages {
      // The message without its quotes.
      let own = message.split(separator: "“").map { $0.split(separator: "”", maxSplits: 1).last.map(String.init) ?? "" }.joined(separator: " ")
      for list in wordLists where list.contains(" ") || !named.contains(where: { $0["attribute"] as? String == list }) {
        #expect(!own.contains("'s \(list)") && !(list.contains(" ") && own.contains(list)), "word list '\(list)' in: \(message)")
      }
    }
  }
}
