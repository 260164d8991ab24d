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

  private func tokens(in range: Range<Int>, names: [Range<Int>], into tokens: inout [Token]) {
    let wordClasses = WordClass.lookup
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
    while i < range.upperBound {
      let b = bytes[i]
      // (Spaces first, a fifth of a sentence: a name starts at a word start,
      // so at a space only where the sentence starts, and that one was read
      // before the loop.)
      if Bytes.isSpace(b) { i += 1; continue }
      if nameIndex < names.count, names[nameIndex].lowerBound <= i {
        while nameIndex < names.count, names[nameIndex].upperBound <= i { nameIndex += 1 }
        if nameIndex < names.count, names[nameIndex].lowerBound == i {
          let name = names[nameIndex]
          tokens.append(Token(kind: .name, range: name, text: "", attached: attached(i)))
          lastEnd = name.upperBound
          i = name.upperBound
          continue
        }
      }
      if b == 0xC2, i + 1 < range.upperBound, bytes[i + 1] == 0xA0 { i += 2; continue }  // no-break space
      if Bytes.isDigit(b) {
        let (end, literal) = readNumber(from: i, limit: range.upperBound)
        tokens.append(Token(kind: .number, range: i..<end, text: TokenText(asciiWordOrNumber: bytes, i..<end), attached: attached(i), number: literal))
        lastEnd = end
        i = end
        continue
      }
      // An ASCII letter starts a word: only other bytes can start a symbol.
      let letter = (b | 0x20) &- UInt8(ascii: "a") < 26
      if !letter, let (length, symbol) = symbolAt(i, limit: range.upperBound) {
        tokens.append(Token(kind: .symbol, range: i..<(i + length), text: symbol, attached: attached(i)))
        lastEnd = i + length
        i += length
        continue
      }
      if Bytes.isLetter(b) {
        var end = i
        var ascii = true
        while end < range.upperBound {
          end = Bytes.asciiRunEnd(bytes, from: end, limit: range.upperBound, digits: false)
          guard end < range.upperBound else { break }
          let c = bytes[end]
          if c >= 0x80 {
            if symbolAt(end, limit: range.upperBound) != nil, !isApostrophe(end) { break }
            if isApostrophe(end) {
              guard end + 3 < range.upperBound, Bytes.isLetter(bytes[end + 3]), bytes[end + 3] < 0x80, !isPossessive(end + 3, range.upperBound) else { break }
              end += 3
            } else {
              end += 1
            }
            ascii = false
          } else if c == UInt8(ascii: "'"), end + 1 < range.upperBound, Bytes.isLetter(bytes[end + 1]), bytes[end + 1] < 0x80, !isPossessive(end + 1, range.upperBound) {
            end += 1
          } else {
            break
          }
        }
        if end == i {
          end = i + 1
          ascii = b < 0x80
        }
        let text = ascii ? TokenText(asciiWordOrNumber: bytes, i..<end) : TokenText(String(decoding: bytes[i..<end], as: UTF8.self).lowercased())
        let classes = wordClasses.classes(text)
        tokens.append(Token(kind: .word, range: i..<end, text: text, attached: attached(i), classes: classes))
        lastEnd = end
        i = end
        continue
      }
      tokens.append(Token(kind: .symbol, range: i..<(i + 1), text: Self.oneByteText(b), attached: attached(i)))
      lastEnd = i + 1
      i += 1
    }
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

  /// A byte that is a token of its own, as text ("é" for a stray byte 0xE9, as it was read before).
  private static func oneByteText(_ b: UInt8) -> TokenText {
    b < 0x80 ? TokenText(asciiByte: b) : TokenText(String(UnicodeScalar(b)))
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
