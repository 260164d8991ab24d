/// Why a JSON text was refused, and the byte offset where it went wrong.
public struct JSONError: Error, Equatable, Sendable {
  public enum Reason: Equatable, Sendable {
    /// Not JSON (RFC 8259): what was wrong, in a few words.
    case invalid(String)
    /// Arrays and objects nested deeper than the reader's limit.
    case tooDeep(limit: Int)
  }

  public var reason: Reason
  /// Byte offset in the text.
  public var offset: Int

  public init(_ reason: Reason, offset: Int) {
    self.reason = reason
    self.offset = offset
  }

  static func invalid(_ what: String, at offset: Int) -> JSONError { JSONError(.invalid(what), offset: offset) }

  /// What went wrong, without where: "unexpected end of text".
  public var summary: String {
    switch reason {
    case .invalid(let what): return what
    case .tooDeep(let limit): return "nested more than \(limit) levels deep"
    }
  }
}

/// 1-based line and column (in Unicode scalars) of byte offsets in a text,
/// for offsets asked in increasing order: each call walks on from the last,
/// so locating every record of a large file stays linear.
public struct TextPositionCursor {
  private let bytes: [UInt8]
  private var offset = 0, line = 1, column = 1

  public init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  public mutating func position(of target: Int) -> (line: Int, column: Int) {
    // A smaller offset than the last starts over: still right, only slower.
    if target < offset { (offset, line, column) = (0, 1, 1) }
    let end = min(target, bytes.count)
    while offset < end {
      let b = bytes[offset]
      if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
      offset += 1
    }
    return (line, column)
  }
}
