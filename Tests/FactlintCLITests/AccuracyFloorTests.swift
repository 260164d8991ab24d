import FactlintTestSupport
import Foundation
import Testing

/// The accuracy ratchet: the labelled corpora of `../shared` checked by the
/// built binary, as `factlint-bench --accuracy` checks them, must not fall
/// below the floors kept in `Tests/accuracy-floors.json`; and the Swift
/// scorer must give exactly what `../shared/tools/score.py` gives on the same run.
@Suite struct AccuracyFloorTests {
  /// `../shared`, or `FACTLINT_SHARED` as for the bench.
  static let shared = ProcessInfo.processInfo.environment["FACTLINT_SHARED"].map { URL(fileURLWithPath: $0) } ?? Factlint.shared
  static let corpus = shared.appendingPathComponent("corpus")
  static let corpusPresent = FileManager.default.fileExists(atPath: corpus.appendingPathComponent("gold.json").path)
  static let skipReason: Comment = "../shared/corpus is missing (the labelled drafts live in ../shared beside the package, or set FACTLINT_SHARED): accuracy is not measured"
  static let scorePy = shared.appendingPathComponent("tools/score.py")
  static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// The corpora whose drafts are present, each measured once for all the tests here.
  static let measurements: Result<[AccuracyMeasurement], any Error> = Result {
    let reviewed = AccuracyCorpus.reviewedTransitBase(packageRoot: Factlint.packageRoot)
    return try AccuracyCorpus.all(shared: shared, reviewedTransit: reviewed)
      .filter { FileManager.default.fileExists(atPath: $0.drafts.path) }
      .map { try AccuracyMeasurement.measure($0, binary: Factlint.binary) }
  }

  @Test(.enabled(if: corpusPresent, skipReason))
  func everyFigureHoldsItsFloor() throws {
    let measurements = try Self.measurements.get()
    let floors = try AccuracyFloors.load(AccuracyFloors.file(packageRoot: Factlint.packageRoot))
    for id in ["examples", "corpus", "neighbours"] {
      #expect(floors.floors[id]?.precision != nil && floors.floors[id]?.recall != nil, "Tests/accuracy-floors.json has no precision and recall floor for \(id)")
    }
    #expect(floors.floors["neighbours"]?.maximumFalseAlarms != nil, "Tests/accuracy-floors.json has no false-alarm ceiling for the neighbours")
    for m in measurements {
      for failure in floors.failures(m) {
        Issue.record("\(failure) — see `swift run -c release factlint-bench --accuracy --verbose`; Tests/accuracy-floors.json was measured on \(floors.measured)")
      }
    }
    for better in measurements.flatMap({ floors.raisable($0) }) {
      print("AccuracyFloorTests: better than its floor, raise it (factlint-bench --accuracy --write-floors): \(better)")
    }
    let measured = Set(measurements.map(\.corpus.id))
    for id in floors.floors.keys.sorted() where !measured.contains(id) {
      // A floor of a corpus that is not here (a reviewed transit base not yet in Tests/) is not checked.
      print("AccuracyFloorTests: no \(id) to measure; its floor is not checked")
    }
  }

  @Test(.enabled(if: corpusPresent, skipReason), .enabled(if: python != nil, "python3 is not installed: score.py cannot be run"))
  func swiftScorerAgreesWithScorePyOnTheSameRun() throws {
    let dir = try Factlint.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for m in try Self.measurements.get() {
      let report = dir.appendingPathComponent("\(m.corpus.id).json")
      try m.report.write(to: report)
      let run = try Factlint.run(program: Self.python!, [Self.scorePy.path, m.corpus.gold.path, report.path, "--verbose"])
      #expect(run.status == 0, "\(run.stderr)")
      let lines = run.stdout.split(separator: "\n").map(String.init)
      #expect(Array(lines.suffix(2)) == m.score.summary, "\(m.corpus.id): score.py says \(lines.suffix(2)), the Swift scorer \(m.score.summary)")
      // The misses are printed alike; the other detail lines quote with Python's repr.
      #expect(lines.filter { $0.hasPrefix("  MISS ") } == m.score.details.filter { $0.hasPrefix("  MISS ") }, "\(m.corpus.id): the misses differ")
    }
  }
}
