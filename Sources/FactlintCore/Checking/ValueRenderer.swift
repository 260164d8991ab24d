/// Writes a sourced value the way the draft wrote its claim: same currency
/// sign, scale style, grouping, words or digits, date format.
enum ValueRenderer {
  static func render(_ fact: FactValue, like claim: ValueMention) -> String? {
    switch (fact.value, claim.value) {
    case let (.quantity(f), .quantity(c)):
      if let bound = heldBound(f, claim: c, hedge: claim.hedge) {
        return quantity(bound, factStyle: fact.style, claim: c, style: claim.style, rounded: true)
      }
      return quantity(f, factStyle: fact.style, claim: c, style: claim.style)
    case let (.date(f), .date):
      return date(f, style: claim.style.date ?? ValueStyle.DateStyle(order: .monthDay))
    case let (.rank(f), .rank):
      return rank(f, style: claim.style.rank ?? .ordinalWord)
    default:
      return nil
    }
  }

  /// Whether the claim's hedge holds of what `render` writes for `fact`
  /// ("nearly $1.9 billion" for $1.84 billion does; "fewer than 1.3 million"
  /// for more than 1.3 million does not).
  static func holds(_ fact: FactValue, like claim: ValueMention) -> Bool {
    guard case .quantity(let f) = fact.value, case .quantity(let c) = claim.value else { return true }
    // Bounds the opposite ways: the figure itself ("less than 1.3 million") meets neither.
    let below: Set<Hedge> = [.lessThan, .atMost, .nearly], above: Set<Hedge> = [.moreThan, .atLeast]
    if below.contains(claim.hedge) && above.contains(fact.hedge) || above.contains(claim.hedge) && below.contains(fact.hedge) { return false }
    if heldBound(f, claim: c, hedge: claim.hedge) != nil { return true }
    var corrected = claim
    corrected.value = fact.value
    return Agreement.of(corrected, with: fact.value, hedge: fact.hedge) == .agrees
  }

  // MARK: Quantities

  /// A strict bound the claim states of a round figure ("more than 43,000",
  /// "nearly $2 billion") is corrected to a bound that holds, as round as
  /// the claim's: "more than 41,000" for a sourced 41,300 ("more than 41,300"
  /// would be false), "nearly $1.9 billion" for $1.84 billion. Nil when the
  /// claim is not round, the sourced figure is a range, or the bound would
  /// lie more than a tenth from it.
  private static func heldBound(_ f: Quantity, claim c: Quantity, hedge: Hedge) -> Quantity? {
    guard !f.isRange, !c.isRange, c.low >= 10, c.low == c.low.rounded() else { return nil }
    var unit = 1.0
    while unit * 10 <= c.low, c.low.truncatingRemainder(dividingBy: unit * 10) == 0 { unit *= 10 }
    guard unit >= 10 else { return nil }
    let bound: Double
    switch hedge {
    case .moreThan: bound = (f.low / unit).rounded(.down) * unit
    case .lessThan, .nearly: bound = (f.high / unit).rounded(.up) * unit
    // "at least 41,300", "up to 88%" hold as they are.
    case .exact, .approximately, .atLeast, .atMost: return nil
    }
    // (A bound far from the figure says too little: "more than 10 months" for 15.)
    guard bound > 0, bound != f.low, abs(bound - f.low) <= 0.1 * f.low else { return nil }
    return Quantity(f.dimension, low: bound, high: bound, resolution: unit)
  }

  private static func quantity(_ f: Quantity, factStyle: ValueStyle, claim c: Quantity, style: ValueStyle, rounded: Bool = false) -> String {
    // "nearly triple" → "nearly double"; "twice" → "three times".
    if let word = style.multiplierWord, f.dimension == .multiplier, !f.isRange {
      let n = f.low
      // "two orders of magnitude" → "an order of magnitude", where the sourced figure is a power of ten.
      if word == .ordersOfMagnitude, [10.0, 100, 1000].contains(n) {
        return n == 10 ? "an order of magnitude" : (n == 100 ? "two" : "three") + " orders of magnitude"
      }
      if n == 2 { return word == .adverb ? "twice" : "double" }
      if n == 3 && word == .adjective { return "triple" }
      if n == 4 && word == .adjective { return "quadruple" }
      let count = n == n.rounded() ? NumberWords.spell(Int(n)) ?? format(n, decimals: 0, grouping: false) : format(n, decimals: 1, grouping: false)
      return count + " times"
    }
    // "one in eight" → "one in ten" where the sourced share is one in a whole number, else a percentage.
    if style.oneIn, f.dimension == .percent, !f.isRange, f.low > 0 {
      let whole = 100 / f.low
      if abs(whole - whole.rounded()) < 0.05 {
        let n = Int(whole.rounded())
        return style.words ? "one in " + (NumberWords.spell(n) ?? String(n)) : "1 in \(n)"
      }
      return format(f.low, decimals: factStyle.decimals, grouping: false) + "%"
    }
    // A fraction is corrected to a fraction where the sourced share is one ("a tenth"), else to a percentage.
    if style.fraction, f.dimension == .percent, !f.isRange {
      if let words = fractionWords(f.low) { return words }
      return format(f.low, decimals: factStyle.decimals, grouping: false) + "%"
    }
    // Durations are held in months, lengths in metres: a duration is written
    // in the fact's own unit, a length in the claim's ("a 23.5-mile line" →
    // "a 14.6-mile line", "30 km" → "23.5 km").
    var unitSuffix = style.unitSuffix
    var divisor = 1.0
    var converted = false
    if f.dimension == .duration || f.dimension == .length {
      let factUnit = String(factStyle.unitSuffix.drop(while: { $0 == " " || $0 == "-" }))
      let claimUnit = String(style.unitSuffix.drop(while: { $0 == " " || $0 == "-" }))
      let hyphen = style.unitSuffix.hasPrefix("-")
      var word = factUnit
      if f.dimension == .duration {
        divisor = NumberWords.durationUnit(TokenText(factUnit.lowercased())) ?? 1
        // In the claim's unit where the sourced duration is a whole number of
        // it ("two decades" → "a decade" for ten years; "three weeks" for nine
        // days stays "nine days").
        if let claimDivisor = NumberWords.durationUnit(TokenText(claimUnit.lowercased())), claimDivisor != divisor, !f.isRange,
           abs(f.low / claimDivisor - (f.low / claimDivisor).rounded()) < 1e-9, f.low >= claimDivisor {
          (word, divisor) = (claimUnit, claimDivisor)
          converted = true
        }
      } else if let factor = NumberWords.lengthUnit(TokenText(claimUnit.lowercased())) {
        (word, divisor) = (claimUnit, factor)
        converted = NumberWords.lengthUnit(TokenText(factUnit.lowercased())) != factor
      } else {
        divisor = NumberWords.lengthUnit(TokenText(factUnit.lowercased())) ?? 1
      }
      if hyphen || f.high / divisor == 1 {
        word = unitWord(word, plural: false)
      } else if !claimUnit.isEmpty || f.dimension == .length {
        word = unitWord(word, plural: true)
      }
      unitSuffix = (hyphen ? "-" : " ") + word
    }
    let scale: Double
    let scaleText: String
    // A million or more is written with its scale word, as writers do, even
    // where the claim had none ("about 100,000 a day" → "about 1 million").
    let family = style.scaleFamily ?? (f.high / divisor >= 1e6 && f.dimension != .duration && f.dimension != .length ? .word : nil)
    if let family {
      scale = naturalScale(f.high / divisor)
      scaleText = scaleWord(scale, family: family, spaced: style.scaleSpaced, joiner: style.scaleJoiner)
    } else {
      scale = 1
      scaleText = ""
    }
    let decimals = scale == factStyle.scale && !converted && !rounded ? factStyle.decimals : decimalsNeeded(f.resolution / divisor / scale)
    func number(_ v: Double) -> String {
      var m = v / divisor / scale
      // A multiplier written in words is corrected in words, to the nearest
      // whole ("four times" → "three times" for 2.9).
      if style.words, f.dimension == .multiplier, m >= 1.5 { m = m.rounded() }
      // One of a unit in words is "a" ("a decade").
      if style.words, m == 1, unitSuffix.hasPrefix(" "), f.dimension == .duration { return "a" }
      if style.words, abs(m) < 1000, let words = NumberWords.spell(Int(m.rounded())), abs(m - m.rounded()) < 1e-9 { return words }
      return format(m, decimals: decimals, grouping: style.grouping || (scale == 1 && m >= 10000 && style.scaleFamily != nil))
    }
    // The claim's sign, unless it named another currency ("£1.50" → "$1.50").
    let otherCurrency = f.dimension != c.dimension && { if case .money = c.dimension { return true } else { return false } }()
    let prefix = otherCurrency ? factStyle.currencyPrefix : style.currencyPrefix
    let suffix = otherCurrency ? factStyle.currencySuffix : style.currencySuffix
    if f.isRange {
      let connector = style.rangeConnector.isEmpty ? " to " : style.rangeConnector
      let lowPrefix = style.rangeConnector.isEmpty ? prefix : style.lowCurrencyPrefix
      let lowScale = style.rangeConnector.isEmpty || style.lowEndHasScale ? scaleText : ""
      let lowUnit = style.rangeConnector.isEmpty ? unitSuffix : ""
      return lowPrefix + number(f.low) + lowScale + lowUnit + connector + prefix + number(f.high) + scaleText + suffix + unitSuffix
    }
    // "one point", "two points" (a hyphenated "-point" stays singular).
    if f.dimension == .margin, unitSuffix == " points" || unitSuffix == " point" { unitSuffix = f.low == 1 ? " point" : " points" }
    return prefix + number(f.low) + scaleText + suffix + unitSuffix
  }

  /// A unit's word in the singular or the plural: "months", "foot", "feet".
  /// Abbreviations ("km", "mi", "ft") stay as they are.
  private static func unitWord(_ word: String, plural: Bool) -> String {
    switch (word, plural) {
    case ("feet", false): return "foot"
    case ("foot", true): return "feet"
    case (_, false) where word.count > 3 && word.hasSuffix("s"): return String(word.dropLast())
    case (_, true) where word.count > 3 && !word.hasSuffix("s"): return word + "s"
    default: return word
    }
  }

  static func naturalScale(_ v: Double) -> Double {
    for s in [1e12, 1e9, 1e6] where abs(v) >= s { return s }
    if abs(v) >= 1e3, abs(v).truncatingRemainder(dividingBy: 1e3) == 0 || abs(v) >= 1e4 { return 1e3 }
    return 1
  }

  static func scaleWord(_ scale: Double, family: ValueStyle.ScaleFamily, spaced: Bool, joiner: String = " ") -> String {
    // (A switch: a dictionary literal here was built on every call.)
    let word: String, upper: String, lower: String
    switch scale {
    case 1e3: (word, upper, lower) = ("thousand", "K", "k")
    case 1e6: (word, upper, lower) = ("million", "M", "m")
    case 1e9: (word, upper, lower) = ("billion", "B", "bn")
    case 1e12: (word, upper, lower) = ("trillion", "T", "tn")
    default: return ""
    }
    switch family {
    case .word: return joiner + word
    case .upperLetter: return (spaced ? " " : "") + upper
    case .lowerLetter: return (spaced ? " " : "") + (scale == 1e3 ? "k" : lower)
    }
  }

  static func decimalsNeeded(_ resolution: Double) -> Int {
    var d = 0
    var r = resolution
    while r < 0.999, d < 6 { r *= 10; d += 1 }
    return d
  }

  static func format(_ value: Double, decimals: Int, grouping: Bool) -> String {
    let scaled = (value * pow10(decimals)).rounded()
    // Beyond what an Int holds (only a made-up fact base gets there): plain notation.
    guard abs(scaled) < 1e18 else { return "\(value)" }
    var integer = Int(abs(scaled) / pow10(decimals))
    let fraction = Int(abs(scaled) - Double(integer) * pow10(decimals) + 0.5)
    var digits = String(integer)
    if grouping, digits.count > 3 {
      var groups: [String] = []
      while integer >= 1000 {
        groups.insert(String(format3(integer % 1000)), at: 0)
        integer /= 1000
      }
      groups.insert(String(integer), at: 0)
      digits = groups.joined(separator: ",")
    }
    if decimals > 0 {
      var f = String(fraction)
      while f.count < decimals { f = "0" + f }
      digits += "." + f
    }
    return (scaled < 0 ? "-" : "") + digits
  }

  private static func format3(_ n: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: 3 - s.count) + s
  }

  // MARK: Dates and ranks

  static func date(_ f: DateValue, style: ValueStyle.DateStyle) -> String {
    guard let month = f.month else { return f.year == nil ? "" : f.description }
    let full = DateValue.monthNames[month - 1]
    let name: String
    switch style.monthForm {
    case .full: name = full
    case .short: name = String(full.prefix(month == 9 ? 4 : 3))
    case .shortDot: name = full.count <= 4 ? full : String(full.prefix(month == 9 ? 4 : 3)) + "."
    }
    let day = f.day.map { style.ordinalDay ? "\($0)\(NumberWords.ordinalSuffix($0))" : "\($0)" }
    let year = style.hasYear ? f.year : nil
    switch style.order {
    case .iso:
      guard let y = f.year else { return f.description }
      let ym = "\(y)-\(month < 10 ? "0" : "")\(month)"
      guard let d = f.day else { return ym }
      return ym + "-\(d < 10 ? "0" : "")\(d)"
    case .dayMonth:
      return [day, name, year.map(String.init)].compactMap { $0 }.joined(separator: " ")
    case .monthYear, .monthOnly, .yearOnly, .monthDay:
      var s = name
      if let day, style.order == .monthDay { s += " " + day }
      if let year { s += (day != nil && style.order == .monthDay && style.commaBeforeYear ? ", " : " ") + String(year) }
      return s
    }
  }

  /// "a tenth", "a fifth", "a quarter", "a third", "half", "two-thirds", "three-quarters".
  private static func fractionWords(_ percent: Double) -> String? {
    let table: [(Double, String)] = [(1, "a hundredth"), (10, "a tenth"), (20, "a fifth"), (25, "a quarter"), (100.0 / 3, "a third"),
                                     (40, "two-fifths"), (50, "half"), (60, "three-fifths"), (200.0 / 3, "two-thirds"), (75, "three-quarters")]
    return table.first { abs($0.0 - percent) < 0.05 }?.1
  }

  static func rank(_ f: RankValue, style: ValueStyle.RankStyle) -> String {
    switch style {
    case .ordinalWord: return f.position < NumberWords.ordinalWords.count ? NumberWords.ordinalWords[f.position] : "\(f.position)\(NumberWords.ordinalSuffix(f.position))"
    case .ordinalDigits: return "\(f.position)\(NumberWords.ordinalSuffix(f.position))"
    case .numberSign: return "No. \(f.position)"
    case .hash: return "#\(f.position)"
    case .superlative(let s):
      if f.position == 1 { return s.word }
      let ordinal = s.ordinalDigits ? "\(f.position)\(NumberWords.ordinalSuffix(f.position))" : rank(f, style: .ordinalWord)
      return ordinal + s.joiner + s.word
    case .topN(let words, let hyphen): return "top" + (hyphen ? "-" : " ") + (words ? NumberWords.spell(f.position) ?? "\(f.position)" : "\(f.position)")
    }
  }
}
