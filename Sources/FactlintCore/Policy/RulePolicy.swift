/// What a configuration says of each rule: off, or on at a severity.
public struct RulePolicy: Sendable, Equatable {
  /// One rule's setting, as written in a configuration: `"off"` or a severity.
  public enum Setting: Sendable, Equatable {
    case off
    case on(Severity)

    /// Parses `"off"` or a severity name; nil for anything else.
    public init?(_ text: String) {
      if text == "off" { self = .off; return }
      guard let severity = Severity(rawValue: text) else { return nil }
      self = .on(severity)
    }
  }

  public var settings: [Rule: Setting]

  public init(_ settings: [Rule: Setting] = [:]) {
    self.settings = settings
  }

  public func isEnabled(_ rule: Rule) -> Bool { settings[rule] != .off }

  /// Drops the findings of rules turned off and gives the others their configured severity.
  public func apply(_ findings: [Finding]) -> [Finding] {
    guard !settings.isEmpty else { return findings }
    return findings.compactMap { finding in
      switch settings[finding.rule] {
      case .off?: return nil
      case .on(let severity)?:
        var f = finding
        // A configured severity does not make a finding on an unreviewed fact an error.
        f.severity = f.isUnreviewed ? min(severity, .warning) : severity
        return f
      case nil: return finding
      }
    }
  }
}
