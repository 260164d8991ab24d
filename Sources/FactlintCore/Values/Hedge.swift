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
  /// The phrases whose last word is `word`, in the order above: the word
  /// next to the figure rules out nearly every phrase with one lookup.
  static func phrases(endingWith word: TokenText) -> ArraySlice<(words: [TokenText], hedge: Hedge)> {
    let group = byLastWord.groups.value(word)
    guard group != 0 else { return [] }
    return byLastWord.phrases[Int(group >> 32)..<Int(group & 0xFFFF_FFFF)]
  }

  /// The phrases grouped by last word, and each last word's group as
  /// `start << 32 | end`. (A `TokenTextTable`: a `Dictionary` hashed the
  /// word through `Hasher` at each figure after a hedge word.)
  private struct LastWordGroups: Sendable {
    let phrases: [(words: [TokenText], hedge: Hedge)]
    let groups: TokenTextTable
  }

  private static let byLastWord: LastWordGroups = {
    let (lastWords, groupOf) = TokenTextTable.distinct(phrases.map { $0.words[$0.words.count - 1] })
    // By group, each in the order listed.
    let order = phrases.indices.sorted { (groupOf[$0], $0) < (groupOf[$1], $1) }
    var start = [Int](repeating: 0, count: lastWords.count), end = start
    for (k, p) in order.enumerated() {
      if end[groupOf[p]] == 0 { start[groupOf[p]] = k }
      end[groupOf[p]] = k + 1
    }
    return LastWordGroups(phrases: order.map { phrases[$0] },
                          groups: TokenTextTable(lastWords.indices.map { (lastWords[$0], UInt64(start[$0]) << 32 | UInt64(end[$0])) }))
  }()
}
