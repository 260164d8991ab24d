import FactlintTestSupport
import Testing
@testable import FactlintCore

/// Over many generated drafts (claims from the built-in fact base, right and
/// wrong, among Markdown and characters of every width): findings stay inside
/// the draft, and every replacement, applied, makes its finding go away.
@Suite struct FindingPropertyTests {
  static let cases = 2000
  static let base = try! FactBase.loadDefault()
  static let checker = Checker(factBase: base)
  static let generator = DraftGenerator(claims: base.facts.compactMap { fact in
    fact.statement.map { DraftGenerator.Claim(template: $0, value: fact.value.text) }
  })

  @Test func findingsNeverReachOutsideTheDraftOrIntoACharacter() {
    var rng = SeededGenerator(seed: 0x5EED_0002)
    var total = 0
    for n in 0..<Self.cases {
      let draft = Self.generator.draft(using: &rng)
      let bytes = Array(draft.utf8)
      for f in Self.checker.check(draft) {
        total += 1
        let inside = f.range.lowerBound >= 0 && f.range.upperBound <= bytes.count && !f.range.isEmpty
        #expect(inside, "case \(n): \(f.range) outside \(bytes.count) bytes: \(draft.debugDescription)")
        guard inside else { return }
        #expect(String(validating: bytes[f.range], as: UTF8.self) != nil, "case \(n): \(f.range) splits a character: \(draft.debugDescription)")
      }
    }
    #expect(total > Self.cases / 2, "the generated drafts should hold many wrong figures, got \(total) findings")
  }

  @Test func everyReplacementAppliedRemovesItsFinding() {
    var rng = SeededGenerator(seed: 0x5EED_0003)
    var applied = 0
    for n in 0..<Self.cases {
      let draft = Self.generator.draft(using: &rng)
      let bytes = Array(draft.utf8)
      for f in Self.checker.check(bytes: bytes) {
        guard let replacement = f.replacement else { continue }
        var fixed = bytes
        fixed.replaceSubrange(f.range, with: Array(replacement.utf8))
        let fixedRange = f.range.lowerBound..<(f.range.lowerBound + replacement.utf8.count)
        // The same finding: same rule, fact and message. (A `disputed` fix takes
        // the other side, which is then reported as following the other source.)
        let again = Self.checker.check(bytes: fixed).filter { $0.rule == f.rule && $0.factID == f.factID && $0.message == f.message && $0.range.overlaps(fixedRange) }
        applied += 1
        #expect(again.isEmpty, """
          case \(n): replacing '\(String(decoding: bytes[f.range], as: UTF8.self))' with '\(replacement)' [\(f.rule.rawValue)] \
          still gives \(again.map(\.message)) in \(String(decoding: fixed, as: UTF8.self).debugDescription)
          """)
      }
    }
    #expect(applied > Self.cases / 2, "the generated drafts should hold many fixable findings, got \(applied)")
  }

  /// Found by the property above: "3026-05" was read as a range of counts and
  /// "fixed" to "8000-20", itself a conflict.
  @Test func aDateShapedFigureThatIsNoDateIsNoClaim() {
    #expect(Self.checker.check("Meta notified employees of layoffs on 3026-05-20.").isEmpty)
    #expect(Self.checker.check("Meta notified employees of layoffs on 2026-13.").isEmpty)
    #expect(Self.checker.check("Meta laid off 7,000 employees on 2026-05-20.").map(\.replacement) == ["8,000"])
  }
}
