import Foundation
import Testing

/// `factlint check` through the built binary: output formats, exit codes,
/// bad input, `--fix`.
@Suite struct CheckCommandTests {
  private func draft(_ text: String, name: String = "draft.md") throws -> URL {
    let url = try Factlint.temporaryDirectory().appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  private let wrong = "# Launch\n\nMuse Spark launched on April 7, 2026, and scored 57 on the Artificial Analysis Intelligence Index.\n"
  private let right = "# Launch\n\nMuse Spark launched on April 8, 2026, and scored 52 on the Artificial Analysis Intelligence Index.\n"

  @Test func textOutputIsCompilerStyle() throws {
    let url = try draft(wrong)
    let result = try Factlint.run(["check", url.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("\(url.path):3:24: error: "))
    #expect(result.stdout.contains("[conflict]"))
    #expect(result.stdout.contains("April 7, 2026 → April 8, 2026"))
    #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
  }

  @Test func cleanDraftExitsZero() throws {
    let result = try Factlint.run(["check", try draft(right).path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("0 findings"))
  }

  @Test func foldersAreSearchedRecursively() throws {
    let dir = try Factlint.temporaryDirectory()
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try wrong.write(to: dir.appendingPathComponent("sub/a.md"), atomically: true, encoding: .utf8)
    try right.write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    try "ignored 57".write(to: dir.appendingPathComponent("c.json"), atomically: true, encoding: .utf8)
    let result = try Factlint.run(["check", "--format", "json", dir.path])
    let files = (try Factlint.json(result.stdout)["files"] as! [[String: Any]]).map { $0["path"] as! String }
    #expect(files == [dir.path + "/b.txt", dir.path + "/sub/a.md"])
  }

  @Test func jsonOutputMatchesItsSchema() throws {
    let result = try Factlint.run(["check", "--format", "json", "--sources", Factlint.seeds.path, try draft(wrong).path])
    let json = try Factlint.json(result.stdout)
    #expect(json["version"] as? Int == 1)
    let finding = ((json["files"] as! [[String: Any]])[0]["findings"] as! [[String: Any]])[0]
    #expect(finding["text"] as? String == "April 7, 2026")
    #expect(finding["replacement"] as? String == "April 8, 2026")
    let range = finding["range"] as! [String: [String: Int]]
    #expect(range["start"] == ["line": 3, "column": 24] && range["end"] == ["line": 3, "column": 37])
    let source = (finding["sources"] as! [[String: Any]])[0]
    #expect(source["line"] is Int && source["column"] is Int, "quote located in the source text")
    let check = try Factlint.validate(result.stdout, schema: Factlint.packageRoot.appendingPathComponent("protocol/findings.schema.json"))
    #expect(check.ok, "\(check.message)")
  }

  @Test func sarifOutputValidates() throws {
    let result = try Factlint.run(["check", "--format", "sarif", try draft(wrong).path, Factlint.examples.appendingPathComponent("example-2.md").path])
    #expect(result.stdout.contains("\"fixes\""))
    let check = try Factlint.validate(result.stdout, schema: Factlint.shared.appendingPathComponent("schemas/sarif-2.1.0.json"))
    #expect(check.ok, "\(check.message)")
  }

  @Test func githubAnnotations() throws {
    let url = try draft(wrong)
    let result = try Factlint.run(["check", "--format", "github", url.path])
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("::error file=\(url.path),line=3,col=24,endColumn=37,title=factlint conflict::Muse Spark"))
  }

  @Test func usageErrorsExitTwo() throws {
    #expect(try Factlint.run(["check"]).status == 2)
    #expect(try Factlint.run(["check", "--format", "xml", try draft(right).path]).stderr.contains("unknown format 'xml'"))
    #expect(try Factlint.run(["check", "/nonexistent/draft.md"]).status == 2)
    #expect(try Factlint.run(["frobnicate"]).status == 2)
  }

  @Test func brokenFactBaseExitsTwoWithLocation() throws {
    let facts = try draft("{\"version\": 1, \"sources\": [], \"entities\": [], \"facts\": [{\"id\": \"x\"}]}", name: "facts.json")
    let result = try Factlint.run(["check", "--facts", facts.path, try draft(right).path])
    #expect(result.status == 2)
    #expect(result.stderr.contains(facts.path) && result.stderr.contains("missing required field"))
  }

  @Test func notUTF8AndBinaryFilesAreReportedAndTheBatchGoesOn() throws {
    let dir = try Factlint.temporaryDirectory()
    try Data([0x4D, 0x75, 0xFF, 0xFE, 0x0A]).write(to: dir.appendingPathComponent("latin1.md"))
    try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("blob.txt"))
    try wrong.write(to: dir.appendingPathComponent("ok.md"), atomically: true, encoding: .utf8)
    let result = try Factlint.run(["check", "--format", "json", dir.path])
    #expect(result.status == 1, "the findings decide the status; skipped files are reported")
    #expect(result.stderr.contains("latin1.md:1:3: not UTF-8 text (byte 0xFF at line 1, column 3"))
    #expect(result.stderr.contains("blob.txt: looks like a binary file"))
    let summary = try Factlint.json(result.stdout)["summary"] as! [String: Any]
    #expect(summary["conflicts"] as? Int == 2 && summary["skipped"] as? Int == 2 && summary["files"] as? Int == 1)
    let strict = try Factlint.run(["check", "--strict", dir.path])
    #expect(strict.status == 2, "--strict: a file that cannot be checked fails the run")
    #expect(strict.stdout.contains("2 files skipped"))
  }

  @Test func failOnWarningCountsDisputed() throws {
    let url = try draft("Meta's 2026 capex guidance is $115 billion to $135 billion.\n")
    #expect(try Factlint.run(["check", url.path]).status == 0)
    #expect(try Factlint.run(["check", "--fail-on", "warning", url.path]).status == 1)
  }

  @Test func fixRewritesAtomicallyAndKeepsPermissions() throws {
    let url = try draft(wrong)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
    let result = try Factlint.run(["check", "--fix", url.path])
    #expect(result.status == 0, "nothing left after fixing: \(result.stdout)")
    #expect(try String(contentsOf: url, encoding: .utf8) == right)
    let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
    #expect(leftovers == ["draft.md"])
  }
}
