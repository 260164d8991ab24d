import FactlintCore
import FactlintWorkspace

/// The fact base the editor's settings ask for, or as much of it as can be
/// loaded: a fact base file that cannot be read or is broken, or a sources
/// folder that is not one, is left out and reported, and the server checks
/// with the rest (at worst the built-in base) rather than refuse to start.
struct UsableSettings {
  /// The settings with what could not be used left out.
  var settings: ServerSettings
  var base: FactBase
  /// What was left out and why, for `window/showMessage`.
  var problems: [String] = []

  init(_ asked: ServerSettings, limit: Int) {
    var settings = asked
    var problems: [String] = []
    // Each pass leaves out what the last one could not use; at most one pass per file, and the sources folder.
    for _ in 0...(asked.facts.count + 1) {
      do {
        base = try FactBaseFiles.load(files: settings.facts, includeDefault: !settings.noDefaultFacts, sources: settings.sources, limit: limit)
        self.settings = settings
        self.problems = problems
        return
      } catch let error as WorkspaceError {
        problems.append(error.description)
        switch error {
        case .unreadableFactBase(let path, _, _): settings.facts.removeAll { $0 == path }
        case .notASourcesFolder: settings.sources = nil
        case .noFactBase: settings.noDefaultFacts = false
        default: settings.facts = []
        }
      } catch let error as FactBaseError {
        problems.append("the fact base is broken: " + error.summarized(optOut: "the noDefaultFacts setting").joined(separator: "\n"))
        // The files the problems are in are left out; the built-in base is never broken.
        let broken = Set(error.problems.map(\.origin))
        let kept = settings.facts.filter { !broken.contains($0) }
        settings.facts = kept.count < settings.facts.count ? kept : []
        if settings.facts.isEmpty { settings.noDefaultFacts = false }
      } catch {
        problems.append("\(error)")
        settings.facts = []
        settings.noDefaultFacts = false
      }
    }
    // Unreachable in practice: the built-in base alone always loads.
    settings = ServerSettings()
    base = (try? FactBase.loadDefault()) ?? .empty
    self.settings = settings
    self.problems = problems
  }
}
