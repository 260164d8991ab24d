import Foundation

/// Files the settings name (fact bases, source texts): read only when they
/// are regular files within the size limit, so a setting naming a device, a
/// pipe or a huge file cannot hang the server or exhaust its memory.
public enum LocalFile {
  public static func read(_ path: String, limit: Int) -> [UInt8]? {
    // (Through links: a link to a fact base is as good as the file.)
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path),
          attributes[.type] as? FileAttributeType == .typeRegular,
          let size = attributes[.size] as? Int, size <= limit,
          let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: limit + 1), data.count <= limit else { return nil }
    return [UInt8](data)
  }
}
