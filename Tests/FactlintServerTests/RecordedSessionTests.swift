import Foundation
import Testing
import FactlintServer

/// Replays `protocol/sessions/*.jsonl` against the real binary.
@Suite struct RecordedSessionTests {
  static let folder = LSPSession.packageRoot.appendingPathComponent("protocol/sessions")
  static let sessions = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()

  /// `actual` has every field of `expected` (objects by key, arrays by position).
  static func matches(_ actual: JSONValue?, _ expected: JSONValue) -> Bool {
    switch expected {
    case .object(let fields):
      return fields.allSatisfy { key, value in matches(actual?[key], value) }
    case .array(let items):
      guard let a = actual?.array, a.count >= items.count else { return false }
      return zip(a, items).allSatisfy { matches($0, $1) }
    default:
      return actual == expected || (expected == .null && actual == nil)
    }
  }

  @Test func sessionsExist() { #expect(Self.sessions.count >= 2) }

  @Test(arguments: sessions)
  func replay(_ name: String) throws {
    let lines = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
    var outgoing: [LSPSession.Outgoing] = []
    var expectations: [JSONValue] = []
    var exit: Int32? = nil
    for line in lines {
      guard let entry = JSONValue.parse(Array(line.utf8)) else { Issue.record("\(name): not JSON: \(line)"); continue }
      if let m = entry["send"] { outgoing.append(.message(m)) }
      if let raw = entry["sendRaw"]?.string { outgoing.append(.raw(Array(raw.utf8))) }
      if let e = entry["expect"] { expectations.append(e) }
      if let code = entry["exit"]?.int { exit = Int32(code) }
    }
    let session = try LSPSession.run(outgoing)
    var next = 0
    for (k, e) in expectations.enumerated() {
      guard let found = session.messages[next...].firstIndex(where: { Self.matches($0, e) }) else {
        Issue.record("\(name): expectation \(k + 1) not met in order: \(String(decoding: e.serialized(), as: UTF8.self))\nserver sent: \(session.messages.map { String(decoding: $0.serialized(), as: UTF8.self) })")
        break
      }
      next = found + 1
    }
    if let exit { #expect(session.status == exit, "\(name): exit status") }
  }
}
