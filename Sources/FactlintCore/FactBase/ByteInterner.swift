/// Distinct byte strings, each given a small id (0, 1, 2… in the order first
/// seen), found by their bytes: loading a fact base looks up ids, cue words
/// and value texts by this instead of hashing a `String` through `Hasher`
/// (seeding and SipHash were a fifth of loading). Open addressing over a
/// multiplicative hash of the bytes, eight at a time.
struct ByteInterner: Sendable {
  /// By hash slot: an id and its hash (`hash << 32 | id + 1`), 0 for an
  /// empty slot; a power of two long, at most half full. The hash is in the
  /// slot so a probe reads the bytes of no id but the one it finds.
  private var slots: [UInt64]
  /// Each id's bytes are `bytes[starts[id]..<starts[id + 1]]`.
  private var bytes: [UInt8] = []
  private var starts: [Int32] = [0]

  /// Room for `capacity` strings before the table grows.
  init(capacity: Int = 8) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = Array(repeating: 0, count: size)
    starts.reserveCapacity(capacity + 1)
  }

  var count: Int { starts.count - 1 }

  /// The id of `text`, giving it the next id if it is new.
  mutating func intern(_ text: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
    let hash = Self.hash(text)
    let (slot, found) = find(text, hash)
    if let found { return (found, false) }
    let id = Int32(count)
    slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
    bytes.append(contentsOf: text)
    starts.append(Int32(bytes.count))
    if count * 2 > slots.count { grow() }
    return (id, true)
  }

  mutating func intern(_ text: String) -> (id: Int32, isNew: Bool) {
    var text = text
    return text.withUTF8 { intern($0) }
  }

  /// The id of `text`, if it has one.
  func id(of text: UnsafeBufferPointer<UInt8>) -> Int32? {
    find(text, Self.hash(text)).id
  }

  func id(of text: String) -> Int32? {
    var text = text
    return text.withUTF8 { id(of: $0) }
  }

  /// The slot holding `text`, and its id; or the empty slot where it would go.
  private func find(_ text: UnsafeBufferPointer<UInt8>, _ hash: UInt32) -> (slot: Int, id: Int32?) {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Int(hash) & mask
      while true {
        let entry = slots[slot]
        if entry == 0 { return (slot, nil) }
        if UInt32(truncatingIfNeeded: entry >> 32) == hash {
          let id = Int32(truncatingIfNeeded: entry) - 1
          if matches(Int(id), text) { return (slot, id) }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  private func matches(_ id: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(starts[id])
    guard Int(starts[id + 1]) - start == text.count else { return false }
    guard !text.isEmpty, let t = text.baseAddress else { return true }
    return bytes.withUnsafeBufferPointer { b in
      let s = UnsafeRawPointer(b.baseAddress! + start), t = UnsafeRawPointer(t)
      var k = 0
      while k + 8 <= text.count {
        if s.loadUnaligned(fromByteOffset: k, as: UInt64.self) != t.loadUnaligned(fromByteOffset: k, as: UInt64.self) { return false }
        k += 8
      }
      while k < text.count, s.load(fromByteOffset: k, as: UInt8.self) == t.load(fromByteOffset: k, as: UInt8.self) { k += 1 }
      return k == text.count
    }
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: 0, count: old.count * 2)
    let mask = slots.count - 1
    for entry in old where entry != 0 {
      var slot = Int(entry >> 32) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }

  /// Eight bytes at a time; the last (or only) word overlaps the one before,
  /// so no byte is read alone but in the shortest texts.
  private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt32 {
    let n = text.count
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
    guard let base = text.baseAddress, n > 0 else { return UInt32(truncatingIfNeeded: h) }
    let p = UnsafeRawPointer(base)
    func mix(_ word: UInt64) {
      h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 29
    }
    if n >= 8 {
      var i = 0
      while i + 8 < n { mix(p.loadUnaligned(fromByteOffset: i, as: UInt64.self)); i += 8 }
      mix(p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
    } else if n >= 4 {
      let low = UInt64(p.loadUnaligned(as: UInt32.self)), high = UInt64(p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
      mix(high << 32 | low)
    } else {
      mix(UInt64(base[0]) << 16 | UInt64(base[n / 2]) << 8 | UInt64(base[n - 1]))
    }
    h = h &* 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 32
    return UInt32(truncatingIfNeeded: h)
  }
}
