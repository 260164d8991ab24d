/// Exit statuses of `factlint`, as CI reads them.
public enum ExitCode: Int32, Sendable {
  /// Nothing at or above the failing severity.
  case clean = 0
  /// Findings at or above the failing severity (or a fact base that fails validation).
  case findings = 1
  /// A usage error, an unreadable file or a broken fact base.
  case usage = 2
}

/// An error the user can act on, printed on stderr with exit status 2.
struct UsageError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
