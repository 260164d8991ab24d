import Foundation
import Testing

/// Large batches and awkward files through the built binary: stable order,
/// shards, no progress noise in pipes, and the files every archive has.
@Suite struct BatchTests {
  static let wrong = "Muse Spark launched on April 7, 2026.\n"

  private func folder(files count: Int) throws -> URL {
    let dir = try Factlint.temporaryDirectory()
    for i in 0..<count {
      let text = i % 3 == 0 ? Self.wrong : "Nothing to check in note \(i).\n"
      try text.write(to: dir.appendingPathComponent(String(format: "note-%03d.md", i)), atomically: true, encoding: .utf8)
    }
    return dir
  }

  private func paths(_ result: Factlint.Result) throws -> [String] {
    (try Factlint.json(result.stdout)["files"] as! [[String: Any]]).map { ($0["path"] as! String).split(separator: "/").last.map(String.init)! }
  }

  @Test func aLargeBatchIsReportedInPathOrderAndQuietlyInAPipe() throws {
    let dir = try folder(files: 300)
    let result = try Factlint.run(["check", "--format", "json", dir.path])
    let names = try paths(result)
    #expect(names.count == 300)
    #expect(names == names.sorted(), "results come back in path order, whichever core finished first")
    #expect(result.stderr.isEmpty, "no progress line when stderr is not a terminal: \(result.stderr)")
    #expect((try Factlint.json(result.stdout)["summary"] as! [String: Any])["conflicts"] as? Int == 100)
  }

  /// On a terminal (a pseudo-terminal from util-linux's `script`), a large batch shows its progress on stderr.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func aLargeBatchShowsProgressOnATerminal() throws {
    let dir = try folder(files: 250)
    let log = dir.appendingPathComponent("typescript.log")
    let command = "'\(Factlint.binary.path)' check '\(dir.path)' > /dev/null"
    try Factlint.run(program: "/usr/bin/script", ["-q", "-e", "-c", command, log.path])
    let terminal = try String(contentsOf: log, encoding: .utf8)
    #expect(terminal.contains("factlint: checked 250/250 files"), "\(terminal.suffix(300))")
  }

  @Test func shardsSplitTheBatchWithoutOverlap() throws {
    let dir = try folder(files: 60)
    var seen: [String] = []
    for i in 1...3 {
      let part = try paths(try Factlint.run(["check", "--format", "json", "--shard", "\(i)/3", dir.path]))
      #expect(!part.isEmpty && part.count < 60, "shard \(i) holds a part: \(part.count)")
      seen += part
    }
    #expect(seen.sorted() == (0..<60).map { String(format: "note-%03d.md", $0) }, "every file in exactly one shard")
    let again = try paths(try Factlint.run(["check", "--format", "json", "--shard", "2/3", dir.path]))
    #expect(again == (try paths(try Factlint.run(["check", "--format", "json", "--shard", "2/3", dir.path]))), "deterministic")
    for bad in ["0/3", "4/3", "x", "1/0"] {
      let r = try Factlint.run(["check", "--shard", bad, dir.path])
      #expect(r.status == 2 && r.stderr.contains("--shard needs I/N"), "\(bad)")
    }
  }

  /// Columns are counted in characters from the start of the line, whatever the line ending or BOM.
  private func firstPosition(_ bytes: [UInt8]) throws -> (Int, Int, String) {
    let url = try Factlint.temporaryDirectory().appendingPathComponent("d.md")
    try Data(bytes).write(to: url)
    let result = try Factlint.run(["check", "--format", "json", url.path])
    let f = ((try Factlint.json(result.stdout)["files"] as! [[String: Any]])[0]["findings"] as! [[String: Any]])[0]
    let start = (f["range"] as! [String: [String: Int]])["start"]!
    return (start["line"]!, start["column"]!, f["text"] as! String)
  }

  @Test func crlfAndBOMFilesHaveTheRightColumns() throws {
    let text = "# Title\r\n\r\nIntro line.\r\n\r\nMuse Spark launched on April 7, 2026.\r\n"
    let crlf = try firstPosition(Array(text.utf8))
    #expect(crlf == (5, 24, "April 7, 2026"))
    let bom = try firstPosition([0xEF, 0xBB, 0xBF] + Array(text.utf8))
    #expect(bom == (5, 24, "April 7, 2026"), "the BOM is not a column")
    let accents = try firstPosition(Array("Écrit à Zürich — Muse Spark launched on April 7, 2026.\n".utf8))
    #expect(accents.1 == 41, "columns count characters, not bytes")
  }

  @Test func emptyAndVeryLongFilesAreChecked() throws {
    let dir = try Factlint.temporaryDirectory()
    try Data().write(to: dir.appendingPathComponent("empty.md"))
    let long = String(repeating: "Filler words without figures go on and on. ", count: 20_000) + Self.wrong
    try long.write(to: dir.appendingPathComponent("long.md"), atomically: true, encoding: .utf8)
    let result = try Factlint.run(["check", "--format", "json", dir.path])
    #expect(result.status == 1)
    let files = try Factlint.json(result.stdout)["files"] as! [[String: Any]]
    #expect(files.count == 2)
    let finding = (files.first { ($0["path"] as! String).hasSuffix("long.md") }!["findings"] as! [[String: Any]]).first
    let start = (finding?["range"] as? [String: [String: Int]])?["start"]
    #expect(start == ["line": 1, "column": 860_024], "a finding far along one very long line")
  }
}
