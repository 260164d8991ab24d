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

  /// The files of a sources folder that `facts extract` reads as sources.
  static func sourceFiles(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { !$0.hasPrefix(".") && ["txt", "md", "markdown", "html", "htm"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
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
      guard let data = fm.contents(atPath: folder + "/" + name), String(data: data, encoding: .utf8) != nil else { continue }
      // An HTML source is quoted from its text, as `facts extract` read it.
      let readable = SourceText(id: id, format: SourceText.Format(fileName: name), bytes: [UInt8](data)).readable
      texts[id] = String(decoding: readable, as: UTF8.self)
    }
    return texts
  }

  /// A fact base as JSON, keys sorted so the same facts always read the same.
  static func encode(_ file: FactBaseFile) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(file)) + [0x0A]
  }

  /// Writes a fact base to `path`, or to stdout when there is none.
  static func write(_ file: FactBaseFile, to path: String?, console: Console) throws {
    let json = try encode(file)
    guard let path else { console.out(String(decoding: json, as: UTF8.self)); return }
    guard FileManager.default.createFile(atPath: path, contents: Data(json)) else {
      throw UsageError("\(path): cannot write the fact base file")
    }
  }
}
