import Testing
@testable import FactlintCore

/// The scanner's word tests are switches and class bits rather than tables
/// and word lists: these hold what they read to what the tables said.
@Suite struct ValueScannerTests {
  private func values(_ text: String) -> [ValueMention] {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])
    return ValueScanner(bytes: bytes, tokens: tokens).scan()
  }

  private func written(_ text: String, _ mention: ValueMention) -> String {
    String(decoding: Array(text.utf8)[mention.range], as: UTF8.self)
  }

  @Test(arguments: [("It costs $20/month.", "month"), ("It costs $3/mo.", "month"), ("It costs $30/yr.", "year"),
                    ("It costs $4/week.", "week"), ("It costs $5 per week.", "week"), ("It costs $200 a year.", "year"),
                    ("It costs $5 per day.", "day"), ("It costs $10-20/month.", "month"),
                    ("It averaged 10 million downloads a day.", "day"), ("The line carries 12,000 riders per week.", "week")])
  func ratesKeepTheirPeriod(_ text: String, _ period: String) {
    let found = values(text)
    #expect(found.count == 1)
    #expect(found.first?.perPeriod == period)
  }

  @Test(arguments: [("He left in early 2025.", "early 2025", DateValue.YearPart.early), ("It is due in mid-2026.", "mid-2026", .mid),
                    ("Late 2025 brought the cuts.", "Late 2025", .late)] as [(String, String, DateValue.YearPart)])
  func aPartOfTheYearIsPartOfTheDate(_ text: String, _ writtenAs: String, _ part: DateValue.YearPart) {
    let found = values(text)
    #expect(found.count == 1)
    guard case .date(let d) = found.first?.value else { Issue.record("no date in \(text)"); return }
    #expect(d.part == part && d.month == nil)
    #expect(found.first?.hedge == .exact)
    #expect(found.first.map { written(text, $0) } == writtenAs)
  }

  @Test func aBoundBeforeAPartOfTheYearKeepsItABound() {
    let found = values("It had 1.2 billion downloads by early 2026.")
    guard case .date(let d) = found.last?.value else { Issue.record("no date"); return }
    #expect(d.part == nil)
    #expect(found.last?.hedge != .exact)
  }

  @Test func aTimeAgoIsNoRate() {
    #expect(values("It had 8,000 employees a year ago.").first?.perPeriod == nil)
  }

  @Test(arguments: [("The 14.6-mile line", 14.6 * 1609.344 as Double, "14.6-mile"), ("It runs 23.5 km.", 23_500, "23.5 km"),
                    ("a 1,100-foot bridge", 1_100 * 0.3048, "1,100-foot"), ("It is 400 metres long.", 400, "400 metres")] as [(String, Double, String)])
  func lengthsAreHeldInMetres(_ text: String, _ metres: Double, _ writtenAs: String) {
    let found = values(text)
    #expect(found.count == 1)
    guard case .quantity(let q) = found.first?.value else { Issue.record("no quantity in \(text)"); return }
    #expect(q.dimension == .length)
    #expect(abs(q.low - metres) < 1e-6)
    #expect(found.first.map { written(text, $0) } == writtenAs)
  }

  @Test func hundredsAfterAThousandInWordsAreOneNumber() {
    let text = "Eleven thousand eight hundred people ride it."
    let found = values(text)
    #expect(found.count == 1)
    guard case .quantity(let q) = found.first?.value else { Issue.record("no quantity"); return }
    #expect(q.low == 11_800)
    #expect(found.first.map { written(text, $0) } == "Eleven thousand eight hundred")
  }

  @Test func minutesAndHoursAreDurations() {
    guard case .quantity(let minutes) = values("Trains come every 15 minutes.").first?.value,
          case .quantity(let hours) = values("The trip takes 2 hours.").first?.value else { Issue.record("no durations"); return }
    #expect(minutes.dimension == .duration && hours.dimension == .duration)
    #expect(abs(hours.low / minutes.low - 8) < 1e-9)
  }

  @Test func aSlashBeforeADayIsNoRate() {
    let found = values("It costs $5/day.")
    #expect(found.first?.perPeriod == nil)
    #expect(found.first.map { written("It costs $5/day.", $0) } == "$5")
  }

  @Test(arguments: [("Meta paid €5bn.", Currency.eur), ("Meta paid £2.5m.", .gbp), ("Meta paid $3.", .usd), ("Meta paid US$3.", .usd),
                    ("Meta paid USD 14.3 billion.", .usd), ("Meta paid EUR 3 million.", .eur), ("Meta paid GBP 2 million.", .gbp),
                    ("Meta paid 14.3 billion dollars.", .usd), ("Meta paid 3 million euros.", .eur)])
  func currencies(_ text: String, _ currency: Currency) {
    guard case .quantity(let q)? = values(text).first?.value else { Issue.record("no quantity in \(text)"); return }
    #expect(q.dimension == .money(currency))
  }

  @Test(arguments: [("Meta paid $14.3B.", ValueStyle.ScaleFamily.upperLetter, 1e9), ("Downloads hit 8k.", .lowerLetter, 1e3),
                    ("Meta paid $14.3bn.", .lowerLetter, 1e9), ("Meta paid $14.3 B.", .upperLetter, 1e9),
                    ("Meta paid $2 mln.", .word, 1), ("Meta paid $1.2T.", .upperLetter, 1e12), ("Meta paid 14.3 billion dollars.", .word, 1e9),
                    // The Kelvin sign lower-cases to "k" and is upper-case.
                    ("Downloads hit 8\u{212A}.", .upperLetter, 1e3)])
  func letterAndWordScales(_ text: String, _ family: ValueStyle.ScaleFamily, _ scale: Double) {
    let style = values(text).first?.style
    if scale == 1 {
      #expect(style?.scale == 1)
    } else {
      #expect(style?.scaleFamily == family)
      #expect(style?.scale == scale)
    }
  }

  @Test(arguments: [("It shipped on Apr. 8.", ValueStyle.DateStyle.MonthForm.shortDot), ("It shipped on Sept 9.", .short),
                    ("It shipped on Sep 9.", .short), ("It shipped on June 9.", .full), ("It shipped on May 9.", .full),
                    ("It shipped on 8 April 2026.", .full), ("It shipped on 8 Jan. 2026.", .shortDot), ("It shipped on Dec 8.", .short)])
  func monthForms(_ text: String, _ form: ValueStyle.DateStyle.MonthForm) {
    #expect(values(text).first?.style.date?.monthForm == form)
  }

  @Test func datesWithWeekdaysAndBounds() {
    let text = "Meta shipped it on Tuesday, April 8 and before June 2025, in mid-2026 and on 2026-04-08."
    let found = values(text)
    #expect(found.map { written(text, $0) } == ["April 8", "June 2025", "mid-2026", "2026-04-08"])
    #expect(found[0].value == .date(DateValue(year: nil, month: 4, day: 8, weekday: 3)))
    #expect(found[0].weekdayRange.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) } == "Tuesday")
    // "before June 2025" is a bound; "mid-2026" a part of the year, as exact as a month (`aPartOfTheYearIsPartOfTheDate`).
    #expect(found.map(\.hedge) == [.exact, .approximately, .exact, .exact])
    #expect(!found[2].isBareYear)
  }

  @Test func unitsAndConnectorsAreWrittenAsInTheDraft() {
    let text = "It grew 25 percent, then $10–20 billion, a nine-month effort and 10x."
    let found = values(text)
    #expect(found.map { written(text, $0) } == ["25 percent", "$10–20 billion", "nine-month", "10x"])
    #expect(found.map(\.style.unitSuffix) == [" percent", "", "-month", "x"])
    #expect(found[1].style.rangeConnector == "–")
    #expect(found[1].style.lowCurrencyPrefix == "$")
  }

  @Test func ranksNeedRankingWords() {
    let text = "It ranked 3rd overall, placed fifth, came in at No. 2 among peers, made the top-3 and the first cut."
    let found = values(text)
    #expect(found.map(\.value) == [.rank(RankValue(position: 3, isTopN: false)), .rank(RankValue(position: 5, isTopN: false)),
                                   .rank(RankValue(position: 2, isTopN: false)), .rank(RankValue(position: 3, isTopN: true))])
  }

  @Test func foldWordsAndOrdersOfMagnitude() {
    let found = values("It is tenfold better, threefold cheaper, an order of magnitude faster and two orders of magnitude smaller.")
    #expect(found.map(\.value) == [.quantity(Quantity(.multiplier, 10, resolution: 1)), .quantity(Quantity(.multiplier, 3, resolution: 1)),
                                   .quantity(Quantity(.multiplier, 10, resolution: 10)), .quantity(Quantity(.multiplier, 100, resolution: 100))])
  }

  /// The number, ordinal, month and weekday words read through their tables
  /// give the lists' values ("zero" is 0, not none), and other words none.
  @Test func numberWordTablesReadAsTheLists() {
    for (word, value) in NumberWords.cardinals { #expect(NumberWords.cardinal(word) == value) }
    for (word, value) in NumberWords.ordinals { #expect(NumberWords.ordinal(word) == value) }
    for (word, value) in NumberWords.months { #expect(NumberWords.month(word) == value) }
    for (word, value) in NumberWords.weekdays { #expect(NumberWords.weekday(word) == value) }
    #expect(NumberWords.cardinal("zero") == 0 && NumberWords.cardinal("first") == nil && NumberWords.month("monday") == nil)
  }

  /// A number starts a date only as a day (1 to 31) or a year (1900 to
  /// 2100), whole and ungrouped: the edges are dates, the numbers past them not.
  @Test(arguments: [("It shipped on 1 April.", true), ("It shipped on 31 March 2025.", true), ("It shipped 2026-04-08.", true),
                    ("It began in 1900.", true), ("It ends in 2100.", true), ("It shipped on 32 April.", false),
                    ("It began in 1899.", false), ("It ends in 2101.", false), ("It sold 1,900.", false), ("It shipped on 3.5 April.", false)])
  func numbersStartDatesOnlyAsDaysOrYears(_ text: String, _ isDate: Bool) {
    let dates = values(text).filter { if case .date = $0.value { true } else { false } }
    #expect(dates.count == (isDate ? 1 : 0))
  }
}
