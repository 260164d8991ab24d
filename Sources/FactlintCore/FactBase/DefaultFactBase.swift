extension FactBase {
  /// The fact base built into factlint: every checkable figure in the five
  /// source articles about Meta's Muse Spark (see `protocol/factbase.md`).
  public static let defaultJSON: [UInt8] = PackageResources.default_facts_json

  /// Name under which problems in the embedded fact base are reported.
  public static let defaultOrigin = "<default facts>"

  public static func loadDefault() throws(FactBaseError) -> FactBase {
    try load([(defaultOrigin, defaultJSON)])
  }
}
