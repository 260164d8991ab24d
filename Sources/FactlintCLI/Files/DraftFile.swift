import FactlintWorkspace
import Foundation

/// A draft read from disk: its bytes as checked (a UTF-8 byte order mark is
/// set aside and restored on write).
struct DraftFile {
  var path: String
  var bytes: [UInt8]
  var hasBOM: Bool
  /// The file exactly as read, to detect a change before writing.
  var original: [UInt8]

  enum ReadError: Error, CustomStringConvertible {
    case unreadable(String, String)
    /// `offset` counts bytes from the file's start; `line` and `column` (1-based,
    /// the column in characters) are where an editor shows the bad byte.
    case notUTF8(String, offset: Int, line: Int, column: Int, byte: UInt8)
    case binary(String)
    case notAFile(String)
    case tooLarge(String, size: Int)

    var description: String {
      switch self {
      case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
      case .notUTF8(let path, _, let line, let column, let byte):
        return "\(path):\(line):\(column): not UTF-8 text (byte 0x\(String(byte, radix: 16, uppercase: true)) at line \(line), column \(column) is not part of a UTF-8 character; save the file as UTF-8); skipped"
      case .binary(let path): return "\(path): looks like a binary file (contains NUL bytes); skipped"
      case .notAFile(let path): return "\(path): not a regular file (a device, pipe or socket); skipped"
      case .tooLarge(let path, let size): return "\(path): \(size) bytes, more than a draft may have (\(DraftFile.maximumBytes)); skipped"
      }
    }
  }

  /// Larger files are refused before they are read, so a stray log or disk
  /// image cannot exhaust memory.
  static let maximumBytes = 32 << 20

  static func read(_ path: String) throws(ReadError) -> DraftFile {
    let original: [UInt8]
    do { original = try LocalFile.read(path, limit: maximumBytes) } catch {
      switch error {
      case .notAFile: throw .notAFile(path)
      case .tooLarge(let size): throw .tooLarge(path, size: size)
      case .unreadable(let reason): throw .unreadable(path, reason)
      }
    }
    return try decode(original, path: path)
  }

  /// A draft from bytes already read (a file, or standard input under the name `path`).
  static func decode(_ original: [UInt8], path: String) throws(ReadError) -> DraftFile {
    if original.count > maximumBytes { throw .tooLarge(path, size: original.count) }
    var bytes = original
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    if bom { bytes.removeFirst(3) }
    // (memchr: the C library's search reads many bytes at once; `contains` read one at a time.)
    if bytes.withUnsafeBytes({ $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }) { throw .binary(path) }
    // (Validated in place, where the first bad byte is found too: making a `String` copied the draft.)
    do { _ = try UTF8Span(validating: bytes.span) } catch {
      let bad = error.byteOffsets.lowerBound
      // Everything before the bad byte is UTF-8: its line is counted by line feeds, its column by characters.
      let lineStart = bytes[..<bad].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      let line = bytes[..<lineStart].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      let column = bytes[lineStart..<bad].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
      throw .notUTF8(path, offset: bad + (bom ? 3 : 0), line: line, column: column, byte: bytes[bad])
    }
    return DraftFile(path: path, bytes: bytes, hasBOM: bom, original: original)
  }
}
