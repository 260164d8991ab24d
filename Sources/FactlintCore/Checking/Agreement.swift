/// Whether a claimed value agrees with a sourced value, under the writer's
/// precision and hedge (see the brief's "What counts as a conflict").
enum Agreement: Equatable {
  case agrees, contradicts, incomparable

  /// (A sourced value is taken as its value and hedge: a `FactValue` copied
  /// its texts.)
  /// `onceOnly`: the value is the date of an event that happens once to its subject (a founding).
  static func of(_ claim: ValueMention, with value: Value, hedge: Hedge, onceOnly: Bool = false) -> Agreement {
    switch (claim.value, value) {
    case let (.quantity(c), .quantity(f)):
      if let slip = currencySlip(c, f) { return slip }
      guard f.dimension.accepts(c.dimension) else { return .incomparable }
      return quantities(c, claim.hedge, f, hedge)
    case let (.date(c), .date(f)):
      return dates(c, claim.hedge, f, onceOnly: onceOnly)
    case let (.rank(c), .rank(f)):
      if claim.hedge != .exact { return .incomparable }
      switch (c.isTopN, f.isTopN) {
      case (false, false): return c.position == f.position ? .agrees : .contradicts
      case (true, false): return f.position <= c.position ? .agrees : .contradicts
      case (false, true): return c.position <= f.position ? .agrees : .contradicts
      case (true, true): return .agrees
      }
    default:
      return .incomparable
    }
  }

  /// Whether a claim that contradicts a sourced quantity can be a slip of
  /// the writer's about it: within twenty times of it, or the same figure at
  /// another scale (a thousand times off, "$14.3 million" for "$14.3 billion").
  /// A figure further off is about some other quantity.
  static func isPlausibleError(_ claim: ValueMention, of value: Value) -> Bool {
    guard case .quantity(let c) = claim.value, case .quantity(let f) = value, c.low > 0, f.low > 0 else { return true }
    let ratio = max(c.low, f.low) / min(c.low, f.low)
    if ratio <= 20 { return true }
    // Only money and counts are written with "million" and "billion".
    switch f.dimension {
    case .money, .count: break
    default: return false
    }
    var scaled = ratio
    while scaled >= 500 { scaled /= 1000 }
    return abs(scaled - 1) < 0.05
  }

  /// The index of the one value `claim` is within a tenth of while at least
  /// twice off each other: the value a wrong figure is a slip of. Nil when
  /// none stands out so.
  static func nearest(_ claim: ValueMention, among values: [Value]) -> Int? {
    guard case .quantity(let c) = claim.value, c.low > 0 else { return nil }
    let ratios = values.map { value -> Double in
      guard case .quantity(let f) = value, f.low > 0 else { return .infinity }
      return max(c.low, f.low) / min(c.low, f.low)
    }
    // Digits typed in another order ("87,865" for 78,865) are a slip of that
    // figure however far apart the two are.
    let transposed = values.indices.filter { isTransposition(c, values[$0]) }
    if transposed.count == 1, ratios.indices.allSatisfy({ $0 == transposed[0] || ratios[$0] >= 2 }) { return transposed[0] }
    guard let best = ratios.indices.min(by: { ratios[$0] < ratios[$1] }), ratios[best] <= 1.1,
          ratios.indices.allSatisfy({ $0 == best || ratios[$0] >= 2 }) else { return nil }
    return best
  }

  /// Whether two whole figures of three digits or more have the same digits in another order.
  private static func isTransposition(_ c: Quantity, _ value: Value) -> Bool {
    guard case .quantity(let f) = value, !c.isRange, !f.isRange, c.low >= 100, f.low >= 100, c.low < 1e15, f.low < 1e15,
          c.low == c.low.rounded(), f.low == f.low.rounded(), c.low != f.low else { return false }
    let x = String(Int(c.low)), y = String(Int(f.low))
    return x.count == y.count && x.sorted() == y.sorted()
  }

  /// Money in another currency than the source's: the sourced amount with
  /// the wrong sign ("£1.50" for $1.50) is wrong; another amount is a
  /// conversion, which the sources cannot check. Nil when the currencies agree.
  static func currencySlip(_ c: Quantity, _ f: Quantity) -> Agreement? {
    guard case .money(let x) = c.dimension, case .money(let y) = f.dimension, x != y else { return nil }
    let tolerance = max(c.resolution, f.resolution) / 2
    return abs(c.low - f.low) <= tolerance && abs(c.high - f.high) <= tolerance ? .contradicts : .incomparable
  }

  private static func quantities(_ c: Quantity, _ hedge: Hedge, _ f: Quantity, _ factHedge: Hedge) -> Agreement {
    let eps = 1e-9 * max(1, abs(f.high))
    // What the sourced value can be: a point with its rounding, a hedged
    // bound, or a range.
    var tLow = f.low, tHigh = f.high
    let tolerance = f.isRange ? 0 : f.resolution / 2
    switch factHedge {
    case .exact: break
    // "About 94 percent" is 94 give or take a point, not a tenth of it.
    case .approximately where f.dimension == .percent && f.low >= 20:
      tLow = f.low - max(1, f.resolution); tHigh = f.high + max(1, f.resolution)
    case .approximately: tLow = 0.9 * f.low; tHigh = 1.1 * f.high
    case .nearly: tLow = 0.9 * f.low
    case .moreThan, .atLeast: tHigh = .infinity
    case .lessThan, .atMost: tLow = 0
    }
    // The writer's precision; an integer score or percent is exact to the unit.
    var r = c.resolution
    if [.score, .percent].contains(f.dimension), c.dimension == .number || c.dimension == f.dimension, r > 1, c.low < 1000 { r = 1 }
    // Two rounding bands must overlap, not merely touch: "8" and "9" do not agree.
    let half = r / 2 + tolerance - eps

    if c.isRange {
      if f.isRange {
        let w = hedge == .approximately ? 0.1 * c.high : 0
        return abs(c.low - f.low) <= half + w && abs(c.high - f.high) <= half + w ? .agrees : .contradicts
      }
      return tHigh >= c.low - half && tLow <= c.high + half ? .agrees : .contradicts
    }
    let x = c.low
    let ok: Bool
    switch hedge {
    case .exact:
      ok = tHigh >= x - max(half, eps) && tLow <= x + max(half, eps)
    // "About" already allows for rounding: the sourced figure, as the source
    // gives it, must lie within the band ("about 7,000" is no sourced 8,000).
    case .approximately:
      let w = max(0.1 * x, r / 2) + eps
      ok = tHigh >= x - w && tLow <= x + w
    case .nearly:
      ok = tHigh >= 0.9 * x - tolerance - eps && tLow <= x + tolerance + eps
    // A sourced figure is itself rounded: "more than 1.2 billion" may be true of
    // a sourced "1.2 billion".
    case .moreThan:
      ok = f.isRange ? tLow > x - eps : tHigh + tolerance > x + eps
    case .atLeast:
      ok = f.isRange ? tLow >= x - eps : tHigh + tolerance >= x - eps
    case .lessThan:
      ok = f.isRange ? tHigh < x + eps : tLow - tolerance < x - eps
    case .atMost:
      ok = f.isRange ? tHigh <= x + half : tLow <= x + eps
    }
    return ok ? .agrees : .contradicts
  }

  private static func dates(_ c: DateValue, _ hedge: Hedge, _ f: DateValue, onceOnly: Bool) -> Agreement {
    if hedge != .exact { return .incomparable }
    let year = c.year ?? f.year
    // Years apart, it is most likely another event ("laid off 11,000 in
    // November 2022" beside the 2026 layoffs): not a claim about this one.
    // A company is founded once, though: another year is a wrong one.
    if !onceOnly, let fy = f.year, let cy = c.year, abs(fy - cy) > 1 { return .incomparable }
    if let fy = f.year, let cy = year, fy != cy { return .contradicts }
    if let fm = f.month, let cm = c.month, fm != cm { return .contradicts }
    // A part of the year ("early 2025") holds some months and not others.
    if !c.partFits(f) { return .contradicts }
    if let fd = f.day, let cd = c.day, fd != cd, c.month != nil { return .contradicts }
    return .agrees
  }
}
