import FactlintCore

/// One checked draft and its findings, with positions for display.
struct FileReport {
  struct Position: Codable, Equatable { var line: Int; var column: Int }

  var path: String
  var bytes: [UInt8]
  var findings: [Finding]
  let lines: LineIndex

  init(path: String, bytes: [UInt8], findings: [Finding]) {
    self.path = path
    self.bytes = bytes
    self.findings = findings
    lines = LineIndex(bytes: bytes)
  }

  /// 1-based line and 1-based column in Unicode scalars.
  func position(_ offset: Int) -> Position {
    let p = lines.position(of: offset, in: .unicodeScalar)
    return Position(line: p.line + 1, column: p.column + 1)
  }

  func text(_ finding: Finding) -> String {
    String(decoding: bytes[finding.range], as: UTF8.self)
  }
}

/// Counts over a whole run.
struct Summary: Codable {
  var files: Int
  var findings: Int
  var conflicts: Int
  var disputed: Int

  init(_ reports: [FileReport]) {
    files = reports.count
    let all = reports.flatMap(\.findings)
    findings = all.count
    conflicts = all.filter { $0.rule == .conflict }.count
    disputed = all.filter { $0.rule == .disputed }.count
  }
}

/// Output formats of `factlint check`, each rendered by its own type.
enum OutputFormat: String, CaseIterable {
  case text, json, sarif, github

  func render(_ reports: [FileReport], color: Bool) -> String {
    switch self {
    case .text: return TextRenderer(color: color).render(reports)
    case .json: return JSONRenderer().render(reports)
    case .sarif: return SARIFRenderer().render(reports)
    case .github: return GitHubRenderer().render(reports)
    }
  }
}
