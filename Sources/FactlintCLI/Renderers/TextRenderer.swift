import FactlintCore
import Foundation

/// `path:line:col: severity: message [rule]`, then the sourced value, the fix
/// and the quotes, indented; colour only on a terminal.
struct TextRenderer {
  var color: Bool

  func render(_ reports: [FileReport], summary: Summary) -> String {
    var out = ""
    for report in reports {
      for e in report.entries {
        let f = e.finding
        let p = e.start
        out += "\(report.path):\(p.line):\(p.column): \(paint(f.severity.rawValue, severityColor(f.severity))): \(f.message) [\(f.rule.rawValue)]\n"
        if let replacement = f.replacement {
          out += "    fix: \(e.text) → \(paint(replacement, "32"))\n"
        }
        for s in f.sources {
          let value = s.value.map { " (\($0))" } ?? ""
          // A writer reads the source's title; its id is in the JSON and SARIF output.
          let location = s.location.map { ", line \($0.line)" } ?? ""
          out += "    source: \(s.title)\(location)\(value): \(paint("“\(s.quote)”", "2"))\n"
        }
      }
    }
    out += summaryLine(summary) + "\n"
    return out
  }

  /// "2 findings (conflict 1, weekday 1) in 3 files; 1 silenced; 1 file skipped; 0.02 s"
  func summaryLine(_ s: Summary) -> String {
    var line = "\(s.findings) finding\(s.findings == 1 ? "" : "s")"
    if !s.rules.isEmpty { line += " (" + s.rules.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")" }
    line += " in \(s.files) file\(s.files == 1 ? "" : "s")"
    if s.silenced > 0 { line += "; \(s.silenced) silenced" }
    if s.baselined > 0 { line += "; \(s.baselined) in the baseline" }
    if s.skipped > 0 { line += "; \(s.skipped) file\(s.skipped == 1 ? "" : "s") skipped" }
    if let seconds = s.seconds { line += String(format: "; %.2f s", seconds) }
    return line
  }

  private func severityColor(_ s: Severity) -> String {
    switch s {
    case .error: return "1;31"
    case .warning: return "1;33"
    case .information: return "1;34"
    case .hint: return "2"
    }
  }

  private func paint(_ text: String, _ code: String) -> String {
    color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
