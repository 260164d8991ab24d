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
