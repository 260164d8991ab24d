/// Strings made once per distinct text, and lists of them once per distinct
/// list, found by their bytes: a fact base repeats entity ids, cue words,
/// kinds and values in every fact, and making a `String` (or a cue list) of
/// each again cost more than finding the one made before. An id stands for
/// the decoded text, however it was escaped.
struct StringTable {
  private var keys = ByteInterner(capacity: 256)
  private var strings: [String] = []
  private var listKeys = ByteInterner(capacity: 64)
  private var lists: [[String]] = []

  subscript(id: Int32) -> String { strings[Int(id)] }

  /// The id of the text `bytes`, if it has been kept.
  func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? { keys.id(of: bytes) }

  /// Keeps `string` (if new) and gives its id.
  mutating func add(_ string: String) -> Int32 {
    let (id, isNew) = keys.intern(string)
    if isNew { strings.append(string) }
    return id
  }

  /// The list of the strings `ids`, made once per distinct list.
  mutating func list(_ ids: [Int32]) -> [String] {
    let (key, isNew) = ids.withUnsafeBytes { listKeys.intern($0.assumingMemoryBound(to: UInt8.self)) }
    if isNew { lists.append(ids.map { strings[Int($0)] }) }
    return lists[Int(key)]
  }
}
