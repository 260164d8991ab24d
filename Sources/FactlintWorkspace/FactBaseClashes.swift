import FactlintCore

extension FactBaseError {
  /// The problems as a writer reads them: ids a file defines otherwise than
  /// the built-in fact base are one line per file, which says how to check
  /// with that file alone (`optOut`: `--no-default-facts`, or the setting's
  /// name), rather than a line per id.
  public func summarized(optOut: String) -> [String] {
    let clash = "is defined twice (also in \(FactBase.defaultOrigin))"
    var lines: [String] = []
    var clashes: [String: [String]] = [:]
    var files: [String] = []
    for problem in problems {
      guard problem.message.hasSuffix(clash) else { lines.append(problem.description); continue }
      // "entity id 'meta' is defined twice…" → "entity 'meta'"; a fact's id is its own field.
      let what = problem.factID.map { "fact '\($0)'" }
        ?? String(problem.message.dropLast(clash.count)).replacingOccurrences(of: " id ", with: " ").trimmingCharacters(in: .whitespaces)
      if clashes[problem.origin] == nil { files.append(problem.origin) }
      clashes[problem.origin, default: []].append(what)
    }
    for file in files {
      let ids = clashes[file]!
      let shown = ids.prefix(3).joined(separator: ", ") + (ids.count > 3 ? " and \(ids.count - 3) more" : "")
      lines.append("\(file): defines \(ids.count == 1 ? "an id" : "\(ids.count) ids") the built-in fact base defines differently (\(shown)); to check with this file alone, use \(optOut)")
    }
    return lines
  }
}
