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
}
