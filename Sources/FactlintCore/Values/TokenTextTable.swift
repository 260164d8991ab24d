/// Token texts to small values, probed with a text's two packed integers:
/// the tokenizer looks up every word's classes, and the phrase matchers the
/// first word at every word start, where `Hasher` on a `String` cost more
/// than the rest of the work.
struct TokenTextTable: Sendable {
  /// Open addressing, three integers a slot: the text's two integers and its
  /// value (zero: an empty slot).
  private var slots: [UInt64]
  private let mask: Int

  /// `pairs`: distinct texts, each with a value other than zero.
  init(_ pairs: some Collection<(TokenText, UInt64)>) {
    var size = 64
    while size < pairs.count * 4 { size *= 2 }
    mask = size - 1
    slots = Array(repeating: 0, count: 3 * size)
    // (In the order given: where a text lands does not change what it finds.)
    for (text, value) in pairs {
      precondition(value != 0, "a token text table value of zero")
      let key = text.bits
      var slot = Self.hash(key) & mask
      while slots[3 * slot + 2] != 0 { slot = (slot + 1) & mask }
      slots[3 * slot] = key.low
      slots[3 * slot + 1] = key.high
      slots[3 * slot + 2] = value
    }
  }

  /// One multiplication of the two integers' sum (most texts are eight
  /// bytes or fewer, their `high` zero), its top bits kept.
  @inline(__always) private static func hash(_ key: (low: UInt64, high: UInt64)) -> Int {
    let h = (key.low &+ key.high) &* 0xBF58_476D_1CE4_E5B9
    return Int(truncatingIfNeeded: h >> 40)
  }

  /// The distinct texts of `texts`, in order of first appearance, and the
  /// place among them of each text. (Through a table of its own, dropped
  /// after: a `Dictionary` cost a large fact base's loading more than the
  /// rest of its phrase matchers.)
  static func distinct(_ texts: [TokenText]) -> (texts: [TokenText], places: [Int]) {
    var size = 64
    while size < texts.count * 2 { size *= 2 }
    let mask = size - 1
    var slots = [Int32](repeating: -1, count: size)
    var distinct: [TokenText] = []
    var places = [Int](repeating: 0, count: texts.count)
    for (k, text) in texts.enumerated() {
      let key = text.bits
      var slot = hash(key) & mask
      while slots[slot] >= 0, distinct[Int(slots[slot])].bits != key { slot = (slot + 1) & mask }
      if slots[slot] < 0 {
        slots[slot] = Int32(distinct.count)
        distinct.append(text)
      }
      places[k] = Int(slots[slot])
    }
    return (distinct, places)
  }

  /// The value of `text`, or zero when the table does not hold it.
  @inline(__always) func value(_ text: TokenText) -> UInt64 {
    let key = text.bits
    var slot = Self.hash(key) & mask
    // (Wrapping arithmetic: a slot is below `mask`, its integers within `slots`.)
    return slots.withUnsafeBufferPointer { p in
      while true {
        let value = p[3 &* slot &+ 2]
        if value == 0 || (p[3 &* slot] == key.low && p[3 &* slot &+ 1] == key.high) { return value }
        slot = (slot &+ 1) & mask
      }
    }
  }
}
