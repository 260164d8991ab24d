import FactlintCore

/// Reads a JSON text (RFC 8259, UTF-8) into a `JSONValue` with the core's
/// `JSONReader`, refusing nesting deeper than a limit, so a hostile message
/// is an error and never exhausts the stack. Every failure says where the
/// text went wrong.
public enum JSONParser {
  /// Deep enough for any LSP message (the deepest are about ten levels).
  public static let defaultMaximumDepth = JSONReader.defaultMaximumDepth

  public enum ParseError: Error, Equatable, Sendable {
    case invalid(String, offset: Int)
    case tooDeep(limit: Int, offset: Int)

    init(_ error: JSONError) {
      switch error.reason {
      case .invalid(let what): self = .invalid(what, offset: error.offset)
      case .tooDeep(let limit): self = .tooDeep(limit: limit, offset: error.offset)
      }
    }

    public var message: String {
      switch self {
      case .invalid(let what, let offset): return "invalid JSON at byte \(offset): \(what)"
      case .tooDeep(let limit, let offset): return "JSON nested more than \(limit) levels deep (at byte \(offset))"
      }
    }
  }

  public static func parse(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth) throws(ParseError) -> JSONValue {
    var reader = JSONReader(bytes, maximumDepth: maximumDepth)
    do {
      let value = try value(&reader)
      try reader.end()
      return value
    } catch {
      throw ParseError(error)
    }
  }

  /// Recursion is bounded by the reader's depth limit.
  private static func value(_ reader: inout JSONReader) throws(JSONError) -> JSONValue {
    switch try reader.peek() {
    case .object:
      try reader.beginObject()
      var members: [String: JSONValue] = [:]
      while let key = try reader.nextKey() { members[key] = try value(&reader) }
      return .object(members)
    case .array:
      try reader.beginArray()
      var elements: [JSONValue] = []
      while try reader.nextElement() { elements.append(try value(&reader)) }
      return .array(elements)
    case .string: return .string(try reader.readString())
    case .number: return .number(try reader.readNumber())
    case .bool: return .bool(try reader.readBool())
    case .null: try reader.readNull(); return .null
    }
  }
}
