// `factlint-bench --accuracy`: every labelled corpus of ../shared checked by
// the built `factlint` binary, scored as ../shared/tools/score.py scores it,
// printed as Markdown tables (ACCURACY.md holds the latest).
import FactlintTestSupport
import Foundation

/// The difficulty tags of the gold files, in the order the tables list them.
let difficultyTags = ["coref", "markdown", "derived", "hedge", "format", "swap", "multi", "precision", "rounding", "typo"]

/// Measures every corpus, prints the tables, and returns the exit status:
/// 1 when a figure is below its floor in `Tests/accuracy-floors.json`, 2 when a corpus cannot be
/// measured or none is there. A corpus whose folder is missing is named and left out.
func accuracyReport(binary: URL, verbose: Bool, writeFloors: Bool) -> Int32 {
  let packageRoot = BuiltBinary.packageRoot
  let shared = ProcessInfo.processInfo.environment["FACTLINT_SHARED"].map { URL(fileURLWithPath: $0) }
    ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
  let reviewed = AccuracyCorpus.reviewedTransitBase(packageRoot: packageRoot)
  var measurements: [AccuracyMeasurement] = []
  var absent: [String] = []
  for corpus in AccuracyCorpus.all(shared: shared, reviewedTransit: reviewed) {
    guard FileManager.default.fileExists(atPath: corpus.drafts.path) else {
      absent.append("\(corpus.id): not measured — \(corpus.drafts.path) is missing.")
      continue
    }
    do {
      measurements.append(try AccuracyMeasurement.measure(corpus, binary: binary))
    } catch {
      FileHandle.standardError.write(Data("factlint-bench: \(corpus.id): \(error)\n".utf8))
      return 2
    }
  }
  guard !measurements.isEmpty else {
    FileHandle.standardError.write(Data("factlint-bench: no labelled corpus found in \(shared.path) (set FACTLINT_SHARED)\n".utf8))
    return 2
  }
  print("# factlint accuracy\n")
  printFigures(measurements)
  if reviewed == nil {
    absent.append("transit-reviewed: not measured — no reviewed fact base of the transit story under Tests/ (a JSON file whose path names `transit` and whose name says `review`).")
  }
  if !absent.isEmpty { print("\n" + absent.joined(separator: "\n")) }
  printFalseAlarms(measurements)
  printTags(measurements)
  if verbose {
    for m in measurements where !m.score.details.isEmpty {
      print("\n## \(m.corpus.id): wrong fixes, misses and false alarms\n")
      m.score.details.forEach { print($0) }
    }
  }
  let floorsFile = AccuracyFloors.file(packageRoot: packageRoot)
  if writeFloors {
    let floors = AccuracyFloors.measured(measurements, note: "commit \(commit(packageRoot))")
    do { try floors.json.write(to: floorsFile, atomically: true, encoding: .utf8) } catch {
      FileHandle.standardError.write(Data("factlint-bench: cannot write \(floorsFile.path): \(error)\n".utf8))
      return 2
    }
    print("\nwrote the measured figures, rounded down, to \(floorsFile.path)")
    return 0
  }
  guard let floors = try? AccuracyFloors.load(floorsFile) else { return 0 }
  let failures = measurements.flatMap { floors.failures($0) }
  if !failures.isEmpty {
    print("\nBelow the floors of Tests/accuracy-floors.json (measured on \(floors.measured)):")
    failures.forEach { print("  " + $0) }
  }
  let raisable = measurements.flatMap { floors.raisable($0) }
  if !raisable.isEmpty {
    print("\nBetter than the floors of Tests/accuracy-floors.json: raise them (--write-floors) in the commit that did it:")
    raisable.forEach { print("  " + $0) }
  }
  return failures.isEmpty ? 0 : 1
}

private func ratio(_ value: Double) -> String { AccuracyScore.figure(value) }
/// A count with thousands separated by commas (4,901).
private func count(_ n: Int) -> String {
  let digits = Array(String(n))
  return String(digits.enumerated().flatMap { i, d in (i > 0 && (digits.count - i) % 3 == 0 ? [","] : []) + [d] })
}

private func printFigures(_ measurements: [AccuracyMeasurement]) {
  let floors = try? AccuracyFloors.load(AccuracyFloors.file(packageRoot: BuiltBinary.packageRoot))
  print("| corpus | fact base | drafts | words | labels | found | missed | false alarms | precision | recall | fix accuracy | floor (P / R) |")
  print("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|")
  for m in measurements {
    let s = m.score
    let base = switch m.corpus.base {
    case .builtIn: "built-in"
    case .extracted: "extracted + merged"
    case .reviewed(let url): "reviewed (\(url.lastPathComponent))"
    }
    var alarms = "\(s.falseAlarms.count)"
    if m.corpus.ratesFalseAlarmsPerWords { alarms += String(format: " (%.1f per 10k words)", m.falseAlarmsPer10kWords) }
    let floor = floors?.floors[m.corpus.id].map { f in
      [f.precision.map { String(format: "%.2f", $0) } ?? "–", f.recall.map { String(format: "%.2f", $0) } ?? "–"].joined(separator: " / ")
        + (f.maximumFalseAlarms.map { ", ≤ \($0) false" } ?? "")
    } ?? "–"
    let drafts = (try? m.corpus.draftFiles().count) ?? 0
    print("| \(m.corpus.id) | \(base) | \(drafts) | \(count(m.words)) | \(s.gold) | \(s.found) | \(s.missed) | \(alarms) | \(ratio(s.precision)) | \(ratio(s.recall)) | \(ratio(s.fixAccuracy)) (\(s.fixesRight)/\(s.fixesTotal)) | \(floor) |")
  }
}

private func printFalseAlarms(_ measurements: [AccuracyMeasurement]) {
  print("\nWhere the false alarms land (the labels of `claims.json`), and the other slips:\n")
  print("| corpus | false alarms | on numbers that are no claim | on correct claims | elsewhere | disputed called conflict | `either` flagged | other rules |")
  print("|---|--:|---|--:|--:|--:|--:|--:|")
  for m in measurements {
    let s = m.score
    let kinds = s.falseAlarmsOnDistractors.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    let distractors = m.corpus.claims == nil ? "–" : "\(s.falseAlarmsOnDistractorsTotal)" + (kinds.isEmpty ? "" : " (\(kinds))")
    let correct = m.corpus.claims == nil ? "–" : "\(s.falseAlarmsOnCorrectClaims)"
    let elsewhere = s.falseAlarms.count - s.falseAlarmsOnDistractorsTotal - s.falseAlarmsOnCorrectClaims
    print("| \(m.corpus.id) | \(s.falseAlarms.count) | \(distractors) | \(correct) | \(elsewhere) | \(s.disputedCalledConflict) | \(s.eitherFlagged) | \(s.otherRules) |")
  }
}

private func printTags(_ measurements: [AccuracyMeasurement]) {
  let tags = difficultyTags + Set(measurements.flatMap { $0.score.tags.keys }).subtracting(difficultyTags).sorted()
  printRecall(measurements, title: "Recall per difficulty tag", column: "tag", rows: tags, \.tags)
  let kinds = Set(measurements.flatMap { $0.score.kinds.keys }).sorted()
  printRecall(measurements, title: "Recall per kind of figure", column: "kind", rows: kinds, \.kinds)
}

private func printRecall(_ measurements: [AccuracyMeasurement], title: String, column: String, rows: [String],
                         _ counts: KeyPath<AccuracyScore, [String: (found: Int, total: Int)]>) {
  print("\n\(title) (labels found / labelled):\n")
  print("| \(column) | " + measurements.map(\.corpus.id).joined(separator: " | ") + " |")
  print("|---|" + String(repeating: "--:|", count: measurements.count))
  for row in rows {
    let cells = measurements.map { m -> String in
      guard let t = m.score[keyPath: counts][row], t.total > 0 else { return "–" }
      return "\(ratio(Double(t.found) / Double(t.total))) (\(t.found)/\(t.total))"
    }
    print("| `\(row)` | " + cells.joined(separator: " | ") + " |")
  }
}

/// The package's checked-out commit, for the floors file's note, and whether the sources differ from it.
private func commit(_ packageRoot: URL) -> String {
  func git(_ arguments: [String]) -> ProgramRun? { try? ProgramRun.run(URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", packageRoot.path] + arguments) }
  guard let head = git(["rev-parse", "--short", "HEAD"]), head.status == 0 else { return "unknown" }
  let hash = String(decoding: head.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  let clean = git(["diff", "--quiet", "HEAD", "--", "Sources"])?.status == 0
  return hash + (clean ? "" : " with uncommitted changes to Sources")
}
