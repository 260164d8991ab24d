/// Groups classified lines into blocks and blocks into sentences.
struct BlockBuilder {
  let masked: [UInt8]
  let lines: [MarkdownMasker.Line]

  func build() -> [Block] {
    var blocks: [Block] = []
    blocks.reserveCapacity(lines.count)  // a line starts at most one block
    var current: Block? = nil
    var lastLineEnd = 0
    var header: [Range<Int>]? = nil
    var previousWasTable = false
    var leadIn: Range<Int>? = nil

    func flush() {
      if var block = current.take() {
        if block.kind != .tableRow { block.sentences = SentenceSplitter(masked: masked).split(block.range) }
        blocks.append(block)
      }
    }

    for (n, line) in lines.enumerated() {
      switch line.kind {
      case .blank, .hidden:
        if line.kind == .hidden, previousWasTable { continue }  // the delimiter row
        flush()
        previousWasTable = false
      case .heading:
        flush()
        leadIn = nil
        current = Block(kind: .heading, range: line.range)
        flush()
        previousWasTable = false
      case .tableRow:
        if !previousWasTable {
          flush()
          leadIn = endsWithColon(blocks.last) ? blocks.last!.range : nil
          let delimiterFollows = n + 1 < lines.count && lines[n + 1].kind == .hidden
          header = delimiterFollows ? line.cells : nil
          blocks.append(Block(kind: .tableRow, range: line.range, sentences: line.cells, headers: [], leadIn: leadIn))
        } else {
          let headers: [Range<Int>?] = line.cells.indices.map { k in header.flatMap { k < $0.count ? $0[k] : nil } }
          blocks.append(Block(kind: .tableRow, range: line.range, sentences: line.cells, headers: headers, leadIn: leadIn))
        }
        previousWasTable = true
      case .listItem:
        flush()
        if let last = blocks.last, last.kind != .listItem { leadIn = endsWithColon(last) ? last.range : nil }
        current = Block(kind: .listItem, range: line.range, leadIn: leadIn)
        previousWasTable = false
      case .text:
        previousWasTable = false
        // The open block is read and extended in place, not copied out.
        if let kind = current?.kind, let start = current?.range.lowerBound, kind == .paragraph || (kind == .listItem && startsIndented(line.range)) {
          if kind == .paragraph, looksLikeTitle(start..<lastLineEnd), startsUppercase(line.range) {
            flush()
            current = Block(kind: .paragraph, range: line.range)
          } else {
            current?.range = start..<line.range.upperBound
          }
        } else {
          flush()
          if blocks.last?.kind != .listItem { leadIn = nil }
          current = Block(kind: .paragraph, range: line.range, question: isQuestion(blocks.last) ? blocks.last!.range : nil)
        }
      }
      lastLineEnd = line.range.upperBound
    }
    flush()
    return blocks
  }

  private func lastNonSpace(_ range: Range<Int>) -> UInt8? {
    masked[range].last(where: { !Bytes.isSpace($0) })
  }

  private func isQuestion(_ block: Block?) -> Bool {
    guard let block, block.kind == .paragraph || block.kind == .heading else { return false }
    return ProseText.endsWithQuestionMark(block.range, in: masked)
  }

  private func endsWithColon(_ block: Block?) -> Bool {
    guard let block, block.kind == .paragraph else { return false }
    return lastNonSpace(block.range) == UInt8(ascii: ":")
  }

  /// A line with no closing punctuation, followed by a capitalised line, is a
  /// title or a label of its own, not the start of a wrapped sentence.
  private func looksLikeTitle(_ range: Range<Int>) -> Bool {
    guard let last = lastNonSpace(range) else { return false }
    return Bytes.isAlnum(last) && last < 0x80
  }

  private func startsUppercase(_ range: Range<Int>) -> Bool {
    guard let first = masked[range].first(where: { !Bytes.isSpace($0) }) else { return false }
    return Bytes.isUpper(first)
  }

  private func startsIndented(_ range: Range<Int>) -> Bool {
    guard let first = masked[range].first else { return false }
    return first == 0x20 || first == 0x09
  }
}
