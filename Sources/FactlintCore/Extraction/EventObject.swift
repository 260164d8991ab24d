/// The thing an event brings about: "Wang founded Scale AI in 2016", "he
/// announced Meta Superintelligence Labs", "the recruitment of Alexandr Wang
/// in June 2025". The date of such an event is the founding, launch or hiring
/// date of what was founded, launched or hired, not of whoever did it.
enum EventObject {
  /// Verbs whose object comes into being, onto the market or into the organization.
  static let verbs: Set<TokenText> = [
    "founded", "cofounded", "created", "formed", "established", "launched", "released", "shipped", "unveiled", "introduced",
    "announced", "debuted", "hired", "recruited", "appointed", "installed", "acquired", "bought",
  ]
  /// The same events as nouns, followed by "of" and their object.
  static let nouns: Set<TokenText> = [
    "founding", "creation", "formation", "launch", "release", "debut", "introduction", "announcement", "hiring",
    "recruitment", "appointment", "acquisition", "purchase",
  ]
  /// Words allowed between a verb and its object: "created a parallel X organization".
  static let maximumGap = 3

  /// A name right after "a", "an", "the" or a possessive reference, or itself possessive: it names what its noun phrase is about.
  private static func opensNounPhrase(_ m: EntityBinder.Mention, in a: SentenceAnalysis) -> Bool {
    let end = m.token + m.length
    if end + 1 < a.tokens.count, a.tokens[end].text == "'", a.tokens[end + 1].text == "s" { return true }
    return m.token > 0 && a.tokens[m.token - 1].kind == .word && ["a", "an", "the", "its", "their", "his", "her"].contains(a.tokens[m.token - 1].text)
  }

  /// The object of the first event word among `tokens` (indices of `a.tokens`), in the same clause.
  /// `figure`: the date's own tokens, which may stand between a name and its event ("Llama 4's widely criticized April 2025 debut").
  static func find(in a: SentenceAnalysis, mentions: [EntityBinder.Mention], clauses: [Int], tokens range: Range<Int>, figure: Range<Int> = 0..<0) -> EntityBinder.Mention? {
    let tokens = a.tokens
    for k in range where tokens[k].kind == .word {
      var first = k + 1
      if nouns.contains(tokens[k].text) {
        // "a Llama 5 open-source release", "Meta's launch": the name before the noun, opening its noun phrase
        // (unless "of" names the object: in "Zuckerberg's recruitment of Wang" the possessive is the agent).
        if first >= tokens.count || tokens[first].text != "of", let m = mentions.last(where: { $0.token < k && clauses[$0.token] == clauses[k] }) {
          let gap = (m.token + m.length..<k).filter { !figure.contains($0) && !["'", "s", "-"].contains(tokens[$0].text) }
          if gap.count <= maximumGap, opensNounPhrase(m, in: a), gap.allSatisfy({ tokens[$0].kind == .word && !CueGuesser.prepositions.contains(tokens[$0].text) }) {
            return m
          }
        }
        guard first < tokens.count, tokens[first].text == "of" else { continue }
        first += 1
      } else if !verbs.contains(tokens[k].text) {
        continue
      }
      // The object: the first name after the word, before any preposition, another figure or the clause's end.
      var j = first
      while j < tokens.count, j <= first + maximumGap, clauses[j] == clauses[k] {
        if let m = mentions.first(where: { $0.token == j }) { return m }
        if tokens[j].kind == .number || tokens[j].kind == .word && CueGuesser.prepositions.contains(tokens[j].text) { break }
        j += 1
      }
      return nil
    }
    return nil
  }
}
