import Foundation
import Testing

/// Ranks, superlatives, gaps between scores and fractions, checked end to end against
/// the default fact base, in sentences of our own; and numbers that locate
/// (times, timestamps, pages) stay silent.
@Suite struct RanksAndGapsTests {
  private func findings(_ draft: String) throws -> [(text: String, rule: String, replacement: String?)] {
    let url = try Factlint.temporaryDirectory().appendingPathComponent("draft.md")
    try draft.write(to: url, atomically: true, encoding: .utf8)
    let result = try Factlint.run(["check", "--format", "json", url.path])
    let files = try Factlint.json(result.stdout)["files"] as! [[String: Any]]
    return (files.first?["findings"] as? [[String: Any]] ?? []).map { ($0["text"] as! String, $0["rule"] as! String, $0["replacement"] as? String) }
  }

  @Test(arguments: [
    ("Yann LeCun raised $1.03 billion for AMI Labs, Europe's second-largest seed round.", "second-largest", "largest"),
    ("Apollo Research found Muse Spark had the third-highest rate of evaluation awareness of any model it had tested.", "third-highest", "highest"),
    ("Meta's GPU fleet is the third-largest of any company.", "third-largest", "second-largest"),
    ("The Scale AI deal was the second-most expensive talent acquisition in AI history.", "second-most expensive", "most expensive"),
    ("Alexandr Wang became Meta's second chief AI officer.", "second", "first"),
    ("Claude Opus 4.6 ranks second on the Artificial Analysis Intelligence Index.", "second", "third"),
    ("Muse Spark is #3 on the Artificial Analysis Intelligence Index.", "#3", "#4"),
    ("Muse Spark trails the leaders on the Artificial Analysis Intelligence Index by seven points.", "seven points", "five points"),
    ("On the Intelligence Index Muse Spark is two points behind the leaders.", "two points", "five points"),
    ("Muse Spark scored 52 on the index, a rise of 44 points over Llama 4 Maverick.", "44 points", "34 points"),
    ("Meta says Muse Spark matches Llama 4 Maverick with a fifth of the compute.", "a fifth", "a tenth"),
    ("Meta cut a fifth of its workforce in May.", "a fifth", "a tenth"),
  ])
  func wrongPlacesAndGapsAreConflicts(_ draft: String, _ text: String, _ replacement: String) throws {
    let found = try findings(draft + "\n")
    #expect(found.map(\.text) == [text], "\(draft)")
    #expect(found.first?.rule == "conflict")
    #expect(found.first?.replacement == replacement)
  }

  @Test func sourcedPlacesAndGapsAndLocatorsAreSilent() throws {
    let draft = """
      Yann LeCun raised $1.03 billion for AMI Labs, Europe's largest-ever seed round.

      Apollo Research found Muse Spark had the highest rate of evaluation awareness of any model it had tested.

      Claude Opus 4.6 ranks third on the Artificial Analysis Intelligence Index, and Muse Spark sits fourth.

      Muse Spark trails the leaders on the Artificial Analysis Intelligence Index by five points.

      Muse Spark scored 52 on the index, a rise of 34 points over Llama 4 Maverick, with a tenth of the compute.

      Wang, Meta's first-ever chief AI officer, spoke at 5:30 p.m.; the clip is at 14:20, and the safety report's figure is on p. 12.

      """
    #expect(try findings(draft).isEmpty)
  }
}
