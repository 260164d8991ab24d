import FactlintCore
import Foundation

/// `--format sarif`: SARIF 2.1.0 with rules, results, locations and fixes.
/// Columns are Unicode code points (`columnKind`), 1-based.
struct SARIFRenderer {
  struct Log: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]
    enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
  }
  struct Run: Encodable { var tool: Tool; var results: [Result]; var columnKind = "unicodeCodePoints" }
  struct Tool: Encodable { var driver: Driver }
  struct Driver: Encodable { var name = "factlint"; var version = FactlintVersion.current; var informationUri = "https://example.invalid/factlint"; var rules: [RuleDescriptor] }
  struct Text: Encodable { var text: String }
  struct RuleDescriptor: Encodable { var id: String; var shortDescription: Text; var defaultConfiguration: Configuration }
  struct Configuration: Encodable { var level: String }
  struct Result: Encodable {
    var ruleId: String
    var level: String
    var message: Text
    var locations: [Location]
    var fixes: [Fix]?
    var properties: Properties?
  }
  struct Properties: Encodable { var fact: String?; var expected: String?; var sources: [String] }
  struct Location: Encodable { var physicalLocation: Physical }
  struct Physical: Encodable { var artifactLocation: Artifact; var region: Region }
  struct Artifact: Encodable { var uri: String }
  struct Region: Encodable { var startLine: Int; var startColumn: Int; var endLine: Int; var endColumn: Int; var snippet: Text? }
  struct Fix: Encodable { var description: Text; var artifactChanges: [Change] }
  struct Change: Encodable { var artifactLocation: Artifact; var replacements: [Replacement] }
  struct Replacement: Encodable { var deletedRegion: Region; var insertedContent: Text }

  static func level(_ s: Severity) -> String {
    switch s {
    case .error: return "error"
    case .warning: return "warning"
    case .information, .hint: return "note"
    }
  }

  func render(_ reports: [FileReport]) -> String {
    let rules = Rule.allCases.map { RuleDescriptor(id: $0.rawValue, shortDescription: Text(text: $0.summary), defaultConfiguration: Configuration(level: Self.level($0.defaultSeverity))) }
    var results: [Result] = []
    for report in reports {
      let uri = report.path.split(separator: "/").map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }.joined(separator: "/")
      for e in report.entries {
        let f = e.finding
        let start = e.start, end = e.end
        let region = Region(startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, snippet: Text(text: e.text))
        let fix = f.replacement.map { text in
          Fix(description: Text(text: "Replace with the sourced value \(text)"),
              artifactChanges: [Change(artifactLocation: Artifact(uri: uri), replacements: [Replacement(deletedRegion: Region(startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, snippet: nil), insertedContent: Text(text: text))])])
        }
        results.append(Result(ruleId: f.rule.rawValue, level: Self.level(f.severity), message: Text(text: f.message),
                              locations: [Location(physicalLocation: Physical(artifactLocation: Artifact(uri: uri), region: region))],
                              fixes: fix.map { [$0] }, properties: Properties(fact: f.factID, expected: f.expected, sources: f.sources.map(\.id))))
      }
    }
    let log = Log(runs: [Run(tool: Tool(driver: Driver(rules: rules)), results: results)])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(log)) ?? Data(), as: UTF8.self) + "\n"
  }
}
