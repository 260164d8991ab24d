import FactlintCore

/// A document the editor has open: its text, version and last findings.
struct OpenDocument {
  var uri: String
  var version: Int?
  var bytes: [UInt8]
  var lines: LineIndex
  var findings: [Finding] = []

  init(uri: String, version: Int?, text: String) {
    self.uri = uri
    self.version = version
    bytes = Array(text.utf8)
    lines = LineIndex(bytes: bytes)
  }

  /// Applies one `TextDocumentContentChangeEvent`: a range edit, or the whole text.
  mutating func apply(range: (start: (Int, Int), end: (Int, Int))?, text: String, unit: LineIndex.ColumnUnit) {
    let new = Array(text.utf8)
    if let range {
      var lo = lines.offset(line: range.start.0, column: range.start.1, in: unit)
      var hi = lines.offset(line: range.end.0, column: range.end.1, in: unit)
      if hi < lo { swap(&lo, &hi) }
      bytes.replaceSubrange(lo..<hi, with: new)
    } else {
      bytes = new
    }
    lines = LineIndex(bytes: bytes)
  }
}
