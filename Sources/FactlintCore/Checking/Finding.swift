/// The rules a finding can come from.
public enum Rule: String, Sendable, Hashable, CaseIterable, Codable {
  /// The claim contradicts every source.
  case conflict
  /// The sources disagree with each other and the claim takes one side.
  case disputed
  /// A weekday written with a date does not fall on that date.
  case weekday
  /// A bounded figure that is true only because it is a thousand times off:
  /// "more than three million users" where the sources say three billion.
  case scale

  public var defaultSeverity: Severity {
    switch self {
    case .conflict: return .error
    case .disputed, .weekday, .scale: return .warning
    }
  }

  public var summary: String {
    switch self {
    case .conflict: return "A figure contradicts the sourced fact."
    case .disputed: return "The sources disagree on this figure; the draft takes one side."
    case .weekday: return "A weekday does not match the date it is written with."
    case .scale: return "A bounded figure is literally true but looks a thousand times off."
    }
  }
}

public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
  case error, warning, information, hint

  private var rank: Int {
    switch self {
    case .error: return 3
    case .warning: return 2
    case .information: return 1
    case .hint: return 0
    }
  }

  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A source quoted as evidence for a finding.
public struct SourceCitation: Sendable, Hashable {
  public var id: String
  public var title: String
  public var url: String?
  public var quote: String
  /// The value this source gives, when the sources disagree.
  public var value: String?
  public var location: QuoteLocation?
}

/// A problem found in a draft: where, which rule, what the sources say and
/// how to fix it. Ranges are UTF-8 byte offsets into the checked text.
public struct Finding: Sendable, Hashable {
  public var range: Range<Int>
  public var rule: Rule
  public var severity: Severity
  public var message: String
  public var factID: String?
  /// The sourced value in plain words ("52", "$14.3 billion", "April 8, 2026").
  public var expected: String?
  /// Text to put in place of `range`, written the way the draft writes values.
  public var replacement: String?
  public var sources: [SourceCitation]
  /// The finding rests on a fact nobody has reviewed (`"status": "proposed"`):
  /// it is at most a warning, says so, and no fix-all applies its replacement.
  public var isUnreviewed = false

  public init(range: Range<Int>, rule: Rule, severity: Severity? = nil, message: String, factID: String?, expected: String?, replacement: String?, sources: [SourceCitation]) {
    self.range = range
    self.rule = rule
    self.severity = severity ?? rule.defaultSeverity
    self.message = message
    self.factID = factID
    self.expected = expected
    self.replacement = replacement
    self.sources = sources
  }
}

extension Finding {
  /// The same finding resting on an unreviewed fact: at most a warning, and saying so.
  func unreviewed() -> Finding {
    var f = self
    f.isUnreviewed = true
    f.severity = min(f.severity, .warning)
    f.message += " (unreviewed fact: proposed by extraction, not yet checked by a person)"
    return f
  }

  /// The same finding with its range moved by `delta` bytes.
  func shifted(by delta: Int) -> Finding {
    var f = self
    f.range = (range.lowerBound + delta)..<(range.upperBound + delta)
    return f
  }
}
