import Foundation
import Testing
import FactlintTestSupport
@testable import FactlintCLI

/// A draft that is not UTF-8 is skipped with the offset of its first bad
/// byte in the file (a byte order mark counted): the offset a scalar-by-scalar
/// decode stops at, on texts mixing ASCII, valid multi-byte scalars and
/// broken ones (stray continuations, truncated, overlong, surrogates, past
/// U+10FFFF). Valid texts are read whole, the mark set aside.
@Suite struct DraftFileTests {
  /// Where the standard library's scalar decoder first fails, if it does.
  private func firstInvalid(_ bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let s): offset += UTF8.width(s)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  @Test func theFirstBadByteIsReportedWhereADecodeStops() throws {
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array(" ".utf8), Array("é".utf8), Array("’".utf8), Array("😀".utf8),
      [0x80], [0xC3], [0xE2, 0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF],
    ]
    let dir = try Factlint.temporaryDirectory()
    let file = dir.appendingPathComponent("draft.md")
    var rng = SeededGenerator(seed: 0x5EED_0031)
    for round in 0..<300 {
      var bytes = round % 3 == 0 ? [0xEF, 0xBB, 0xBF] : [UInt8]()
      for _ in 0..<Int.random(in: 0...12, using: &rng) { bytes += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
      try Data(bytes).write(to: file)
      let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
      let body = Array(bytes.dropFirst(bom ? 3 : 0))
      do {
        let draft = try DraftFile.read(file.path)
        #expect(firstInvalid(body) == nil, "\(bytes) was read as UTF-8")
        #expect(draft.bytes == body && draft.hasBOM == bom && draft.original == bytes)
      } catch {
        guard case .notUTF8(_, let offset, let line, let column, _) = error else { Issue.record("\(bytes): \(error)"); continue }
        #expect(offset == firstInvalid(body).map { $0 + (bom ? 3 : 0) }, "\(bytes)")
        // No piece holds a line feed: the bad byte is on line 1, after as many characters as decode before it.
        let before = String(decoding: body.prefix(offset - (bom ? 3 : 0)), as: UTF8.self)
        #expect(line == 1 && column == before.unicodeScalars.count + 1, "\(bytes)")
      }
    }
  }
}
