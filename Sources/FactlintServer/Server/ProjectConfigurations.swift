import FactlintCore
import FactlintWorkspace
import Foundation

/// The `.factlint.json` files that govern open documents: a document saved
/// under a folder with one is checked with that file's fact bases and rules,
/// the same as `factlint check` would; the editor's settings still win.
struct ProjectConfigurations {
  private var finder = ConfigurationFinder()
  private var loaded: [String: (setup: CheckSetup, modified: Date?)] = [:]
  /// Problems already shown, so a broken file is not announced on every keystroke.
  private var reported: Set<String> = []
  /// Counts the setups loaded, so a document knows when its checker changed.
  private(set) var generation = 0

  /// Forgets what was found, after the editor's settings or files on disk changed.
  mutating func reset() {
    finder = ConfigurationFinder()
    loaded = [:]
    reported = []
    generation += 1
  }

  /// True the first time a problem is seen.
  mutating func isNew(_ problem: String) -> Bool { reported.insert(problem).inserted }

  /// The setup for a document, or nil when no configuration file governs it
  /// (or it is not a file). A configuration edited on disk is read again.
  mutating func setup(for uri: String, overrides: CheckSetup.Overrides) throws -> CheckSetup? {
    guard let path = Self.path(of: uri), let resolved = try finder.configuration(for: path) else { return nil }
    let modified = Self.modificationDate(resolved.path)
    if let known = loaded[resolved.path], known.modified == modified { return known.setup }
    let fresh = try ResolvedConfiguration.load(resolved.path)
    let setup = try CheckSetup.load(fresh, overrides)
    loaded[resolved.path] = (setup, modified)
    generation += 1
    return setup
  }

  /// The file path of a `file://` URI, percent-decoded.
  static func path(of uri: String) -> String? {
    guard uri.hasPrefix("file://"), let url = URL(string: uri), url.isFileURL else { return nil }
    return url.path
  }

  static func modificationDate(_ path: String) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
  }
}
