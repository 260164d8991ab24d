/// Numbers facts by their attribute and cue list together, 0, 1, 2… in the
/// order the pairs first appear, found by their bytes: facts repeat both (a
/// large base's facts about one kind of figure share them), and what depends
/// on them alone (the cues the attribute lexicon adds, whether they name a
/// change or a valuation, the cue phrases a fact is linked to) is made once
/// per group instead of once per fact.
struct CueGroups {
  private var keys = ByteInterner()
  /// The key being looked up, reused: each text's byte count, then its bytes
  /// (so "a", "bc" and "ab", "c" are two keys).
  private var key: [UInt8] = []

  mutating func group(attribute: String, cues: [String]) -> (id: Int32, isNew: Bool) {
    key.removeAll(keepingCapacity: true)
    Self.append(attribute, to: &key)
    for cue in cues { Self.append(cue, to: &key) }
    return key.withUnsafeBufferPointer { keys.intern($0) }
  }

  private static func append(_ text: String, to key: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      withUnsafeBytes(of: UInt32(truncatingIfNeeded: bytes.count)) { key.append(contentsOf: $0) }
      key.append(contentsOf: bytes)
    }
  }
}
