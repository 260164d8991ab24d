/// How a draft wrote a value, so a correction can be written the same way:
/// `$15.3 billion` → `$14.3 billion`, `9.5k` → `8k`, `eight months` → `nine
/// months`, `Apr. 7` → `Apr. 8`.
struct ValueStyle: Hashable, Sendable {
  enum ScaleFamily: Hashable, Sendable { case word, upperLetter, lowerLetter }

  var currencyPrefix = ""
  var currencySuffix = ""
  /// Magnitude of the scale word used (1e3, 1e6, 1e9, 1e12), 1 when none.
  var scale: Double = 1
  var scaleFamily: ScaleFamily? = nil
  var scaleSpaced = false
  /// What joins a scale word to the number: " billion" or "-billion".
  var scaleJoiner = " "
  var grouping = false
  var decimals = 0
  var words = false
  /// Written as a fraction of a whole ("a fifth", "half", "two-thirds").
  var fraction = false
  /// A share written "one in ten", "1 in 5".
  var oneIn = false
  /// A multiplier written as a word: "double", "triple" (adjective), "twice"
  /// (adverb), or in orders of magnitude ("an order of magnitude").
  var multiplierWord: MultiplierWord? = nil
  enum MultiplierWord: Hashable, Sendable { case adjective, adverb, ordersOfMagnitude }
  /// Text written after the number: "%", " percent", " months", "-month", "x", " times".
  var unitSuffix = ""
  /// For a range: how the two ends were joined, and how the low end was written.
  var rangeConnector = ""
  var lowCurrencyPrefix = ""
  var lowEndHasScale = true
  var date: DateStyle? = nil
  var rank: RankStyle? = nil

  struct DateStyle: Hashable, Sendable {
    enum Order: Hashable, Sendable { case monthDay, dayMonth, iso, monthYear, monthOnly, yearOnly }
    var order: Order
    var monthForm: MonthForm = .full
    var ordinalDay = false
    var hasYear = true
    var commaBeforeYear = true
    enum MonthForm: Hashable, Sendable { case full, short, shortDot }
  }

  enum RankStyle: Hashable, Sendable {
    case ordinalWord, ordinalDigits, numberSign, hash, topN(words: Bool, hyphen: Bool)
    /// "second-largest", "2nd-most expensive", "the highest".
    case superlative(Superlative)
  }

  /// A superlative as written, and how an ordinal goes before it: first
  /// place is the superlative alone ("largest"), another "third-largest".
  struct Superlative: Hashable, Sendable {
    /// "largest", "most expensive".
    var word: String
    var ordinalDigits = false
    /// What joins an ordinal to the superlative: "-" or " ".
    var joiner = "-"
  }
}
