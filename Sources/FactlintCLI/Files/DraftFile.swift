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
    case notUTF8(String, offset: Int)
    case binary(String)
    case notAFile(String)
    case tooLarge(String, size: Int)

    var description: String {
      switch self {
      case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
      case .notUTF8(let path, let offset): return "\(path): not UTF-8 text (invalid byte at offset \(offset)); skipped"
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
    var bytes = original
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    if bom { bytes.removeFirst(3) }
    // (memchr: the C library's search reads many bytes at once; `contains` read one at a time.)
    if bytes.withUnsafeBytes({ $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }) { throw .binary(path) }
    // (Validated in place, where the first bad byte is found too: making a `String` copied the draft.)
    do { _ = try UTF8Span(validating: bytes.span) } catch { throw .notUTF8(path, offset: error.byteOffsets.lowerBound + (bom ? 3 : 0)) }
    return DraftFile(path: path, bytes: bytes, hasBOM: bom, original: original)
  }
}
