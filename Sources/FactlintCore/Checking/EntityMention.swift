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
  /// For a reference, the other entities it may stand for, in order.
  var alternatives: [Int] = []
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
  static let phrases: [(words: [String], kinds: Set<String>?)] = [
    (["the", "model"], ["model"]), (["this", "model"], ["model"]), (["the", "new", "model"], ["model"]),
    (["the", "system"], ["model"]), (["the", "company"], ["company"]), (["the", "firm"], ["company"]),
    (["the", "lab"], ["lab"]), (["the", "group"], ["lab"]), (["the", "division"], ["lab"]), (["the", "unit"], ["lab"]),
    (["he"], ["person"]), (["his"], ["person"]), (["him"], ["person"]), (["she"], ["person"]), (["her"], ["person"]),
    (["it"], nil), (["its"], nil), (["it's"], nil),
  ]
  static let firstWords = Set(phrases.map { $0.words[0] })
  /// Words that open a clause about something else.
  static let comparisonMarkers: Set<String> = ["behind", "ahead", "than", "vs", "versus", "against", "trailing", "trails", "beating", "beats", "like", "unlike", "compared"]
  /// Words that deny what follows in their clause: "Muse Spark didn't score 57"
  /// says nothing wrong about the score. Both apostrophes are spelled out.
  static let negations: Set<String> = {
    let contracted = ["didn't", "doesn't", "don't", "isn't", "wasn't", "weren't", "aren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't"]
    return Set(["not", "never", "cannot", "neither", "nor"] + contracted + contracted.map { $0.replacing("'", with: "\u{2019}") })
  }()

  /// Nouns that a bare number after them names rather than counts:
  /// "Paragraph 3", "Table 2", "Step 4", "Episode 5".
  static let numberedLabels: Set<String> = [
    "paragraph", "chapter", "section", "figure", "fig", "table", "part", "step", "item", "page", "episode", "season",
    "volume", "vol", "issue", "phase", "round", "stage", "level", "tier", "article", "clause", "line", "note", "footnote",
    "appendix", "exhibit", "slide", "question", "act", "scene", "room", "gate", "route", "lesson", "unit", "week", "day",
  ]

  /// Verbs and adverbs of change: "fell by 8,000", "up 19 cents". A figure
  /// they introduce is a change, not a level.
  static let changeWords: Set<String> = [
    "rose", "rise", "risen", "rises", "fell", "fall", "fallen", "falls", "grew", "grow", "grown", "grows",
    "dropped", "drop", "drops", "declined", "decline", "declines", "increased", "increase", "increases",
    "decreased", "decrease", "decreases", "cut", "cuts", "jumped", "jump", "jumps", "climbed", "climb", "climbs",
    "shrank", "shrink", "shrunk", "shrinks", "slid", "slide", "slides", "gained", "gain", "gains", "lost", "lose", "loses",
    "surged", "surge", "surges", "plunged", "plunge", "slumped", "tumbled", "soared", "reduced", "reduce", "reduces",
    "up", "down", "boosted", "lowered", "raised", "trimmed", "expanded", "widened", "narrowed",
  ]

  /// Nouns that name a change, in a fact's attribute or cues.
  static let changeNouns: Set<String> = ["reduction", "reductions", "growth", "savings", "layoffs", "layoff", "laid", "rises", "increases", "decreases", "drops", "gains", "declines", "jumps"]

  static let clauseWords: Set<String> = ["and", "but", "while", "whereas", "behind", "ahead", "against", "versus", "vs", "than", "compared", "after", "although", "though", "with", "trailing", "trails", "beating", "beats", "where", "which", "who"]
}
