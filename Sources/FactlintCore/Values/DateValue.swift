/// A calendar date known to the precision it was given: a year, a month of a
/// year, or a day; a draft's date may lack the year ("April 8").
public struct DateValue: Hashable, Sendable {
  public var year: Int?
  public var month: Int?
  public var day: Int?
  /// 1 = Sunday … 7 = Saturday, when the text named the weekday.
  public var weekday: Int?
  /// The part of a year given without a month: "early 2025", "mid-2026".
  public var part: YearPart?

  public init(year: Int?, month: Int? = nil, day: Int? = nil, weekday: Int? = nil, part: YearPart? = nil) {
    self.year = year
    self.month = month
    self.day = day
    self.weekday = weekday
    self.part = part
  }

  /// "early", "mid", "late", or a season: a part of a year, which a writer
  /// gives when the month is not known or not worth saying. (Winter spans
  /// two years, and is left out.)
  public enum YearPart: String, Hashable, Sendable {
    case early, mid, late, spring, summer, autumn, fall

    /// The months a reader would accept as this part; neighbouring parts
    /// share their edges ("April" is early or mid in the year).
    var months: ClosedRange<Int> {
      switch self {
      case .early: 1...4
      case .mid: 4...9
      case .late: 9...12
      case .spring: 3...5
      case .summer: 6...8
      case .autumn, .fall: 9...11
      }
    }

    var isSeason: Bool { self != .early && self != .mid && self != .late }

    /// The part as written before a year: "early 2025", "mid-2026".
    func written(_ year: Int) -> String { self == .mid ? "mid-\(year)" : "\(rawValue) \(year)" }
  }

  /// Whether this date's part of the year and another's month or part can
  /// be the same time: "late 2025" and "November 2025" can, "early 2025"
  /// and "late 2025" cannot. (Years are compared by the caller.)
  func partFits(_ other: DateValue) -> Bool {
    switch (part, other.part) {
    case let (p?, q?): return p.months.overlaps(q.months) && (p == q || p.isSeason != q.isSeason)
    case let (p?, nil): return other.month.map { p.months.contains($0) } ?? true
    case let (nil, q?): return month.map { q.months.contains($0) } ?? true
    case (nil, nil): return true
    }
  }

  /// The weekday of a full date (proleptic Gregorian), 1 = Sunday.
  public static func weekday(year: Int, month: Int, day: Int) -> Int {
    // Zeller-style computation via Sakamoto's method.
    let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    var y = year
    if month < 3 { y -= 1 }
    let w = (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7  // 0 = Sunday
    return w + 1
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
  static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

  /// Plain-words rendering for messages: "April 8, 2026", "June 2025", "2025".
  public var description: String {
    switch (year, month, day) {
    case let (y?, m?, d?): return "\(Self.monthNames[m - 1]) \(d), \(y)"
    case let (nil, m?, d?): return "\(Self.monthNames[m - 1]) \(d)"
    case let (y?, m?, nil): return "\(Self.monthNames[m - 1]) \(y)"
    case let (nil, m?, nil): return Self.monthNames[m - 1]
    case let (y?, nil, _): return part?.written(y) ?? "\(y)"
    default: return "?"
    }
  }
}
