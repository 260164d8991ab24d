import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that it is never left half-written: the new content goes
/// to a temporary file in the same folder, is flushed to disk, given the
/// original's permissions and renamed over it.
enum AtomicWriter {
  enum WriteError: Error, CustomStringConvertible {
    case changedSinceRead(String)
    case failed(String, String)

    var description: String {
      switch self {
      case .changedSinceRead(let path): return "\(path): changed since it was read; not overwritten (run again to fix the new version)"
      case .failed(let path, let reason): return "\(path): could not write: \(reason); the original is unchanged"
      }
    }
  }

  /// Replaces `path` with `bytes`, unless its content is no longer `expected`.
  static func replace(_ path: String, with bytes: [UInt8], expecting expected: [UInt8]) throws(WriteError) {
    guard let current = try? Data(contentsOf: URL(fileURLWithPath: path)), [UInt8](current) == expected else {
      throw .changedSinceRead(path)
    }
    var info = stat()
    let mode: mode_t = stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    var template = Array(((directory.isEmpty ? "." : directory) + "/.\(name).factlint-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw .failed(path, errorText()) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var ok = true
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n <= 0 { ok = false; break }
      offset += n
    }
    let reason = errorText()
    if ok { ok = fchmod(fd, mode) == 0 && fsync(fd) == 0 }
    close(fd)
    guard ok, rename(temporary, path) == 0 else {
      let why = ok ? errorText() : reason
      unlink(temporary)
      throw .failed(path, why)
    }
  }
}

private func errorText() -> String {
  guard let message = strerror(errno) else { return "error \(errno)" }
  var bytes: [UInt8] = []
  var p = message
  while p.pointee != 0 { bytes.append(UInt8(bitPattern: p.pointee)); p += 1 }
  return String(decoding: bytes, as: UTF8.self)
}
