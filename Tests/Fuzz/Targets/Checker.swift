import FactlintCore

/// libFuzzer target: the checker on arbitrary text (Markdown and plain).
/// Besides crashes and sanitizer reports, it stops on a finding whose range
/// falls outside the text or inside a character.
private let checker = Checker(factBase: try! FactBase.loadDefault())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChecker(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  // Drafts reach the checker as valid UTF-8 (the CLI refuses anything else,
  // the server receives JSON strings).
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let bytes = Array(text.utf8)
  let lines = LineIndex(bytes: bytes)
  for finding in checker.check(bytes: bytes) {
    let r = finding.range
    precondition(r.lowerBound >= 0 && r.upperBound <= bytes.count && !r.isEmpty, "finding range \(r) outside a text of \(bytes.count) bytes")
    precondition(isScalarBoundary(bytes, r.lowerBound) && isScalarBoundary(bytes, r.upperBound), "finding range \(r) splits a character")
    for unit in [LineIndex.ColumnUnit.utf8, .utf16, .unicodeScalar] {
      let p = lines.position(of: r.lowerBound, in: unit)
      precondition(lines.offset(line: p.line, column: p.column, in: unit) == r.lowerBound, "position of \(r.lowerBound) does not round-trip in \(unit)")
    }
  }
  return 0
}

private func isScalarBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
  offset == bytes.count || bytes[offset] & 0xC0 != 0x80
}
