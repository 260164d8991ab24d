import Foundation

/// The accuracy ratchet kept in the repository (`Tests/accuracy-floors.json`):
/// per corpus the least precision and recall, and the most false alarms,
/// that `swift test` accepts. Accuracy is deterministic, so each floor is a
/// figure once measured, rounded down to 0.01; raise them as the figures rise.
public struct AccuracyFloors: Codable, Sendable {
  public struct Floor: Codable, Sendable, Equatable {
    public var precision: Double?
    public var recall: Double?
    public var maximumFalseAlarms: Int?

    public init(precision: Double?, recall: Double?, maximumFalseAlarms: Int?) {
      self.precision = precision
      self.recall = recall
      self.maximumFalseAlarms = maximumFalseAlarms
    }
  }

  /// Which build the floors were measured on (a commit, in words).
  public var measured: String
  public var floors: [String: Floor]

  public init(measured: String, floors: [String: Floor]) {
    self.measured = measured
    self.floors = floors
  }

  public static func file(packageRoot: URL) -> URL { packageRoot.appendingPathComponent("Tests/accuracy-floors.json") }

  public static func load(_ url: URL) throws -> AccuracyFloors {
    do { return try JSONDecoder().decode(AccuracyFloors.self, from: Data(contentsOf: url)) } catch { throw AccuracyError.unreadable(url.path, error) }
  }

  /// Each figure of `measurement` below (or, for false alarms, above) its floor, named.
  public func failures(_ measurement: AccuracyMeasurement) -> [String] {
    guard let floor = floors[measurement.corpus.id] else { return [] }
    let id = measurement.corpus.id, score = measurement.score
    var failures: [String] = []
    // A floor is a rounded measured figure: compare with a hair of tolerance for binary fractions.
    if let least = floor.precision, score.precision + 1e-9 < least {
      failures.append("\(id) precision \(AccuracyScore.figure(score.precision)) fell below its floor \(Self.figure(least)) (\(score.found) found, \(score.falseAlarms.count) false alarms)")
    }
    if let least = floor.recall, score.recall + 1e-9 < least {
      failures.append("\(id) recall \(AccuracyScore.figure(score.recall)) fell below its floor \(Self.figure(least)) (\(score.found) of \(score.gold) found)")
    }
    if let most = floor.maximumFalseAlarms, score.falseAlarms.count > most {
      failures.append("\(id) false alarms \(score.falseAlarms.count) rose above their ceiling \(most)")
    }
    return failures
  }

  /// Each figure of `measurement` a whole hundredth better than its floor: the floors to raise.
  public func raisable(_ measurement: AccuracyMeasurement) -> [String] {
    guard let floor = floors[measurement.corpus.id] else { return [] }
    let id = measurement.corpus.id, score = measurement.score
    var raisable: [String] = []
    if let least = floor.precision, Self.roundedDown(score.precision) > least + 1e-9 {
      raisable.append("\(id) precision \(AccuracyScore.figure(score.precision)) (floor \(Self.figure(least)))")
    }
    if let least = floor.recall, Self.roundedDown(score.recall) > least + 1e-9 {
      raisable.append("\(id) recall \(AccuracyScore.figure(score.recall)) (floor \(Self.figure(least)))")
    }
    if let most = floor.maximumFalseAlarms, score.falseAlarms.count < most {
      raisable.append("\(id) false alarms \(score.falseAlarms.count) (ceiling \(most))")
    }
    return raisable
  }

  /// The floors these measurements set: precision and recall rounded down to
  /// 0.01 and, where false alarms are rated per words, the count of them.
  public static func measured(_ measurements: [AccuracyMeasurement], note: String) -> AccuracyFloors {
    var floors: [String: Floor] = [:]
    for m in measurements {
      floors[m.corpus.id] = Floor(precision: roundedDown(m.score.precision), recall: roundedDown(m.score.recall),
                                  maximumFalseAlarms: m.corpus.ratesFalseAlarmsPerWords ? m.score.falseAlarms.count : nil)
    }
    return AccuracyFloors(measured: note, floors: floors)
  }

  static func roundedDown(_ value: Double) -> Double { (value * 100 + 1e-9).rounded(.down) / 100 }
  static func figure(_ value: Double) -> String { String(format: "%.2f", value) }

  /// The file's text: corpora by name, figures with two decimals, one corpus a line.
  public var json: String {
    let rows = floors.keys.sorted().map { id -> String in
      let f = floors[id]!
      let fields = [f.precision.map { "\"precision\": \(Self.figure($0))" }, f.recall.map { "\"recall\": \(Self.figure($0))" },
                    f.maximumFalseAlarms.map { "\"maximumFalseAlarms\": \($0)" }].compactMap { $0 }
      return "    \"\(id)\": {\(fields.joined(separator: ", "))}"
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    let note = String(decoding: (try? encoder.encode(measured)) ?? Data("\"\"".utf8), as: UTF8.self)
    return "{\n  \"measured\": \(note),\n  \"floors\": {\n\(rows.joined(separator: ",\n"))\n  }\n}\n"
  }
}
