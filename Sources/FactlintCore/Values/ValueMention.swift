/// A value found in a draft's sentence, before it is bound to any fact.
struct ValueMention: Sendable {
  /// The value as written, without the hedge ("$70 billion" in "nearly $70 billion").
  var range: Range<Int>
  var value: Value
  var hedge: Hedge
  /// Where the hedge's words start, when they stand before the value
  /// ("fewer than" in "fewer than 1 million"): a fix that must change the
  /// hedge too replaces from there.
  var hedgeStart: Int? = nil
  var style: ValueStyle
  /// Token indices covered, hedge excluded.
  var tokens: Range<Int>
  /// A year on its own ("in 2025"): context more often than a claim.
  var isBareYear = false
  /// A date that opens a period ("since July 2025"): when a state began,
  /// which is a claim about the subject its own clause names.
  var opensPeriod = false
  /// The weekday written before a date ("Wednesday, April 8").
  var weekdayRange: Range<Int>? = nil
  /// The period of a rate ("$10-20/month"): it binds only to facts about that period.
  var period: Period? = nil
  /// The period's word ("month").
  var perPeriod: String? { period?.rawValue }
}

/// The period of a rate, held as a case rather than a `String` so a mention copies without reference counting.
enum Period: String, Sendable {
  case day, week, month, year

  /// After "/": "month", "mo", "year", "yr", "week".
  init?(afterSlash word: TokenText) {
    switch word {
    case "month", "mo": self = .month
    case "year", "yr": self = .year
    case "week": self = .week
    default: return nil
    }
  }

  /// After "a" or "per": "month", "year", "week", "day".
  init?(afterPer word: TokenText) {
    switch word {
    case "month": self = .month
    case "year": self = .year
    case "week": self = .week
    case "day": self = .day
    default: return nil
    }
  }
}
