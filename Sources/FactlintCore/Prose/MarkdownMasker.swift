/// Blanks what is never a claim and classifies each line, in one pass.
///
/// Handles Markdown and plain text alike: front matter, fenced code, HTML
/// comments and tags, code spans, URLs, link targets, images, emphasis
/// markers, heading / list / quote markers and table pipes.
struct MarkdownMasker {
  enum LineKind: Equatable { case blank, text, heading, listItem, tableRow, hidden }
  struct Line { var range: Range<Int>; var kind: LineKind; var cells: [Range<Int>] = [] }

  private let src: [UInt8]
  private(set) var out: [UInt8]
  private(set) var lines: [Line] = []
  private var inComment = false

  init(_ bytes: [UInt8]) {
    src = bytes
    out = bytes
  }

  mutating func run() {
    let ranges = lineRanges()
    lines.reserveCapacity(ranges.count)  // one per range
    var index = 0
    // Front matter: a first line of `---` up to the next `---` or `...` line.
    if let first = ranges.first, Array(trimmed(first)) == Array("---".utf8) {
      if let close = ranges.dropFirst().firstIndex(where: { Array(trimmed($0)) == Array("---".utf8) || Array(trimmed($0)) == Array("...".utf8) }) {
        for k in 0...close { hide(ranges[k]) }
        index = close + 1
      }
    }
    var fence: (byte: UInt8, count: Int)? = nil
    var inTable = false
    while index < ranges.count {
      let range = ranges[index]
      let content = trimmed(range)
      if let open = fence {
        hide(range)
        if content.count >= open.count, content.allSatisfy({ $0 == open.byte }) { fence = nil }
        index += 1
        continue
      }
      if !inComment, let marker = fenceMarker(content) {
        fence = marker
        hide(range)
        index += 1
        continue
      }
      maskInline(range)
      let line = classify(range, next: index + 1 < ranges.count ? ranges[index + 1] : nil, inTable: &inTable)
      lines.append(line)
      index += 1
    }
  }

  // MARK: Lines

  private func lineRanges() -> [Range<Int>] {
    var result: [Range<Int>] = []
    src.withUnsafeBufferPointer { p in
      var start = 0
      var i = Bytes.nextLineBreak(p, from: 0)
      while i < p.count {
        result.append(start..<i)
        if p[i] == UInt8(ascii: "\r"), i + 1 < p.count, p[i + 1] == UInt8(ascii: "\n") { i += 1 }
        start = i + 1
        i = Bytes.nextLineBreak(p, from: start)
      }
      if start < p.count { result.append(start..<p.count) }
    }
    return result
  }

  private func trimmed(_ range: Range<Int>) -> ArraySlice<UInt8> {
    var lo = range.lowerBound, hi = range.upperBound
    while lo < hi, Bytes.isSpace(src[lo]) { lo += 1 }
    while hi > lo, Bytes.isSpace(src[hi - 1]) { hi -= 1 }
    return src[lo..<hi]
  }

  private func fenceMarker(_ content: ArraySlice<UInt8>) -> (byte: UInt8, count: Int)? {
    guard let first = content.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return nil }
    let count = content.prefix(while: { $0 == first }).count
    return count >= 3 ? (first, count) : nil
  }

  private mutating func hide(_ range: Range<Int>) {
    blank(range)
    lines.append(Line(range: range, kind: .hidden))
  }

  private mutating func blank(_ range: Range<Int>) {
    for i in range where out[i] != UInt8(ascii: "\n") && out[i] != UInt8(ascii: "\r") { out[i] = 0x20 }
  }

  private mutating func classify(_ range: Range<Int>, next: Range<Int>?, inTable: inout Bool) -> Line {
    var i = range.lowerBound
    while i < range.upperBound, out[i] == 0x20 || out[i] == 0x09 { i += 1 }
    if i == range.upperBound { inTable = false; return Line(range: range, kind: .blank) }
    let b = out[i]
    // Blockquote markers.
    while i < range.upperBound, out[i] == UInt8(ascii: ">") {
      out[i] = 0x20
      i += 1
      while i < range.upperBound, out[i] == 0x20 { i += 1 }
    }
    // A quote marker alone ("> ") is an empty line of the quote.
    if i == range.upperBound { inTable = false; return Line(range: range, kind: .blank) }
    if b == UInt8(ascii: "|") || (inTable && out[range].contains(UInt8(ascii: "|"))) || isTableHeader(range, next: next) {
      if isDelimiterRow(range) {
        blank(range)
        return Line(range: range, kind: .hidden)
      }
      inTable = true
      return Line(range: range, kind: .tableRow, cells: splitCells(range))
    }
    inTable = false
    if b == UInt8(ascii: "#") {
      var j = i
      while j < range.upperBound, out[j] == UInt8(ascii: "#") { j += 1 }
      if j - i <= 6, j == range.upperBound || out[j] == 0x20 {
        blank(i..<j)
        return Line(range: range, kind: .heading)
      }
    }
    if let markerEnd = listMarkerEnd(at: i, in: range) {
      blank(i..<markerEnd)
      return Line(range: range, kind: .listItem)
    }
    return Line(range: range, kind: .text)
  }

  /// End of a list marker (`- `, `* `, `+ `, `• `, `1. `, `1) `) starting at `i`.
  private func listMarkerEnd(at i: Int, in range: Range<Int>) -> Int? {
    let b = out[i]
    if b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+") {
      return i + 1 < range.upperBound && out[i + 1] == 0x20 ? i + 1 : nil
    }
    if b == 0xE2, i + 2 < range.upperBound, out[i + 1] == 0x80, out[i + 2] == 0xA2 { return i + 3 }  // •
    var j = i
    while j < range.upperBound, j - i < 3, Bytes.isDigit(out[j]) { j += 1 }
    if j > i, j + 1 < range.upperBound, out[j] == UInt8(ascii: ".") || out[j] == UInt8(ascii: ")"), out[j + 1] == 0x20 {
      return j + 1
    }
    return nil
  }

  private func isTableHeader(_ range: Range<Int>, next: Range<Int>?) -> Bool {
    // The next line first: a text line fails on its first byte, where finding
    // a pipe reads the whole line.
    guard let next, isDelimiterRow(next) else { return false }
    return out[range].contains(UInt8(ascii: "|"))
  }

  private func isDelimiterRow(_ range: Range<Int>) -> Bool {
    var sawDash = false, sawPipe = false
    for i in range {
      switch src[i] {
      case UInt8(ascii: "-"): sawDash = true
      case UInt8(ascii: "|"): sawPipe = true
      case UInt8(ascii: ":"), 0x20, 0x09: break
      default: return false
      }
    }
    return sawDash && sawPipe
  }

  private mutating func splitCells(_ range: Range<Int>) -> [Range<Int>] {
    var cells: [Range<Int>] = []
    var start = range.lowerBound
    var i = range.lowerBound
    while i <= range.upperBound {
      if i == range.upperBound || out[i] == UInt8(ascii: "|") {
        if i < range.upperBound { out[i] = 0x20 }
        let cell = start..<i
        if out[cell].contains(where: { !Bytes.isSpace($0) }) { cells.append(cell) } else if i > range.lowerBound, start > range.lowerBound, i < range.upperBound { cells.append(cell) }
        start = i + 1
      }
      i += 1
    }
    return cells
  }

  // MARK: Inline

  /// A `*` that starts a line (after spaces and `>`) and is followed by a space is a bullet, not emphasis.
  private func isListBullet(_ i: Int, lineStart: Int) -> Bool {
    guard i + 1 < src.count, src[i + 1] == 0x20 else { return false }
    var j = i - 1
    while j >= lineStart, src[j] == 0x20 || src[j] == 0x09 || src[j] == UInt8(ascii: ">") { j -= 1 }
    return j < lineStart
  }

  /// The first byte from `i` that `maskInline` acts on, or `end`: the rest
  /// (most of any line) it steps over, sixteen bytes at a time. A URL is found
  /// at its `:` or `.` ("http:", "www."), far rarer in prose than the `h` or
  /// `w` it starts with.
  private func nextMark(from i: Int, to end: Int) -> Int {
    let lt = Bytes.lanes(UInt8(ascii: "<")), tick = Bytes.lanes(UInt8(ascii: "`")), bang = Bytes.lanes(UInt8(ascii: "!"))
    let bracket = Bytes.lanes(UInt8(ascii: "[")), star = Bytes.lanes(UInt8(ascii: "*")), backslash = Bytes.lanes(UInt8(ascii: "\\"))
    let underscore = Bytes.lanes(UInt8(ascii: "_")), colon = Bytes.lanes(UInt8(ascii: ":")), period = Bytes.lanes(UInt8(ascii: "."))
    return src.withUnsafeBytes { p in
      Bytes.firstIndex(p, from: i, to: end) { v in
        (v .== lt) .| (v .== tick) .| (v .== bang) .| (v .== bracket) .| (v .== star) .| (v .== backslash)
          .| (v .== underscore) .| (v .== colon) .| (v .== period)
      }
    }
  }

  private mutating func maskInline(_ range: Range<Int>) {
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let scanned = i
      if !inComment {
        i = nextMark(from: i, to: end)
        if i == end { break }
      }
      if inComment {
        if Bytes.hasPrefix(src, at: i, "-->") {
          blank(i..<(i + 3))
          inComment = false
          i += 3
        } else {
          blank(i..<(i + 1))
          i += 1
        }
        continue
      }
      let b = src[i]
      switch b {
      case UInt8(ascii: "<"):
        if Bytes.hasPrefix(src, at: i, "<!--") {
          inComment = true
          blank(i..<(i + 4))
          i += 4
          continue
        }
        if let close = htmlTagEnd(from: i, end: end) {
          blank(i..<close)
          i = close
          continue
        }
      case UInt8(ascii: "`"):
        let run = src[i..<end].prefix(while: { $0 == b }).count
        if let close = findRun(of: b, length: run, from: i + run, end: end) {
          blank(i..<(close + run))
          i = close + run
          continue
        }
        i += run
        continue
      case UInt8(ascii: "!") where i + 1 < end && src[i + 1] == UInt8(ascii: "["):
        if let close = linkEnd(from: i + 1, end: end) {
          blank(i..<close)
          i = close
          continue
        }
      case UInt8(ascii: "["):
        if i + 1 < end, src[i + 1] == UInt8(ascii: "^"), let close = src[i..<end].firstIndex(of: UInt8(ascii: "]")) {
          blank(i..<(close + 1))
          i = close + 1
          continue
        }
        out[i] = 0x20
        if let textEnd = matchingBracket(from: i, end: end), textEnd + 1 < end, src[textEnd + 1] == UInt8(ascii: "(") || src[textEnd + 1] == UInt8(ascii: "[") {
          if let targetEnd = closing(of: src[textEnd + 1], from: textEnd + 1, end: end) {
            blank(textEnd..<(targetEnd + 1))
          }
        }
      case UInt8(ascii: "*") where isListBullet(i, lineStart: range.lowerBound):
        break  // "* item": a list marker, for `classify` to see
      case UInt8(ascii: "*"), UInt8(ascii: "\\"):
        out[i] = 0x20
      case UInt8(ascii: "_") where (i == range.lowerBound || !Bytes.isAlnum(src[i - 1])) || (i + 1 >= end || !Bytes.isAlnum(src[i + 1])):
        out[i] = 0x20
      case UInt8(ascii: ":"), UInt8(ascii: "."):
        if let start = urlStart(mark: i, from: scanned, lineStart: range.lowerBound) {
          let close = urlEnd(from: start, end: end)
          blank(start..<close)
          i = close
          continue
        }
      default:
        break
      }
      i += 1
    }
  }

  /// How far a code span, link or tag may reach for its closing mark; keeps
  /// a line full of unmatched `[` or backticks linear.
  private static let reach = 4_096

  private func findRun(of byte: UInt8, length: Int, from: Int, end: Int) -> Int? {
    let end = min(end, from + Self.reach)
    var i = from
    while i < end {
      if src[i] == byte {
        let run = src[i..<end].prefix(while: { $0 == byte }).count
        if run == length { return i }
        i += run
      } else {
        i += 1
      }
    }
    return nil
  }

  private func htmlTagEnd(from i: Int, end: Int) -> Int? {
    let end = min(end, i + Self.reach)
    guard i + 1 < end else { return nil }
    let next = src[i + 1]
    guard Bytes.isLetter(next) && next < 0x80 || next == UInt8(ascii: "/") else { return nil }
    if next != UInt8(ascii: "/"), Bytes.hasPrefix(src, at: i + 1, "http") {
      // An autolink <https://…>.
      return src[i..<end].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 }
    }
    var j = i + 1
    while j < end, src[j] != UInt8(ascii: ">") {
      if src[j] == UInt8(ascii: "<") { return nil }
      j += 1
    }
    return j < end ? j + 1 : nil
  }

  private func matchingBracket(from i: Int, end: Int) -> Int? {
    let end = min(end, i + Self.reach)
    var depth = 0, j = i
    while j < end {
      if src[j] == UInt8(ascii: "[") { depth += 1 }
      if src[j] == UInt8(ascii: "]") {
        depth -= 1
        if depth == 0 { return j }
      }
      j += 1
    }
    return nil
  }

  private func closing(of open: UInt8, from i: Int, end: Int) -> Int? {
    let close = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
    let end = min(end, i + Self.reach)
    var depth = 0, j = i
    while j < end {
      if src[j] == open { depth += 1 }
      if src[j] == close {
        depth -= 1
        if depth == 0 { return j }
      }
      j += 1
    }
    return nil
  }

  /// End of `![alt](target)` starting at the `[`.
  private func linkEnd(from i: Int, end: Int) -> Int? {
    guard let textEnd = matchingBracket(from: i, end: end), textEnd + 1 < end, src[textEnd + 1] == UInt8(ascii: "(") else { return nil }
    return closing(of: UInt8(ascii: "("), from: textEnd + 1, end: end).map { $0 + 1 }
  }

  /// The start of a URL ("http://", "https://", "www." at a word start)
  /// whose first mark is the `:` or `.` at `mark`, not before `from`: the
  /// bytes from there were stepped over, and no mark lies among "http",
  /// "https" or "www".
  private func urlStart(mark: Int, from: Int, lineStart: Int) -> Int? {
    let start: Int
    if src[mark] == UInt8(ascii: ".") {
      guard mark - 3 >= from, Bytes.hasPrefix(src, at: mark - 3, "www.") else { return nil }
      start = mark - 3
    } else if mark - 4 >= from, Bytes.hasPrefix(src, at: mark - 4, "http://") {
      start = mark - 4
    } else if mark - 5 >= from, Bytes.hasPrefix(src, at: mark - 5, "https://") {
      start = mark - 5
    } else {
      return nil
    }
    return start == lineStart || !Bytes.isAlnum(src[start - 1]) ? start : nil
  }

  private func urlEnd(from i: Int, end: Int) -> Int {
    var j = i
    var parens = 0
    while j < end {
      let b = src[j]
      if Bytes.isSpace(b) || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "\"") { break }
      if b == UInt8(ascii: "(") { parens += 1 }
      if b == UInt8(ascii: ")") {
        if parens == 0 { break }
        parens -= 1
      }
      j += 1
    }
    // Trailing sentence punctuation is not part of the URL.
    while j > i, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(src[j - 1]) { j -= 1 }
    return j
  }
}
