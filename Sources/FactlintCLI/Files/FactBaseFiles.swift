import FactlintCore
import Foundation

/// Reads the fact bases named on the command line (plus the embedded one)
/// and the source texts of `--sources DIR`.
enum FactBaseFiles {
  static func inputs(files: [String], includeDefault: Bool) throws -> [(origin: String, json: [UInt8])] {
    var inputs: [(String, [UInt8])] = includeDefault ? [(FactBase.defaultOrigin, FactBase.defaultJSON)] : []
    for path in files {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw UsageError("\(path): cannot read the fact base file (no such file, or not readable)")
      }
      inputs.append((path, [UInt8](data)))
    }
    if inputs.isEmpty { throw UsageError("no fact base: --no-default-facts needs at least one --facts FILE") }
    return inputs
  }

  /// Texts of a sources folder, keyed by file name without extension (the source id).
  static func sourceTexts(in folder: String) throws -> [String: String] {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw UsageError("\(folder): --sources needs a folder of source texts named <source id>.txt")
    }
    var texts: [String: String] = [:]
    for name in (try? fm.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
      let id = (name as NSString).deletingPathExtension
      if let data = fm.contents(atPath: folder + "/" + name), let text = String(data: data, encoding: .utf8) { texts[id] = text }
    }
    return texts
  }
}
