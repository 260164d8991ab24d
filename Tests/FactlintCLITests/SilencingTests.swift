import Foundation
import Testing

/// Silencing comments in drafts, through the built binary: what is hidden,
/// what is not, and the count in the summary.
@Suite struct SilencingTests {
  // Each line holds one wrong claim: a wrong date (conflict) and a wrong weekday.
  static let date = "Muse Spark launched on April 7, 2026."
  static let score = "Muse Spark scored 57 on the Artificial Analysis Intelligence Index."
  static let weekday = "Muse Spark launched on Thursday, April 8, 2026."

  private func check(_ text: String) throws -> (flagged: [String], silenced: Int, status: Int32, stdout: String) {
    let url = try Factlint.temporaryDirectory().appendingPathComponent("draft.md")
    try text.write(to: url, atomically: true, encoding: .utf8)
    let result = try Factlint.run(["check", "--format", "json", url.path])
    let json = try Factlint.json(result.stdout)
    let findings = ((json["files"] as! [[String: Any]])[0]["findings"] as! [[String: Any]])
    let flagged = findings.map { "\($0["rule"]!):\($0["text"]!)" }
    let silenced = (json["summary"] as! [String: Any])["silenced"] as! Int
    let text = try Factlint.run(["check", url.path])
    return (flagged, silenced, result.status, text.stdout)
  }

  @Test func withoutCommentsEverythingIsFlagged() throws {
    let r = try check([Self.date, Self.score, Self.weekday].joined(separator: "\n\n") + "\n")
    #expect(r.flagged == ["conflict:April 7, 2026", "conflict:57", "weekday:Thursday"])
    #expect(r.silenced == 0)
  }

  @Test func disableAndEnableSilenceTheLinesBetween() throws {
    let r = try check("\(Self.date)\n\n<!-- factlint-disable -->\n\n\(Self.score)\n\n<!-- factlint-enable -->\n\n\(Self.weekday)\n")
    #expect(r.flagged == ["conflict:April 7, 2026", "weekday:Thursday"])
    #expect(r.silenced == 1)
    #expect(r.stdout.contains("2 findings (conflict 1, weekday 1) in 1 file; 1 silenced"))
  }

  @Test func disableWithoutEnableRunsToTheEnd() throws {
    let r = try check("\(Self.date)\n\n<!-- factlint-disable -->\n\n\(Self.score)\n\n\(Self.weekday)\n")
    #expect(r.flagged == ["conflict:April 7, 2026"])
    #expect(r.silenced == 2)
    #expect(r.status == 1)
  }

  @Test func namedRulesOnly() throws {
    let r = try check("<!-- factlint-disable weekday -->\n\n\(Self.date)\n\n\(Self.weekday)\n\n<!-- factlint-enable weekday -->\n\n\(Self.weekday)\n")
    #expect(r.flagged == ["conflict:April 7, 2026", "weekday:Thursday"], "the second weekday is after the enable")
    #expect(r.silenced == 1)
  }

  @Test func enableOneRuleInsideADisabledRegion() throws {
    let r = try check("<!-- factlint-disable -->\n<!-- factlint-enable conflict -->\n\n\(Self.date)\n\n\(Self.weekday)\n")
    #expect(r.flagged == ["conflict:April 7, 2026"])
    #expect(r.silenced == 1)
  }

  @Test func disableNextLine() throws {
    let r = try check("<!-- factlint-disable-next-line -->\n\(Self.score)\n\(Self.date)\n")
    #expect(r.flagged == ["conflict:April 7, 2026"], "only the next line")
    #expect(r.silenced == 1)
  }

  @Test func disableNextLineNamingAnotherRuleSilencesNothing() throws {
    let r = try check("<!-- factlint-disable-next-line weekday -->\n\(Self.score)\n")
    #expect(r.flagged == ["conflict:57"])
    #expect(r.silenced == 0)
  }

  @Test func disableLine() throws {
    let r = try check("\(Self.score) <!-- factlint-disable-line conflict -->\n\n\(Self.date)\n")
    #expect(r.flagged == ["conflict:April 7, 2026"])
    #expect(r.silenced == 1)
  }

  @Test func aSilencedDraftPasses() throws {
    let r = try check("<!-- factlint-disable-line --> \(Self.score)\n")
    #expect(r.flagged.isEmpty && r.silenced == 1)
    #expect(r.status == 0, "silenced findings do not fail the check")
  }

  @Test func commentsInsideTextAreNotDirectives() throws {
    let r = try check("The tag `factlint-disable` is documented. \(Self.score)\n<!-- a note: factlint-disable -->\n\n\(Self.date)\n")
    #expect(r.flagged == ["conflict:57", "conflict:April 7, 2026"], "a directive must open the comment")
  }
}
