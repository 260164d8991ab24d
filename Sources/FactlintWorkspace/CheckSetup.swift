import FactlintCore

/// What a check runs with: the checker over the fact bases, the rule policy
/// and the failing severity — built from a configuration file (if any) and
/// the settings that override it.
public struct CheckSetup: Sendable {
  public var checker: Checker
  public var policy: RulePolicy
  public var failOn: Severity
  /// The configuration file it came from, if any.
  public var configurationPath: String?
  /// What the fact base was made of, for reports.
  public var provenance: FactBaseProvenance

  /// Settings given outside the configuration file (command line, editor); they win over it.
  public struct Overrides: Sendable, Equatable, Hashable {
    public var facts: [String] = []
    public var noDefaultFacts = false
    public var sources: String? = nil
    public var failOn: Severity? = nil
    public init(facts: [String] = [], noDefaultFacts: Bool = false, sources: String? = nil, failOn: Severity? = nil) {
      self.facts = facts
      self.noDefaultFacts = noDefaultFacts
      self.sources = sources
      self.failOn = failOn
    }
  }

  public static func load(_ resolved: ResolvedConfiguration?, _ overrides: Overrides) throws -> CheckSetup {
    let configuration = resolved?.configuration ?? Configuration()
    let files = configuration.facts + overrides.facts
    let includeDefault = configuration.defaultFacts && !overrides.noDefaultFacts
    let sources = overrides.sources ?? configuration.sources
    let base = try FactBaseFiles.load(files: files, includeDefault: includeDefault, sources: sources)
    return CheckSetup(checker: Checker(factBase: base), policy: configuration.rules,
                      failOn: overrides.failOn ?? configuration.failOn ?? .error, configurationPath: resolved?.path,
                      provenance: FactBaseProvenance(includesDefault: includeDefault, files: files, sourcesFolder: sources, base: base))
  }
}
