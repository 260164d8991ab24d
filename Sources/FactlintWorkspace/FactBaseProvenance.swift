import FactlintCore

/// What a check's fact base was made of, for a report to name: the built-in
/// base or not, the files, the sources folder, and the sources the facts cite.
public struct FactBaseProvenance: Sendable, Equatable {
  public var includesDefault: Bool
  public var files: [String]
  public var sourcesFolder: String?
  public var factCount: Int
  public var sources: [Source]

  public init(includesDefault: Bool, files: [String], sourcesFolder: String?, base: FactBase) {
    self.includesDefault = includesDefault
    self.files = files
    self.sourcesFolder = sourcesFolder
    factCount = base.facts.count
    sources = base.sources
  }

  /// "the built-in fact base and story.json", in the order they were read.
  public var description: String {
    let names = (includesDefault ? ["the built-in fact base"] : []) + files
    guard let last = names.last else { return "no fact base" }
    return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
  }
}
