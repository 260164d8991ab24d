/// Distinct byte strings, each given a small id (0, 1, 2… in the order first
/// seen), found by their bytes: loading a fact base looks up ids, cue words
/// and value texts by this instead of hashing a `String` through `Hasher`
/// (seeding and SipHash were a fifth of loading). Open addressing over a
/// multiplicative hash of the bytes, eight at a time.
struct ByteInterner: Sendable {
  /// Ids by hash slot, -1 for an empty slot; a power of two long, at most half full.
  private var slots: [Int32]
  /// Each id's bytes are `bytes[starts[id]..<starts[id + 1]]`; its hash is kept for growing.
  private var bytes: [UInt8] = []
  private var starts: [Int32] = [0]
  private var hashes: [UInt32] = []

  /// Room for `capacity` strings before the table grows.
  init(capacity: Int = 8) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = Array(repeating: -1, count: size)
    hashes.reserveCapacity(capacity)
    starts.reserveCapacity(capacity + 1)
  }

  var count: Int { hashes.count }

  /// The id of `text`, giving it the next id if it is new.
  mutating func intern(_ text: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
    let hash = Self.hash(text)
    var slot = Int(hash) & (slots.count - 1)
    while true {
      let id = slots[slot]
      if id < 0 { break }
      if hashes[Int(id)] == hash, matches(Int(id), text) { return (id, false) }
      slot = (slot + 1) & (slots.count - 1)
    }
    let id = Int32(hashes.count)
    slots[slot] = id
    hashes.append(hash)
    bytes.append(contentsOf: text)
    starts.append(Int32(bytes.count))
    if hashes.count * 2 > slots.count { grow() }
    return (id, true)
  }

  mutating func intern(_ text: String) -> (id: Int32, isNew: Bool) {
    var text = text
    return text.withUTF8 { intern($0) }
  }

  /// The id of `text`, if it has one.
  func id(of text: UnsafeBufferPointer<UInt8>) -> Int32? {
    let hash = Self.hash(text)
    var slot = Int(hash) & (slots.count - 1)
    while true {
      let id = slots[slot]
      if id < 0 { return nil }
      if hashes[Int(id)] == hash, matches(Int(id), text) { return id }
      slot = (slot + 1) & (slots.count - 1)
    }
  }

  func id(of text: String) -> Int32? {
    var text = text
    return text.withUTF8 { id(of: $0) }
  }

  private func matches(_ id: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(starts[id])
    guard Int(starts[id + 1]) - start == text.count else { return false }
    return bytes.withUnsafeBufferPointer { b in
      var k = 0
      while k < text.count, b[start + k] == text[k] { k += 1 }
      return k == text.count
    }
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for id in hashes.indices {
      var slot = Int(hashes[id]) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id)
    }
  }

  private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(text.count)
    var i = 0
    if let base = text.baseAddress {
      while i + 8 <= text.count {
        h = (h ^ UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 29
        i += 8
      }
    }
    var tail: UInt64 = 0
    while i < text.count { tail = tail << 8 | UInt64(text[i]); i += 1 }
    h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 32
    return UInt32(truncatingIfNeeded: h)
  }
}

/// Positions by id, the first of repeated ids winning, found by the id's bytes.
struct IDIndex: Sendable {
  private var ids: ByteInterner
  /// By interned id: the position, or below zero for an id that has none.
  private var positions: [Int32]

  init(_ list: [String]) {
    ids = ByteInterner(capacity: list.count)
    positions = []
    positions.reserveCapacity(list.count)
    for (position, id) in list.enumerated() where ids.intern(id).isNew { positions.append(Int32(position)) }
  }

  /// An index the compiler built as it read: `positions` by `ids`' ids.
  init(ids: ByteInterner, positions: [Int32]) {
    self.ids = ids
    self.positions = positions
  }

  subscript(id: String) -> Int? {
    guard let key = ids.id(of: id), positions[Int(key)] >= 0 else { return nil }
    return Int(positions[Int(key)])
  }
}
