import FactlintCore

/// One checked draft and its findings, with positions for display. It keeps
/// only what the renderers need, not the draft, so a large batch does not
/// hold every file in memory — unless the format shows drafts (`html`), and
/// then only drafts with findings.
struct FileReport {
  struct Position: Codable, Equatable { var line: Int; var column: Int }

  /// A finding with its 1-based line and column (Unicode scalars) and its text.
  struct Entry {
    var finding: Finding
    var start: Position
    var end: Position
    var text: String
  }

  var path: String
  var entries: [Entry] = []
  var findings: [Finding] { entries.map(\.finding) }
  /// The checked bytes (findings' ranges point into them), when kept.
  var draft: [UInt8]?

  init(path: String, bytes: [UInt8], findings: [Finding], keepingDraft: Bool = false) {
    self.path = path
    guard !findings.isEmpty else { return }
    if keepingDraft { draft = bytes }
    let lines = LineIndex(bytes: bytes)
    func position(_ offset: Int) -> Position {
      let p = lines.position(of: offset, in: .unicodeScalar)
      return Position(line: p.line + 1, column: p.column + 1)
    }
    entries = findings.map { f in
      Entry(finding: f, start: position(f.range.lowerBound), end: position(f.range.upperBound), text: String(decoding: bytes[f.range], as: UTF8.self))
    }
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
  case text, json, sarif, github, html

  /// Whether the renderer shows the drafts themselves, so reports keep them.
  var showsDrafts: Bool { self == .html }

  func render(_ reports: [FileReport], color: Bool) -> String {
    switch self {
    case .text: return TextRenderer(color: color).render(reports)
    case .json: return JSONRenderer().render(reports)
    case .sarif: return SARIFRenderer().render(reports)
    case .github: return GitHubRenderer().render(reports)
    case .html: return HTMLRenderer().render(reports)
    }
  }
}
