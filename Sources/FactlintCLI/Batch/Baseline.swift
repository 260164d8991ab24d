import FactlintCore
import FactlintWorkspace
import Foundation

/// Findings recorded on a given day (`--write-baseline`), so that a later
/// run (`--baseline`) reports only new ones. A finding is known by its file,
/// rule, fact and the claim's text — not its line, which moves with every edit —
/// and each is counted, so a second copy of a known claim is still new.
struct Baseline {
  struct Key: Hashable, Codable, Comparable {
    var path: String
    var rule: String
    var fact: String?
    var text: String

    static func < (a: Key, b: Key) -> Bool {
      (a.path, a.rule, a.fact ?? "", a.text) < (b.path, b.rule, b.fact ?? "", b.text)
    }
  }

  struct File: Codable {
    var version = 1
    var findings: [Key]
  }

  private(set) var counts: [Key: Int] = [:]
  /// Paths are stored relative to the baseline file's folder, so the file works from any working directory.
  let folder: String

  init(folder: String) { self.folder = folder }

  static func read(_ path: String) throws -> Baseline {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw UsageError("\(path): cannot read the baseline (write one with --write-baseline \(path))")
    }
    let file: File
    do { file = try JSONDecoder().decode(File.self, from: data) } catch {
      throw UsageError("\(path): not a factlint baseline (expected {\"version\": 1, \"findings\": [...]} as written by --write-baseline)")
    }
    guard file.version == 1 else { throw UsageError("\(path): baseline version \(file.version) is not supported (expected 1)") }
    var baseline = Baseline(folder: Self.folder(of: path))
    for key in file.findings { baseline.counts[key, default: 0] += 1 }
    return baseline
  }

  static func folder(of path: String) -> String {
    (WorkspacePath.absolute(path) as NSString).deletingLastPathComponent
  }

  func key(_ entry: FileReport.Entry, path: String) -> Key {
    Key(path: WorkspacePath.relative(WorkspacePath.absolute(path), to: folder), rule: entry.finding.rule.rawValue, fact: entry.finding.factID, text: entry.text)
  }

  mutating func record(_ reports: [FileReport]) {
    for report in reports { for e in report.entries { counts[key(e, path: report.path), default: 0] += 1 } }
  }

  /// Removes from each report the findings the baseline knows, counting them as baselined.
  func filter(_ reports: inout [FileReport]) {
    var remaining = counts
    for r in reports.indices {
      let path = reports[r].path
      var known = 0
      reports[r].entries.removeAll { e in
        let k = key(e, path: path)
        guard let n = remaining[k], n > 0 else { return false }
        remaining[k] = n - 1
        known += 1
        return true
      }
      reports[r].baselined = known
    }
  }

  func write(to path: String) throws {
    let keys = counts.sorted { $0.key < $1.key }.flatMap { Array(repeating: $0.key, count: $0.value) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(File(findings: keys))
    // A new file with nothing to keep: Foundation's atomic write (temporary file, rename) is enough.
    do { try (data + Data([0x0A])).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
      throw UsageError("\(path): cannot write the baseline: \(error)")
    }
  }
}
