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
}
