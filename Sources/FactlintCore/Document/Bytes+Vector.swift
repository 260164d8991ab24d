/// Scans sixteen bytes at a time with the standard library's `SIMD16`, which
/// compiles to the SSE2 compares every x86-64 machine has (and to NEON on
/// ARM): a pass that looks for a few kinds of byte reads most of a draft,
/// and the compares cost a fraction of a byte-by-byte loop or of the
/// eight-byte tricks (`Bytes.asciiBytes`), whose masks must be built of
/// several integer operations per set of bytes.
extension Bytes {
  typealias Lanes = SIMD16<UInt8>
  typealias LaneMask = SIMDMask<SIMD16<Int8>>

  /// Sixteen copies of `b`, to compare lanes with.
  @inline(__always) static func lanes(_ b: UInt8) -> Lanes { Lanes(repeating: b) }

  /// The first index from `i` before `end` whose byte `matches` marks, or
  /// `end`. The last bytes (fewer than sixteen) are read as whole lanes too,
  /// the lanes outside `i..<end` passed over: read on from `i` when the
  /// buffer goes on, back from `end` when it does not. (Lanes filled byte by
  /// byte, then read at once, stalled the processor at every call: a store
  /// cannot be forwarded to a wider load.)
  @inline(__always) static func firstIndex(_ p: UnsafeRawBufferPointer, from i: Int, to end: Int, matches: (Lanes) -> LaneMask) -> Int {
    precondition(i >= 0 && end <= p.count, "a scan outside the buffer")
    var j = i
    while j &+ 16 <= end {
      if let k = firstLane(matches(p.loadUnaligned(fromByteOffset: j, as: Lanes.self))) { return j &+ k }
      j &+= 16
    }
    guard j < end else { return end }
    if j &+ 16 <= p.count {
      let k = firstLane(matches(p.loadUnaligned(fromByteOffset: j, as: Lanes.self))) ?? 16
      return min(j &+ k, end)
    }
    if end >= 16 {
      let base = end &- 16
      return firstLane(matches(p.loadUnaligned(fromByteOffset: base, as: Lanes.self)), from: j &- base).map { base &+ $0 } ?? end
    }
    // A buffer shorter than sixteen bytes: its bytes copied into lanes (the
    // lanes past them hold 0, and a test made lane by lane marks all of them
    // or none, so the first it marks is at `end`).
    var rest = Lanes(repeating: 0)
    for k in 0..<(end &- j) { rest[k] = p[j &+ k] }
    return firstLane(matches(rest)).map { j &+ $0 } ?? end
  }

  /// The first true lane, from lane `first` on. (A true lane is all ones,
  /// and the lanes lie in memory order in two little-endian halves: a half's
  /// lowest set bit gives its byte.)
  @inline(__always) private static func firstLane(_ mask: LaneMask, from first: Int = 0) -> Int? {
    let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
    var low = halves[0], high = halves[1]
    if first >= 8 {
      low = 0
      high &= ~0 << UInt64(8 &* (first &- 8))
    } else {
      low &= ~0 << UInt64(8 &* first)
    }
    if low != 0 { return low.trailingZeroBitCount &>> 3 }
    if high != 0 { return 8 &+ high.trailingZeroBitCount &>> 3 }
    return nil
  }
}
