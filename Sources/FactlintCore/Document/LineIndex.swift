/// Maps UTF-8 byte offsets of a text to lines and columns, and back.
///
/// Core ranges are UTF-8 byte offsets into the text; every conversion to a
/// line/column (for the CLI: 1-based lines, columns in Unicode scalars; for
/// an editor: UTF-16 or UTF-32 units) happens here and nowhere else.
public struct LineIndex: Sendable {
  public enum ColumnUnit: Sendable { case utf8, utf16, unicodeScalar }

  private let bytes: [UInt8]
  /// Offset of the first byte of each line; line breaks are `\n`, `\r\n` or `\r`.
  public let lineStarts: [Int]
  /// Units counted from the start of the text at a scalar boundary every
  /// `checkpointStride` bytes or so, so a column on a very long line costs a
  /// short walk, not one from the start of the line (which made converting
  /// every finding of a one-line document quadratic). Nil when no line is
  /// longer than `longLine` bytes, where the walk from the line start is
  /// short anyway (building them cost more than the few columns the CLI asks
  /// for), and for bytes that are not UTF-8, where that walk is kept.
  private let checkpoints: [Checkpoint]?
  private struct Checkpoint { var offset: Int, utf16: Int, scalars: Int }
  private static let checkpointStride = 256
  private static let longLine = 8 * checkpointStride

  public init(_ text: String) {
    self.init(bytes: Array(text.utf8))
  }

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    var longest = 0
    bytes.withUnsafeBufferPointer { p in
      var i = Bytes.nextLineBreak(p, from: 0)
      while i < p.count {
        if p[i] == UInt8(ascii: "\r"), i + 1 < p.count, p[i + 1] == UInt8(ascii: "\n") { i += 1 }
        longest = max(longest, i + 1 - starts[starts.count - 1])
        starts.append(i + 1)
        i = Bytes.nextLineBreak(p, from: i + 1)
      }
    }
    longest = max(longest, bytes.count - starts[starts.count - 1])
    lineStarts = starts
    checkpoints = longest > Self.longLine && String(validating: bytes, as: UTF8.self) != nil ? Self.checkpoints(bytes) : nil
  }

  private static func checkpoints(_ bytes: [UInt8]) -> [Checkpoint] {
    var points: [Checkpoint] = []
    points.reserveCapacity(bytes.count / Self.checkpointStride + 1)
    var i = 0, utf16 = 0, scalars = 0
    while i < bytes.count {
      if i >= points.count * Self.checkpointStride { points.append(Checkpoint(offset: i, utf16: utf16, scalars: scalars)) }
      let (length, width) = scalarAt(bytes, i, unit: .utf16)
      i += length
      utf16 += width
      scalars += 1
    }
    return points
  }

  public var lineCount: Int { lineStarts.count }
  public var byteCount: Int { bytes.count }

  /// The 0-based line holding `offset` (clamped into the text).
  public func line(containing offset: Int) -> Int {
    let offset = min(max(0, offset), bytes.count)
    var low = 0, high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// The end of a line's content, before its line break.
  public func lineContentEnd(_ line: Int) -> Int {
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    while end > lineStarts[line], bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
      end -= 1
    }
    return end
  }

  /// 0-based line and 0-based column of a byte offset, the column counted in `unit`.
  public func position(of offset: Int, in unit: ColumnUnit) -> (line: Int, column: Int) {
    let offset = min(max(0, offset), bytes.count)
    let line = line(containing: offset)
    return (line, units(from: lineStarts[line], to: offset, in: unit))
  }

  /// The byte offset of a 0-based line and column; a line or column past the
  /// end is clamped to the end of the text or line rather than trapping.
  public func offset(line: Int, column: Int, in unit: ColumnUnit) -> Int {
    guard line >= 0 else { return 0 }
    guard line < lineStarts.count else { return bytes.count }
    let end = lineContentEnd(line)
    var i = lineStarts[line]
    var counted = 0
    while i < end, counted < column {
      let (length, width) = scalarAt(i, unit: unit)
      if counted + width > column { break }  // a column inside a surrogate pair
      counted += width
      i += length
    }
    return i
  }

  private func units(from start: Int, to end: Int, in unit: ColumnUnit) -> Int {
    if unit == .utf8 { return end - start }
    if let checkpoints {
      return units(upTo: end, in: unit, checkpoints) - units(upTo: start, in: unit, checkpoints)
    }
    return walk(from: start, to: end, in: unit)
  }

  /// Units from the start of the text to `end`, from the nearest checkpoint before it.
  private func units(upTo end: Int, in unit: ColumnUnit, _ checkpoints: [Checkpoint]) -> Int {
    var k = min(end / Self.checkpointStride, checkpoints.count - 1)
    while k > 0, checkpoints[k].offset > end { k -= 1 }
    let point = checkpoints[k]
    return (unit == .utf16 ? point.utf16 : point.scalars) + walk(from: point.offset, to: end, in: unit)
  }

  private func walk(from start: Int, to end: Int, in unit: ColumnUnit) -> Int {
    var i = start, count = 0
    while i < end {
      let (length, width) = scalarAt(i, unit: unit)
      count += width
      i += length
    }
    return count
  }

  /// Byte length of the scalar at `i` and its width in `unit`.
  private func scalarAt(_ i: Int, unit: ColumnUnit) -> (Int, Int) {
    Self.scalarAt(bytes, i, unit: unit)
  }

  private static func scalarAt(_ bytes: [UInt8], _ i: Int, unit: ColumnUnit) -> (Int, Int) {
    let b = bytes[i]
    let length: Int
    if b < 0x80 { length = 1 } else if b >= 0xF0 { length = 4 } else if b >= 0xE0 { length = 3 } else if b >= 0xC0 { length = 2 } else { length = 1 }
    let clamped = min(length, bytes.count - i)
    switch unit {
    case .utf8: return (clamped, clamped)
    case .unicodeScalar: return (clamped, 1)
    case .utf16: return (clamped, length == 4 ? 2 : 1)
    }
  }
}
