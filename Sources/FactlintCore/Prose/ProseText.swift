/// A draft reduced to its prose: a copy of the bytes, same length, in which
/// everything that is never a claim (front matter, code, URLs, link targets,
/// HTML, Markdown markers) is blanked with spaces, and the blocks of prose.
///
/// Keeping the length lets every offset found in the masked copy point at the
/// same place in the draft.
struct ProseText: Sendable {
  let masked: [UInt8]
  let blocks: [Block]

  init(_ original: [UInt8]) {
    var scanner = MarkdownMasker(original)
    scanner.run()
    masked = scanner.out
    blocks = BlockBuilder(masked: scanner.out, lines: scanner.lines).build()
  }

  /// Whether the sentence at `range` is a question: its last mark, before
  /// closing quotes and brackets, is "?".
  func endsWithQuestionMark(_ range: Range<Int>) -> Bool {
    Self.endsWithQuestionMark(range, in: masked)
  }

  static func endsWithQuestionMark(_ range: Range<Int>, in masked: [UInt8]) -> Bool {
    var k = range.upperBound - 1
    while k >= range.lowerBound, Bytes.isSpace(masked[k]) || masked[k] == UInt8(ascii: "\"") || masked[k] == UInt8(ascii: ")")
            || masked[k] == UInt8(ascii: "*") || masked[k] == 0x9D || masked[k] == 0x80 || masked[k] == 0xE2 { k -= 1 }
    return k >= range.lowerBound && masked[k] == UInt8(ascii: "?")
  }
}
