import Foundation

/// A finding of `factlint check --format json`, as the scorer sees it: the
/// draft's base name, the 1-based line it starts on, its text, rule and
/// replacement.
public struct ScoredFinding: Sendable, Equatable {
  public var file: String
  public var line: Int?
  public var text: String
  public var rule: String
  public var replacement: String?

  public init(file: String, line: Int?, text: String, rule: String, replacement: String?) {
    self.file = file
    self.line = line
    self.text = text
    self.rule = rule
    self.replacement = replacement
  }

  /// Only these rules are scored; any other finding is counted apart.
  public var isScored: Bool { rule == "conflict" || rule == "disputed" }

  /// Every finding of a `check --format json` report, in the report's order.
  public static func parse(report: Data) throws -> [ScoredFinding] {
    struct Report: Decodable {
      struct File: Decodable {
        var path: String
        var findings: [Finding]?
      }
      struct Finding: Decodable {
        struct Range: Decodable {
          struct Position: Decodable { var line: Int? }
          var start: Position?
        }
        var rule: String?
        var range: Range?
        var text: String?
        var replacement: String?
      }
      var files: [File]?
    }
    let report = try JSONDecoder().decode(Report.self, from: report)
    return (report.files ?? []).flatMap { file in
      let base = URL(fileURLWithPath: file.path).lastPathComponent
      return (file.findings ?? []).map {
        ScoredFinding(file: base, line: $0.range?.start?.line, text: $0.text ?? "", rule: $0.rule ?? "", replacement: $0.replacement)
      }
    }
  }
}
