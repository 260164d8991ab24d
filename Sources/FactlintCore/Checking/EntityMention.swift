/// An entity named in a sentence, by alias or by a reference ("the model",
/// "it") resolved to the entity it stands for.
struct EntityMention: Sendable {
  enum Salience: Int, Comparable, Sendable {
    /// After "behind", "than", "vs.": a point of comparison.
    case comparison = 0
    /// Possessive or later in the sentence.
    case other = 1
    /// The first non-possessive mention of a sentence.
    case subject = 2
    static func < (a: Salience, b: Salience) -> Bool { a.rawValue < b.rawValue }
  }

  var range: Range<Int>
  var entity: Int
  var isReference: Bool
  var salience: Salience = .other
  /// Token index of the mention in its sentence.
  var token: Int = 0
  // (A reference's other readings are the run's, for its sentence only
  // (`CheckRun`'s `Binding.readings`): without an array, a mention copies as plain bytes.)
}

extension EntityMention {
  func shifted(by delta: Int) -> EntityMention {
    var m = self
    m.range = (range.lowerBound + delta)..<(range.upperBound + delta)
    return m
  }
}

/// The words that point back at an entity, and the kinds they may point at.
enum ReferenceWords {
  static let phrases: [(words: [TokenText], kinds: Set<String>?)] = [
    (["the", "model"], ["model"]), (["this", "model"], ["model"]), (["the", "new", "model"], ["model"]),
    (["the", "system"], ["model"]), (["the", "company"], ["company"]), (["the", "firm"], ["company"]),
    (["the", "giant"], ["company"]), (["the", "tech", "giant"], ["company"]), (["the", "startup"], ["company"]),
    (["the", "chatbot"], ["product", "model"]), (["the", "assistant"], ["product", "model"]),
    (["a", "company", "spokesman"], ["company"]), (["a", "company", "spokeswoman"], ["company"]), (["a", "company", "spokesperson"], ["company"]),
    (["the", "lab"], ["lab"]), (["the", "group"], ["lab"]), (["the", "division"], ["lab"]), (["the", "unit"], ["lab"]),
    (["he"], ["person"]), (["his"], ["person"]), (["him"], ["person"]), (["she"], ["person"]), (["her"], ["person"]),
    (["it"], nil), (["its"], nil), (["it's"], nil),
  ]
  static let firstWords = Set(phrases.map { $0.words[0] })

  /// The phrase "the <noun>" for a noun of kind ("company", "lab"), whose
  /// kinds a possessive before the noun is fitted to ("Zuckerberg's company").
  static func kindNounPhrase(_ noun: TokenText) -> Int? {
    phrases.firstIndex { $0.words.count == 2 && $0.words[0] == "the" && $0.words[1] == noun }
  }

  /// The phrase the words from `k` on spell, the first listed above: its
  /// index in `phrases`. (The list is walked: a token passing the word-class
  /// tests is rare, and hashing it cost more.)
  static func phrase(at k: Int, in tokens: [Token]) -> Int? {
    let phrases = Self.phrases
    for p in phrases.indices where phrases[p].words[0] == tokens[k].text && k + phrases[p].words.count <= tokens.count {
      let words = phrases[p].words
      if words.indices.dropFirst().allSatisfy({ tokens[k + $0].kind == .word && tokens[k + $0].text == words[$0] }) { return p }
    }
    return nil
  }
  /// Words that open a clause about something else.
  static let comparisonMarkers: Set<TokenText> = ["behind", "ahead", "than", "vs", "versus", "against", "trailing", "trails", "beating", "beats", "like", "unlike", "compared", "shy"]
  static let clauseWords: Set<TokenText> = ["and", "but", "while", "whereas", "behind", "ahead", "against", "versus", "vs", "than", "compared", "after", "although", "though", "with", "trailing", "trails", "beating", "beats", "where", "which", "who", "shy"]
}
