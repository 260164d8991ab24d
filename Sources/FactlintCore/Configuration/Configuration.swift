#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A project's `.factlint.json`: which fact bases, which drafts, which rules.
/// Paths are kept as written; whoever reads the file resolves them against
/// the file's folder.
public struct Configuration: Sendable, Equatable {
  public static let fileName = ".factlint.json"

  /// Fact base files, in addition to the built-in one unless `defaultFacts` is false.
  public var facts: [String] = []
  public var defaultFacts = true
  /// A folder of source texts (`<source id>.txt`) to locate quotes in.
  public var sources: String? = nil
  /// Globs of drafts to check when a folder is given (default: Markdown and text files).
  public var include: [String] = []
  /// Globs of files never to check.
  public var exclude: [String] = []
  public var rules = RulePolicy()
  /// The least severe finding that fails the check.
  public var failOn: Severity? = nil

  public init() {}

  static let keys = ["facts", "defaultFacts", "sources", "include", "exclude", "rules", "failOn"]

  /// Reads a configuration file's bytes; `origin` names the file in errors.
  public static func parse(_ bytes: [UInt8], origin: String) throws(ConfigurationError) -> Configuration {
    let locator = JSONLocator(json: bytes)
    func error(_ key: String?, _ message: String) -> ConfigurationError {
      let (line, column) = key.map { locator.position(ofString: $0) } ?? (nil, nil)
      return ConfigurationError(file: origin, line: line, column: column, key: key, message: message)
    }
    let file: ConfigurationFile
    do {
      file = try JSONDecoder().decode(ConfigurationFile.self, from: Data(bytes))
    } catch let e as ConfigurationFile.Problem {
      throw error(e.key, e.message)
    } catch {
      throw ConfigurationError(file: origin, line: nil, column: nil, key: nil, message: "not valid JSON: \((error as? DecodingError).map(DecodingErrorDescription.describe) ?? "\(error)")")
    }
    return file.configuration
  }
}

/// A configuration problem, naming the file and the key.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var column: Int?
  public var key: String?
  public var message: String

  public var description: String {
    let at = line.map { ":\($0)" + (column.map { ":\($0)" } ?? "") } ?? ""
    return "\(file)\(at): \(key.map { "'\($0)': " } ?? "")\(message)"
  }
}
