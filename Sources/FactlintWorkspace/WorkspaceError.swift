import FactlintCore
import Foundation

/// What can go wrong reading a project's files, said so the user can act on it.
public enum WorkspaceError: Error, Sendable, CustomStringConvertible {
  case unreadableFactBase(String, LocalFile.Refusal, limit: Int)
  case noFactBase
  case notASourcesFolder(String)
  case unreadableConfiguration(String)
  case configuration(ConfigurationError)

  public var description: String {
    switch self {
    case .unreadableFactBase(let path, let refusal, let limit):
      switch refusal {
      case .notAFile: return "\(path): cannot read the fact base: not a regular file (a folder, device or pipe)"
      case .tooLarge(let size): return "\(path): cannot read the fact base: \(size) bytes, more than the \(limit) a fact base may have"
      case .unreadable(let reason):
        if !FileManager.default.fileExists(atPath: path) { return "\(path): cannot read the fact base: no such file" }
        return "\(path): cannot read the fact base: not readable (\(reason))"
      }
    case .noFactBase: return "no fact base: without the default facts (--no-default-facts, or \"defaultFacts\": false) at least one fact base file is needed"
    case .notASourcesFolder(let path): return "\(path): the sources setting needs a folder of source texts named <source id>.txt"
    case .unreadableConfiguration(let path): return "\(path): cannot read the configuration file (no such file, or not readable)"
    case .configuration(let error): return "configuration error: \(error)"
    }
  }
}
