import Testing
@testable import FactlintCore

@Suite struct LineIndexTests {
  @Test func columnsInEachUnitRoundTrip() {
    let text = "a🙂b\r\nçd\n\nx"
    let index = LineIndex(text)
    #expect(index.lineCount == 4)
    let bOffset = Array(text.utf8).firstIndex(of: UInt8(ascii: "b"))!
    #expect(index.position(of: bOffset, in: .utf8) == (0, 5))
    #expect(index.position(of: bOffset, in: .utf16).column == 3)
    #expect(index.position(of: bOffset, in: .unicodeScalar).column == 2)
    for unit in [LineIndex.ColumnUnit.utf8, .utf16, .unicodeScalar] {
      let p = index.position(of: bOffset, in: unit)
      #expect(index.offset(line: p.line, column: p.column, in: unit) == bOffset)
    }
    let dOffset = Array(text.utf8).firstIndex(of: UInt8(ascii: "d"))!
    #expect(index.position(of: dOffset, in: .unicodeScalar) == (1, 1))
  }

  @Test func positionsPastTheEndAreClamped() {
    let index = LineIndex("ab\ncd")
    #expect(index.offset(line: 0, column: 99, in: .utf16) == 2)
    #expect(index.offset(line: 9, column: 0, in: .utf16) == 5)
    #expect(index.offset(line: -1, column: 0, in: .utf16) == 0)
  }
}
