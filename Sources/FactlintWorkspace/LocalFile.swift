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
    let data: Data
    do { data = try handle.read(upToCount: limit + 1) ?? Data() } catch {
      throw .unreadable(reason: (error as NSError).localizedDescription)
    }
    // A file that grew while it was read is refused too.
    guard data.count <= limit else { throw .tooLarge(size: data.count) }
    return [UInt8](data)
  }
}
