import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Path arithmetic for configuration files: absolute paths, paths relative
/// to a configuration's folder, and glob matching.
public enum WorkspacePath {
  /// `path` made absolute against `folder` (default: the working directory), `.` and `..` resolved.
  public static func absolute(_ path: String, in folder: String? = nil) -> String {
    let base = folder ?? FileManager.default.currentDirectoryPath
    let joined = path.hasPrefix("/") ? path : (base.hasSuffix("/") ? base + path : base + "/" + path)
    return URL(fileURLWithPath: joined).standardizedFileURL.path
  }

  /// `path` relative to `folder` when inside it; otherwise `path` unchanged.
  public static func relative(_ path: String, to folder: String) -> String {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  /// Glob match with `*`, `?`, `[...]` within a path segment and `**` across folders.
  public static func matches(_ pattern: String, _ path: String) -> Bool {
    if pattern.contains("**") {
      // `**/` may match no folder at all.
      let once = pattern.replacing("**/", with: "")
      if once != pattern, matches(once, path) { return true }
      return fnmatch(pattern.replacing("**", with: "*"), path, 0) == 0
    }
    return fnmatch(pattern, path, FNM_PATHNAME) == 0
  }
}
