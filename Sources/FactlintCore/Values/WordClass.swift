/// What a word can be to the scanner, found with one dictionary lookup per
/// word when it is tokenized, so the hot paths test bits instead of hashing
/// the word again and again.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt16

  static let month = WordClass(rawValue: 1 << 0)
  static let weekday = WordClass(rawValue: 1 << 1)
  static let cardinal = WordClass(rawValue: 1 << 2)
  static let ordinal = WordClass(rawValue: 1 << 3)
  /// Other words a value can start with: "US$", "USD", "top", "No.", "an order of magnitude", "tenfold".
  static let valueStart = WordClass(rawValue: 1 << 4)
  static let clauseWord = WordClass(rawValue: 1 << 5)
  static let comparisonMarker = WordClass(rawValue: 1 << 6)
  static let referenceStart = WordClass(rawValue: 1 << 7)
  static let negation = WordClass(rawValue: 1 << 8)
  static let numberedLabel = WordClass(rawValue: 1 << 9)
  static let change = WordClass(rawValue: 1 << 10)
  static let relativeTime = WordClass(rawValue: 1 << 11)
  /// A word of a reference phrase after its first ("the *company*"), and a
  /// reference of one word ("its"): the tests that let most "the" and "this" pass unsearched.
  static let referenceWord = WordClass(rawValue: 1 << 12)
  static let referenceAlone = WordClass(rawValue: 1 << 13)
  /// A word of a hedge ("more", "than"), and the last word of one ("than"):
  /// most figures follow no hedge, and are not looked up.
  static let hedgeWord = WordClass(rawValue: 1 << 14)
  static let hedgeEnd = WordClass(rawValue: 1 << 15)

  static let table: [String: WordClass] = {
    var t: [String: WordClass] = [:]
    func add(_ words: some Sequence<String>, _ c: WordClass) { for w in words { t[w, default: []].insert(c) } }
    add(NumberWords.months.keys, .month)
    add(NumberWords.weekdays.keys, .weekday)
    add(NumberWords.cardinals.keys, .cardinal)
    add(NumberWords.ordinals.keys, .ordinal)
    add(["us", "usd", "eur", "gbp", "top", "no", "number", "an", "two", "tenfold", "twofold", "threefold", "fivefold"], .valueStart)
    add(ReferenceWords.clauseWords, .clauseWord)
    add(ReferenceWords.comparisonMarkers, .comparisonMarker)
    add(ReferenceWords.firstWords, .referenceStart)
    add(ReferenceWords.phrases.flatMap { $0.words.dropFirst() }, .referenceWord)
    add(ReferenceWords.phrases.filter { $0.words.count == 1 }.map { $0.words[0] }, .referenceAlone)
    add(ClaimWords.negations, .negation)
    add(ClaimWords.numberedLabels, .numberedLabel)
    add(ClaimWords.changeWords, .change)
    add(ClaimWords.relativeTime, .relativeTime)
    add(Hedge.phrases.flatMap(\.words), .hedgeWord)
    add(Hedge.phrases.map { $0.words[$0.words.count - 1] }, .hedgeEnd)
    return t
  }()

  /// The classes of the ASCII word `bytes[range]`, compared without regard
  /// to case. An FNV-1a hash into an open-addressed table: tokenizing looks up
  /// every word, and `Hasher` on a `String` cost more than the rest of it.
  static func of(_ bytes: [UInt8], _ range: Range<Int>) -> WordClass {
    lookup.classes(bytes, range)
  }

  private static let lookup = ByteWordTable(table)
}

/// Words (lower-case ASCII) to classes, probed with the bytes of a draft.
private struct ByteWordTable: Sendable {
  private var slots: [Int32]
  private var words: [[UInt8]] = []
  private var classes: [WordClass] = []
  private let mask: Int

  init(_ table: [String: WordClass]) {
    var size = 64
    while size < table.count * 4 { size *= 2 }
    mask = size - 1
    slots = Array(repeating: -1, count: size)
    for (word, c) in table.sorted(by: { $0.key < $1.key }) where word.utf8.allSatisfy({ $0 < 0x80 }) {
      let w = Array(word.utf8)
      var slot = Self.hash(w, 0..<w.count) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(words.count)
      words.append(w)
      classes.append(c)
    }
  }

  private static func hash(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
    var h: UInt32 = 2_166_136_261
    for k in range { h = (h ^ UInt32(Bytes.lower(bytes[k]))) &* 16_777_619 }
    return Int(h)
  }

  func classes(_ bytes: [UInt8], _ range: Range<Int>) -> WordClass {
    var slot = Self.hash(bytes, range) & mask
    while true {
      let w = Int(slots[slot])
      if w < 0 { return [] }
      if words[w].count == range.count, zip(words[w], bytes[range]).allSatisfy({ $0 == Bytes.lower($1) }) { return classes[w] }
      slot = (slot + 1) & mask
    }
  }
}
