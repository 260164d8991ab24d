import Foundation

/// When a report was made, as it prints: "2026-12-07 19:13 UTC". Honours
/// `SOURCE_DATE_EPOCH` (seconds since 1970), the reproducible-builds
/// convention, so a report made twice from the same inputs can be identical.
enum ReportDate {
  static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
    environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
  }

  static func text(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
    return formatter.string(from: date)
  }

  /// The machine-readable form, for `<time datetime>`.
  static func iso(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
