import FactlintWorkspace
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns the paths given on the command line into draft files: files as
/// given, folders searched recursively for Markdown and text, globs expanded.
enum DraftFinder {
  static let extensions: Set<String> = ["md", "markdown", "mdown", "mkd", "txt", "text"]

  /// The drafts under `paths`, each once: a file reached through a symbolic
  /// link and directly (or through two links) is the first path that named it.
  /// Nothing found is an error: a run that checks nothing must not pass.
  static func find(_ paths: [String]) throws -> [String] {
    var result: [String] = []
    let fm = FileManager.default
    for path in paths {
      if path.contains("*") || path.contains("?") || path.contains("[") {
        let matches = glob(path)
        if matches.isEmpty { throw UsageError("no drafts found under \(path): no file matches this pattern") }
        result += matches
        continue
      }
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { throw UsageError("\(path): no such file or folder") }
      if isDirectory.boolValue {
        result += walk(path)
      } else {
        result.append(path)
      }
    }
    guard !result.isEmpty else {
      throw UsageError("no drafts found under \(paths.joined(separator: ", ")) (drafts are files ending in \(extensions.sorted().map { "." + $0 }.joined(separator: ", ")))")
    }
    var seen: Set<String> = []
    return result.filter { seen.insert(URL(fileURLWithPath: $0).resolvingSymlinksInPath().path).inserted }
  }

  private static func walk(_ folder: String) -> [String] {
    let fm = FileManager.default
    guard let enumerator = fm.enumerator(atPath: folder) else { return [] }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: join(folder, relative), isDirectory: &isDirectory), isDirectory.boolValue { enumerator.skipDescendants() }
        continue
      }
      if extensions.contains((name as NSString).pathExtension.lowercased()) { files.append(join(folder, relative)) }
    }
    return files.sorted()
  }

  private static func join(_ folder: String, _ relative: String) -> String {
    folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
  }

  /// Expands a pattern with `*`, `?`, `[...]` and `**` (any folders).
  static func glob(_ pattern: String) -> [String] {
    let parts = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    let fixed = parts.prefix { !$0.contains("*") && !$0.contains("?") && !$0.contains("[") }
    let base = fixed.isEmpty ? "." : (fixed.joined(separator: "/").isEmpty ? "/" : fixed.joined(separator: "/"))
    var candidates: [String] = []
    let fm = FileManager.default
    if let enumerator = fm.enumerator(atPath: base) {
      while let relative = enumerator.nextObject() as? String {
        candidates.append(fixed.isEmpty ? relative : join(base, relative))
      }
    }
    return candidates.filter { WorkspacePath.matches(pattern, $0) }.filter { path in
      var isDirectory: ObjCBool = false
      return fm.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }.sorted()
  }
}
