import Foundation

/// Every file the tool reads (drafts, fact bases, source texts): read only
/// when it is a regular file within the size limit, so a path naming a
/// device, a pipe or a huge file cannot hang the tool or exhaust its memory.
public enum LocalFile {
  public enum Refusal: Error, Sendable {
    case notAFile
    case tooLarge(size: Int)
    case unreadable(reason: String)
  }

  public static func read(_ path: String, limit: Int) throws(Refusal) -> [UInt8] {
    // (Through links: a link to a draft or a fact base is as good as the file.)
    let attributes: [FileAttributeKey: Any]
    do { attributes = try FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path) } catch {
      throw .unreadable(reason: (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription)
    }
    guard attributes[.type] as? FileAttributeType == .typeRegular else { throw .notAFile }
    if let size = attributes[.size] as? Int, size > limit { throw .tooLarge(size: size) }
    guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(reason: "permission denied") }
    defer { try? handle.close() }
    // Straight into the array: a large fact base is never held twice (as
    // `Data`, then as bytes). One byte more than the file's size is asked
    // for, so a file that grew while it was read is seen, and refused if now
    // over the limit.
    var bytes: [UInt8] = []
    var chunk = min((attributes[.size] as? Int) ?? 0, limit) + 1
    while true {
      let (read, failure) = readChunk(handle.fileDescriptor, upTo: chunk)
      if let failure { throw .unreadable(reason: failure) }
      if bytes.isEmpty { bytes = read } else { bytes += read }
      // A short read is the end of the file.
      guard read.count == chunk, bytes.count <= limit else { break }
      chunk = min(max(bytes.count, 1 << 16), limit - bytes.count + 1)
    }
    guard bytes.count <= limit else { throw .tooLarge(size: bytes.count) }
    return bytes
  }

  /// Up to `count` bytes of `fd`, fewer only at the end of the file; or why not.
  private static func readChunk(_ fd: Int32, upTo count: Int) -> ([UInt8], String?) {
    var failure: String?
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = 0
      while initialized < count {
        let n = systemRead(fd, buffer.baseAddress! + initialized, count - initialized)
        if n == 0 { break }
        if n < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          break
        }
        initialized += n
      }
    }
    return (bytes, failure)
  }
}

/// `read(2)`, out of reach of `LocalFile.read`'s name.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
  read(fd, buffer, count)
}
