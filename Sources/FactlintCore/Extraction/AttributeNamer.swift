/// Names what a figure measures in words a reader would use: the noun phrase
/// the figure is attached to ("19 stations" → "stations", "a $1.2 billion
/// budget" → "budget"), the noun phrase it is "of" ("a median of 29%" →
/// "median"), the subject it is said of ("on-time performance was 94.2%"), how
/// often for a span after "every" ("every 10 minutes" → "frequency"), or
/// the attribute lexicon's name for a word of its clause ("weekday boardings"
/// → "weekday ridership"), with a qualifier the sentence gives ("opening
/// weekend rides", "boardings on an average weekday", "cost per mile").
///
/// Only rules of English grammar: nothing here knows a story. When no rule
/// finds a noun it says so (`nil`), and the extractor keeps its cue words as
/// the attribute without vouching for them as English.
enum AttributeNamer {
  /// The attribute for `value`, or nil when no noun phrase says what it measures.
  /// `skip` holds the tokens of the subject (entity names and references).
  static func name(for value: ValueMention, hedgeStart: Int, in a: SentenceAnalysis, masked: [UInt8], skip: Set<Int>) -> String? {
    let namer = Namer(a: a, masked: masked, skip: skip, value: value, hedgeStart: hedgeStart)
    return namer.name()
  }

  /// Words that never head a noun phrase after a figure ("$5.2m apiece", "15 months late").
  static let notHeads: Set<String> = [
    "apiece", "each", "late", "later", "earlier", "higher", "lower", "times", "alone", "instead", "overall", "ahead", "behind",
    "away", "back", "together", "annually", "otherwise", "total", "sum", "amount", "figure", "number", "cent", "cents",
    "percentage", "whole", "rest", "part", "lot", "bit", "kind", "sort", "type", "way", "thing", "things", "something",
    "nothing", "anything", "everything", "someone", "people's", "fewer", "greater", "smaller", "larger", "bigger", "better", "worse",
  ]

  /// Words of time that make a phrase a period ("opening weekend", "in the first four weeks", "a weekday").
  static let timeWords: Set<String> = [
    "day", "days", "daily", "week", "weeks", "weekly", "weekday", "weekdays", "weekend", "weekends", "month", "months", "monthly",
    "year", "years", "yearly", "annual", "annually", "quarter", "quarters", "quarterly", "season", "seasons", "hour", "hours",
    "night", "nights", "morning", "mornings", "evening", "evenings", "decade", "decades",
  ]

  /// Words that qualify a measured thing before it ("weekday ridership", "final cost", "average weekday boardings").
  static let qualifiers: Set<String> = [
    "weekday", "weekend", "daily", "weekly", "monthly", "annual", "yearly", "quarterly", "average", "median", "mean", "total",
    "final", "initial", "original", "estimated", "projected", "expected", "planned", "peak", "base", "net", "gross", "overall",
    "current", "previous", "former", "new", "first", "opening", "full", "minimum", "maximum", "starting", "closing", "combined",
    "operating", "capital", "federal", "state", "local", "public", "private", "global", "national", "domestic", "international",
  ]

  /// Linking verbs before a figure whose subject is what it measures ("the final bill came to $1.84 billion").
  static let linkingVerbs: Set<String> = [
    "is", "was", "are", "were", "be", "been", "remains", "remained", "stood", "stands", "came", "comes", "rose", "rises", "fell",
    "falls", "grew", "grows", "dropped", "drops", "climbed", "climbs", "jumped", "jumps", "amounted", "amounts", "reached",
    "reaches", "totaled", "totals", "totalled", "topped", "tops", "hit", "hits", "exceeded", "exceeds", "averaged", "averages",
  ]

  /// Terms of the lexicon that name an event, which a date can be the day of ("the launch", "the opening").
  static let eventNouns: Set<String> = ["launch", "opening", "debut", "vote", "layoffs", "layoff", "release"]

  /// Verbs of "took 42 minutes" and "lasted two years": a length of time.
  static let durationVerbs: Set<String> = ["takes", "took", "take", "lasts", "lasted", "last", "lasting", "taking"]

  /// Irregular plurals, for a count's noun ("8,000 people").
  static let irregularPlurals: Set<String> = ["people", "children", "men", "women", "staff", "personnel", "police", "cattle", "feet", "teeth", "mice", "geese", "data", "media"]
}

private struct Namer {
  let a: SentenceAnalysis
  let masked: [UInt8]
  let skip: Set<Int>
  let value: ValueMention
  let hedgeStart: Int
  var tokens: [Token] { a.tokens }

  func name() -> String? {
    let kind = value.value.kind
    let head: String?
    switch kind {
    case .rank, .multiplier: head = subjectOfLink() ?? lexicon()
    // A date is the day of an event: a word of the lexicon that is one ("opened", "launch").
    case .date: head = lexicon(events: true).map { $0 + (isYearOnly ? " year" : " date") }
    // A length of time measures a delay or what takes it; the things of its sentence ("carrying passengers for four weeks") it does not.
    case .duration: head = frequency() ?? delay() ?? ofPhrase() ?? subjectOfLink()
    case .length:
      // "the 1,100-foot bridge": the bridge's length.
      head = attachedNoun().map { $0 + " length" } ?? "length"
    default:
      head = benchmark() ?? attachedNoun() ?? inPhrase() ?? shareOf() ?? ofPhrase() ?? subjectOfLink() ?? (isComparedAfter ? nil : lexicon())
    }
    guard var name = head, !name.isEmpty else { return nil }
    // "$126m per mile", "$1.50 a ride": a rate.
    if !name.contains(" per "), !name.contains(" a "), let rate = period(after: value.tokens.upperBound), rate.hasPrefix("per ") || rate.hasPrefix("a ") {
      name += " per " + rate.split(separator: " ").dropFirst().joined(separator: " ")
    }
    if kind != .date, let start = openingPeriod(), !name.contains(start) { name = start + " " + name }
    return name
  }

  private var isYearOnly: Bool {
    if case .date(let d) = value.value { return d.month == nil }
    return false
  }

  // MARK: Words

  /// The word at `k` in lower case, or nil for what is no plain word (a name, a number, a symbol, the subject).
  private func word(_ k: Int) -> String? {
    guard k >= 0, k < tokens.count, tokens[k].kind == .word, !skip.contains(k) else { return nil }
    return Bytes.string(masked, tokens[k].range).lowercased()
  }

  /// A hyphenated compound or single word starting at `k` ("light-rail", "on-time"): its text and the index after it.
  private func unit(at k: Int) -> (text: String, end: Int)? {
    guard let first = word(k) else { return nil }
    var text = first, end = k + 1
    while end + 1 < tokens.count, tokens[end].text == "-", tokens[end].attached, tokens[end + 1].attached, let next = word(end + 1) {
      text += "-" + next
      end += 2
    }
    return (text, end)
  }

  /// The compound or word ending just before `end`: its text and its first index.
  private func unit(endingBefore end: Int) -> (text: String, start: Int)? {
    guard let last = word(end - 1) else { return nil }
    var text = last, start = end - 1
    while start >= 2, tokens[start - 1].text == "-", tokens[start - 1].attached, tokens[start].attached, let previous = word(start - 2) {
      text = previous + "-" + text
      start -= 2
    }
    return (text, start)
  }

  /// Whether `text` can be a word of a noun phrase: no function word, value word, adverb or past participle.
  private func isNounish(_ text: String, at k: Int) -> Bool {
    if text.contains("-") { return !text.split(separator: "-").allSatisfy { Double($0) != nil } }
    guard text.count >= 3, text.allSatisfy(\.isLetter) else { return false }
    if CueGuesser.stopwords.contains(TokenText(text)) && !AttributeNamer.timeWords.contains(text) || CueGuesser.prepositions.contains(TokenText(text)) { return false }
    if !tokens[k].classes.isDisjoint(with: CueGuesser.notCues) || !tokens[k].classes.isDisjoint(with: [.clauseWord, .hedgeWord, .change]) { return false }
    if AttributeNamer.notHeads.contains(text) || AttributeNamer.linkingVerbs.contains(text) || AttributeNamer.durationVerbs.contains(text) { return false }
    if isTerm(text) { return true }
    if text.count > 4, text.hasSuffix("ly") { return false }
    if text.count > 4, text.hasSuffix("ed"), !text.hasSuffix("eed") { return false }
    if text.count > 5, text.hasSuffix("ing") { return false }
    return true
  }

  private func isTerm(_ text: String) -> Bool { !AttributeLexicon.concepts(naming: text).isEmpty }

  private func isPlural(_ text: String) -> Bool {
    let last = String(text.split(separator: "-").last ?? Substring(text))
    if AttributeNamer.irregularPlurals.contains(last) { return true }
    return last.count > 3 && last.hasSuffix("s") && !last.hasSuffix("ss") && !last.hasSuffix("us") && !last.hasSuffix("is")
  }

  /// Tokens `range` as written, words in lower case but acronyms and names as they are.
  private func text(_ range: Range<Int>) -> String {
    var out = ""
    for k in range {
      let t = tokens[k]
      var s = Bytes.string(masked, t.range)
      let isAcronym = s.count >= 2 && s.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "." } && s.contains(where: \.isLetter)
      if t.kind == .word, !isAcronym { s = s.lowercased() }
      if !out.isEmpty, !t.attached { out += " " }
      out += s
    }
    return out
  }

  /// Whether another figure of the sentence stands between token `k` and this one: a word past it describes that figure.
  private func isPastAnotherFigure(_ k: Int) -> Bool {
    let lo = min(k, hedgeStart), hi = max(k, value.tokens.upperBound)
    return a.values.contains { $0.range != value.range && $0.tokens.lowerBound >= lo && $0.tokens.upperBound <= hi }
  }

  private func isPunctuation(_ k: Int) -> Bool {
    k < tokens.count && tokens[k].kind == .symbol && [",", ".", ";", ":", "—", "–", "(", ")", "!", "?", "\""].contains(tokens[k].text)
  }

  // MARK: Rules

  /// "41.2% on Humanity's Last Exam": a score on a benchmark the text names.
  private func benchmark() -> String? {
    guard [.score, .percent].contains(value.value.kind) else { return nil }
    var k = value.tokens.upperBound
    guard k < tokens.count, word(k) == "on" else { return nil }
    k += 1
    if word(k) == "the" { k += 1 }
    guard k < tokens.count, tokens[k].kind == .name else { return nil }
    return "score on " + text(k..<(k + 1))
  }

  /// The noun phrase right after the figure: "19 stations", "18,000 weekday riders", "a $1.2 billion budget", "53% overrun".
  private func attachedNoun() -> String? {
    let start = value.tokens.upperBound
    var units: [(text: String, start: Int, end: Int)] = []
    var k = start
    while units.count < 4, let u = unit(at: k), isNounish(u.text, at: k) {
      units.append((u.text, k, u.end))
      k = u.end
    }
    guard !units.isEmpty else { return nil }
    let phrase: [(text: String, start: Int, end: Int)]
    if value.value.kind == .count || value.value.kind == .score {
      // A count's noun is plural ("19 stations stretch…"): the phrase ends at the first plural.
      guard let p = units.firstIndex(where: { isPlural($0.text) }) else { return nil }
      phrase = Array(units[...p])
    } else {
      // A sum's or share's noun is one word ("$1.84 billion project win…"), or two naming a thing of the lexicon ("baseline budget").
      phrase = units.count >= 2 && isTerm(units[1].text) && !isTerm(units[0].text) ? Array(units.prefix(2)) : [units[0]]
    }
    guard let last = phrase.last else { return nil }
    return [text(phrase[0].start..<last.end), period(after: last.end)].compactMap { $0 }.joined(separator: " ")
  }

  /// A phrase of rate or period right after `k`: "a weekday", "per mile", "on an average weekday", "in the first four weeks".
  private func period(after k: Int) -> String? {
    guard k < tokens.count, let first = word(k) else { return nil }
    // "per square foot", "a ride" (but not "a day pass": a noun after it makes it a thing).
    if first == "per" || first == "a" || first == "an", let u = unit(at: k + 1), isNounish(u.text, at: k + 1) {
      var end = u.end
      if first == "per", let v = unit(at: end), isNounish(v.text, at: end) { end = v.end }
      if unit(at: end).map({ !isNounish($0.text, at: end) }) ?? true { return (first == "per" ? "per " : "a ") + text((k + 1)..<end) }
    }
    guard ["on", "in", "during", "over", "for", "per", "each"].contains(first) else { return nil }
    // Up to six tokens, ending in a word of time.
    var j = k + 1
    while j < tokens.count, j <= k + 6, !isPunctuation(j) {
      if let w = word(j), AttributeNamer.timeWords.contains(w) { return text(k..<(j + 1)) }
      if tokens[j].kind == .number || tokens[j].kind == .name { return nil }
      j += 1
    }
    return nil
  }

  /// "a median of 29%", "the final cost of $1.84 billion", "a delay of 15 months": the noun phrase the figure is "of".
  /// (A count is of the thing it counts, "a city of 312,000", "a fleet of 26": a word of the lexicon only, "a score of 4.3".)
  private func ofPhrase() -> String? {
    guard hedgeStart >= 2, word(hedgeStart - 1) == "of", let phrase = phrase(endingBefore: hedgeStart - 1) else { return nil }
    if [.count, .score].contains(value.value.kind), !isTerm(String(phrase.split(separator: " ").last ?? "")) { return nil }
    return phrase
  }

  /// "$500 million in bonds", "$26.8 billion in net income": a sum in the things it is paid in.
  private func inPhrase() -> String? {
    guard value.value.kind == .money || value.value.kind == .moneyRange, word(value.tokens.upperBound) == "in" else { return nil }
    var k = value.tokens.upperBound + 1
    var end = k
    while end - k < 3, let u = unit(at: end), isNounish(u.text, at: end) { end = u.end }
    guard end > k, let last = unit(endingBefore: end), isPlural(last.text) || isTerm(last.text) else { return nil }
    if word(k) == "the" { k += 1 }
    return text(k..<end)
  }

  /// "about 61 percent of the total": a share of what it is "of".
  private func shareOf() -> String? {
    guard value.value.kind == .percent, word(value.tokens.upperBound) == "of" else { return nil }
    let k = value.tokens.upperBound + 1
    var start = k
    if let w = word(start), ["the", "its", "their", "his", "her", "our"].contains(w) { start += 1 }
    var end = start
    while end - start < 3, let u = unit(at: end), isNounish(u.text, at: end) || AttributeNamer.notHeads.contains(u.text) && u.text.count > 3 { end = u.end }
    guard end > start else { return nil }
    return "share of " + text(k..<end)
  }

  /// "53% over its budget", "$640 million more than the budget": the words after the figure describe what it is
  /// measured against, not what it measures (a term that begins there, "over budget", is said of the figure).
  private var isComparedAfter: Bool {
    let k = value.tokens.upperBound
    guard let w = word(k), ["over", "above", "below", "under", "more", "less", "higher", "lower"].contains(w) else { return false }
    let rest = (k..<min(tokens.count, k + 2)).compactMap { word($0) }
    return !AttributeLexicon.occurrences(in: rest).contains { $0.at == 0 }
  }

  /// Up to three words of a noun phrase ending before `end`, its head a noun: "final cost", "on-time performance".
  private func phrase(endingBefore end: Int) -> String? {
    guard let head = unit(endingBefore: end), isNounish(head.text, at: head.start), !AttributeNamer.timeWords.contains(head.text) || isTerm(head.text) else { return nil }
    var start = head.start
    var count = 1
    while count < 3, let u = unit(endingBefore: start), isNounish(u.text, at: u.start), !isPlural(u.text) {
      start = u.start
      count += 1
    }
    return text(start..<end)
  }

  /// "On-time performance was 94.2%", "the federal share is fixed at $600 million", "the final bill came to…":
  /// the subject of a linking verb right before the figure.
  private func subjectOfLink() -> String? {
    var k = hedgeStart - 1
    if let w = word(k), ["at", "to", "by"].contains(w) { k -= 1 }
    guard let verb = word(k) else { return nil }
    if ["fixed", "set", "put", "estimated", "valued", "capped", "pegged", "priced"].contains(verb) {
      guard let be = word(k - 1), ["is", "was", "are", "were", "been", "be"].contains(be) else { return nil }
      k -= 1
    } else if AttributeNamer.durationVerbs.contains(verb) {
      // "the trip takes 42 minutes": the trip's time.
      guard value.value.kind == .duration, let subject = phrase(endingBefore: k) else { return nil }
      return subject + " time"
    } else {
      guard AttributeNamer.linkingVerbs.contains(verb) else { return nil }
      // "came", "rose" need their "to"; "reached", "is" take the figure straight.
      if ["came", "comes", "rose", "rises", "fell", "falls", "grew", "grows", "dropped", "drops", "climbed", "climbs", "jumped", "jumps", "amounted", "amounts"].contains(verb),
         word(hedgeStart - 1) != "to" { return nil }
    }
    return phrase(endingBefore: k)
  }

  /// "every 10 minutes", "once every two weeks": how often something comes, whatever comes.
  private func frequency() -> String? {
    hedgeStart > 0 && tokens[hedgeStart - 1].text == "every" ? "frequency" : nil
  }

  /// "15 months late", "a year behind schedule": a delay.
  private func delay() -> String? {
    let k = value.tokens.upperBound
    guard let w = word(k) else { return nil }
    if ["late", "overdue", "behind"].contains(w) { return "delay" }
    return nil
  }

  /// The attribute lexicon's name for a term of the figure's clause, nearest first, none past another figure,
  /// with a qualifier written before it ("weekday boardings" → "weekday ridership").
  private func lexicon(events: Bool = false) -> String? {
    let clause = a.clauseOf[value.tokens.lowerBound]
    var words: [String] = []
    var index: [Int] = []
    for k in tokens.indices where tokens[k].kind == .word && !skip.contains(k) {
      words.append(Bytes.string(masked, tokens[k].range).lowercased())
      index.append(k)
    }
    let found = AttributeLexicon.occurrences(in: words).map { (concept: $0.concept, term: $0.term, token: index[$0.at]) }
      .filter { a.clauseOf[$0.token] == clause && !isPastAnotherFigure($0.token) && !a.comparisonClauses.contains(a.clauseOf[$0.token]) }
      .filter { !events || $0.term.hasSuffix("ed") || AttributeNamer.eventNouns.contains($0.term) }
    let distance = { (t: Int) in t < hedgeStart ? hedgeStart - t : t - value.tokens.upperBound }
    guard let best = found.min(by: { (distance($0.token), $0.concept.name) < (distance($1.token), $1.concept.name) }) else { return nil }
    var name = best.concept.name
    if let q = unit(endingBefore: best.token), AttributeNamer.qualifiers.contains(q.text) || q.text.hasSuffix("-year"), !name.hasPrefix(q.text) {
      name = q.text + " " + name
    }
    return name
  }

  /// A sentence that opens with a period and a comma, "Opening weekend, when…, the line logged…": that period.
  private func openingPeriod() -> String? {
    var k = 0
    var words: [String] = []
    while k < tokens.count, k < 4, let u = unit(at: k) {
      words.append(u.text)
      k = u.end
    }
    guard k < tokens.count, tokens[k].text == ",", let last = words.last, AttributeNamer.timeWords.contains(last), words.count >= 2 else { return nil }
    return words.joined(separator: " ")
  }
}
