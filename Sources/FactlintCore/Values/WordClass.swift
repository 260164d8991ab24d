/// What a word can be to the scanner, found with one dictionary lookup per
/// word when it is tokenized, so the hot paths test bits instead of hashing
/// the word again and again.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt16

  static let month = WordClass(rawValue: 1 << 0)
  static let weekday = WordClass(rawValue: 1 << 1)
  static let cardinal = WordClass(rawValue: 1 << 2)
  static let ordinal = WordClass(rawValue: 1 << 3)
  /// Other words a value can start with: "US$", "USD", "top", "No.", "an order of magnitude", "tenfold", "largest", "most".
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
  /// The classes of the words a value can start with ("April", "Monday", "eight", "fourth", "US").
  static let valueStarts: WordClass = [.month, .weekday, .cardinal, .ordinal, .valueStart]

  /// The superlatives `ValueScanner.isSuperlative` reads as ranks.
  static let superlatives = ["largest", "biggest", "highest", "greatest", "best", "strongest", "lowest", "smallest", "worst",
                             "weakest", "fastest", "slowest", "richest", "cheapest", "costliest", "priciest", "longest", "heaviest"]

  static let table: [TokenText: WordClass] = {
    var t: [TokenText: WordClass] = [:]
    func add(_ words: some Sequence<TokenText>, _ c: WordClass) { for w in words { t[w, default: []].insert(c) } }
    func add(_ words: some Sequence<String>, _ c: WordClass) { add(words.map(TokenText.init), c) }
    add(NumberWords.months.keys, .month)
    add(NumberWords.weekdays.keys, .weekday)
    add(NumberWords.cardinals.keys, .cardinal)
    add(NumberWords.ordinals.keys, .ordinal)
    add(["us", "usd", "eur", "gbp", "top", "no", "number", "an", "two", "tenfold", "twofold", "threefold", "fivefold", "most", "least",
         "double", "twice", "triple", "treble", "quadruple", "point"], .valueStart)
    // Fraction words that are no ordinal ("half", "quarters", "thirds"), for `ValueScanner.fraction`.
    add(["half", "quarter", "quarters", "thirds", "fourths", "fifths", "sixths", "eighths", "tenths", "hundredth", "hundredths"], .valueStart)
    add(superlatives, .valueStart)
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

  /// The classes of a token's (lower-cased) text: `lookup.classes(text)`.
  /// The tokenizer keeps the table at hand for a sentence, as reaching a
  /// static costs a call each time.
  static let lookup = WordClassTable(table)
}

/// Words to classes: a `TokenTextTable` holding each word's classes.
struct WordClassTable: Sendable {
  private let table: TokenTextTable

  init(_ classes: [TokenText: WordClass]) {
    // (Bit 16 set: no value is zero.)
    table = TokenTextTable(classes.map { ($0.key, UInt64($0.value.rawValue) | 1 << 16) })
  }

  @inline(__always) func classes(_ text: TokenText) -> WordClass {
    WordClass(rawValue: UInt16(truncatingIfNeeded: table.value(text)))
  }
}
