import FactlintCore
import FactlintWorkspace

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
  /// Findings hidden by a silencing comment in the draft.
  var silenced = 0
  /// Findings left out because the baseline already records them.
  var baselined = 0
  /// The checked bytes (findings' ranges point into them), when kept.
  var draft: [UInt8]?

  init(path: String, bytes: [UInt8], findings: [Finding], silenced: Int = 0, keepingDraft: Bool = false) {
    self.path = path
    self.silenced = silenced
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
struct Summary: Encodable {
  var files: Int
  var findings: Int
  var conflicts: Int
  var disputed: Int
  /// Findings by rule name.
  var rules: [String: Int]
  var silenced: Int
  var baselined: Int
  /// Files that could not be checked (not UTF-8, binary, unreadable).
  var skipped: Int
  /// Wall-clock time of the run, in seconds; shown in text, left out of JSON so it stays reproducible.
  var seconds: Double?

  enum CodingKeys: String, CodingKey { case files, findings, conflicts, disputed, rules, silenced, baselined, skipped }

  init(_ reports: [FileReport], skipped: Int = 0, seconds: Double? = nil) {
    files = reports.count
    let all = reports.flatMap(\.findings)
    findings = all.count
    conflicts = all.filter { $0.rule == .conflict }.count
    disputed = all.filter { $0.rule == .disputed }.count
    rules = Dictionary(grouping: all, by: \.rule.rawValue).mapValues(\.count)
    silenced = reports.reduce(0) { $0 + $1.silenced }
    baselined = reports.reduce(0) { $0 + $1.baselined }
    self.skipped = skipped
    self.seconds = seconds
  }
}

/// Output formats of `factlint check`, each rendered by its own type.
enum OutputFormat: String, CaseIterable {
  case text, json, sarif, github, html

  /// Whether the renderer shows the drafts themselves, so reports keep them.
  var showsDrafts: Bool { self == .html }

  /// `provenance`: the fact bases the drafts were checked against (the html format names them).
  func render(_ reports: [FileReport], summary: Summary, color: Bool, provenance: [FactBaseProvenance] = []) -> String {
    switch self {
    case .text: return TextRenderer(color: color).render(reports, summary: summary)
    case .json: return JSONRenderer().render(reports, summary: summary)
    case .sarif: return SARIFRenderer().render(reports)
    case .github: return GitHubRenderer().render(reports)
    case .html: return HTMLRenderer(provenance: provenance, date: ReportDate.now()).render(reports, summary: summary)
    }
  }
}
