/// A value found in a draft's sentence, before it is bound to any fact.
struct ValueMention: Sendable {
  /// The value as written, without the hedge ("$70 billion" in "nearly $70 billion").
  var range: Range<Int>
  var value: Value
  var hedge: Hedge
  var style: ValueStyle
  /// Token indices covered, hedge excluded.
  var tokens: Range<Int>
  /// A year on its own ("in 2025"): context more often than a claim.
  var isBareYear = false
  /// The weekday written before a date ("Wednesday, April 8").
  var weekdayRange: Range<Int>? = nil
  /// The period of a rate ("$10-20/month" → "month"): it binds only to facts about that period.
  var perPeriod: String? = nil
}
