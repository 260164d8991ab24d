/// "Did you mean …?" for a mistyped command, subcommand or option: the known
/// word fewest edits away (insertions, deletions, substitutions, and a swap
/// of two neighbours counting as one), when it is close enough to be meant.
enum Suggestion {
  /// The closest of `known`, if at most a third of `typed`'s length (and at least one edit) away.
  static func closest(to typed: String, in known: some Sequence<String>) -> String? {
    let limit = max(1, typed.count / 3)
    var best: (word: String, distance: Int)? = nil
    for word in known.sorted() {
      let d = distance(Array(typed.lowercased()), Array(word.lowercased()))
      if d <= limit, d < (best?.distance ?? .max) { best = (word, d) }
    }
    return best?.word
  }

  /// " (did you mean 'check'?)" or nothing.
  static func hint(for typed: String, in known: some Sequence<String>) -> String {
    closest(to: typed, in: known).map { "; did you mean '\($0)'?" } ?? ""
  }

  /// Optimal string alignment distance.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var rows = [Array(0...b.count), Array(repeating: 0, count: b.count + 1), Array(repeating: 0, count: b.count + 1)]
    for i in 1...a.count {
      let (cur, prev, prev2) = (i % 3, (i + 2) % 3, (i + 1) % 3)
      rows[cur][0] = i
      for j in 1...b.count {
        var d = min(rows[prev][j] + 1, rows[cur][j - 1] + 1, rows[prev][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, rows[prev2][j - 2] + 1) }
        rows[cur][j] = d
      }
    }
    return rows[a.count % 3][b.count]
  }
}
