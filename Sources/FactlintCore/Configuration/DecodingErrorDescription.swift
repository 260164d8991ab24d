#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns a `DecodingError` into a sentence naming the JSON path at fault.
enum DecodingErrorDescription {
  static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing required field '\(key.stringValue)' at \(path(context.codingPath))"
    case .typeMismatch(let type, let context):
      return "wrong type at \(path(context.codingPath)): expected \(typeName(type))"
    case .valueNotFound(let type, let context):
      return "missing value at \(path(context.codingPath)): expected \(typeName(type))"
    case .dataCorrupted(let context):
      let detail = (context.underlyingError.map { "\($0)" } ?? context.debugDescription)
      return context.codingPath.isEmpty ? "not valid JSON: \(detail)" : "invalid value at \(path(context.codingPath)): \(context.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Int.Type: return "an integer"
    case is [Any].Type: return "an array"
    default: return "\(type)".contains("Array") ? "an array" : "an object"
    }
  }
}
