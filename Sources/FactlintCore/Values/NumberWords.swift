/// English number, ordinal, scale, month and unit words.
enum NumberWords {
  static let cardinals: [TokenText: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
  ]
  static let ordinals: [TokenText: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
  ]
  /// The scale a word names (asked of nearly every word after a number): a
  /// `switch` on a token's text compares integers, where a table hashed it.
  static func scale(_ word: TokenText) -> Double? {
    // (An eight-letter literal is built at run time: the length test spares most words it.)
    guard word.count == 7 || word.count == 8 else { return nil }
    switch word {
    case "thousand": return 1e3
    case "million": return 1e6
    case "billion": return 1e9
    case "trillion": return 1e12
    default: return nil
    }
  }
  /// A letter scale written right after the digits ("8k", "$14.3B", "$14.3bn"):
  /// a `switch`, asked of the word after most numbers, compares integers.
  static func letterScale(_ word: TokenText) -> Double? {
    switch word {
    case "k": return 1e3
    case "m", "mn", "mln": return 1e6
    case "b", "bn": return 1e9
    case "t", "tn", "trn": return 1e12
    default: return nil
    }
  }
  static let months: [TokenText: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]
  static let weekdays: [TokenText: Int] = [
    "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
  ]
  /// The value of a number, ordinal, month or weekday word, looked up when
  /// its token's class says it is one. (`TokenTextTable`s: the dictionaries
  /// above hashed the word through `Hasher` at each lookup.)
  static func cardinal(_ word: TokenText) -> Int? { Self.value(of: word, in: cardinalTable) }
  static func ordinal(_ word: TokenText) -> Int? { Self.value(of: word, in: ordinalTable) }
  static func month(_ word: TokenText) -> Int? { Self.value(of: word, in: monthTable) }
  static func weekday(_ word: TokenText) -> Int? { Self.value(of: word, in: weekdayTable) }

  // (Each value stored plus one: a table holds no zero, and "zero" is a cardinal.)
  private static let cardinalTable = table(cardinals)
  private static let ordinalTable = table(ordinals)
  private static let monthTable = table(months)
  private static let weekdayTable = table(weekdays)

  private static func table(_ words: [TokenText: Int]) -> TokenTextTable {
    TokenTextTable(words.map { ($0.key, UInt64($0.value) + 1) })
  }

  @inline(__always)
  private static func value(of word: TokenText, in table: TokenTextTable) -> Int? {
    let v = table.value(word)
    return v == 0 ? nil : Int(v) - 1
  }

  /// The duration unit a word names, in months (a `switch`, as `scale`).
  static func durationUnit(_ word: TokenText) -> Double? {
    switch word {
    case "minute", "minutes", "min", "mins": return 1 / (30.4375 * 24 * 60)
    case "hour", "hours", "hr", "hrs": return 1 / (30.4375 * 24)
    case "day", "days": return 1 / 30.4375
    case "week", "weeks": return 7 / 30.4375
    case "month", "months": return 1
    case "year", "years": return 12
    case "decade", "decades": return 120
    default: return nil
    }
  }

  /// The length unit a word names, in metres. (No bare "m": "$5m" is money.)
  static func lengthUnit(_ word: TokenText) -> Double? {
    switch word {
    case "mile", "miles", "mi": return 1609.344
    case "km", "kilometre", "kilometres", "kilometer", "kilometers": return 1000
    case "foot", "feet", "ft": return 0.3048
    case "yard", "yards", "yd", "yds": return 0.9144
    case "metre", "metres", "meter", "meters": return 1
    default: return nil
    }
  }

  static let smallWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
  static let tensWords = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
  static let ordinalWords = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                             "eighteenth", "nineteenth", "twentieth"]

  /// "nine", "twenty-five", "three hundred forty"; nil past 999.
  static func spell(_ n: Int) -> String? {
    guard n >= 0, n < 1000 else { return nil }
    if n < 20 { return smallWords[n] }
    if n < 100 { return tensWords[n / 10] + (n % 10 == 0 ? "" : "-" + smallWords[n % 10]) }
    let rest = n % 100
    return smallWords[n / 100] + " hundred" + (rest == 0 ? "" : " " + spell(rest)!)
  }

  static func ordinalSuffix(_ n: Int) -> String {
    if (11...13).contains(n % 100) { return "th" }
    switch n % 10 {
    case 1: return "st"
    case 2: return "nd"
    case 3: return "rd"
    default: return "th"
    }
  }
}
