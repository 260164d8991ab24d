import Foundation

/// One corpus checked by the real `factlint` binary and scored.
public struct AccuracyMeasurement: Sendable {
  public var corpus: AccuracyCorpus
  public var score: AccuracyScore
  /// The drafts' words as `wc -w` counts them (white-space separated), as the corpora's READMEs count them.
  public var words: Int
  /// The `check --format json` report scored, as the binary wrote it.
  public var report: Data

  public init(corpus: AccuracyCorpus, score: AccuracyScore, words: Int, report: Data) {
    self.corpus = corpus
    self.score = score
    self.words = words
    self.report = report
  }

  /// False alarms per 10,000 words of the drafts.
  public var falseAlarmsPer10kWords: Double { words == 0 ? 0 : Double(score.falseAlarms.count) * 10_000 / Double(words) }

  /// Runs `binary` on `corpus` as a user would and scores the report.
  public static func measure(_ corpus: AccuracyCorpus, binary: URL) throws -> AccuracyMeasurement {
    let drafts = try corpus.draftFiles()
    let gold: [GoldLabel] = try decode(corpus.gold)
    let claims: [ClaimLabel] = try corpus.claims.map { try decode($0) } ?? []
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-accuracy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }

    var arguments = ["check", "--format", "json"]
    switch corpus.base {
    case .builtIn: break
    case .reviewed(let file): arguments += ["--no-default-facts", "--facts", file.path]
    case .extracted(let sources): arguments += ["--no-default-facts", "--facts", try extractAndMerge(sources, binary: binary, into: work).path]
    }
    let check = try run(binary, arguments + drafts.map(\.path), accepting: [0, 1])
    let findings: [ScoredFinding]
    do { findings = try ScoredFinding.parse(report: check.stdout) } catch { throw AccuracyError.unreadable("the report of `factlint \(arguments.joined(separator: " "))`", error) }
    let words = try drafts.reduce(0) { total, draft in
      let text = try String(contentsOf: draft, encoding: .utf8)
      return total + text.split(whereSeparator: \.isWhitespace).count
    }
    return AccuracyMeasurement(corpus: corpus, score: AccuracyScore(findings: findings, gold: gold, claims: claims), words: words, report: check.stdout)
  }

  /// `facts extract` of each source text (`.txt`, `.md`) into `work`, then
  /// `facts merge` of them all: the base a writer builds for their own story.
  static func extractAndMerge(_ sources: URL, binary: URL, into work: URL) throws -> URL {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: sources.path) else { throw AccuracyError.missing(sources.path) }
    let texts = names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
    guard !texts.isEmpty else { throw AccuracyError.missing(sources.appendingPathComponent("*.txt").path) }
    var extracted: [String] = []
    for name in texts {
      let output = work.appendingPathComponent("extracted-\(extracted.count)-\((name as NSString).deletingPathExtension).json").path
      _ = try run(binary, ["facts", "extract", "--output", output, sources.appendingPathComponent(name).path], accepting: [0])
      extracted.append(output)
    }
    let merged = work.appendingPathComponent("merged.json")
    // Merge exits 1 when it reports an id clash it resolved; the base is written all the same.
    _ = try run(binary, ["facts", "merge", "--output", merged.path] + extracted, accepting: [0, 1])
    guard FileManager.default.fileExists(atPath: merged.path) else { throw AccuracyError.missing(merged.path) }
    return merged
  }

  static func run(_ binary: URL, _ arguments: [String], accepting statuses: Set<Int32>) throws -> ProgramRun {
    let run = try ProgramRun.run(binary, arguments)
    guard statuses.contains(run.status) else {
      throw AccuracyError.failed(command: "factlint " + arguments.joined(separator: " "), status: run.status, stderr: run.stderr)
    }
    return run
  }

  static func decode<T: Decodable>(_ url: URL) throws -> T {
    guard FileManager.default.fileExists(atPath: url.path) else { throw AccuracyError.missing(url.path) }
    do { return try JSONDecoder().decode(T.self, from: Data(contentsOf: url)) } catch { throw AccuracyError.unreadable(url.path, error) }
  }
}
