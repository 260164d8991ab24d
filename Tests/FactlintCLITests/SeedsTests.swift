import Foundation
import Testing

/// The five source articles checked against the facts drawn from them.
@Suite struct SeedsTests {
  @Test func seedsRaiseNoConflictAndReportTheCapexDispute() throws {
    let seeds = try FileManager.default.contentsOfDirectory(atPath: Factlint.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
    #expect(seeds.count == 5)
    let result = try Factlint.run(["check", "--format", "json", "--sources", Factlint.seeds.path] + seeds.map { Factlint.seeds.appendingPathComponent($0).path })
    let json = try Factlint.json(result.stdout)
    var disputedCapex = 0
    for file in json["files"] as! [[String: Any]] {
      for f in file["findings"] as! [[String: Any]] {
        let rule = f["rule"] as! String
        let text = f["text"] as! String
        if rule == "disputed", (f["fact"] as? String) == "meta.capex-2026-guidance" { disputedCapex += 1 }
        if rule == "conflict" {
          // The one error allowed: the heading typo "The 4.3B Bet" (body: $14.3 billion).
          let path = file["path"] as! String
          #expect(path.hasSuffix("001_9a0a0fd534182f01.txt") && text == "4.3B", "conflict in a source article: \(path) '\(text)': \(f["message"]!)")
        }
      }
    }
    #expect(disputedCapex >= 1, "the capex guidance disagreement is reported as disputed")
  }
}
