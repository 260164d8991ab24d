import FactlintCore
import Foundation

/// `--format json`, version 1 (schema: `protocol/findings.schema.json`).
struct JSONRenderer {
  struct Document: Encodable {
    var version = 1
    var files: [File]
    var summary: Summary
  }

  struct File: Encodable {
    var path: String
    var findings: [Item]
  }

  struct Range: Encodable {
    var start: FileReport.Position
    var end: FileReport.Position
  }

  struct Source: Encodable {
    var id: String
    var title: String
    var quote: String
    var url: String?
    var value: String?
    var line: Int?
    var column: Int?
  }

  struct Item: Encodable {
    var rule: String
    var severity: String
    var range: Range
    var text: String
    var message: String
    var fact: String?
    var expected: String?
    var replacement: String?
    var sources: [Source]

    enum CodingKeys: String, CodingKey { case rule, severity, range, text, message, fact, expected, replacement, sources }

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(rule, forKey: .rule)
      try c.encode(severity, forKey: .severity)
      try c.encode(range, forKey: .range)
      try c.encode(text, forKey: .text)
      try c.encode(message, forKey: .message)
      try c.encode(fact, forKey: .fact)
      try c.encode(expected, forKey: .expected)
      try c.encode(replacement, forKey: .replacement)  // null when there is no fix
      try c.encode(sources, forKey: .sources)
    }
  }

  func document(_ reports: [FileReport], summary: Summary) -> Document {
    Document(files: reports.map { report in
      File(path: report.path, findings: report.entries.map { e in
        let f = e.finding
        return Item(rule: f.rule.rawValue, severity: f.severity.rawValue,
             range: Range(start: e.start, end: e.end),
             text: e.text, message: f.message, fact: f.factID, expected: f.expected, replacement: f.replacement,
             sources: f.sources.map { Source(id: $0.id, title: $0.title, quote: $0.quote, url: $0.url, value: $0.value, line: $0.location?.line, column: $0.location?.column) })
      })
    }, summary: summary)
  }

  func render(_ reports: [FileReport], summary: Summary) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(document(reports, summary: summary))) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
