import FactlintWorkspace

/// What the client may configure, through `initializationOptions` or
/// `workspace/didChangeConfiguration` (`settings.factlint`).
struct ServerSettings: Equatable {
  var facts: [String] = []
  var noDefaultFacts = false
  var sources: String? = nil
  /// Per-rule severities ("conflict": "warning").
  var severities: [String: String] = [:]

  init() {}

  /// What these settings override in a project's `.factlint.json`.
  var overrides: CheckSetup.Overrides {
    CheckSetup.Overrides(facts: facts, noDefaultFacts: noDefaultFacts, sources: sources)
  }

  /// `root`: the workspace folder, against which relative paths are resolved.
  init(_ json: JSONValue?, root: String? = nil) throws(RPCError) {
    // Neovim sends an empty Lua table, `[]`, for "no options".
    guard let json, json != .null, json != .array([]) else { return }
    let settings = json["factlint"] ?? json
    if settings == .array([]) { return }
    guard settings.object != nil else { throw .invalidParams("factlint settings must be an object") }
    if let facts = settings["facts"] {
      guard let list = facts.array?.compactMap(\.string), list.count == facts.array?.count else { throw .invalidParams("'facts' must be an array of file paths") }
      self.facts = list.map { WorkspacePath.absolute($0, in: root) }
    }
    if let flag = settings["noDefaultFacts"] {
      guard let b = flag.bool else { throw .invalidParams("'noDefaultFacts' must be true or false") }
      noDefaultFacts = b
    }
    if let s = settings["sources"] {
      guard let path = s.string else { throw .invalidParams("'sources' must be a folder path") }
      // An editor's empty default ("sources": "") means no sources folder.
      sources = path.isEmpty ? nil : WorkspacePath.absolute(path, in: root)
    }
    if let s = settings["severities"]?.object {
      for (rule, value) in s {
        guard let v = value.string else { throw .invalidParams("severity of '\(rule)' must be a string") }
        severities[rule] = v
      }
    }
  }
}
