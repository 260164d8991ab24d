import FactlintCore

/// `path:line:col: severity: message [rule]`, then the sourced value, the fix
/// and the quotes, indented; colour only on a terminal.
struct TextRenderer {
  var color: Bool

  func render(_ reports: [FileReport]) -> String {
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
          let location = s.location.map { ":\($0.line):\($0.column)" } ?? ""
          out += "    source \(s.id)\(location)\(value): \(paint("“\(s.quote)”", "2"))\n"
        }
      }
    }
    let summary = Summary(reports)
    out += "\(summary.findings) finding\(summary.findings == 1 ? "" : "s") (\(summary.conflicts) conflict\(summary.conflicts == 1 ? "" : "s"), \(summary.disputed) disputed) in \(summary.files) file\(summary.files == 1 ? "" : "s")\n"
    return out
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
