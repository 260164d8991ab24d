import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that it is never left half-written: the new content goes
/// to a temporary file in the same folder, is flushed to disk, given the
/// original's permissions (and owner, when allowed) and renamed over it.
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
  /// A symbolic link stays a link: the file it points to is replaced.
  static func replace(_ path: String, with bytes: [UInt8], expecting expected: [UInt8]) throws(WriteError) {
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    guard let current = try? Data(contentsOf: URL(fileURLWithPath: target)), [UInt8](current) == expected else {
      throw .changedSinceRead(path)
    }
    var info = stat()
    guard stat(target, &info) == 0 else { throw .failed(path, errorText()) }
    let directory = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    var template = Array(((directory.isEmpty ? "." : directory) + "/.\(name).factlint-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw .failed(path, errorText()) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var failure: String? = nil
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n <= 0 { failure = errorText(); break }
      offset += n
    }
    // The original's permissions and, when allowed, its owner; then to disk.
    if failure == nil, fchmod(fd, info.st_mode & 0o7777) != 0 { failure = errorText() }
    if failure == nil { _ = fchown(fd, info.st_uid, info.st_gid) }
    if failure == nil, fsync(fd) != 0 { failure = errorText() }
    if close(fd) != 0, failure == nil { failure = errorText() }
    if failure == nil, rename(temporary, target) != 0 { failure = errorText() }
    if let failure {
      unlink(temporary)
      throw .failed(path, failure)
    }
    // The rename itself reaches the disk with the folder.
    let folder = open(directory.isEmpty ? "." : directory, O_RDONLY)
    if folder >= 0 { fsync(folder); close(folder) }
  }
}

private func errorText() -> String {
  guard let message = strerror(errno) else { return "error \(errno)" }
  var bytes: [UInt8] = []
  var p = message
  while p.pointee != 0 { bytes.append(UInt8(bitPattern: p.pointee)); p += 1 }
  return String(decoding: bytes, as: UTF8.self)
}
