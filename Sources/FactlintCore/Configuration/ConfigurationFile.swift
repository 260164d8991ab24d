#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON shape of `.factlint.json`, decoded strictly: an unknown key or a
/// wrong type is a problem that names the key.
struct ConfigurationFile: Decodable {
  struct Problem: Error {
    var key: String?
    var message: String
  }

  struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  var configuration = Configuration()

  init(from decoder: any Decoder) throws {
    let c: KeyedDecodingContainer<Key>
    do { c = try decoder.container(keyedBy: Key.self) } catch {
      throw Problem(key: nil, message: "the configuration must be a JSON object")
    }
    for key in c.allKeys where !Configuration.keys.contains(key.stringValue) {
      throw Problem(key: key.stringValue, message: "unknown key (known keys: \(Configuration.keys.joined(separator: ", ")))")
    }
    func value<T: Decodable>(_ type: T.Type, _ name: String, _ expected: String) throws -> T? {
      do { return try c.decodeIfPresent(type, forKey: Key(stringValue: name)) } catch {
        throw Problem(key: name, message: "must be \(expected)")
      }
    }
    configuration.facts = try value([String].self, "facts", "an array of fact base file paths") ?? []
    configuration.defaultFacts = try value(Bool.self, "defaultFacts", "true or false") ?? true
    configuration.sources = try value(String.self, "sources", "a folder path")
    configuration.include = try value([String].self, "include", "an array of globs") ?? []
    configuration.exclude = try value([String].self, "exclude", "an array of globs") ?? []
    let severities = Severity.allCases.map(\.rawValue).joined(separator: ", ")
    if let rules = try value([String: String].self, "rules", "an object mapping rule names to \"off\" or a severity (\(severities))") {
      var settings: [Rule: RulePolicy.Setting] = [:]
      for (name, text) in rules.sorted(by: { $0.key < $1.key }) {
        guard let rule = Rule(rawValue: name) else {
          throw Problem(key: name, message: "unknown rule (rules: \(Rule.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let setting = RulePolicy.Setting(text) else {
          throw Problem(key: name, message: "must be \"off\" or a severity (\(severities)), not \"\(text)\"")
        }
        settings[rule] = setting
      }
      configuration.rules = RulePolicy(settings)
    }
    if let text = try value(String.self, "failOn", "a severity (\(severities))") {
      guard let severity = Severity(rawValue: text) else {
        throw Problem(key: "failOn", message: "must be a severity (\(severities)), not \"\(text)\"")
      }
      configuration.failOn = severity
    }
  }
}
