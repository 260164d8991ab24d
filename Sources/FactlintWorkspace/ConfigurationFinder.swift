import FactlintCore
import Foundation

/// A configuration file read and its paths resolved against its folder.
public struct ResolvedConfiguration: Sendable, Equatable {
  /// The file, absolute.
  public var path: String
  /// The file's folder: relative paths and globs start here.
  public var folder: String
  /// The configuration, with `facts` and `sources` made absolute.
  public var configuration: Configuration

  /// Reads and parses one configuration file.
  public static func load(_ path: String) throws(WorkspaceError) -> ResolvedConfiguration {
    let absolute = WorkspacePath.absolute(path)
    guard let data = FileManager.default.contents(atPath: absolute) else { throw .unreadableConfiguration(path) }
    var configuration: Configuration
    do { configuration = try Configuration.parse([UInt8](data), origin: path) } catch { throw .configuration(error) }
    let folder = (absolute as NSString).deletingLastPathComponent
    configuration.facts = configuration.facts.map { WorkspacePath.absolute($0, in: folder) }
    configuration.sources = configuration.sources.map { WorkspacePath.absolute($0, in: folder) }
    return ResolvedConfiguration(path: absolute, folder: folder, configuration: configuration)
  }

  /// Whether a file is excluded, or (when `include` is set) not included.
  public func selects(_ file: String) -> Bool {
    let relative = WorkspacePath.relative(WorkspacePath.absolute(file), to: folder)
    if configuration.exclude.contains(where: { WorkspacePath.matches($0, relative) }) { return false }
    return configuration.include.isEmpty || configuration.include.contains { WorkspacePath.matches($0, relative) }
  }
}

/// Finds the `.factlint.json` that governs a file: in the file's folder or
/// the nearest parent. Remembers what it found for each folder.
public struct ConfigurationFinder {
  private var found: [String: ResolvedConfiguration?] = [:]

  public init() {}

  /// The configuration for a file, or nil when no folder above it has one.
  public mutating func configuration(for file: String) throws(WorkspaceError) -> ResolvedConfiguration? {
    try configuration(inOrAbove: (WorkspacePath.absolute(file) as NSString).deletingLastPathComponent)
  }

  private mutating func configuration(inOrAbove folder: String) throws(WorkspaceError) -> ResolvedConfiguration? {
    if let known = found[folder] { return known }
    let candidate = folder == "/" ? "/" + Configuration.fileName : folder + "/" + Configuration.fileName
    let result: ResolvedConfiguration?
    if FileManager.default.fileExists(atPath: candidate) {
      result = try ResolvedConfiguration.load(candidate)
    } else if folder == "/" || folder.isEmpty {
      result = nil
    } else {
      result = try configuration(inOrAbove: (folder as NSString).deletingLastPathComponent)
    }
    found[folder] = result
    return result
  }
}
