import FactlintCore

/// `--format github`: workflow commands that GitHub Actions shows as
/// annotations on the pull request.
struct GitHubRenderer {
  func render(_ reports: [FileReport]) -> String {
    var out = ""
    for report in reports {
      for e in report.entries {
        let f = e.finding
        let start = e.start, end = e.end
        let command: String
        switch f.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .information, .hint: command = "notice"
        }
        var message = f.message
        if let r = f.replacement { message += " (fix: \(r))" }
        var properties = "file=\(property(report.path)),line=\(start.line),col=\(start.column)"
        if end.line == start.line { properties += ",endColumn=\(end.column)" } else { properties += ",endLine=\(end.line)" }
        properties += ",title=\(property("factlint " + f.rule.rawValue))"
        out += "::\(command) \(properties)::\(data(message))\n"
      }
    }
    return out
  }

  private func data(_ s: String) -> String {
    s.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
  }

  private func property(_ s: String) -> String {
    data(s).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }
}
