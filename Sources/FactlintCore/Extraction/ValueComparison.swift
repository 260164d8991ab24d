/// Whether two sourced values state the same figure, each within its own
/// precision ("$72.2 billion" and "$72.22 billion"; "fourth" and "top 5";
/// "April 2026" and "April 8, 2026"). Hedges are not compared.
enum ValueComparison {
  static func isMorePrecise(_ a: FactValue, than b: FactValue) -> Bool {
    guard case .date(let x) = a.value, case .date(let y) = b.value else { return false }
    return (x.month != nil && y.month == nil) || (x.day != nil && y.day == nil)
  }

  /// "2026" and "January 2026" are the same year but not the same figure.
  static func samePrecision(_ a: FactValue, _ b: FactValue) -> Bool {
    switch (a.value, b.value) {
    case let (.date(x), .date(y)): return (x.month == nil) == (y.month == nil) && (x.day == nil) == (y.day == nil)
    default: return true
    }
  }

  /// A figure unlikely to stand for two things in one story: money, a length, a
  /// percentage or a count of 100 or more, a decimal, a range, a date with its month.
  /// (Small counts, years and durations recur: "three", "2024", "four weeks".)
  static func isDistinctive(_ v: FactValue) -> Bool {
    switch v.value {
    case .quantity(let q):
      switch q.dimension {
      // A sum or a length ("the 1,100-foot bridge") is seldom given twice for two things.
      case .money, .length: return true
      case .percent: return q.low != q.low.rounded() || q.low >= 10
      case .count, .number, .score: return q.isRange || q.low != q.low.rounded() || q.low >= 100 && !(1900...2100).contains(q.low)
      default: return false
      }
    case .date(let d): return d.month != nil
    case .rank: return false
    }
  }

  /// The same figure written to the same precision: "$1.84bn" and "$1.84
  /// billion", not "15" and "14.6".
  static func identical(_ a: FactValue, _ b: FactValue) -> Bool {
    guard same(a, b), samePrecision(a, b) else { return false }
    if case .quantity(let x) = a.value, case .quantity(let y) = b.value { return abs(x.resolution - y.resolution) <= 1e-9 * max(1, x.resolution) }
    return true
  }

  static func same(_ a: FactValue, _ b: FactValue) -> Bool {
    switch (a.value, b.value) {
    case let (.quantity(x), .quantity(y)):
      guard x.dimension.isNumberLike && y.dimension.isNumberLike || x.dimension == y.dimension else { return false }
      // Strictly within half the coarser precision: "$80 million" may round $84 million, not $85 million.
      let tolerance = max(x.resolution, y.resolution) / 2 - 1e-9 * max(1, abs(x.high))
      return abs(x.low - y.low) < tolerance && abs(x.high - y.high) < tolerance
    case let (.date(x), .date(y)):
      guard x.year == y.year else { return false }
      if let m = x.month, let n = y.month, m != n { return false }
      if let d = x.day, let e = y.day, d != e { return false }
      return x.partFits(y)
    case let (.rank(x), .rank(y)):
      switch (x.isTopN, y.isTopN) {
      case (false, false): return x.position == y.position
      case (true, false): return y.position <= x.position
      case (false, true): return x.position <= y.position
      case (true, true): return x.position == y.position
      }
    default:
      return false
    }
  }
}

extension Dimension {
  /// Plain numbers: a score, a count or a percentage may be written as a bare number.
  var isNumberLike: Bool {
    switch self {
    case .score, .count, .number, .percent: return true
    default: return false
    }
  }
}
