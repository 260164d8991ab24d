/// Dates: "April 8, 2026", "Apr. 8", "8 April 2026", "2026-04-08", "June
/// 2025", "in April", "Wednesday, April 8", and years on their own.
extension ValueScanner {
  /// "before April 10", "by June": a word that makes a date a bound.
  private static func isBoundWord(_ word: TokenText) -> Bool {
    switch word {
    case "before", "after", "by", "until", "till", "around", "circa", "about", "early", "late", "mid", "through", "throughout", "within", "ago": return true
    default: return false
    }
  }

  /// "early", "late", "mid": the part of a period a date is in ("mid-2026"), not a season.
  private static func isPeriodPart(_ word: TokenText) -> Bool { yearPart(word).map { !$0.isSeason } ?? false }

  /// "early", "mid", "late" or a season before a year ("spring 2024").
  private static func yearPart(_ word: TokenText) -> DateValue.YearPart? {
    switch word {
    case "early": .early
    case "mid": .mid
    case "late": .late
    case "spring": .spring
    case "summer": .summer
    case "autumn": .autumn
    case "fall": .fall
    default: nil
    }
  }

  /// "in April", "since May": words a month on its own must follow to be a date.
  private static func isMonthPreposition(_ word: TokenText) -> Bool {
    switch word {
    case "in", "since", "during", "through", "until", "from", "of", "by", "early", "late", "mid": return true
    default: return false
    }
  }

  /// "April", "May", "June", "July" are written whole; "Apr", "Sept" are short.
  private static func isFullMonthName(_ word: TokenText) -> Bool { word.count > 4 || word == "may" || word == "june" || word == "july" }

  /// A date as a reader found it, before its weekday and bound are known: a
  /// few plain fields, so the readers return it without copying a whole
  /// `ValueMention`, which `date(at:)` makes once.
  private struct DateRead {
    var date: DateValue
    var style: ValueStyle.DateStyle
    /// Token index past the date.
    var end: Int
    var isBareYear = false
  }

  func date(at i: Int) -> ValueMention? {
    var k = i
    var weekday: Int? = nil
    if let t = token(k), t.kind == .word, t.classes.contains(.weekday), let w = NumberWords.weekday(t.text), isCapitalized(k) {
      weekday = w
      k += 1
      if symbol(k) == "," { k += 1 }
    }
    guard let t = token(k) else { return nil }
    var read: DateRead?
    if t.kind == .word, t.classes.contains(.month), let month = NumberWords.month(t.text), isCapitalized(k) {
      read = monthFirst(start: i, at: k, month: month)
    } else if t.kind == .number {
      // A day (1 to 31) or a year (four digits, 1900 to 2100), whole and
      // ungrouped, or none of the readers takes it: most numbers are neither.
      guard let lit = t.number, lit.isInteger, !lit.grouping,
            (lit.value >= 1 && lit.value <= 31) || (t.range.count == 4 && lit.value >= 1900 && lit.value <= 2100) else { return nil }
      read = iso(at: k) ?? dayFirst(at: k) ?? (weekday == nil ? year(at: k) : nil)
    }
    guard var read else { return nil }
    // "April 8, 2026, a Thursday" / "April 8 (a Wednesday)": the weekday after the date.
    var after: Int? = nil
    if weekday == nil, read.date.day != nil {
      var j = read.end
      if symbol(j) == "," || symbol(j) == "(" { j += 1 }
      if word(j) == "a" { j += 1 }
      if let w = token(j), w.kind == .word, w.classes.contains(.weekday), let day = NumberWords.weekday(w.text), isCapitalized(j), j > read.end {
        weekday = day
        after = j
      }
    }
    read.date.weekday = weekday
    var mention = ValueMention(range: 0..<0, value: .date(read.date), hedge: .exact, style: ValueStyle(date: read.style), tokens: k..<read.end, isBareYear: read.isBareYear)
    if let after { mention.weekdayRange = tokens[after].range } else if weekday != nil { mention.weekdayRange = tokens[i].range }
    // "before April 10", "by June", "mid-2026": a bound, not a date claim.
    var previous = k - 1
    switch word(previous) {
    case "its", "his", "her", "their", "the": previous -= 1  // "since its April 2025 debut"
    default: break
    }
    // A year's part ("early 2025", "mid-2026") is part of the date, which is
    // a claim like any other — unless a bound word comes before it ("by late 2025").
    let partAt = Self.yearPart(word(k - 1)) != nil ? k - 1 : symbol(k - 1) == "-" && Self.isPeriodPart(word(k - 2)) ? k - 2 : nil
    if read.date.month == nil, let p = partAt, !Self.isBoundWord(word(p - 1)), let part = Self.yearPart(word(p)) {
      mention.value = .date(DateValue(year: read.date.year, part: part))
      mention.tokens = p..<read.end
      // A year with its part is dated as closely as a writer cares to: no bare year set as context.
      mention.isBareYear = false
      return mention
    }
    // (The bound words hold "early", "late" and "mid".)
    if Self.isBoundWord(word(previous)) || (symbol(previous) == "-" && Self.isPeriodPart(word(previous - 1))) {
      mention.hedge = .approximately
    }
    mention.opensPeriod = word(previous) == "since"
    return mention
  }

  private func monthFirst(start: Int, at k: Int, month: Int) -> DateRead? {
    var style = ValueStyle.DateStyle(order: .monthDay)
    // The token's text is the month as written, lower-cased: every month name is ASCII.
    let name = tokens[k].text
    style.monthForm = Self.isFullMonthName(name) ? .full : .short
    var n = k + 1
    if style.monthForm == .short, symbol(n) == ".", tokens[n].attached { style.monthForm = .shortDot; n += 1 }
    if style.monthForm == .short, name.count == 4, name != "sept" { style.monthForm = .full }
    // Day.
    if let d = token(n), d.kind == .number, let lit = d.number, lit.isInteger, !lit.grouping, lit.value >= 1, lit.value <= 31, !d.attached || n == k + 1 {
      var day = Int(lit.value)
      n += 1
      if isOrdinalSuffix(n) {
        style.ordinalDay = true
        n += 1
      }
      if unit(at: n) != nil || symbol(n) == "%" { return nil }
      var year: Int? = nil
      var yearEnd = n
      if symbol(n) == ",", let y = yearToken(n + 1) { year = y; yearEnd = n + 2 } else if let y = yearToken(n) { year = y; yearEnd = n + 1; style.commaBeforeYear = false }
      style.hasYear = year != nil
      if let y = year, day > DateValue.daysIn(month: month, year: y) { day = 0 }
      guard day > 0 else { return nil }
      return DateRead(date: DateValue(year: year, month: month, day: day), style: style, end: year != nil ? yearEnd : n)
    }
    // Month and year: "June 2025", "June of 2025".
    if let y = yearToken(n) {
      style.order = .monthYear
      return DateRead(date: DateValue(year: y, month: month), style: style, end: n + 1)
    }
    // A month on its own only after a preposition: "in April", "since May".
    if Self.isMonthPreposition(word(k - 1)) || (symbol(k - 1) == "-" && Self.isPeriodPart(word(k - 2))) {
      style.order = .monthOnly
      style.hasYear = false
      return DateRead(date: DateValue(year: nil, month: month), style: style, end: k + 1)
    }
    return nil
  }

  private func dayFirst(at k: Int) -> DateRead? {
    guard let d = token(k), let lit = d.number, lit.isInteger, !lit.grouping, lit.value >= 1, lit.value <= 31 else { return nil }
    var n = k + 1
    var ordinal = false
    if isOrdinalSuffix(n) { ordinal = true; n += 1 }
    if word(n) == "of" { n += 1 }
    guard let m = token(n), m.kind == .word, m.classes.contains(.month), let month = NumberWords.month(m.text), isCapitalized(n) else { return nil }
    var style = ValueStyle.DateStyle(order: .dayMonth, monthForm: Self.isFullMonthName(m.text) ? .full : .short, ordinalDay: ordinal)
    n += 1
    if style.monthForm == .short, symbol(n) == ".", tokens[n].attached { style.monthForm = .shortDot; n += 1 }
    var year: Int? = nil
    if let y = yearToken(n) { year = y; n += 1 } else if symbol(n) == ",", let y = yearToken(n + 1) { year = y; n += 2 }
    style.hasYear = year != nil
    return DateRead(date: DateValue(year: year, month: month, day: Int(lit.value)), style: style, end: n)
  }

  private func iso(at k: Int) -> DateRead? {
    guard let y = yearToken(k), symbol(k + 1) == "-", let m = token(k + 2), m.attached, let mLit = m.number, mLit.isInteger,
          m.range.count == 2, (1...12).contains(Int(mLit.value)) else { return nil }
    if symbol(k + 3) == "-", let d = token(k + 4), d.attached, let dLit = d.number, d.range.count == 2, (1...31).contains(Int(dLit.value)) {
      return DateRead(date: DateValue(year: y, month: Int(mLit.value), day: Int(dLit.value)), style: ValueStyle.DateStyle(order: .iso), end: k + 5)
    }
    return DateRead(date: DateValue(year: y, month: Int(mLit.value)), style: ValueStyle.DateStyle(order: .iso), end: k + 3)
  }

  private func year(at k: Int) -> DateRead? {
    guard let y = yearToken(k) else { return nil }
    // "2025's" and "in 2025" alike; a year before a scale or unit is a number.
    if isKind(k + 1, .word), NumberWords.scale(tokens[k + 1].text) != nil || NumberWords.durationUnit(tokens[k + 1].text) != nil { return nil }
    if symbol(k + 1) == "%" { return nil }
    return DateRead(date: DateValue(year: y), style: ValueStyle.DateStyle(order: .yearOnly), end: k + 1, isBareYear: true)
  }

  /// The end of something written like an ISO date that is not a date
  /// ("3026-05-20", "2026-13"): no value is read in it, as the year-month
  /// part would otherwise pass for a range of counts.
  func dateShapeEnd(at k: Int) -> Int? {
    func digits(_ i: Int, _ count: Int) -> Token? {
      guard let t = token(i), t.kind == .number, let lit = t.number, lit.isInteger, !lit.grouping, t.range.count == count else { return nil }
      return t
    }
    guard digits(k, 4) != nil, symbol(k + 1) == "-", let month = digits(k + 2, 2), month.attached, iso(at: k) == nil else { return nil }
    if symbol(k + 3) == "-", let day = digits(k + 4, 2), day.attached { return k + 5 }
    return k + 3
  }

  /// A four-digit year between 1900 and 2100 written without grouping.
  func yearToken(_ k: Int) -> Int? {
    guard let t = token(k), t.kind == .number, let lit = t.number, lit.isInteger, !lit.grouping, t.range.count == 4,
          lit.value >= 1900, lit.value <= 2100 else { return nil }
    if Currency(symbol: symbol(k - 1)) != nil { return nil }
    return Int(lit.value)
  }
}
