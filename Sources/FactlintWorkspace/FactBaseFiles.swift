import FactlintCore
import Foundation

/// Reads fact base files (plus the embedded one) and folders of source texts.
public enum FactBaseFiles {
  /// The largest fact base or source text read, by default; a device, a pipe
  /// or a larger file is refused unread.
  public static let maximumFileBytes = 256 << 20

  public static func inputs(files: [String], includeDefault: Bool, limit: Int = maximumFileBytes) throws(WorkspaceError) -> [(origin: String, json: [UInt8])] {
    var inputs: [(String, [UInt8])] = includeDefault ? [(FactBase.defaultOrigin, FactBase.defaultJSON)] : []
    for path in files {
      do { inputs.append((path, try LocalFile.read(path, limit: limit))) } catch { throw .unreadableFactBase(path, error, limit: limit) }
    }
    if inputs.isEmpty { throw .noFactBase }
    return inputs
  }

  /// Loads the fact bases and locates their quotes in the source texts, if any.
  public static func load(files: [String], includeDefault: Bool, sources: String?, limit: Int = maximumFileBytes) throws -> FactBase {
    var base = try FactBase.load(try inputs(files: files, includeDefault: includeDefault, limit: limit))
    if let sources { base.locateQuotes(in: try sourceTexts(in: sources, limit: limit)) }
    return base
  }

  /// The files of a sources folder that `facts extract` reads as sources.
  public static func sourceFiles(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { !$0.hasPrefix(".") && ["txt", "md", "markdown", "html", "htm"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
  }

  /// Texts of a sources folder, keyed by file name without extension (the source id).
  public static func sourceTexts(in folder: String, limit: Int = maximumFileBytes) throws(WorkspaceError) -> [String: String] {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { throw .notASourcesFolder(folder) }
    var texts: [String: String] = [:]
    for name in (try? fm.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
      let id = (name as NSString).deletingPathExtension
      guard let data = try? LocalFile.read(folder + "/" + name, limit: limit), String(validating: data, as: UTF8.self) != nil else { continue }
      // An HTML source is quoted from its text, as `facts extract` read it.
      let readable = SourceText(id: id, format: SourceText.Format(fileName: name), bytes: data).readable
      texts[id] = String(decoding: readable, as: UTF8.self)
    }
    return texts
  }
}
