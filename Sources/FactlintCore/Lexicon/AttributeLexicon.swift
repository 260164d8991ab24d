/// Words of general English that name the same measured thing: "laid off",
/// "job cuts" and "redundancies" are all layoffs; "sales" and "turnover" are
/// revenue. A writer rarely uses the source's word, so a fact whose cues name
/// one term of a concept is also named by the others (`expandedCues`), and
/// the extractor draws a figure's cues and attribute from the concepts its
/// sentence names (`concepts(in:)`).
///
/// Every term is plain English, about no story; a word that means several
/// things in ordinary prose ("share", "points", "long", "line") is left out:
/// it would bind claims to facts they are not about.
public enum AttributeLexicon {
  /// One measured thing: the word a reader would use for it (`name`), and
  /// the terms that name it, lower-case; a term of several words is a phrase.
  public struct Concept: Sendable, Hashable {
    public let name: String
    public let terms: [String]
  }

  public static let concepts: [Concept] = [
    Concept(name: "layoffs", terms: ["layoffs", "layoff", "laid off", "lay off", "lays off", "laying off", "job cuts", "job losses", "redundancies", "dismissed", "let go", "axed"]),
    Concept(name: "revenue", terms: ["revenue", "revenues", "sales", "turnover"]),
    Concept(name: "profit", terms: ["profit", "profits", "net income", "earnings", "net profit"]),
    Concept(name: "capital spending", terms: ["capital spending", "capex", "capital expenditure", "capital expenditures", "outlay", "outlays"]),
    Concept(name: "launch", terms: ["launch", "launched", "released", "debut", "debuted", "went live", "unveiled"]),
    Concept(name: "opening", terms: ["opened", "opening", "opens"]),
    Concept(name: "score", terms: ["score", "scored", "rating", "rated"]),
    Concept(name: "stake", terms: ["stake", "holding", "ownership"]),
    Concept(name: "headcount", terms: ["headcount", "staff", "workforce"]),
    Concept(name: "pages", terms: ["pages", "page count"]),
    Concept(name: "frequency", terms: ["frequency", "frequencies", "how often", "headway", "headways", "every"]),
    Concept(name: "cost", terms: ["cost", "costs", "price tag", "bill"]),
    Concept(name: "budget", terms: ["budget", "budgeted"]),
    Concept(name: "ridership", terms: ["ridership", "riders", "boardings", "passengers"]),
    Concept(name: "fare", terms: ["fare", "fares", "ticket"]),
    Concept(name: "stations", terms: ["stations", "stops"]),
    Concept(name: "delay", terms: ["delay", "delayed", "behind schedule"]),
    Concept(name: "vote", terms: ["vote", "voted", "tally"]),
    Concept(name: "valuation", terms: ["valuation", "valued at"]),
    Concept(name: "population", terms: ["population", "residents", "inhabitants"]),
    Concept(name: "salary", terms: ["salary", "salaries", "pay package", "compensation"]),
    Concept(name: "incidents", terms: ["incidents", "accidents"]),
    Concept(name: "contract", terms: ["contract", "contracts"]),
    Concept(name: "forecast", terms: ["forecast", "projected", "projection", "projections"]),
    Concept(name: "overrun", terms: ["overrun", "overruns", "over budget"]),
    Concept(name: "length", terms: ["length", "lengths"]),
    Concept(name: "users", terms: ["users", "subscribers", "customers"]),
  ]

  /// Concept indexes by term.
  private static let byTerm: [String: [Int]] = {
    var map: [String: [Int]] = [:]
    for (n, c) in concepts.enumerated() { for t in c.terms { map[t, default: []].append(n) } }
    return map
  }()

  /// The concepts a cue names: the cue is one of their terms (case aside).
  public static func concepts(naming cue: String) -> [Concept] {
    (byTerm[cue.lowercased()] ?? []).map { concepts[$0] }
  }

  /// `cues` and, after them, the other terms of every concept one of them
  /// names or the head of `attribute` does; each term once, case aside.
  public static func expandedCues(_ cues: [String], attribute: String) -> [String] {
    var found: [Int] = []
    for cue in cues { for n in byTerm[cue.lowercased()] ?? [] where !found.contains(n) { found.append(n) } }
    let head = head(of: attribute)
    for term in [head.last, head.count >= 2 ? head.suffix(2).joined(separator: " ") : nil].compactMap({ $0 }) {
      for n in byTerm[term] ?? [] where !found.contains(n) { found.append(n) }
    }
    guard !found.isEmpty else { return cues }
    var seen = Set(cues.map { $0.lowercased() })
    var result = cues
    for n in found { for t in concepts[n].terms where seen.insert(t).inserted { result.append(t) } }
    return result
  }

  /// Words that end the head of a noun phrase: what follows qualifies it.
  static let headEnders: Set<String> = [
    "of", "in", "on", "at", "for", "from", "by", "with", "to", "after", "before", "since", "during", "per", "as", "against",
    "over", "under", "between", "among", "than", "when", "while", "that", "which", "who",
  ]

  /// The words of an attribute up to its first preposition, lower-case: what
  /// it measures ("time at Meta before the launch" measures "time").
  static func head(of attribute: String) -> [String] {
    Array(Fact.words(attribute).prefix { !headEnders.contains($0) })
  }

  /// The concepts whose terms occur in `words` (lower-case words in order;
  /// a phrase must occur as consecutive words), with the index of the first
  /// word of each occurrence.
  public static func occurrences(in words: [String]) -> [(concept: Concept, term: String, at: Int)] {
    var result: [(Concept, String, Int)] = []
    for (k, w) in words.enumerated() {
      for (term, ns) in byTerm where term.hasPrefix(w) {
        let parts = term.split(separator: " ").map(String.init)
        guard k + parts.count <= words.count, parts.indices.allSatisfy({ words[k + $0] == parts[$0] }) else { continue }
        for n in ns { result.append((concepts[n], term, k)) }
      }
    }
    return result
  }
}
