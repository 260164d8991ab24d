import Foundation
import Testing

/// Labelled drafts — `../shared/examples/` and our own in `Tests/Fixtures/drafts/`
/// (other phrasing, planted errors, sentences that must stay silent): exactly
/// the listed findings, with an accepted replacement, and no other conflict
/// or disputed finding.
@Suite struct ExamplesTests {
  struct Label {
    var file: String
    var line: Int
    var text: String
    var verdict: String
    var fix: [String]
  }

  static let drafts = Factlint.packageRoot.appendingPathComponent("Tests/Fixtures/drafts")

  static func labels(in folder: URL = Factlint.examples) throws -> [Label] {
    let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
    let items = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
    return items.map { Label(file: $0["file"] as! String, line: $0["line"] as! Int, text: $0["text"] as! String, verdict: $0["verdict"] as! String, fix: $0["fix"] as? [String] ?? []) }
  }

  @Test(arguments: ["example-1.md", "example-2.md", "example-3.md"])
  func exampleGivesExactlyItsLabels(_ name: String) throws {
    try checkLabels(name, in: Factlint.examples)
  }

  @Test(arguments: ["wire-story.md", "planted-errors.md", "analysis.md", "planted-errors-2.md", "by-the-numbers.txt", "by-the-numbers-wrong.txt"])
  func ownDraftGivesExactlyItsLabels(_ name: String) throws {
    try checkLabels(name, in: Self.drafts)
  }

  private func checkLabels(_ name: String, in folder: URL) throws {
    let result = try Factlint.run(["check", "--format", "json", "--fail-on", "warning", folder.appendingPathComponent(name).path])
    let json = try Factlint.json(result.stdout)
    let files = json["files"] as! [[String: Any]]
    let findings = (files.first?["findings"] as? [[String: Any]] ?? []).filter { ["conflict", "disputed"].contains($0["rule"] as? String) }
    let labels = try Self.labels(in: folder).filter { $0.file == name }
    let expectedStatus: Int32 = labels.contains { $0.verdict != "either" } ? 1 : 0
    #expect(result.status == expectedStatus, "exit status with\(expectedStatus == 0 ? "out" : "") findings")
    var used = Set<Int>()
    for label in labels {
      let matches = findings.indices.filter { i in
        let f = findings[i]
        let line = ((f["range"] as! [String: Any])["start"] as! [String: Any])["line"] as! Int
        let text = f["text"] as! String
        return line == label.line && (text.contains(label.text) || label.text.contains(text))
      }
      used.formUnion(matches)
      if label.verdict == "either" { continue }
      guard let i = matches.first else {
        Issue.record("\(name):\(label.line): missing \(label.verdict) on '\(label.text)'")
        continue
      }
      #expect(findings[i]["rule"] as? String == label.verdict, "\(name):\(label.line) '\(label.text)'")
      if label.verdict == "conflict" {
        #expect(label.fix.contains(findings[i]["replacement"] as? String ?? "<none>"), "\(name):\(label.line) fix \(findings[i]["replacement"] ?? "nil") not in \(label.fix)")
      }
    }
    for (i, f) in findings.enumerated() where !used.contains(i) {
      Issue.record("\(name): unexpected \(f["rule"]!) on '\(f["text"]!)': \(f["message"]!)")
    }
  }
}
