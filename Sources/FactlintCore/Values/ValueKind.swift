/// The kinds of value a fact holds and a claim states.
public enum ValueKind: String, Sendable, Codable, CaseIterable {
  case score, rank, date, money, moneyRange = "money-range", percent, count, duration, multiplier, length
}

/// What a quantity measures. Durations are held in months, lengths in metres,
/// money in units of its currency, percentages in percent.
public enum Dimension: Hashable, Sendable {
  case score, percent, count, duration, multiplier, length
  /// A difference between two scores: "five points behind", "trails by
  /// two points", "a rise of 34 points". Only a fact about such a gap takes it.
  case margin
  case money(Currency)
  /// A bare number ("52", "8,000", "1.2 billion"): a score or a count.
  case number

  /// (Written out so it is inlined: the scanner compares dimensions a few times per figure.)
  @inline(__always) public static func == (a: Dimension, b: Dimension) -> Bool {
    switch (a, b) {
    case (.score, .score), (.percent, .percent), (.count, .count), (.duration, .duration), (.multiplier, .multiplier), (.number, .number), (.margin, .margin), (.length, .length): return true
    case let (.money(x), .money(y)): return x == y
    default: return false
    }
  }

  func accepts(_ claim: Dimension) -> Bool {
    switch (self, claim) {
    case let (a, b) where a == b: return true
    case (.score, .number), (.count, .number), (.score, .percent), (.percent, .number): return true
    default: return false
    }
  }
}

/// The currencies drafts write with a symbol or a code. A value, not a
/// string, so quantities copy and compare without reference counting.
public enum Currency: String, Hashable, Sendable {
  case usd = "USD", eur = "EUR", gbp = "GBP"

  /// The currency of a symbol ("$", "€", "£") or of a code ("usd", lower-cased
  /// as tokens are): a `switch` on a token's text compares integers, where a
  /// table would hash it.
  init?(symbol: TokenText) {
    switch symbol {
    case "$": self = .usd
    case "€": self = .eur
    case "£": self = .gbp
    default: return nil
    }
  }

  init?(code: TokenText) {
    switch code {
    case "usd": self = .usd
    case "eur": self = .eur
    case "gbp": self = .gbp
    default: return nil
    }
  }

  /// The currency a word after a number names ("dollars", "usd", "euros",
  /// "eur"; "pounds" is left out: it is a weight as often as money).
  static func afterNumber(_ word: TokenText) -> Currency? {
    switch word {
    case "dollars", "usd": return .usd
    case "euros", "eur": return .eur
    default: return nil
    }
  }
}
