/// A table of words that rules a word out by its length before hashing it:
/// the scanner asks the scale, unit and currency tables about nearly every
/// word after a number. The lengths come from the table, so a word added to
/// it is never ruled out.
struct WordTable<Value: Sendable>: Sendable {
  private let entries: [String: Value]
  private let lengths: Range<Int>

  init(_ entries: [String: Value]) {
    self.entries = entries
    let counts = entries.keys.map(\.utf8.count)
    lengths = (counts.min() ?? 0)..<((counts.max() ?? -1) + 1)
  }

  subscript(_ word: String) -> Value? {
    lengths.contains(word.utf8.count) ? entries[word] : nil
  }
}
