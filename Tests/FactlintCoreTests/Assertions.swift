import Testing
@testable import FactlintCore

/// What a test expects of one finding: the marked text, the rule and the fix.
struct Expected {
  var text: String
  var rule: Rule = .conflict
  var replacement: String? = nil
  var fact: String? = nil
}

/// Checks `draft` and asserts exactly the expected conflict/disputed findings.
func assertFindings(_ draft: String, _ expected: [Expected], checker: Checker = TestFacts.checker, sourceLocation: SourceLocation = #_sourceLocation) {
  let bytes = Array(draft.utf8)
  let findings = checker.check(draft).filter { $0.rule == .conflict || $0.rule == .disputed || $0.rule == .weekday || $0.rule == .scale }
  let got = findings.map { (String(decoding: bytes[$0.range], as: UTF8.self), $0) }
  #expect(got.count == expected.count, "expected \(expected.map(\.text)), got \(got.map { "\($0.0) [\($0.1.rule.rawValue)] → \($0.1.replacement ?? "nil"): \($0.1.message)" }) in: \(draft)", sourceLocation: sourceLocation)
  for e in expected {
    guard let (_, f) = got.first(where: { $0.0 == e.text }) else {
      Issue.record("no finding on '\(e.text)' in: \(draft); got \(got.map(\.0))", sourceLocation: sourceLocation)
      continue
    }
    #expect(f.rule == e.rule, "rule of '\(e.text)'", sourceLocation: sourceLocation)
    if let r = e.replacement { #expect(f.replacement == r, "replacement of '\(e.text)'", sourceLocation: sourceLocation) }
    if let id = e.fact { #expect(f.factID == id, sourceLocation: sourceLocation) }
  }
}

func assertSilent(_ draft: String, checker: Checker = TestFacts.checker, sourceLocation: SourceLocation = #_sourceLocation) {
  assertFindings(draft, [], checker: checker, sourceLocation: sourceLocation)
}
