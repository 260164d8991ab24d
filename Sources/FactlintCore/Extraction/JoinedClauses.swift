extension SentenceAnalysis {
  /// Clause numbers as `clauseOf`, except that two names joined by "and"
  /// stay in one clause: "Meta published the Safety and Preparedness Report
  /// on April 28" and "Google and Microsoft spent…" have one subject each,
  /// not a second clause starting at the second name.
  func nameJoinedClauses() -> [Int] {
    var result = clauseOf
    var shift = 0
    for k in tokens.indices {
      if k > 0, k + 1 < tokens.count, tokens[k].kind == .word, tokens[k].text == "and", tokens[k - 1].kind == .name, tokens[k + 1].kind == .name,
         clauseOf[k] != clauseOf[k - 1] {
        shift += 1
      }
      result[k] = clauseOf[k] - shift
    }
    return result
  }
}
