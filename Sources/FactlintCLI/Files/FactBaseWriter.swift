import FactlintCore
import Foundation

/// Writes the fact bases `facts extract` and `facts merge` produce.
enum FactBaseWriter {
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
    // Written to a temporary file and renamed, so a failure never leaves half a fact base.
    do { try Data(json).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
      throw UsageError("\(path): cannot write the fact base file (\((error as NSError).localizedDescription))")
    }
  }
}
