import FactlintTestSupport
import Testing
@testable import FactlintCore

/// Position conversions between UTF-8 offsets and UTF-8, UTF-16 and UTF-32
/// columns round-trip, and agree with Swift's own views of the text.
@Suite struct PositionPropertyTests {
  static let cases = 3000

  @Test func everyScalarBoundaryRoundTripsInEveryUnit() {
    var rng = SeededGenerator(seed: 0x5EED_0001)
    let generator = DraftGenerator(claims: [])
    for n in 0..<Self.cases {
      // Some texts are long single lines, some past 2 KiB, so column
      // checkpoints are built (only then) and crossed.
      let count = rng.chance(0.2) ? Int.random(in: 300...4000, using: &rng) : Int.random(in: 0...80, using: &rng)
      var text = generator.characters(count, using: &rng)
      if rng.chance(0.2) { text = text.filter { !$0.isNewline } }
      let bytes = Array(text.utf8)
      let index = LineIndex(bytes: bytes)
      // The oracle, scalar by scalar: the line and the column in each unit
      // at every boundary but the one inside a "\r\n".
      var expected: [(offset: Int, line: Int, utf8: Int, utf16: Int, scalars: Int)] = []
      var offset = 0, line = 0, utf8 = 0, utf16 = 0, scalars = 0
      var previous: Unicode.Scalar? = nil
      for scalar in text.unicodeScalars {
        let insideCRLF = scalar == "\n" && previous == "\r"
        if !insideCRLF { expected.append((offset, line, utf8, utf16, scalars)) }
        offset += UTF8.width(scalar)
        if scalar == "\r" || (scalar == "\n" && !insideCRLF) {
          line += 1; utf8 = 0; utf16 = 0; scalars = 0
        } else if !insideCRLF {
          utf8 += UTF8.width(scalar); utf16 += UTF16.width(scalar); scalars += 1
        }
        previous = scalar
      }
      expected.append((offset, line, utf8, utf16, scalars))
      // Long texts: a sample of their boundaries, and the end.
      if expected.count > 40 { expected = (0..<40).map { _ in rng.pick(expected) } + [expected.last!] }
      for e in expected {
        for (unit, width) in [(LineIndex.ColumnUnit.utf8, e.utf8), (.utf16, e.utf16), (.unicodeScalar, e.scalars)] {
          let p = index.position(of: e.offset, in: unit)
          #expect(p.line == e.line && p.column == width, "case \(n): offset \(e.offset) in \(unit) is \(p), expected (\(e.line), \(width)) in \(text.debugDescription)")
          #expect(index.offset(line: p.line, column: p.column, in: unit) == e.offset, "case \(n): offset \(e.offset) does not round-trip in \(unit): \(text.debugDescription)")
          if p.line != e.line || p.column != width { return }
        }
      }
    }
  }
}
