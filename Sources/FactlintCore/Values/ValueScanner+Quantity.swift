/// Money, percent, counts, scores, durations and multipliers, and their ranges.
extension ValueScanner {
  /// One end of a quantity: "$14.3B", "US$14.3bn", "14.3 billion", "eight", "€5".
  /// It holds byte ranges, not strings, so it copies without reference
  /// counting; `quantity` makes the style's strings once the value is certain.
  struct Endpoint {
    var start: Int
    var end: Int  // token index past the end
    var currency: Currency? = nil
    /// "$", "US$", "USD " as written before the number.
    var currencyPrefix: Range<Int>? = nil
    /// "dollars", "USD" after the number (the style writes it after a space).
    var currencySuffix: Range<Int>? = nil
    var mantissa: Double
    var literal: NumberLiteral
    var scale: Double = 1
    var scaleFamily: ValueStyle.ScaleFamily? = nil
    var scaleSpaced = false
    /// "14.3-billion" rather than "14.3 billion".
    var scaleHyphenated = false
    var words = false

    var value: Double { mantissa * scale }
    var resolution: Double {
      literal.decimals > 0 ? pow10(-literal.decimals) * scale : pow10(literal.trailingZeros) * scale
    }
  }

  func quantity(at i: Int) -> ValueMention? {
    guard var low = endpoint(at: i) else { return nil }
    if isYear(low) { return nil }
    if let share = oneIn(low, at: i) { return share }
    var unit = self.unit(at: low.end)
    var high: Endpoint? = nil
    var connector = ""
    let afterLow = unit?.end ?? low.end
    if let c = token(afterLow), rangeConnector(c, at: afterLow, start: i) {
      if var second = endpoint(at: afterLow + 1) {
        let secondUnit = self.unit(at: second.end)
        if unit == nil || secondUnit?.dimension == unit?.dimension {
          connector = Bytes.string(bytes, tokens[afterLow - 1].range.upperBound..<tokens[afterLow + 1].range.lowerBound)
          if second.currency == nil { second.currency = low.currency }
          if low.scaleFamily == nil, second.scaleFamily != nil, low.literal.decimals > 0 || low.mantissa < second.mantissa * 10 {
            low.scale = second.scale
          }
          if low.currency == nil { low.currency = second.currency }
          high = second
          unit = secondUnit ?? unit
        }
      }
    }
    let last = high ?? low
    var end = unit?.end ?? last.end
    var dimension: Dimension
    if let currency = last.currency ?? low.currency {
      dimension = .money(currency)
    } else {
      dimension = unit?.dimension ?? .number
    }
    if case .money = dimension, let u = unit, u.dimension != .number { dimension = .money(low.currency ?? last.currency ?? .usd) }
    if dimension == .number, last.scaleFamily == nil, low.words, high == nil, low.mantissa < 2, unit == nil {
      return nil  // a lone "one" or "zero" is almost never a figure
    }
    // A score that is a difference between two ("five points behind"): a margin.
    var isMargin = false
    let pointsOrPlain = high == nil && (dimension == .score || (dimension == .number && low.literal.isInteger && low.value < 1000 && low.scaleFamily == nil))
    // The word after the value is read once and matched in one switch: the
    // word lists as arguments cost an array each test.
    if isKind(end, .word) {
      switch tokens[end].text {
      // Skip "percentage points", "years ago", "19-year-old".
      case "ago", "old", "percentage", "basis":
        return nil
      case "points":
        if dimension == .percent { return nil }
      // "one point shy of", "five behind", "two points clear": a margin;
      // "3% higher", "8,000 more": a difference of another kind, not a level.
      case "shy", "behind", "ahead", "short":
        if pointsOrPlain {
          isMargin = true
        } else if dimension != .multiplier {
          return nil
        }
      case "adrift", "clear":
        isMargin = pointsOrPlain
      case "more", "less", "higher", "lower", "fewer", "up", "down":
        // "43 percent more than its budget" is a difference the sources may
        // give (an overrun, a premium); the binder lets only such a fact take
        // it (`SentenceAnalysis.isChange`). Other differences are no figures.
        if dimension != .multiplier, !(dimension == .percent && word(end + 1) == "than") { return nil }
      // "five points off the top", "34 points above", "two points back".
      case "off", "above", "below", "back":
        isMargin = dimension == .score && high == nil
      default:
        break
      }
    } else if symbol(end) == "-", word(end + 1) == "old" {
      return nil
    } else if symbol(end) == "-", tokens[end].attached, word(end + 1) == "point", Self.isGapNoun(word(end + 2)), pointsOrPlain {
      // "a five-point lead": the unit joined by a hyphen, before the noun of a gap.
      unit = Unit(dimension: .score, end: end + 2, text: tokens[end - 1].range.upperBound..<tokens[end + 1].range.upperBound)
      end += 2
      dimension = .score
      isMargin = true
    }
    // "trails GPT-5.4 by five points", "a rise of 34 points": a margin.
    if pointsOrPlain, word(i - 1) == "by", unit?.dimension == .score || Self.marginVerbs.contains(word(i - 2)) { isMargin = true }
    if dimension == .score, high == nil, word(i - 1) == "of", Self.isGapNoun(word(i - 2)) { isMargin = true }
    // "within five points of the leaders": a gap of at most five.
    let isWithin = dimension == .score && high == nil && word(i - 1) == "within"
    if isWithin { isMargin = true }
    if isMargin { dimension = .margin }
    var factor = 1.0
    if dimension == .duration || dimension == .length, let u = unit { factor = u.factor }
    // A round number is approximate, but not by more than 10 % either way;
    // the ends of a range are precise to the unit of their scale.
    var resolution = high.map { min(low.resolution, $0.resolution, $0.scale) } ?? min(low.resolution, max(low.literal.isInteger ? 0.2 * low.value : 0, pow10(-low.literal.decimals) * low.scale))
    if dimension == .percent || dimension == .duration || dimension == .multiplier || dimension == .score || dimension == .margin, low.literal.isInteger, low.scale == 1 { resolution = 1 }
    // A price in whole units that is not round ("$4", "$15") is exact to the
    // cent: "$4.50" is no way of writing it.
    if case .money = dimension, high == nil, low.literal.isInteger, low.scale == 1, low.value.truncatingRemainder(dividingBy: 10) != 0 { resolution = 0.01 }
    resolution *= factor
    var period: Period? = nil
    if symbol(end) == "/", tokens[end].attached, let p = Period(afterSlash: word(end + 1)) {
      period = p
      end += 2
    } else if word(end) == "a" || word(end) == "per", let p = Period(afterPer: word(end + 1)) {
      period = p
    } else if countsPlural(end), word(end + 1) == "a" || word(end + 1) == "per", let p = Period(afterPer: word(end + 2)),
              !(isKind(end + 3, .word) && tokens[end + 3].classes.contains(.relativeTime)) {
      // "10 million downloads a day": the noun counted stands between the
      // figure and its period ("a year ago" is a time, not a rate).
      period = p
    }
    var hedge = isWithin ? Hedge.atMost : .exact
    if word(end) == "or", word(end + 1) == "more" { hedge = .atLeast }
    if symbol(end) == "+", tokens[end].attached { hedge = .atLeast; end += 1 }
    let quantity = Quantity(dimension, low: low.value * factor, high: (high?.value ?? low.value) * factor, resolution: resolution)
    // "54 points": the figure a writer would change is "54"; it keeps no unit or period.
    let isScore = unit?.dimension == .score && high == nil && !isMargin
    // (The style is made by a function and handed straight to the mention: a
    // style built in a local here was copied into it, strings and all.)
    return ValueMention(range: 0..<0, value: .quantity(quantity), hedge: hedge,
                        style: style(low: low, high: high, unit: isScore ? nil : unit, connector: connector),
                        tokens: i..<(isScore ? low.end : end), period: isScore ? nil : period)
  }

  /// Whether token `k` is a plural noun a figure can count ("downloads",
  /// "riders"): a word of four letters or more ending in "s", no number word.
  private func countsPlural(_ k: Int) -> Bool {
    guard isKind(k, .word), tokens[k].classes.isDisjoint(with: WordClass.valueStarts) else { return false }
    let r = tokens[k].range
    return r.count >= 4 && bytes[r.upperBound - 1] == UInt8(ascii: "s")
  }

  /// How a quantity was written, from its ends, unit and range connector.
  private func style(low: Endpoint, high: Endpoint?, unit: Unit?, connector: String) -> ValueStyle {
    let last = high ?? low
    // (One memberwise call: a default style then set field by field was copied on return.)
    return ValueStyle(
      currencyPrefix: text(high == nil ? low.currencyPrefix : last.currencyPrefix),
      currencySuffix: last.currencySuffix.map { " " + Bytes.string(bytes, $0) } ?? "",
      scale: last.scale, scaleFamily: last.scaleFamily, scaleSpaced: last.scaleSpaced,
      scaleJoiner: last.scaleHyphenated ? "-" : " ",
      grouping: low.literal.grouping || (high?.literal.grouping ?? false),
      decimals: last.literal.decimals, words: low.words, unitSuffix: text(unit?.text),
      rangeConnector: high != nil ? connector : "",
      lowCurrencyPrefix: high != nil ? text(low.currencyPrefix) : "",
      lowEndHasScale: high != nil ? low.scaleFamily != nil : true)
  }

  private func isYear(_ e: Endpoint) -> Bool {
    e.currency == nil && e.scaleFamily == nil && !e.words && e.literal.isInteger && !e.literal.grouping
      && e.mantissa >= 1900 && e.mantissa <= 2100 && e.end - e.start == 1
      && unit(at: e.end) == nil
  }

  private func rangeConnector(_ c: Token, at index: Int, start: Int) -> Bool {
    if c.kind == .symbol, c.text == "-" || c.text == "–" { return true }
    if c.kind == .word, c.text == "to" { return true }
    if c.kind == .word, c.text == "and" { return word(start - 1) == "between" || word(start - 2) == "between" }
    return false
  }

  func endpoint(at i: Int) -> Endpoint? {
    var k = i
    var currency: Currency? = nil
    var prefix: Range<Int>? = nil
    // Currency before the number.
    if has(k) {
      let t = tokens[k].kind
      if t == .symbol, let c = Currency(symbol: tokens[k].text) {
        currency = c
        prefix = tokens[k].range
        k += 1
      } else if t == .word, tokens[k].classes.contains(.valueStart) {  // "us" and the codes are value starts
        if tokens[k].text == "us", symbol(k + 1) == "$", tokens[k + 1].attached {
          currency = .usd
          // "US$ 27 billion": the space after the sign is the writer's, and a fix keeps it.
          prefix = tokens[k].range.lowerBound..<(isKind(k + 2, .number) ? tokens[k + 2].range.lowerBound : tokens[k + 1].range.upperBound)
          k += 2
        } else if let c = Currency(code: tokens[k].text), isKind(k + 1, .number) {
          currency = c
          prefix = tokens[k].range.lowerBound..<tokens[k + 1].range.lowerBound
          k += 1
        }
      }
    }
    guard has(k) else { return nil }
    var endpoint: Endpoint
    if tokens[k].kind == .number, let literal = tokens[k].number {
      // A symbol ("$"), not "US$" or "USD", must touch its number.
      if k > i, !tokens[k].attached, currency != nil, tokens[i].kind == .symbol { return nil }
      endpoint = Endpoint(start: i, end: k + 1, mantissa: literal.value, literal: literal)
    } else if tokens[k].kind == .word, let (value, end) = numberWords(at: k) {
      var zeros = 0
      if value != 0 { var v = value; while v % 10 == 0 { zeros += 1; v /= 10 } }
      endpoint = Endpoint(start: i, end: end, mantissa: Double(value), literal: NumberLiteral(value: Double(value), decimals: 0, grouping: false, trailingZeros: zeros), words: true)
    } else {
      return nil
    }
    endpoint.currency = currency
    endpoint.currencyPrefix = prefix
    // Scale: "14.3B", "8k", "14.3bn", "14.3 billion", "14.3 bn", "14.3-billion".
    let e = endpoint.end
    if symbol(e) == "-", tokens[e].attached, isKind(e + 1, .word), tokens[e + 1].attached, let scale = NumberWords.scale(tokens[e + 1].text) {
      endpoint.scale = scale
      endpoint.scaleFamily = .word
      endpoint.scaleSpaced = true
      endpoint.scaleHyphenated = true
      endpoint.end += 2
    } else if isKind(e, .word) {
      let word = tokens[e].text
      let attached = tokens[e].attached
      // The draft's letter, for its case ("K", the Kelvin sign, is a "k" too).
      func startsUpper() -> Bool {
        bytes[tokens[e].range.lowerBound] < 0x80 ? isCapitalized(e) : Bytes.string(bytes, tokens[e].range).first!.isUppercase
      }
      if attached, let scale = NumberWords.letterScale(word) {
        endpoint.scale = scale
        endpoint.scaleFamily = startsUpper() ? .upperLetter : .lowerLetter
        if word.count > 1 { endpoint.scaleFamily = .lowerLetter }
        endpoint.end += 1
      } else if let scale = NumberWords.scale(word) {
        endpoint.scale = scale
        endpoint.scaleFamily = .word
        endpoint.scaleSpaced = true
        endpoint.end += 1
      } else if !attached, word == "bn" || word == "mn" || word == "tn" || (currency != nil && (word == "b" || word == "m") && startsUpper()) {
        endpoint.scale = NumberWords.letterScale(word)!
        endpoint.scaleFamily = word.count > 1 ? .lowerLetter : .upperLetter
        endpoint.scaleSpaced = true
        endpoint.end += 1
      }
    }
    // "Eleven thousand eight hundred": the hundreds after a thousand in words are the same number, 11.8 thousand.
    if endpoint.words, endpoint.scale == 1e3, !endpoint.scaleHyphenated, let (rest, end) = numberWords(at: endpoint.end), rest > 0, rest < 1000 {
      var zeros = 0, r = rest
      while r % 10 == 0 { zeros += 1; r /= 10 }
      endpoint.mantissa += Double(rest) / 1000
      endpoint.literal = NumberLiteral(value: endpoint.mantissa, decimals: 3 - zeros, grouping: false, trailingZeros: 0)
      endpoint.end = end
    }
    // Currency after: "14.3 billion dollars", "14.3 billion USD".
    if endpoint.currency == nil, isKind(endpoint.end, .word), let c = Currency.afterNumber(tokens[endpoint.end].text) {
      endpoint.currency = c
      endpoint.currencySuffix = tokens[endpoint.end].range
      endpoint.end += 1
    }
    return endpoint
  }

  /// The draft's text of a byte range, or "" for none.
  private func text(_ range: Range<Int>?) -> String {
    range.map { Bytes.string(bytes, $0) } ?? ""
  }

  /// "twenty-five", "three hundred", "nine": the value and the token after it.
  func numberWords(at i: Int) -> (Int, Int)? {
    // The class bit says whether the word is a cardinal before it is hashed.
    guard isKind(i, .word), tokens[i].classes.contains(.cardinal), var value = NumberWords.cardinal(tokens[i].text) else { return nil }
    var k = i + 1
    if value >= 20, value % 10 == 0, symbol(k) == "-", let u = token(k + 1), u.kind == .word, u.classes.contains(.cardinal), let unit = NumberWords.cardinal(u.text), unit < 10, unit > 0 {
      value += unit
      k += 2
    }
    if word(k) == "hundred" {
      value *= 100
      k += 1
      if word(k) == "and", let (rest, end) = numberWords(at: k + 1), rest < 100 { value += rest; k = end }
      else if let next = token(k), next.kind == .word, next.classes.contains(.cardinal), let rest = NumberWords.cardinal(next.text), word(k + 1) != "hundred" {
        if let (more, end) = numberWords(at: k), more < 100 { value += more; k = end } else { value += rest; k += 1 }
      }
    }
    return (value, k)
  }

  struct Unit: Equatable {
    var dimension: Dimension
    var end: Int
    /// The bytes from the number's end to the unit's end ("%", " percent",
    /// "-month"): a range, as most units found are dropped (a year's test, a date's).
    var text: Range<Int>
    var factor: Double = 1
  }

  /// The unit after a number: percent, duration, multiplier, points.
  func unit(at k: Int) -> Unit? {
    guard has(k) else { return nil }
    let previousEnd = tokens[k - 1].range.upperBound
    let end = tokens[k].range.upperBound
    switch tokens[k].kind {
    case .symbol:
      let symbol = tokens[k].text
      if symbol == "%" { return Unit(dimension: .percent, end: k + 1, text: previousEnd..<end) }
      if symbol == "×" { return Unit(dimension: .multiplier, end: k + 1, text: previousEnd..<end) }
      // Hyphenated: "nine-month", "158-page" (count), "10-fold".
      if symbol == "-", tokens[k].attached, isKind(k + 1, .word), tokens[k + 1].attached {
        let w = tokens[k + 1]
        if let factor = NumberWords.durationUnit(w.text) {
          return Unit(dimension: .duration, end: k + 2, text: previousEnd..<w.range.upperBound, factor: factor)
        }
        if let factor = NumberWords.lengthUnit(w.text) {
          return Unit(dimension: .length, end: k + 2, text: previousEnd..<w.range.upperBound, factor: factor)
        }
        if w.text == "fold" { return Unit(dimension: .multiplier, end: k + 2, text: previousEnd..<w.range.upperBound) }
        if w.text == "percent" { return Unit(dimension: .percent, end: k + 2, text: previousEnd..<w.range.upperBound) }
      }
      return nil
    case .word:
      let word = tokens[k].text
      // Every unit word has 1 to 10 letters ("x", "percent", "kilometres").
      guard word.count <= 10 else { return nil }
      switch word {
      case "percent", "pct":
        return Unit(dimension: .percent, end: k + 1, text: previousEnd..<end)
      case "per" where self.word(k + 1) == "cent":
        return Unit(dimension: .percent, end: k + 2, text: previousEnd..<tokens[k + 1].range.upperBound)
      case "times" where !countsOccurrences(k):
        return Unit(dimension: .multiplier, end: k + 1, text: previousEnd..<end)
      case "x" where tokens[k].attached, "fold":
        return Unit(dimension: .multiplier, end: k + 1, text: previousEnd..<end)
      case "points", "pts", "point":
        return Unit(dimension: .score, end: k + 1, text: previousEnd..<end)
      default:
        if let factor = NumberWords.durationUnit(word) {
          return Unit(dimension: .duration, end: k + 1, text: previousEnd..<end, factor: factor)
        }
        if let factor = NumberWords.lengthUnit(word) {
          return Unit(dimension: .length, end: k + 1, text: previousEnd..<end, factor: factor)
        }
        return nil
      }
    case .number, .name:
      return nil
    }
  }

  /// "downloaded 1.2 million times", "won three times": "times" counts
  /// occurrences, unless a comparison follows ("ten times less compute",
  /// "three times the revenue") and no scale word makes it a plain count.
  func countsOccurrences(_ k: Int) -> Bool {
    if isKind(k - 1, .word), NumberWords.scale(tokens[k - 1].text) != nil { return true }
    guard let next = token(k + 1), next.kind == .word else { return true }
    return !Self.multiplierFollowers.contains(next.text)
  }

  /// "one in ten of its staff", "1 in 5": a share, as a percentage.
  private func oneIn(_ low: Endpoint, at i: Int) -> ValueMention? {
    guard word(low.end) == "in", low.literal.isInteger, low.mantissa >= 1, low.mantissa < 10, low.scaleFamily == nil, low.currency == nil,
          let whole = endpoint(at: low.end + 1), whole.literal.isInteger, whole.scaleFamily == nil, whole.currency == nil,
          whole.value > low.value, whole.value <= 1000, unit(at: whole.end) == nil else { return nil }
    var style = ValueStyle()
    style.words = low.words
    style.oneIn = true
    return ValueMention(range: 0..<0, value: .quantity(Quantity(.percent, low.value / whole.value * 100, resolution: 1)), hedge: .exact, style: style, tokens: i..<whole.end)
  }

  /// "a point behind", "trails by a single point": a margin of one, written
  /// without a number; token `i` is "point".
  func marginOfAPoint(at i: Int) -> ValueMention? {
    var start = i - 1
    if word(start) == "single" { start -= 1 }
    guard word(start) == "a" else { return nil }
    switch word(i + 1) {
    case "behind", "ahead", "shy", "short", "adrift", "clear", "off", "above", "below", "back": break
    default:
      // "by a point" is always a difference ("won by a point", "trails its rival by a point").
      guard word(start - 1) == "by" else { return nil }
    }
    var style = ValueStyle()
    style.words = true
    style.unitSuffix = " point"
    return ValueMention(range: 0..<0, value: .quantity(Quantity(.margin, 1, resolution: 1)), hedge: .exact, style: style, tokens: start..<(i + 1))
  }

  /// "a lead of five points", "a two-point gap": nouns of a difference between scores.
  static func isGapNoun(_ word: TokenText) -> Bool {
    switch word {
    case "lead", "gap", "margin", "deficit", "advantage", "edge", "jump", "rise", "gain", "increase", "improvement", "drop", "fall", "swing": return true
    default: return false
    }
  }

  /// "trails GPT-5.4 by five points": verbs before "by" that make a number a margin.
  static let marginVerbs: Set<TokenText> = ["trails", "trailed", "trail", "trailing", "leads", "led", "lead", "leading", "beats", "beat", "outscores", "outscored", "edges", "edged"]

  static let multiplierFollowers: Set<TokenText> = [
    "more", "less", "fewer", "larger", "bigger", "smaller", "higher", "lower", "faster", "slower", "cheaper",
    "greater", "longer", "shorter", "better", "worse", "as", "the", "that", "what", "its", "their", "his", "her",
    "over", "increase", "growth", "jump", "rise", "what",
  ]

  /// "an order of magnitude", "two orders of magnitude".
  func orderOfMagnitude(at i: Int) -> ValueMention? {
    guard word(i + 1) == "order" || word(i + 1) == "orders", word(i + 2) == "of", word(i + 3) == "magnitude" else { return nil }
    let value = tokens[i].text == "two" ? 100.0 : 10.0
    var style = ValueStyle()
    style.words = true
    style.multiplierWord = .ordersOfMagnitude
    return ValueMention(range: 0..<0, value: .quantity(Quantity(.multiplier, value, resolution: value)), hedge: .exact, style: style, tokens: i..<(i + 4))
  }

  func foldWord(at i: Int) -> ValueMention? {
    let value: Double
    var style = ValueStyle()
    switch tokens[i].text {
    case "tenfold": value = 10
    case "twofold": value = 2
    case "threefold": value = 3
    case "fivefold": value = 5
    // "nearly double the 2025 figure", "more than triple last year's",
    // "twice as much": a multiplier word before what it multiplies.
    case "double", "twice", "triple", "treble", "quadruple":
      guard multipliesWhatFollows(i) else { return nil }
      value = tokens[i].text == "quadruple" ? 4 : tokens[i].text == "triple" || tokens[i].text == "treble" ? 3 : 2
      style.words = true
      style.multiplierWord = tokens[i].text == "twice" ? .adverb : .adjective
      return ValueMention(range: 0..<0, value: .quantity(Quantity(.multiplier, value, resolution: 1)), hedge: .exact, style: style, tokens: i..<(i + 1))
    default: return nil
    }
    style.words = true
    style.unitSuffix = "fold"
    return ValueMention(range: 0..<0, value: .quantity(Quantity(.multiplier, value, resolution: 1)), hedge: .exact, style: style, tokens: i..<(i + 1))
  }
}

extension ValueScanner {
  /// "double the", "triple last year's", "twice as much", "double its",
  /// "double $5": the word multiplies what follows it ("double down",
  /// "a double act", "double-digit", "twice a week" do not).
  func multipliesWhatFollows(_ i: Int) -> Bool {
    if isKind(i + 1, .number) || Currency(symbol: symbol(i + 1)) != nil { return true }
    switch word(i + 1) {
    case "the", "that", "what", "its", "their", "his", "her", "our", "last", "this", "those", "these": return true
    case "as": return tokens[i].text == "twice"
    default: return false
    }
  }
}

func pow10(_ n: Int) -> Double {
  var result = 1.0
  if n >= 0 { for _ in 0..<n { result *= 10 } } else { for _ in 0..<(-n) { result /= 10 } }
  return result
}
