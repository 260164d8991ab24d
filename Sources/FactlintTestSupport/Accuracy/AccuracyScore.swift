import Foundation

/// A run's findings scored against a gold file, with exactly the semantics of
/// `../shared/tools/score.py`: a finding matches a label on the same file
/// (base name) and line when their normalised texts overlap (one contains the
/// other); only `conflict` and `disputed` findings are scored; an `either`
/// label neither counts nor penalises (the findings on it are used up); fix
/// accuracy is over the `conflict` labels with a `fix` that were found.
public struct AccuracyScore: Sendable {
  public var found = 0
  public var missed = 0
  public var disputedCalledConflict = 0
  public var eitherFlagged = 0
  /// Findings of other rules (counted apart, never scored).
  public var otherRules = 0
  public var fixesRight = 0
  public var fixesTotal = 0
  public var misses: [GoldLabel] = []
  /// Found `conflict` labels whose findings offer no accepted replacement, with the first finding.
  public var wrongFixes: [(label: GoldLabel, finding: ScoredFinding)] = []
  /// Scored findings that match no label, in the report's order.
  public var falseAlarms: [ScoredFinding] = []
  /// Per difficulty tag: labels found and labels (`either` left out).
  public var tags: [String: (found: Int, total: Int)] = [:]
  /// Per kind of figure: labels found and labels (`either` left out).
  public var kinds: [String: (found: Int, total: Int)] = [:]
  /// The false alarms that land on a labelled non-claim, by distractor kind.
  public var falseAlarmsOnDistractors: [String: Int] = [:]
  /// The false alarms that land on a labelled correct claim.
  public var falseAlarmsOnCorrectClaims = 0

  public var gold: Int { found + missed }
  public var precision: Double { found + falseAlarms.count == 0 ? 1 : Double(found) / Double(found + falseAlarms.count) }
  public var recall: Double { gold == 0 ? 1 : Double(found) / Double(gold) }
  public var fixAccuracy: Double { fixesTotal == 0 ? 1 : Double(fixesRight) / Double(fixesTotal) }
  public var falseAlarmsOnDistractorsTotal: Int { falseAlarmsOnDistractors.values.reduce(0, +) }

  /// Scores `findings` against `gold`; `claims` (a `claims.json`) sorts the false alarms.
  public init(findings all: [ScoredFinding], gold: [GoldLabel], claims: [ClaimLabel] = []) {
    let findings = all.filter(\.isScored)
    otherRules = all.count - findings.count
    var used = [Bool](repeating: false, count: findings.count)
    for label in gold {
      let candidates = findings.indices.filter { Self.matches(findings[$0], file: label.file, line: label.line, text: label.text) }
      if label.verdict == .either {
        candidates.forEach { used[$0] = true }
        if !candidates.isEmpty { eitherFlagged += 1 }
        continue
      }
      let isFound = !candidates.isEmpty
      for tag in label.difficulty {
        tags[tag, default: (0, 0)].total += 1
        if isFound { tags[tag]!.found += 1 }
      }
      if let kind = label.kind {
        kinds[kind, default: (0, 0)].total += 1
        if isFound { kinds[kind]!.found += 1 }
      }
      guard isFound else {
        missed += 1
        misses.append(label)
        continue
      }
      found += 1
      candidates.forEach { used[$0] = true }
      if label.verdict == .disputed && candidates.allSatisfy({ findings[$0].rule == "conflict" }) { disputedCalledConflict += 1 }
      if label.verdict == .conflict && !label.fix.isEmpty {
        fixesTotal += 1
        let accepted = Set(label.fix.map(Self.normalised))
        if candidates.contains(where: { accepted.contains(Self.normalised(findings[$0].replacement ?? "")) }) {
          fixesRight += 1
        } else {
          wrongFixes.append((label, findings[candidates[0]]))
        }
      }
    }
    falseAlarms = findings.indices.filter { !used[$0] }.map { findings[$0] }
    for alarm in falseAlarms {
      let on = claims.filter { Self.matches(alarm, file: $0.file, line: $0.line, text: $0.text) }
      if let distractor = on.first(where: { $0.type == .distractor }) {
        falseAlarmsOnDistractors[distractor.distractor ?? "other", default: 0] += 1
      } else if on.contains(where: { $0.type == .correct }) {
        falseAlarmsOnCorrectClaims += 1
      }
    }
  }

  static func matches(_ finding: ScoredFinding, file: String, line: Int, text: String) -> Bool {
    finding.file == file && finding.line == line && overlaps(finding.text, text)
  }

  /// score.py's `norm`: no-break spaces as spaces, runs of white space as one space, lower case.
  public static func normalised(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }

  /// score.py's `overlaps`: both non-empty and one contains the other,
  /// compared scalar by scalar as Python compares strings.
  public static func overlaps(_ a: String, _ b: String) -> Bool {
    let a = Array(normalised(a).unicodeScalars), b = Array(normalised(b).unicodeScalars)
    guard !a.isEmpty, !b.isEmpty else { return false }
    return contains(a, b) || contains(b, a)
  }

  private static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { start in haystack[start..<(start + needle.count)].elementsEqual(needle) }
  }

  /// The two lines score.py ends with: counts, then precision, recall and fix accuracy.
  public var summary: [String] {
    [
      "gold=\(gold) found=\(found) missed=\(missed) false=\(falseAlarms.count) disputed-called-conflict=\(disputedCalledConflict) either-flagged=\(eitherFlagged) other-rules=\(otherRules)",
      "precision=\(Self.figure(precision)) recall=\(Self.figure(recall)) fix-accuracy=\(Self.figure(fixAccuracy))",
    ]
  }

  /// A ratio with three decimals, as score.py prints it.
  public static func figure(_ value: Double) -> String { String(format: "%.3f", value) }

  /// score.py's `--verbose` lines: each wrong fix, miss and false alarm.
  public var details: [String] {
    func quoted(_ s: String?) -> String { s.map { "'\($0)'" } ?? "None" }
    return wrongFixes.map { "  fix? \($0.label.file):\($0.label.line) '\($0.label.text)' -> \(quoted($0.finding.replacement)), want [\($0.label.fix.map { "'\($0)'" }.joined(separator: ", "))]" }
      + misses.map { "  MISS \($0.file):\($0.line) '\($0.text)' (\($0.verdict.rawValue), \($0.difficulty.joined(separator: ",")))" }
      + falseAlarms.map { "  FALSE \($0.file):\($0.line.map(String.init) ?? "None") '\($0.text)' (\($0.rule)) -> \(quoted($0.replacement))" }
  }
}
