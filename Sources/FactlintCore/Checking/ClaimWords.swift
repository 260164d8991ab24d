/// Words that decide whether a figure in a sentence is a claim at all:
/// denials, labels, words of change.
enum ClaimWords {
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

  /// Words that end the name of a place or an organisation ("… Airport",
  /// "… Public Library"), lower-case as tokens are.
  /// (`HeadNouns.places`, and the words that end only names.)
  static let nameHeads: Set<TokenText> = Set((HeadNouns.places.union([
    "street", "avenue", "road", "river", "creek", "lake", "square", "hall", "tower", "harbor", "harbour",
    "corporation", "inc", "corp", "ltd", "llc", "partners", "group",
  ])).map(TokenText.init))

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
  static let changeNouns: Set<String> = ["reduction", "reductions", "growth", "savings", "layoffs", "layoff", "laid", "rises", "increases", "decreases", "drops", "gains", "declines", "jumps", "overrun", "overruns"]

  /// Words that report a statement as a mistake: "An earlier version of this
  /// article incorrectly said…", "the post wrongly gave…". The figures they
  /// report are the errors being corrected, not the writer's claims.
  static let mistakeMarkers: Set<String> = ["incorrectly", "wrongly", "mistakenly", "erroneously", "misstated", "misreported", "misquoted", "misstates"]

  /// Words that make a figure a company's worth: "valued at $29 billion",
  /// "a valuation of $12 billion".
  static let valuationWords: Set<String> = ["valuation", "valuations", "valued", "valuing", "valuation's"]

  /// Verbs that report what someone said: a figure after one is theirs.
  static let reportingVerbs: Set<TokenText> = ["says", "said", "say", "claims", "claimed", "told", "wrote", "writes", "stated", "reported"]

  /// Words that move a figure off the year named beside it: "a year earlier", "last year".
  static let relativeTime: Set<String> = ["earlier", "previous", "prior", "last", "ago", "before", "next", "later"]

  /// Events that happen once to their subject: a company is founded once, a person born once.
  static let onceOnlyEventWords: Set<String> = ["founded", "founding", "cofounded", "born", "birth", "died", "death", "incorporated"]

  /// The closed classes of English (articles, determiners, pronouns,
  /// prepositions, conjunctions) and common sentence adverbs: a sentence may
  /// open with one of them capitalised without naming anything. Any other
  /// capitalised opening word may be a name ("Nvidia reported…").
  static let openingWords: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "each", "every",
    "all", "both", "some", "any", "no", "most", "many", "much", "more", "few", "several", "such", "another", "other",
    "it", "they", "he", "she", "we", "i", "you", "there", "here", "what", "which", "who", "how", "when", "where", "why",
    "in", "on", "at", "by", "for", "from", "of", "to", "with", "without", "after", "before", "since", "during", "until",
    "over", "under", "above", "below", "about", "around", "roughly", "nearly", "almost", "approximately", "some", "just",
    "only", "even", "also", "still", "yet", "so", "and", "but", "or", "nor", "then", "now", "today", "meanwhile",
    "however", "moreover", "overall", "together", "combined", "total", "last", "first", "next", "later", "earlier",
    "as", "if", "while", "though", "although", "because", "once", "per", "than", "not", "up", "down", "into", "through",
    "between", "among", "against", "across", "within", "beyond", "behind", "ahead", "despite", "according", "plus",
    "is", "was", "were", "are", "has", "had", "have", "will", "would", "can", "could", "did", "does", "do",
  ]
}
