/// Writes a value found in a source as a fact base value: dates in ISO form
/// (a day with no year takes the source's latest year, or the first year
/// after it in which the day falls on the weekday the text names), everything else as
/// the source wrote it with its hedge in words. `isReadable` says whether the
/// loader (`FactValueParser`) reads the text back.
enum ValueWriter {
  struct Written {
    var record: FactBaseFile.ValueRecord
    var yearInferred: Bool
  }

  static func write(_ value: ValueMention, source: [UInt8], documentYear: Int?) -> Written? {
    let kind = value.value.kind
    var text: String
    var yearInferred = false
    switch value.value {
    case .date(let d):
      guard var year = d.year ?? documentYear, d.month != nil || d.year != nil else { return nil }
      // "Saturday, March 14" with no year: the year, from the source's latest on, in which that day is a Saturday.
      if d.year == nil, let w = d.weekday, let m = d.month, let day = d.day,
         let fitting = (year...(year + 6)).first(where: { day <= DateValue.daysIn(month: m, year: $0) && DateValue.weekday(year: $0, month: m, day: day) == w }) {
        year = fitting
      }
      yearInferred = d.year == nil
      text = d.month == nil ? d.part?.written(year) ?? String(year) : String(year)
      if let m = d.month { text += "-" + twoDigits(m) }
      if let m = d.month, let day = d.day, day <= DateValue.daysIn(month: m, year: year) { text += "-" + twoDigits(day) }
    case .rank(let r):
      text = r.isTopN ? "top \(r.position)" : "\(r.position)"
    case .quantity:
      text = hedgeWords(value.hedge) + Bytes.string(source, value.range).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
    return Written(record: .init(kind: kind.rawValue, text: text), yearInferred: yearInferred)
  }

  /// A figure written in words ("more than ten times less compute", "a
  /// decade", "a million", "half of", "between $1 and $2") in the form the
  /// loader reads ("more than 10x", "10 years", "1 million", "50%", "$1 to
  /// $2"); the quote keeps the words.
  static func canonical(_ value: ValueMention, source: [UInt8]) -> FactBaseFile.ValueRecord? {
    guard case .quantity(let q) = value.value, q.low > 0 else { return nil }
    // "between $1.7 billion and $1.8 billion": a range, written with "to".
    if q.isRange {
      let words = Bytes.string(source, value.range).split(whereSeparator: { $0.isWhitespace }).map(String.init)
      guard words.filter({ $0 == "and" }).count == 1 else { return nil }
      return .init(kind: value.value.kind.rawValue, text: hedgeWords(value.hedge) + words.map { $0 == "and" ? "to" : $0 }.joined(separator: " "))
    }
    func number(_ x: Double) -> String { x == x.rounded() && x < 1e15 ? String(Int(x)) : String(x) }
    let text: String
    let kind: ValueKind
    switch q.dimension {
    // "half of", "a third of": a share, as a percentage to a tenth.
    case .percent:
      (kind, text) = (.percent, number((q.low * 10).rounded() / 10) + "%")
    case .multiplier:
      (kind, text) = (.multiplier, number(q.low) + "x")
    case .duration:
      (kind, text) = (.duration, q.low.truncatingRemainder(dividingBy: 12) == 0 ? number(q.low / 12) + " years" : number(q.low) + " months")
    case .count:
      if let (word, scale) = [("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3)].first(where: { q.low >= $0.1 }) {
        (kind, text) = (.count, number(q.low / scale) + " " + word)
      } else {
        (kind, text) = (.count, number(q.low))
      }
    default:
      return nil
    }
    return .init(kind: kind.rawValue, text: hedgeWords(value.hedge) + text)
  }

  /// Whether the written value can be read back by the fact base loader.
  static func isReadable(_ record: FactBaseFile.ValueRecord) -> Bool {
    if case .success = FactValueParser.parse(kind: record.kind, text: record.text) { return true }
    return false
  }

  private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  private static func hedgeWords(_ hedge: Hedge) -> String {
    switch hedge {
    case .exact: return ""
    case .approximately: return "about "
    case .nearly: return "nearly "
    case .moreThan: return "more than "
    case .atLeast: return "at least "
    case .lessThan: return "less than "
    case .atMost: return "up to "
    }
  }
}
