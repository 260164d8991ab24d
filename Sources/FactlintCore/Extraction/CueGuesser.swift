/// Guesses what a value measures from the words around it: the content words
/// of its clause, nearest first, then of the rest of the sentence, and the
/// name of a benchmark or index it is "on" ("on SWE-bench"). Those words are
/// the proposed fact's cues; the three nearest, in sentence order, are its attribute.
enum CueGuesser {
  /// Words that are part of values, comparisons, references or denials, never
  /// cues. (Words of change, "raised", "cut", are good cues.)
  static let notCues: WordClass = [.month, .weekday, .cardinal, .ordinal, .valueStart, .comparisonMarker, .referenceStart, .negation]

  static let maximumCues = 6

  static let stopwords: Set<TokenText> = [
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "into", "onto",
    "is", "was", "are", "were", "be", "been", "being", "has", "had", "have", "having", "do", "does", "did", "will",
    "would", "could", "should", "may", "might", "can", "must", "shall", "that", "this", "these", "those", "which",
    "who", "whom", "whose", "what", "when", "where", "while", "than", "then", "there", "here", "its", "it", "their",
    "they", "them", "his", "her", "he", "she", "we", "our", "you", "your", "i", "me", "my", "not", "no", "nor", "so",
    "if", "also", "just", "only", "even", "still", "yet", "very", "more", "most", "less", "least", "much", "many",
    "some", "any", "each", "every", "all", "both", "other", "others", "such", "own", "same", "about", "around",
    "roughly", "approximately", "nearly", "almost", "over", "under", "above", "below", "up", "down", "out", "off",
    "after", "before", "since", "until", "during", "per", "via", "against", "among", "between", "through", "across",
    "said", "says", "say", "according", "reportedly", "reported", "report", "reports", "new", "year", "years", "month", "months", "day",
    "days", "week", "weeks", "billion", "million", "thousand", "trillion", "percent", "dollars", "dollar", "bn", "mn",
    "now", "today", "one", "two", "three", "well", "like", "into", "because", "however", "although", "though", "whether",
    "how", "why", "again", "already", "ago", "early", "late", "mid", "last", "next", "first", "s",
    // Words that name the subject, not the attribute.
    "company", "companies", "firm", "firms",
  ]

  static let prepositions: Set<TokenText> = [
    "on", "in", "at", "of", "for", "from", "by", "to", "with", "into", "about", "against", "behind", "than", "vs",
    "versus", "over", "under", "across", "among", "via", "like", "including", "toward", "towards", "without", "within", "as",
  ]

  /// Cues for `value`, in sentence order. `skip` holds the tokens of entity
  /// names and references, which are the subject, not the attribute.
  static func cues(for value: ValueMention, hedgeStart: Int, in a: SentenceAnalysis, masked: [UInt8], skip: Set<Int>, header: [String] = []) -> [String] {
    let tokens = a.tokens
    let clause = a.clauseOf[value.tokens.lowerBound]
    var scored: [(distance: Int, token: Int, text: String)] = []
    let modifiers = compoundModifiers(in: tokens)
    for (k, t) in tokens.enumerated() where !skip.contains(k) && !(hedgeStart..<value.tokens.upperBound).contains(k) && !modifiers.contains(k) {
      let original = Bytes.string(masked, t.range)
      // An acronym ("US", "GPU") is a cue as written; other words in lower case.
      let isAcronym = original.count >= 2 && original.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "." } && original.contains(where: \.isLetter)
      guard t.kind == .word, isAcronym || t.classes.isDisjoint(with: Self.notCues), isAcronym || original.lowercased().count >= 3, !stopwords.contains(t.text) || isAcronym else { continue }
      let distance = k < hedgeStart ? hedgeStart - k : k - value.tokens.upperBound + 1
      scored.append((distance + (a.clauseOf[k] == clause ? 0 : 100), k, isAcronym ? original : original.lowercased()))
    }
    // Words of other clauses only make up for a clause that says too little ("…, with $26.8 billion in net income").
    // A word nearer another figure of the sentence is that figure's ("every 10 minutes at peak times and every 15
    // minutes otherwise": "peak" is not the 15 minutes'), unless the figure has no word of its own. (A year is a period, no figure.)
    let nearer = scored.filter { w in
      a.values.contains { v in v.range != value.range && !v.isBareYear && (w.token < v.tokens.lowerBound ? v.tokens.lowerBound - w.token : w.token - v.tokens.upperBound + 1) < w.distance % 100 }
    }
    if nearer.count < scored.count { scored.removeAll { w in nearer.contains { $0.token == w.token } } }
    let sorted = scored.sorted { $0.distance < $1.distance }
    let own = sorted.filter { $0.distance < 100 }
    var chosen = Array((own.count >= 3 ? own : sorted).prefix(maximumCues))
    // A word of the attribute lexicon in the figure's clause ("fare", "budget", "ridership"), else in its
    // sentence, says what it measures in words a reader uses: a cue even when nearer words filled the list.
    let named = { (words: [(distance: Int, token: Int, text: String)]) in words.filter { !AttributeLexicon.concepts(naming: $0.text).isEmpty } }
    let lexical = named(own).isEmpty ? Array(named(sorted).prefix(1)) : named(own)
    for word in lexical where !chosen.contains(where: { $0.token == word.token }) {
      if chosen.count == maximumCues, let last = chosen.lastIndex(where: { AttributeLexicon.concepts(naming: $0.text).isEmpty }) { chosen.remove(at: last) }
      if chosen.count < maximumCues { chosen.append(word) }
    }
    // A benchmark or index the value is "on" ("scored 87.6% on SWE-bench").
    if let k = benchmark(in: a, skip: skip) {
      if chosen.count == maximumCues { chosen.removeLast() }
      chosen.append((0, k, Bytes.string(masked, tokens[k].range)))
    }
    var seen: Set<String> = []
    // A table cell is described by its column header.
    if !header.isEmpty { return header.filter { seen.insert($0.lowercased()).inserted } }
    return chosen.sorted { $0.token < $1.token }.map(\.text).filter { seen.insert($0.lowercased()).inserted }
  }

  /// The words of a hyphenated compound before a noun ("light-rail vehicles",
  /// "design-build contract", "on-time performance"): they qualify the noun,
  /// which says what is measured, and are shared with other nouns of the text
  /// ("light-rail line"), so they are no cues.
  static func compoundModifiers(in tokens: [Token]) -> Set<Int> {
    var result: Set<Int> = []
    var k = 0
    while k + 2 < tokens.count {
      guard tokens[k].kind == .word, tokens[k + 1].text == "-", tokens[k + 1].attached, tokens[k + 2].kind == .word, tokens[k + 2].attached else { k += 1; continue }
      var end = k + 2
      while end + 2 < tokens.count, tokens[end + 1].text == "-", tokens[end + 1].attached, tokens[end + 2].kind == .word, tokens[end + 2].attached { end += 2 }
      if end + 1 < tokens.count, tokens[end + 1].kind == .word, !tokens[end + 1].attached {
        for j in k...end where tokens[j].kind == .word { result.insert(j) }
      }
      k = end + 1
    }
    return result
  }

  /// The attribute: the three cues nearest the value, in sentence order ("will cost … budget office" → "cost budget office").
  static func attribute(cues: [String], value: ValueMention, in a: SentenceAnalysis, masked: [UInt8]) -> String {
    guard cues.count > 3 else { return cues.joined(separator: " ") }
    func position(_ cue: String) -> Int {
      a.tokens.firstIndex { Bytes.string(masked, $0.range).lowercased() == cue.lowercased() || $0.text == TokenText(cue.lowercased()) } ?? value.tokens.lowerBound
    }
    let nearest = cues.sorted { abs(position($0) - value.tokens.lowerBound) < abs(position($1) - value.tokens.lowerBound) }.prefix(3)
    return cues.filter { nearest.contains($0) }.joined(separator: " ")
  }

  /// The first name in the sentence right after "on" or "in" that is not a subject.
  private static func benchmark(in a: SentenceAnalysis, skip: Set<Int>) -> Int? {
    for (k, t) in a.tokens.enumerated() where t.kind == .name && k > 0 && !skip.contains(k) {
      var p = k - 1
      if a.tokens[p].text == "the", p > 0 { p -= 1 }
      if a.tokens[p].kind == .word, a.tokens[p].text == "on" { return k }
    }
    return nil
  }

  /// A word reduced for comparison: "expenditures" and "expenditure" alike,
  /// "authorized" and "authorize", "funding" and "funds".
  static func stem(_ word: String) -> String {
    var w = word.lowercased()
    if w.hasSuffix("ed"), w.count > 5 { w = String(w.dropLast(2)) }
    else if w.hasSuffix("ing"), w.count > 6 { w = String(w.dropLast(3)) }
    if w.hasSuffix("ies"), w.count > 4 { w = String(w.dropLast(3)) + "y" }
    if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { w.removeLast() }
    if w.hasSuffix("e"), w.count > 3 { w.removeLast() }
    return w
  }

  /// Looser than `sameAttribute`, for the same figure given by two sources:
  /// their cues share two words, or a word that names a concept of the
  /// attribute lexicon, or one attribute is a single word among the other's cues.
  ///
  /// With `cuesOnly`, only the cue words count (and a one-word attribute
  /// that is cue words too): a named attribute ("bonds", "length") is a
  /// reader's word for the thing, too common to say alone that two
  /// entities' figures are one.
  static func relatedAttribute(_ a: FactBaseFile.FactRecord, _ b: FactBaseFile.FactRecord, cuesOnly: Bool = false) -> Bool {
    if !cuesOnly, sameAttribute(a, b) { return true }
    let ca = Set(a.cues.map(stem)), cb = Set(b.cues.map(stem))
    let shared = ca.intersection(cb)
    if shared.count >= 2 { return true }
    let concepts = { (f: FactBaseFile.FactRecord) in Set(f.cues.flatMap { AttributeLexicon.concepts(naming: $0).map(\.name) }) }
    if !concepts(a).isDisjoint(with: concepts(b)) { return true }
    let single = { (f: FactBaseFile.FactRecord, other: Set<String>) in !f.attribute.contains(" ") && other.contains(stem(f.attribute)) }
    if cuesOnly {
      // The cue words' own one-word attribute (a fact of one cue, "The grant was $12.5 million") among the other's cues.
      let one = { (f: FactBaseFile.FactRecord, other: Set<String>) in
        let word = f.statement == nil ? f.attribute : f.cues.count == 1 ? f.cues[0] : " "
        return !word.contains(" ") && other.contains(stem(word))
      }
      return one(a, cb) || one(b, ca)
    }
    // The head of a named attribute ("trip" of "end-to-end trip") among the other's cues.
    let head = { (f: FactBaseFile.FactRecord, other: Set<String>) in
      let words = f.attribute.lowercased().split(separator: " ").prefix { !AttributeLexicon.headEnders.contains(String($0)) }
      return f.statement != nil && other.contains(stem(String(words.last?.split(separator: "-").last ?? "")))
    }
    return single(a, cb) || single(b, ca) || head(a, cb) || head(b, ca)
  }

  /// Two facts are about the same attribute when their attributes read the
  /// same, share two words (or all of a one-word attribute), their cues
  /// share three words, or their cues name the same two or more concepts of
  /// the attribute lexicon: "projected … passengers" and "forecast … riders"
  /// are both a forecast of ridership, in other words. (One concept alone is
  /// not enough: "riders counted" and "riders forecast" are two figures.)
  static func sameAttribute(_ a: FactBaseFile.FactRecord, _ b: FactBaseFile.FactRecord) -> Bool {
    if a.attribute.lowercased() == b.attribute.lowercased() { return true }
    let aa = Set(a.attribute.split(separator: " ").map { stem(String($0)) }), ab = Set(b.attribute.split(separator: " ").map { stem(String($0)) })
    let sharedAttribute = aa.intersection(ab).count
    if sharedAttribute > 0, sharedAttribute >= min(2, aa.count, ab.count) { return true }
    if Set(a.cues.map(stem)).intersection(b.cues.map(stem)).count >= 3 { return true }
    let concepts = { (f: FactBaseFile.FactRecord) in Set(f.cues.flatMap { AttributeLexicon.concepts(naming: $0).map(\.name) }) }
    let ca = concepts(a)
    return ca.count >= 2 && ca == concepts(b)
  }
}
