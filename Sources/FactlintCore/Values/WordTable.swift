/// A table of words, looked up by a token's text, that rules a word out by
/// its length before hashing it:
/// the scanner asks the scale, unit and currency tables about nearly every
/// word after a number. The lengths come from the table, so a word added to
/// it is never ruled out.
struct WordTable<Value: Sendable>: Sendable {
  private let entries: [TokenText: Value]
  private let lengths: Range<Int>

  init(_ entries: [TokenText: Value]) {
    self.entries = entries
    let counts = entries.keys.map(\.count)
    lengths = (counts.min() ?? 0)..<((counts.max() ?? -1) + 1)
  }

  subscript(_ word: TokenText) -> Value? {
    lengths.contains(word.count) ? entries[word] : nil
  }
}
