/// Splits a sentence of masked prose into tokens. Spans listed in `names`
/// (entity names such as "GPT-5.4") become single `.name` tokens, so the
/// numbers inside them are never read as values.
struct Tokenizer {
  /// The draft, read in place: tokenizing reads every byte of it, and each
  /// read of an array checks its bounds. Every read is within `range` (or
  /// tested against the buffer's count).
  private let bytes: UnsafeRawBufferPointer

  static func tokens(of bytes: [UInt8], in range: Range<Int>, names: [Range<Int>]) -> [Token] {
    var tokens: [Token] = []
    Self.tokens(of: bytes, in: range, names: names, into: &tokens)
    return tokens
  }

  /// The tokens, added to `tokens` (a list reused from sentence to sentence).
  static func tokens(of bytes: [UInt8], in range: Range<Int>, names: [Range<Int>], into tokens: inout [Token]) {
    precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "a token range outside the text")
    // (A token holds its offsets in 32 bits: drafts are far smaller.)
    precondition(range.upperBound <= Token.maximumOffset, "a draft too large to tokenize")
    bytes.withUnsafeBytes { Tokenizer(bytes: $0).tokens(in: range, names: names, into: &tokens) }
  }

  private func tokens(in range: Range<Int>, names: [Range<Int>], into list: inout [Token]) {
    // (Filled as a local and handed back: appending through the `inout`
    // stored the list back at every token.)
    var tokens: [Token] = []
    swap(&tokens, &list)
    defer { swap(&tokens, &list) }
    let wordClasses = WordClass.lookup
    let limit = range.upperBound
    tokens.reserveCapacity(tokens.count + (range.count / 5) + 4)
    var i = range.lowerBound
    var nameIndex = 0
    var lastEnd = -1
    func attached(_ start: Int) -> Bool { start == lastEnd }
    if let name = names.first, name.lowerBound == i {
      tokens.append(Token(kind: .name, range: name, text: "", attached: false))
      lastEnd = name.upperBound
      i = name.upperBound
      nameIndex = 1
    }
    // Where the next name starts (or one already passed): a token start
    // before it needs no look at the names.
    var nextName = nameIndex < names.count ? names[nameIndex].lowerBound : Int.max
    while i < limit {
      let b = bytes[i]
      // (Spaces first, a fifth of a sentence: a name starts at a word start,
      // so at a space only where the sentence starts, and that one was read
      // before the loop.)
      if Bytes.isSpace(b) { i &+= 1; continue }
      if i >= nextName {
        while nameIndex < names.count, names[nameIndex].upperBound <= i { nameIndex += 1 }
        nextName = nameIndex < names.count ? names[nameIndex].lowerBound : Int.max
        if nextName == i {
          let name = names[nameIndex]
          tokens.append(Token(kind: .name, range: name, text: "", attached: attached(i)))
          lastEnd = name.upperBound
          i = name.upperBound
          continue
        }
      }
      // By the first byte, most common first: an ASCII letter starts a word,
      // a digit a number, another ASCII byte is a symbol; a byte from 0x80
      // is a no-break space, a symbol ("–", "€") or starts a word ("é").
      var end: Int
      if (b | 0x20) &- UInt8(ascii: "a") < 26 {
        // Most words are under eight ASCII letters: one load finds the
        // run's end and holds the text.
        var packed: UInt64 = 0
        var short = false
        if i &+ 8 <= bytes.count {
          packed = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
          let others = ~Bytes.asciiBytes(packed | 0x2020_2020_2020_2020, in: 0x61...0x7A) & 0x8080_8080_8080_8080
          if others != 0 {
            end = min(i &+ others.trailingZeroBitCount &>> 3, limit)
            short = true
          } else {
            end = i &+ 8 >= limit ? limit : Bytes.asciiRunEnd(bytes, from: i &+ 8, limit: limit, digits: false)
          }
        } else {
          end = Bytes.asciiRunEnd(bytes, from: i &+ 1, limit: limit, digits: false)
        }
        // The run is the whole word unless an apostrophe or a byte from 0x80 follows it.
        var ascii = true
        if end < limit, bytes[end] >= 0x80 || bytes[end] == UInt8(ascii: "'") {
          (end, ascii) = wordEnd(from: end, limit: limit)
          short = false
        }
        let text = short ? TokenText(asciiLetters: packed, count: end &- i) : wordText(i..<end, ascii: ascii)
        appendWord(i..<end, text: text, attached: attached(i), classes: wordClasses, to: &tokens)
      } else if b < 0x80 {
        if Bytes.isDigit(b) {
          let literal: NumberLiteral
          (end, literal) = readNumber(from: i, limit: limit)
          let range = Range(uncheckedBounds: (i, end))
          tokens.append(Token(kind: .number, range: range, text: TokenText(asciiWordOrNumber: bytes, range), attached: attached(i), number: literal))
        } else {
          end = i &+ 1
          tokens.append(Token(kind: .symbol, range: Range(uncheckedBounds: (i, end)), text: TokenText(asciiByte: b), attached: attached(i)))
        }
      } else if b == 0xC2, i + 1 < limit, bytes[i + 1] == 0xA0 {
        i += 2  // no-break space
        continue
      } else if let (length, symbol) = symbolAt(i, limit: limit) {
        end = i + length
        tokens.append(Token(kind: .symbol, range: i..<end, text: symbol, attached: attached(i)))
      } else {
        var ascii: Bool
        (end, ascii) = wordEnd(from: i, limit: limit)
        if end == i {
          end = i + 1
          ascii = false
        }
        appendWord(i..<end, text: wordText(i..<end, ascii: ascii), attached: attached(i), classes: wordClasses, to: &tokens)
      }
      lastEnd = end
      i = end
    }
  }

  /// A word's token, its classes looked up.
  @inline(__always)
  private func appendWord(_ range: Range<Int>, text: TokenText, attached: Bool, classes: WordClassTable, to tokens: inout [Token]) {
    tokens.append(Token(kind: .word, range: range, text: text, attached: attached, classes: classes.classes(text)))
  }

  /// A word's text, lower-cased: in place when it is all ASCII.
  @inline(__always)
  private func wordText(_ range: Range<Int>, ascii: Bool) -> TokenText {
    ascii ? TokenText(asciiWordOrNumber: bytes, range) : Self.lowercased(bytes, range)
  }

  @inline(never)
  private static func lowercased(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> TokenText {
    TokenText(String(decoding: bytes[range], as: UTF8.self).lowercased())
  }

  /// The end of a word read on from `end` (where a run of ASCII letters
  /// stopped, or the word's first byte from 0x80): letters, bytes from 0x80
  /// that are no symbol, and apostrophes within the word, not before a
  /// possessive "s". Whether the word is all ASCII (`false` once a byte
  /// from 0x80 is in it).
  private func wordEnd(from start: Int, limit: Int) -> (end: Int, ascii: Bool) {
    var end = start
    var ascii = true
    while end < limit {
      end = Bytes.asciiRunEnd(bytes, from: end, limit: limit, digits: false)
      guard end < limit else { break }
      let c = bytes[end]
      if c >= 0x80 {
        if symbolAt(end, limit: limit) != nil, !isApostrophe(end) { break }
        if isApostrophe(end) {
          guard end + 3 < limit, Bytes.isLetter(bytes[end + 3]), bytes[end + 3] < 0x80, !isPossessive(end + 3, limit) else { break }
          end += 3
        } else {
          end += 1
        }
        ascii = false
      } else if c == UInt8(ascii: "'"), end + 1 < limit, Bytes.isLetter(bytes[end + 1]), bytes[end + 1] < 0x80, !isPossessive(end + 1, limit) {
        end += 1
      } else {
        break
      }
    }
    return (end, ascii)
  }

  /// "'s" at the end of a word is a possessive, kept apart so "the company's"
  /// still reads as "the company".
  private func isPossessive(_ s: Int, _ limit: Int) -> Bool {
    guard bytes[s] == UInt8(ascii: "s") || bytes[s] == UInt8(ascii: "S") else { return false }
    return s + 1 >= limit || !Bytes.isLetter(bytes[s + 1])
  }

  private func isApostrophe(_ i: Int) -> Bool {
    i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
  }

  /// Multi-byte punctuation that must not be glued into words.
  private func symbolAt(_ i: Int, limit: Int) -> (Int, TokenText)? {
    let b = bytes[i]
    if b < 0x80 {
      if Bytes.isAlnum(b) || Bytes.isSpace(b) { return nil }
      return (1, TokenText(asciiByte: b))
    }
    if b == 0xE2, i + 2 < limit, bytes[i + 1] == 0x80 {
      switch bytes[i + 2] {
      case 0x93: return (3, "–")
      case 0x94: return (3, "—")
      case 0x98, 0x99: return (3, "'")
      case 0x9C, 0x9D: return (3, "\"")
      case 0xA6: return (3, "…")
      default: return nil
      }
    }
    if b == 0xE2, i + 2 < limit, bytes[i + 1] == 0x82, bytes[i + 2] == 0xAC { return (3, "€") }
    if b == 0xC2, i + 1 < limit, bytes[i + 1] == 0xA3 { return (2, "£") }
    if b == 0xC3, i + 1 < limit, bytes[i + 1] == 0x97 { return (2, "×") }
    if b == 0xE2, i + 2 < limit, bytes[i + 1] == 0x88, bytes[i + 2] == 0xBC { return (3, "~") }
    return nil
  }

  /// Reads "8,000", "14.3", "1,234.5"; a comma or period is part of the
  /// number only when digits follow it (three, for a comma).
  private func readNumber(from start: Int, limit: Int) -> (Int, NumberLiteral) {
    var i = start
    var value = 0.0
    var digitCount = 0
    var decimals = 0
    var grouping = false
    var seenPoint = false
    // Zeros at the end of the integer digits read so far.
    var zeros = 0
    while i < limit {
      let b = bytes[i]
      if Bytes.isDigit(b) {
        value = value * 10 + Double(b - 0x30)
        digitCount += 1
        if seenPoint { decimals += 1 } else { zeros = b == 0x30 ? zeros + 1 : 0 }
        i += 1
      } else if b == UInt8(ascii: ","), !seenPoint, i + 3 < limit + 1, i + 3 <= limit,
                (1...3).allSatisfy({ i + $0 < limit && Bytes.isDigit(bytes[i + $0]) }),
                i + 4 >= limit || !Bytes.isDigit(bytes[i + 4]) {
        grouping = true
        i += 1
      } else if b == UInt8(ascii: "."), !seenPoint, i + 1 < limit, Bytes.isDigit(bytes[i + 1]) {
        seenPoint = true
        i += 1
      } else {
        break
      }
    }
    for _ in 0..<decimals { value /= 10 }
    // A lone "0" keeps its digit: the zeros counted are all but the first.
    if decimals > 0 { zeros = 0 } else { zeros = min(zeros, digitCount - 1) }
    return (i, NumberLiteral(value: value, decimals: decimals, grouping: grouping, trailingZeros: zeros))
  }
}
