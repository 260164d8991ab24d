import Foundation
import Testing

/// The transit story (`shared/stories/transit`), walked as a new user would:
/// extract each source, merge, check the drafts against the merged base
/// alone; and the same drafts against the reviewed base made from the
/// story's inventory (`Tests/Fixtures/transit/reviewed.json`). The figures
/// come from the shared scorer and the extraction measure
/// (`Tests/transit/measure_extraction.py`); the floors below are today's
/// figures, so a change that lowers any of them fails here.
@Suite struct TransitAccuracyTests {
  static var story: URL { Factlint.shared.appendingPathComponent("stories/transit") }

  /// Floors: (precision, recall) of the check, and the extraction's share of
  /// inventory facts proposed, proposed about the inventory's subject, and junk (a ceiling).
  static let extractedFloor = (precision: 0.57, recall: 0.21)
  static let reviewedFloor = (precision: 0.59, recall: 0.25)
  static let extractionFloor = (proposed: 0.88, strict: 0.57, junk: 0.40)

  static func python(_ arguments: [String]) throws -> String {
    let run = try Factlint.run(program: "/usr/bin/env", ["python3"] + arguments)
    #expect(run.status == 0, "\(arguments): \(run.stderr)")
    return run.stdout
  }

  /// `key=value` pairs of the scorer's or the measure's last line.
  static func figures(_ output: String) -> [String: Double] {
    let last = output.split(separator: "\n").last.map(String.init) ?? ""
    var result: [String: Double] = [:]
    for pair in last.split(separator: " ") {
      let parts = pair.split(separator: "=")
      if parts.count == 2, let v = Double(parts[1]) { result[String(parts[0])] = v }
    }
    return result
  }

  func check(_ base: URL, in dir: URL) throws -> [String: Double] {
    let drafts = try FileManager.default.contentsOfDirectory(atPath: Self.story.appendingPathComponent("drafts").path).filter { $0.hasSuffix(".md") }.sorted()
    let run = try Factlint.run(["check", "--format", "json", "--no-default-facts", "--facts", base.path]
      + drafts.map { Self.story.appendingPathComponent("drafts/\($0)").path })
    let out = dir.appendingPathComponent("out-\(base.deletingPathExtension().lastPathComponent).json")
    try run.stdout.write(to: out, atomically: true, encoding: .utf8)
    let score = try Self.python([Factlint.shared.appendingPathComponent("tools/score.py").path,
                                 Self.story.appendingPathComponent("drafts/gold.json").path, out.path])
    print("transit, \(base.lastPathComponent): \(score.split(separator: "\n").last ?? "")")
    return Self.figures(score)
  }

  @Test func theExtractedAndTheReviewedBasesKeepTheirFigures() throws {
    let dir = try Factlint.temporaryDirectory()
    let sources = try FileManager.default.contentsOfDirectory(atPath: Self.story.appendingPathComponent("sources").path).sorted()
    #expect(sources.count == 3)
    var extracted: [String] = []
    for name in sources {
      let out = dir.appendingPathComponent((name as NSString).deletingPathExtension + ".json").path
      let run = try Factlint.run(["facts", "extract", "--output", out, Self.story.appendingPathComponent("sources/\(name)").path])
      #expect(run.status == 0, "\(run.stderr)")
      extracted.append(out)
    }
    let story = dir.appendingPathComponent("story.json")
    let merge = try Factlint.run(["facts", "merge", "--output", story.path] + extracted)
    #expect(merge.status == 0, "\(merge.stderr)")
    // What needs a decision comes first: the two disagreements, then the Sentinel's "146-mile line" as a likely typo.
    let review = merge.stderr.split(separator: "\n")
    #expect(review.first?.hasPrefix("to review: 2 disputed facts, 1 likely erratum, ") == true, "\(merge.stderr)")
    #expect(review.dropFirst().prefix(2).allSatisfy { $0.hasPrefix("disputed: ") }, "\(merge.stderr)")
    #expect(review.dropFirst(3).first?.hasPrefix("erratum: harwood-sentinel-cardinal-line says 146-mile in") == true, "\(merge.stderr)")
    #expect(merge.stderr.contains("the sources disagree on"))
    // The inventory's two disagreements are each one disputed fact with both values, each from its own source.
    let base = try Factlint.json(try String(contentsOf: story, encoding: .utf8))
    let facts = try #require(base["facts"] as? [[String: Any]])
    func sides(_ fact: [String: Any]) -> [String: Set<String>] {
      let value = (fact["value"] as? [String: Any])?["text"] as? String ?? ""
      var result: [String: Set<String>] = [:]
      for c in fact["citations"] as? [[String: Any]] ?? [] {
        result[(c["value"] as? [String: Any])?["text"] as? String ?? value, default: []].insert(c["source"] as? String ?? "")
      }
      return result
    }
    let disputed = facts.map(sides).filter { $0.count > 1 }
    #expect(disputed.contains { $0 == ["18,000": ["harwood-sentinel-cardinal-line"], "15,000 to 17,000": ["tpw-cardinal-line"]] }, "\(disputed)")
    #expect(disputed.contains { $0 == ["7-4": ["harwood-sentinel-cardinal-line"], "8-3": ["unw-cardinal-line"]] }, "\(disputed)")
    #expect(disputed.count == 2, "\(disputed)")

    let measure = try Self.python([Factlint.packageRoot.appendingPathComponent("Tests/transit/measure_extraction.py").path,
                                   Self.story.appendingPathComponent("inventory.json").path, story.path])
    print("transit extraction: \(measure.split(separator: "\n").last ?? "")")
    let e = Self.figures(measure)
    #expect(e["proposed"] ?? 0 >= Self.extractionFloor.proposed)
    #expect(e["strict"] ?? 0 >= Self.extractionFloor.strict)
    #expect(e["junk"] ?? 1 <= Self.extractionFloor.junk)

    let x = try check(story, in: dir)
    #expect(x["precision"] ?? 0 >= Self.extractedFloor.precision)
    #expect(x["recall"] ?? 0 >= Self.extractedFloor.recall)
    let r = try check(Factlint.packageRoot.appendingPathComponent("Tests/Fixtures/transit/reviewed.json"), in: dir)
    #expect(r["precision"] ?? 0 >= Self.reviewedFloor.precision)
    #expect(r["recall"] ?? 0 >= Self.reviewedFloor.recall)
  }
}
