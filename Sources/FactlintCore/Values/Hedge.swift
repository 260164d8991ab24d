/// The words a writer puts before (or after) a figure to say how exact it is.
public enum Hedge: String, Sendable, Equatable {
  case exact
  case approximately  // about, around, roughly, approximately, some, ~
  case nearly         // nearly, almost, just under, close to
  case moreThan       // more than, over, above, passed, exceeding
  case atLeast        // at least, no fewer than, or more
  case lessThan       // less than, fewer than, under, below
  case atMost         // up to, as much as, at most

  /// Phrases, lower-case, matched as whole words ending right before the value.
  static let phrases: [(words: [TokenText], hedge: Hedge)] = [
    (["just", "under"], .nearly), (["just", "shy", "of"], .nearly), (["just", "below"], .nearly),
    (["close", "to"], .nearly), (["nearly"], .nearly), (["almost"], .nearly),
    (["just", "over"], .moreThan), (["more", "than"], .moreThan), (["over"], .moreThan), (["above"], .moreThan),
    (["in", "excess", "of"], .moreThan), (["upwards", "of"], .moreThan), (["exceeding"], .moreThan),
    (["passed"], .moreThan), (["surpassed"], .moreThan), (["topped"], .moreThan),
    (["at", "least"], .atLeast), (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast),
    (["less", "than"], .lessThan), (["fewer", "than"], .lessThan), (["under"], .lessThan), (["below"], .lessThan),
    (["up", "to"], .atMost), (["as", "much", "as"], .atMost), (["as", "many", "as"], .atMost), (["as", "high", "as"], .atMost),
    (["at", "most"], .atMost), (["no", "more", "than"], .atMost),
    (["about"], .approximately), (["around"], .approximately), (["roughly"], .approximately),
    (["approximately"], .approximately), (["approx"], .approximately), (["some"], .approximately),
    (["an", "estimated"], .approximately), (["estimated"], .approximately), (["circa"], .approximately),
    (["~"], .approximately), (["nearly", "about"], .approximately),
  ]
  /// The phrases by their last word, in the order above: the word next to
  /// the figure rules out nearly every phrase with one lookup.
  static let phrasesByLastWord: [TokenText: [(words: [TokenText], hedge: Hedge)]] = Dictionary(grouping: phrases, by: { $0.words[$0.words.count - 1] })
}
