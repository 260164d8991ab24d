/// One thing wrong with a fact base, located in its file.
public struct FactBaseProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file (or "<default>" for the embedded fact base).
  public var origin: String
  /// 1-based, when known.
  public var line: Int?
  public var column: Int?
  public var factID: String?
  public var message: String

  public init(origin: String, line: Int? = nil, column: Int? = nil, factID: String? = nil, message: String) {
    self.origin = origin
    self.line = line
    self.column = column
    self.factID = factID
    self.message = message
  }

  /// `facts.json:12:5: fact 'meta.capex-2025': quote not found in source '002_…'`
  public var description: String {
    var location = origin
    if let line { location += ":\(line)" + (column.map { ":\($0)" } ?? "") }
    let subject = factID.map { "fact '\($0)': " } ?? ""
    return "\(location): \(subject)\(message)"
  }
}

/// Why a fact base could not be used.
public enum FactBaseError: Error, Sendable, CustomStringConvertible {
  /// Not JSON, or JSON not in the v1 shape.
  case malformed(FactBaseProblem)
  /// Well-formed, but with broken references, unparseable values or quotes
  /// that are not in their source.
  case invalid([FactBaseProblem])

  public var problems: [FactBaseProblem] {
    switch self {
    case .malformed(let p): return [p]
    case .invalid(let ps): return ps
    }
  }

  public var description: String { problems.map(\.description).joined(separator: "\n") }
}
