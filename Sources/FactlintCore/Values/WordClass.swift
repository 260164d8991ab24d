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
    add(ClaimWords.negations, .negation)
    add(ClaimWords.numberedLabels, .numberedLabel)
    add(ClaimWords.changeWords, .change)
    return t
  }()
}
