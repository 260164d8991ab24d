import FactlintCore

/// A document the editor has open: its text, version and last findings.
struct OpenDocument {
  var uri: String
  var version: Int?
  var bytes: [UInt8]
  var lines: LineIndex
  var findings: [Finding] = []
  /// Blocks checked before, so an edit re-checks only what it touched.
  var cache = BlockCache()
  /// Which checker filled `cache`.
  var cacheOwner = ""
  /// Set when the text outgrew the document limit: it is neither kept nor
  /// checked until the client sends the whole text again.
  var isTooLarge = false

  init(uri: String, version: Int?, text: String) {
    self.uri = uri
    self.version = version
    bytes = Array(text.utf8)
    lines = LineIndex(bytes: bytes)
  }

  /// Applies one `TextDocumentContentChangeEvent`: a range edit, or the
  /// whole text. A range edit to a text too large to keep is dropped.
  mutating func apply(range: (start: (Int, Int), end: (Int, Int))?, text: String, unit: LineIndex.ColumnUnit) {
    let new = Array(text.utf8)
    if let range {
      guard !isTooLarge else { return }
      var lo = lines.offset(line: range.start.0, column: range.start.1, in: unit)
      var hi = lines.offset(line: range.end.0, column: range.end.1, in: unit)
      if hi < lo { swap(&lo, &hi) }
      bytes.replaceSubrange(lo..<hi, with: new)
    } else {
      bytes = new
      isTooLarge = false
    }
    lines = LineIndex(bytes: bytes)
  }

  /// Drops the text when it is larger than `limit` bytes; true when it just became too large.
  mutating func enforce(limit: Int) -> Bool {
    guard !isTooLarge, bytes.count > limit else { return false }
    bytes = []
    lines = LineIndex(bytes: [])
    findings = []
    isTooLarge = true
    return true
  }
}
