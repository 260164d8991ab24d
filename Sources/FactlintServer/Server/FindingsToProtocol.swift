import FactlintCore
import Foundation

/// Core findings as LSP values: diagnostics, code actions, hovers. The one
/// place where byte ranges become protocol positions.
struct FindingsToProtocol {
  let document: OpenDocument
  let unit: LineIndex.ColumnUnit
  let sourcesFolder: String?

  func position(_ offset: Int) -> JSONValue {
    let p = document.lines.position(of: offset, in: unit)
    return ["line": .number(Double(p.line)), "character": .number(Double(p.column))]
  }

  func range(_ r: Range<Int>) -> JSONValue { ["start": position(r.lowerBound), "end": position(r.upperBound)] }

  static func severity(_ s: Severity) -> Int {
    switch s {
    case .error: return 1
    case .warning: return 2
    case .information: return 3
    case .hint: return 4
    }
  }

  func diagnostic(_ f: Finding) -> JSONValue {
    var d: [String: JSONValue] = [
      "range": range(f.range),
      "severity": .number(Double(Self.severity(f.severity))),
      "code": .string(f.rule.rawValue),
      "source": "factlint",
      "message": .string(f.message),
      "data": ["fact": f.factID.map(JSONValue.string) ?? .null, "replacement": f.replacement.map(JSONValue.string) ?? .null,
               "expected": f.expected.map(JSONValue.string) ?? .null],
    ]
    if let url = f.sources.first(where: { $0.url != nil })?.url { d["codeDescription"] = ["href": .string(url)] }
    if let folder = sourcesFolder {
      let related: [JSONValue] = f.sources.compactMap { s in
        guard let loc = s.location else { return nil }
        let start: JSONValue = ["line": .number(Double(loc.line - 1)), "character": .number(Double(loc.column - 1))]
        return ["location": ["uri": .string(Self.fileURI(folder + "/" + s.id + ".txt")), "range": ["start": start, "end": start]],
                "message": .string("\(s.title): “\(s.quote)”")]
      }
      if !related.isEmpty { d["relatedInformation"] = .array(related) }
    }
    return .object(d)
  }

  func edit(_ f: Finding) -> JSONValue? {
    guard let replacement = f.replacement else { return nil }
    return ["range": range(f.range), "newText": .string(replacement)]
  }

  func quickFix(_ f: Finding) -> JSONValue? {
    guard let e = edit(f) else { return nil }
    return ["title": .string("Replace with the sourced value: \(f.replacement!)"), "kind": "quickfix", "isPreferred": .bool(f.rule == .conflict),
            "diagnostics": [diagnostic(f)], "edit": ["changes": .object([document.uri: [e]])]]
  }

  /// "Ignore here": `<!-- factlint-disable-next-line RULE -->` on a line of
  /// its own above the finding's line, the convention `SilencingComments`
  /// reads. It takes the line's indentation and blockquote marks, so it stays
  /// inside the quote or list the line is in, and the document's line ending.
  func ignoreHere(_ f: Finding) -> JSONValue {
    let bytes = document.bytes
    let line = document.lines.position(of: f.range.lowerBound, in: unit).line
    let start = document.lines.offset(line: line, column: 0, in: unit)
    var prefixEnd = start
    while prefixEnd < bytes.count, bytes[prefixEnd] == 0x20 || bytes[prefixEnd] == 0x09 || bytes[prefixEnd] == 0x3E { prefixEnd += 1 }
    let lineEnd = bytes[start...].firstIndex(of: 0x0A)
    let newline = lineEnd.map { $0 > start && bytes[$0 - 1] == 0x0D } == true ? "\r\n" : "\n"
    let comment = String(decoding: bytes[start..<prefixEnd], as: UTF8.self) + "<!-- factlint-disable-next-line \(f.rule.rawValue) -->" + newline
    let at = position(start)
    return ["title": .string("Ignore here: factlint-disable-next-line \(f.rule.rawValue)"), "kind": "quickfix",
            "diagnostics": [diagnostic(f)],
            "edit": ["changes": .object([document.uri: [["range": ["start": at, "end": at], "newText": .string(comment)]]])]]
  }

  func fixAll(_ findings: [Finding]) -> JSONValue? {
    // A finding on an unreviewed fact is fixed one at a time, by a person who read it.
    let edits = findings.filter { $0.rule == .conflict && !$0.isUnreviewed }.compactMap(edit)
    guard !edits.isEmpty else { return nil }
    return ["title": "Fix all factlint conflicts in this file", "kind": "source.fixAll.factlint",
            "edit": ["changes": .object([document.uri: .array(edits)])]]
  }

  func hover(_ f: Finding, markdown: Bool) -> JSONValue {
    var lines: [String] = []
    let bold = { (s: String) in markdown ? "**\(s)**" : s }
    lines.append(bold("factlint \(f.rule.rawValue)") + ": " + f.message)
    if let e = f.expected { lines.append("Sourced value: " + bold(e)) }
    for s in f.sources {
      let value = s.value.map { " (says \($0))" } ?? ""
      lines.append((markdown ? "> " : "") + "“\(s.quote)” — \(s.title)\(value)")
    }
    return ["contents": ["kind": .string(markdown ? "markdown" : "plaintext"), "value": .string(lines.joined(separator: "\n\n"))],
            "range": range(f.range)]
  }

  static func fileURI(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.absoluteString
  }
}
