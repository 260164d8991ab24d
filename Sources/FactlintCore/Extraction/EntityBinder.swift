/// Ties a value to the entity it most likely belongs to, nearest and
/// strongest first: a possessive right before it ("Meta's 49% stake"), a name
/// right after it or right before it ("Claude Opus 4.6 at 53"), for a date
/// what its event brought about ("founded Scale AI in 2016"), the subject of
/// its clause, its table row, the subject of its sentence, and at last the
/// subject of the previous sentence. A subject is the first name that is not
/// after a preposition, a possessive before another name, an employer before
/// a job title, a reporter ("Reuters reported that…") or an object after a
/// verb. References ("it", "the company", "he") stand for the latest fitting subject.
struct EntityBinder {
  /// How the value was tied to its entity, strongest first, with the confidence it gives.
  enum Binding: Double {
    case possessive = 0.9, adjacent = 0.85, eventObject = 0.8, clauseSubject = 0.75, tableRow = 0.7, agent = 0.65, sentenceSubject = 0.6, laterSubject = 0.5, named = 0.45,
         nextSentence = 0.4, previousSentence = 0.35
  }

  struct Mention {
    var token: Int
    var length: Int
    var entity: Int
    var isReference: Bool
  }

  let entities: [Entity]
  /// The entity the text names most often among models and unknowns: what
  /// "the model" means when no name reads as a model.
  let topic: Int?
  /// The source text the sentences' tokens are ranges of: a definite noun is told from a name by its case.
  let masked: [UInt8]
  private let heads: [TokenText: [Int]]

  /// The entity the source is about: named (by name or "the <noun>") in the
  /// most sentences, persons aside, and in twice as many as any other. A
  /// figure in a paragraph that names nothing is its, not the last paragraph's subject's.
  var storyTopic: Int? = nil

  init(entities: [Entity], topic: Int?, masked: [UInt8] = []) {
    self.entities = entities
    self.topic = topic
    self.masked = masked
    heads = Self.headNouns(entities)
  }

  /// Entities by the last word of their name, lower-cased, for names of two
  /// words or more: "the ferry" may stand for "Harbor Point Ferry", "the authority"
  /// for "Harbour Transit Authority".
  private static func headNouns(_ entities: [Entity]) -> [TokenText: [Int]] {
    var map: [TokenText: [Int]] = [:]
    for (e, entity) in entities.enumerated() where entity.kind != "person" {
      let words = entity.name.split(separator: " ")
      guard words.count >= 2, let last = words.last, last.count >= 3, last.allSatisfy(\.isLetter), last.contains(where: \.isLowercase) else { continue }
      map[TokenText(last.lowercased()), default: []].append(e)
    }
    return map
  }

  /// The story topic of a source whose sentences name these entities
  /// (`storyTopic`): what its headline (its first line) names first, not as
  /// a possessive of another name ("Harbour's new ferry draws crowds" is about
  /// the ferry), else the entity named most often.
  func storyTopic(of sentences: [[Mention]], headline: (analysis: SentenceAnalysis, mentions: [Mention])? = nil) -> Int? {
    if let (a, named) = headline {
      // A possessive owning another name ("Harbour's … ferry") is not the subject; one owning a common noun is ("Ferry's first weeks").
      let subjects = named.filter { m in
        let k = m.token + m.length
        let possessive = k + 1 < a.tokens.count && a.tokens[k].text == "'" && a.tokens[k + 1].text == "s"
        return !(possessive && named.contains { $0.token > m.token }) && entities[m.entity].kind != "person"
      }
      if let m = subjects.first { return m.entity }
    }
    var counts: [Int: Int] = [:]
    for sentence in sentences { for e in Set(sentence.filter { !$0.isReference }.map(\.entity)) where entities[e].kind != "person" { counts[e, default: 0] += 1 } }
    let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
    guard let top = ranked.first, top.value >= 3, ranked.count < 2 || top.value >= 2 * ranked[1].value else { return nil }
    return top.key
  }

  /// "the ferry", "the 2.75-mile ferry", "the authority's": a lower-case noun
  /// after "the" (and at most two words or figures) that is the last word of
  /// a named entity's name stands for that entity — the one named most
  /// recently when several end in the same word, else the first the text named.
  func definiteMentions(in a: SentenceAnalysis, memory: [[Mention]], named: [Mention]) -> [Mention] {
    guard !masked.isEmpty, !heads.isEmpty else { return [] }
    var result: [Mention] = []
    for (k, t) in a.tokens.enumerated() where t.kind == .word {
      guard let owners = heads[t.text], t.range.lowerBound < masked.count, (0x61...0x7A).contains(masked[t.range.lowerBound]) else { continue }
      var p = k - 1, between = 0
      // "the ferry", or a possessive as its determiner: "Harbour's first ferry".
      func isDeterminer(_ p: Int) -> Bool { a.tokens[p].text == "the" || p > 0 && a.tokens[p].text == "s" && a.tokens[p - 1].text == "'" }
      while p >= 0, between < 4, !isDeterminer(p), a.tokens[p].kind != .name, ![",", ";", ":", "(", ")", "—", "–"].contains(a.tokens[p].text) {
        // A hyphenated compound ("long-delayed", "high-speed") is one word.
        let joined = a.tokens[p].text == "-" || p + 1 < a.tokens.count && a.tokens[p + 1].text == "-" && a.tokens[p + 1].attached
        p -= 1
        if !joined { between += 1 }
      }
      guard p >= 0, isDeterminer(p) else { continue }
      let recent = (named.filter { $0.token < k } + (memory.reversed().flatMap { $0 })).first { owners.contains($0.entity) }
      result.append(Mention(token: k, length: 1, entity: recent?.entity ?? owners[0], isReference: false))
    }
    return result
  }

  /// Names and resolved references of a sentence, in order.
  func mentions(in a: SentenceAnalysis, memory: [[Mention]]) -> [Mention] {
    var mentions = a.mentions.map { Mention(token: $0.token, length: 1, entity: $0.entity, isReference: false) }
    mentions += definiteMentions(in: a, memory: memory, named: mentions)
    var references = a.references()
    // "A company spokesman": the company the text is about.
    for k in a.tokens.indices.dropFirst() where a.tokens[k].text == "company" && a.tokens[k - 1].text == "a" {
      references.append((k - 1, 2, ["company"]))
    }
    // "The contractor", "the joint venture": a company by the part it plays.
    for k in a.tokens.indices.dropFirst() where a.tokens[k - 1].text == "the" && Self.companyRoles.contains(a.tokens[k].text) && !named(k, in: mentions) {
      references.append((k - 1, 2, ["company"]))
    }
    for k in a.tokens.indices.dropFirst(2) where a.tokens[k].text == "venture" && a.tokens[k - 1].text == "joint" && a.tokens[k - 2].text == "the" && !named(k, in: mentions) {
      references.append((k - 2, 3, ["company"]))
    }
    for ref in references.sorted(by: { $0.token < $1.token }) {
      let earlier = mentions.filter { $0.token < ref.token && !isAfterPreposition($0.token, in: a) }
      if earlier.isEmpty, let e = cataphoric(ref.token, in: a, named: mentions) {
        mentions.append(Mention(token: ref.token, length: ref.length, entity: e, isReference: true))
        continue
      }
      if let e = resolve(kinds: ref.kinds, earlier: earlier, memory: memory) {
        mentions.append(Mention(token: ref.token, length: ref.length, entity: e, isReference: true))
      }
    }
    return mentions.sorted { $0.token < $1.token }
  }

  /// Nouns for a company by the part it plays in a project: "the contractor", "the builder".
  static let companyRoles: Set<TokenText> = ["contractor", "builder", "developer", "consortium", "supplier", "manufacturer", "vendor"]

  /// The token is part of a mention already found ("the builder" may end a name: "Harbor Builder").
  private func named(_ k: Int, in mentions: [Mention]) -> Bool { mentions.contains { ($0.token..<($0.token + $0.length)).contains(k) } }

  /// Words that open a subordinate clause of time, cause or condition.
  static let subordinators: Set<TokenText> = [
    "after", "before", "when", "whenever", "while", "since", "once", "until", "although", "though", "because", "if", "as",
  ]

  /// A pronoun in a subordinate clause that opens the sentence points forward
  /// to the subject of the main clause after the comma: "Weeks after it
  /// opened, the museum drew…", "When she took over, Dana Reyes…". Nil when
  /// the sentence is not built so or the subject does not fit the pronoun.
  func cataphoric(_ token: Int, in a: SentenceAnalysis, named: [Mention]) -> Int? {
    let pronoun = a.tokens[token].text
    let personal: Set<TokenText> = ["he", "his", "she", "her"]
    let start = datelineEnd(in: a)
    guard start <= token, personal.contains(pronoun) || ["it", "its", "they", "their"].contains(pronoun),
          a.tokens[start..<token].contains(where: { $0.kind == .word && Self.subordinators.contains($0.text) }),
          !a.tokens[start..<token].contains(where: { $0.text == "," }),
          let comma = a.tokens[token...].firstIndex(where: { $0.text == "," }) else { return nil }
    var k = comma + 1
    if k < a.tokens.count, a.tokens[k].kind == .word, a.tokens[k].text == "the" { k += 1 }
    guard let m = named.first(where: { $0.token == k && !$0.isReference }) else { return nil }
    return (entities[m.entity].kind == "person") == personal.contains(pronoun) ? m.entity : nil
  }

  /// Where a news story's first sentence starts after its dateline, a place
  /// in capitals and the agency before a dash ("BOSTON (AP) — The…",
  /// "PORTLAND, Ore. — …"); 0 when the sentence opens with none.
  func datelineEnd(in a: SentenceAnalysis) -> Int {
    guard !masked.isEmpty, let dash = a.tokens.prefix(10).firstIndex(where: { ["—", "–", "--"].contains($0.text) }), dash > 0 else { return 0 }
    // (A sentence may start inside the dateline, after an abbreviation's period: "(AP) — …".)
    var capitals = false
    for t in a.tokens[..<dash] {
      let bytes = masked[t.range]
      if ["(", ")", ",", "."].contains(t.text) { continue }
      if bytes.count >= 2, bytes.allSatisfy({ (0x41...0x5A).contains($0) || $0 == 0x2E }) { capitals = true; continue }
      // "Ore.", "Calif.": a state's abbreviation.
      if bytes.count <= 5, let first = bytes.first, (0x41...0x5A).contains(first) { continue }
      return 0
    }
    return capitals ? dash + 1 : 0
  }

  /// The entity a reference stands for: the latest subject of the sentence so
  /// far, else the mentions of the previous sentences (each sentence's
  /// subject first); an exact kind first, then any kind the word allows.
  private func resolve(kinds: Set<String>?, earlier: [Mention], memory: [[Mention]]) -> Int? {
    let isPerson = kinds == ["person"]
    let strict: (Int) -> Bool = { e in kinds.map { $0.contains(entities[e].kind) || ($0 == ["lab"] && entities[e].kind == "organization") } ?? (entities[e].kind != "person") }
    let loose: (Int) -> Bool = { e in isPerson ? entities[e].kind == "person" : entities[e].kind != "person" }
    for fits in [strict, loose] {
      if let m = earlier.last(where: { fits($0.entity) }) { return m.entity }
      if let m = memory.last?.first(where: { fits($0.entity) }) { return m.entity }
      // "The model", with no model in the previous sentence: the product the text is about.
      if kinds == ["model"], let topic, ["model", "other"].contains(entities[topic].kind) { return topic }
      for sentence in memory.reversed() { if let m = sentence.first(where: { fits($0.entity) }) { return m.entity } }
    }
    return nil
  }

  /// Prepositions that are no cue boundary but do put a name out of subject position.
  static let morePrepositions: Set<TokenText> = ["through", "throughout", "around", "during", "following", "despite", "beyond", "inside", "upon", "amid", "near", "beside", "alongside"]

  /// "on the Index", "with Nebius", "from Alibaba and DeepSeek": not a subject.
  func isAfterPreposition(_ token: Int, in a: SentenceAnalysis) -> Bool {
    guard token > 0 else { return false }
    var p = token - 1
    // "through downtown's Union Station": a possessive before the name is its determiner.
    if p >= 3, a.tokens[p].text == "s", a.tokens[p - 1].text == "'", a.tokens[p - 2].kind == .word { p -= 3 }
    if a.tokens[p].kind == .word, ["the", "a", "an"].contains(a.tokens[p].text), p > 0 { p -= 1 }
    if a.tokens[p].kind == .word && (CueGuesser.prepositions.contains(a.tokens[p].text) || Self.morePrepositions.contains(a.tokens[p].text)) { return true }
    // The second of two names joined by "and" or "or" stands where the first does.
    if p > 0, a.tokens[p].kind == .word, ["and", "or"].contains(a.tokens[p].text), a.tokens[p - 1].kind == .name {
      return isAfterPreposition(p - 1, in: a)
    }
    return false
  }

  /// The entity `value` belongs to, and how sure the binding is; nil when the text names none.
  func bind(_ value: ValueMention, hedgeStart h: Int, in a: SentenceAnalysis, mentions: [Mention], rowEntity: Int?, memory: [[Mention]], sameBlock: Bool,
            next: (analysis: SentenceAnalysis, mentions: [Mention])? = nil) -> (Int, Binding)? {
    let tokens = a.tokens
    func mention(endingAt k: Int) -> Mention? { mentions.first { $0.token + $0.length - 1 == k } }
    func mention(at k: Int) -> Mention? { mentions.first { $0.token == k } }
    // "a 19-year-old MIT dropout": an age is a person's, whatever name follows it.
    if isAge(value, in: a), let m = mentions.first(where: { entities[$0.entity].kind == "person" }) { return (m.entity, .adjacent) }
    // "Meta's 49% stake", "GPT-5's approximately 87", "its 78,865-person workforce"
    if h >= 3, tokens[h - 1].text == "s", tokens[h - 2].text == "'", let m = mention(endingAt: h - 3) { return (m.entity, .possessive) }
    if h >= 1, let m = mention(endingAt: h - 1), m.isReference, tokens[h - 1].text == "its" || tokens[h - 1].text == "his" || tokens[h - 1].text == "her" {
      return (m.entity, .possessive)
    }
    // "1 billion Meta AI users", "53 — Claude Opus 4.6's score"
    if value.value.kind != .date {
      var k = value.tokens.upperBound
      if k < tokens.count, tokens[k].kind == .symbol, ["—", "–", "-", ":"].contains(tokens[k].text) { k += 1 }
      // In a table cell, a name in parentheses after the figure says whose it is: "$912m (Acme Rail)".
      else if rowEntity != nil, k < tokens.count, tokens[k].text == "(" { k += 1 }
      if let m = mention(at: k), !m.isReference { return (m.entity, .adjacent) }
    }
    // "Claude Opus 4.6 at 53", "Gemini 3.1 Ultra hit 94.3%"
    if h >= 1, let m = mention(endingAt: h - 1), !m.isReference { return (m.entity, .adjacent) }
    // ("behind Claude Opus 4.6 at 53": "at" ties the figure to the name whatever stands before it.)
    if h >= 2, let m = mention(endingAt: h - 2), !isSource(m, of: value, in: a) || !mentions.contains(where: { $0.entity != m.entity }), tokens[h - 1].text == "at" || !isAfterPreposition(m.token, in: a), tokens[h - 1].kind == .word || [":", "("].contains(tokens[h - 1].text),
       !(CueGuesser.prepositions.contains(tokens[h - 1].text) && tokens[h - 1].text != "at" && tokens[h - 1].text != "with") {
      return (m.entity, .adjacent)
    }
    let clauses = a.nameJoinedClauses()
    let clause = clauses[value.tokens.lowerBound]
    if value.value.kind == .date, let m = EventObject.find(in: a, mentions: mentions, clauses: clauses, tokens: eventTokens(of: value, in: a, clauses: clauses), figure: value.tokens) {
      return (m.entity, .eventObject)
    }
    var subjects = mentions.filter { !isAfterPreposition($0.token, in: a) && !a.comparisonClauses.contains(a.clauseOf[$0.token]) && !isAffiliation($0, in: a, mentions: mentions) }
    // "The Wall Street Journal reported that Meta…": the reporter is the source, not the subject.
    let reported = subjects.filter { !isReporter($0, in: a, mentions: mentions) }
    if !reported.isEmpty { subjects = reported }
    // "The agency counted 9,100 riders in the ferry's first month", "the ferry's stops, a trip the agency says takes 40 minutes":
    // who counts or says a figure is its source when the sentence names something else it can be about.
    // ("The museum counted 9,000 visitors" counted its own.)
    let sources = Set(mentions.filter { isSource($0, of: value, in: a) }.map(\.entity))
    let others = mentions.contains { !sources.contains($0.entity) && !isAfterPhrase(["according", "to"], $0.token, in: a) }
    if others { subjects.removeAll { sources.contains($0.entity) } }
    let nameable = others ? mentions.filter { !sources.contains($0.entity) } : mentions
    // The clause's first name, not counting a possessive before another name ("OpenAI's GPT-5.5 reduced…").
    let inClause = subjects.filter { $0.token < h && clauses[$0.token] == clause && !isObjectPronoun($0, in: a) }
    if let m = inClause.first(where: { !isPossessive($0, in: a) }) ?? inClause.first {
      // "Wang, who co-founded Scale AI…, joined Meta … nine months before": a name after a verb is its object;
      // the clause has no subject of its own and the sentence's opening name is it.
      if isAfterVerb(m, in: a, clauses: clauses), let opening = mentions.first, opening.token < m.token, clauses[opening.token] != clause,
         opensSentence(opening, in: a), !isPossessive(opening, in: a) {
        return (opening.entity, .sentenceSubject)
      }
      return (m.entity, .clauseSubject)
    }
    if let rowEntity { return (rowEntity, .tableRow) }
    // "reporting by The Information in May": the agent of the clause's action.
    if let m = mentions.last(where: { $0.token < h && clauses[$0.token] == clause && !$0.isReference && isAfter("by", $0.token, in: a) }) { return (m.entity, .agent) }
    // A name between an earlier figure and this one, outside this one's clause, belongs to the earlier figure:
    // "a $21 billion arrangement with CoreWeave and a $27 billion venture with Nebius".
    let earlierFigure = a.values.last { $0.tokens.upperBound <= value.tokens.lowerBound && $0.value.kind == value.value.kind && $0.value.kind != .date }?.tokens.upperBound ?? h
    let before = subjects.filter { $0.token < h && ($0.token < earlierFigure || clauses[$0.token] == clause) }
    // "Meta's published benchmarks place Muse Spark fourth…, with a score of 52": the possessive is not the subject.
    if let m = before.first(where: { !isPossessive($0, in: a) }) ?? before.first { return (m.entity, .sentenceSubject) }
    // "In March 2026, Bosworth created…": a date opening the sentence belongs to the subject after it;
    // another figure with no subject before it, to the subject of the paragraph.
    // "9,100 boardings in the ferry's first month": whose period it is, whose figure. (Not past another name:
    // in "the 18,000 riders the agency projected for the ferry's first year", the period is the projection's.)
    if let m = mentions.first(where: { $0.token >= value.tokens.upperBound }), clauses[m.token] == clause, isPossessive(m, in: a),
       ["in", "for", "during", "over"].contains(where: { isAfter($0, m.token, in: a) }) {
      return (m.entity, .laterSubject)
    }
    let later = subjects.first(where: { $0.token >= value.tokens.upperBound })
    if value.value.kind == .date, let m = later { return (m.entity, .laterSubject) }
    // A paragraph that opens on a date and names nothing ("April 8 produced an unusual release.") announces
    // the event its next sentence tells ("Meta shipped Llama 5…").
    if value.value.kind == .date, mentions.isEmpty, !sameBlock, let next,
       let m = EventObject.find(in: next.analysis, mentions: next.mentions, clauses: next.analysis.nameJoinedClauses(), tokens: next.analysis.tokens.indices) {
      return (m.entity, .nextSentence)
    }
    // "The train is already carrying more than twice that.": a sentence that opens on a thing of its own that no entity's
    // name gives is not about the previous sentence's subject (that would be "it"), but the story's.
    if sameBlock, mentions.isEmpty, let topic = storyTopic, opensOnACommonNoun(a) { return (topic, .previousSentence) }
    if sameBlock, let m = memory.last?.first { return (m.entity, .previousSentence) }
    if let m = later { return (m.entity, .laterSubject) }
    // (A name after "according to" is where the figure comes from, never what it is about.)
    // ("much of it": a pronoun names nothing by being near.)
    let nearest = nameable.filter { !$0.isReference && !isAfterPhrase(["according", "to"], $0.token, in: a) }.min { abs($0.token - h) < abs($1.token - h) }
    // A paragraph's first sentence with no subject of its own is about the story's topic: a name after a preposition
    // other than "of" says where or with what ("Ground was broken on June 7, 2021, … with Main Street narrowed").
    if !sameBlock, let topic = storyTopic, let m = nearest, isAfterPreposition(m.token, in: a), !isAfterPhrase(["of"], m.token, in: a) {
      return (topic, .previousSentence)
    }
    if let m = nearest { return (m.entity, .named) }
    // Past a paragraph's end, the story's topic rather than the last paragraph's subject.
    if let m = memory.last?.first { return (!sameBlock ? storyTopic ?? m.entity : m.entity, .previousSentence) }
    return nil
  }

  /// Where the event a date belongs to is told: the date's clause, or, for a
  /// date opening the sentence on its own ("In June 2025, he announced…"), the clause after it.
  private func eventTokens(of value: ValueMention, in a: SentenceAnalysis, clauses: [Int]) -> Range<Int> {
    let clause = clauses[value.tokens.lowerBound]
    let own = a.tokens.indices.filter { clauses[$0] == clause }
    guard let first = own.first, let last = own.last else { return value.tokens }
    let others = own.filter { !value.tokens.contains($0) && a.tokens[$0].kind != .symbol && !CueGuesser.prepositions.contains(a.tokens[$0].text) }
    if others.isEmpty, first == 0, let after = a.tokens.indices.first(where: { clauses[$0] == clause + 1 }) {
      return after..<(a.tokens.indices.last(where: { clauses[$0] == clause + 1 })! + 1)
    }
    return first..<(last + 1)
  }

  static let reportingVerbs: Set<TokenText> = [
    "reported", "reports", "said", "says", "told", "wrote", "writes", "confirmed", "confirms", "found", "finds", "noted", "notes",
    "suggests", "suggested", "shows", "showed", "means", "argues", "argued", "claims", "claimed", "estimates", "estimated",
  ]

  /// A name followed by a verb of saying and "that" or the name it speaks of: "Reuters reported that…",
  /// "Meta says the system…", "it suggests Meta is…".
  private func isReporter(_ m: Mention, in a: SentenceAnalysis, mentions: [Mention]) -> Bool {
    let k = m.token + m.length
    guard k + 1 < a.tokens.count, a.tokens[k].kind == .word, Self.reportingVerbs.contains(a.tokens[k].text) else { return false }
    if a.tokens[k + 1].text == "that" { return true }
    var n = k + 1
    if a.tokens[n].kind == .word, ["the", "a", "an"].contains(a.tokens[n].text), n + 1 < a.tokens.count { n += 1 }
    return mentions.contains { $0.token == k + 1 || $0.token == n }
  }

  /// Verbs whose subject says or counts a figure rather than has it: "the agency says", "regulators logged".
  static let sourceVerbs: Set<TokenText> = [
    "says", "said", "counted", "counts", "recorded", "records", "logged", "logs", "tallied", "tallies", "projected", "projects", "forecast", "forecasts",
    "reports",
  ]

  /// A name followed by a verb of saying or counting (after "has", "have" or "had") that comes before the figure
  /// ("The agency counted 9,100 riders in the ferry's first month") or ends its sentence ("…, the agency says").
  private func isSource(_ m: Mention, of value: ValueMention, in a: SentenceAnalysis) -> Bool {
    guard let k = sourceVerb(after: m, in: a) else { return false }
    // "The authority said in March 2024 …" is still its saying; the figure must not be the speaker's own ("Acme's 40 staff said").
    return k < value.tokens.lowerBound || !a.tokens[(k + 1)...].contains { $0.kind == .word || $0.kind == .name }
  }

  /// The verb of saying or counting right after a name (or after its "has", "have", "had").
  private func sourceVerb(after m: Mention, in a: SentenceAnalysis) -> Int? {
    var k = m.token + m.length
    if k < a.tokens.count, ["has", "have", "had"].contains(a.tokens[k].text) { k += 1 }
    return k < a.tokens.count && a.tokens[k].kind == .word && Self.sourceVerbs.contains(a.tokens[k].text) ? k : nil
  }

  /// "The train is…", "The bus carried…": "The", a lower-case noun and a verb (an auxiliary or a past in "-ed"; in "The
  /// workforce cost of…" the noun goes on).
  private func opensOnACommonNoun(_ a: SentenceAnalysis) -> Bool {
    let k = datelineEnd(in: a)
    guard k + 2 < a.tokens.count, a.tokens[k].text == "the", a.tokens[k + 1].kind == .word, a.tokens[k + 2].kind == .word,
          a.tokens[k + 1].range.lowerBound < masked.count, (0x61...0x7A).contains(masked[a.tokens[k + 1].range.lowerBound]) else { return false }
    let verb = a.tokens[k + 2].text
    return Self.auxiliaries.contains(verb) || verb.hasSuffix("ed")
  }

  static let auxiliaries: Set<TokenText> = ["is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might"]

  /// The words right before `token` (after "the", "a" or "an") are `phrase`.
  private func isAfterPhrase(_ phrase: [TokenText], _ token: Int, in a: SentenceAnalysis) -> Bool {
    var p = token - 1
    if p > 0, a.tokens[p].kind == .word, ["the", "a", "an"].contains(a.tokens[p].text) { p -= 1 }
    let first = p - phrase.count + 1
    return first >= 0 && phrase.indices.allSatisfy { a.tokens[first + $0].text == phrase[$0] }
  }

  /// Words after which "it" starts a clause rather than ends a verb ("built it into…").
  static let clauseOpeners: Set<TokenText> = [
    "and", "but", "or", "so", "that", "because", "if", "when", "while", "as", "since", "though", "although", "whether", "which", "until", "once", "unless", "where",
  ]

  /// "him", or "it" after a verb: an object, not a subject.
  private func isObjectPronoun(_ m: Mention, in a: SentenceAnalysis) -> Bool {
    guard m.isReference else { return false }
    let word = a.tokens[m.token].text
    if word == "him" { return true }
    guard word == "it", m.token > 0, a.tokens[m.token - 1].kind == .word else { return false }
    return !Self.clauseOpeners.contains(a.tokens[m.token - 1].text) && !a.tokens[m.token - 1].classes.contains(.clauseWord)
  }

  private func isPossessive(_ m: Mention, in a: SentenceAnalysis) -> Bool {
    let k = m.token + m.length
    // "OpenAI's", "Atlas Motors'"
    let apostrophe = k < a.tokens.count && a.tokens[k].text == "'" && a.tokens[k].attached
      && (k + 1 < a.tokens.count && a.tokens[k + 1].text == "s" || entities[m.entity].name.hasSuffix("s"))
    return apostrophe || m.isReference && ["its", "his", "her", "their"].contains(a.tokens[m.token].text)
  }

  /// Verbs that take a company or a person as object and do not end in "-ed".
  static let objectVerbs: Set<TokenText> = [
    "joins", "join", "leads", "lead", "led", "left", "leaves", "runs", "ran", "took", "takes", "made", "makes", "beat", "beats",
    "built", "builds", "bought", "buys", "sold", "sells", "won", "hit", "hits", "told", "tells", "met", "meets", "became", "becomes", "overtook",
  ]

  /// A name right after a verb in its clause ("joined Meta", "beat Google"): the verb's object.
  /// A past tense is told by its "-ed"; "the combined X" is an adjective.
  private func isAfterVerb(_ m: Mention, in a: SentenceAnalysis, clauses: [Int]) -> Bool {
    guard !m.isReference, m.token > 0, clauses[m.token - 1] == clauses[m.token] else { return false }
    let before = a.tokens[m.token - 1]
    guard before.kind == .word, before.text.hasSuffix("ed") || Self.objectVerbs.contains(before.text) else { return false }
    let article = m.token > 1 && a.tokens[m.token - 2].kind == .word && ["the", "a", "an", "its", "their", "newly"].contains(a.tokens[m.token - 2].text)
    return !article && !a.values.contains { $0.tokens.contains(m.token - 1) }
  }

  /// The sentence's first words are this name (after "the").
  private func opensSentence(_ m: Mention, in a: SentenceAnalysis) -> Bool {
    m.token == 0 || m.token == 1 && a.tokens[0].kind == .word && a.tokens[0].text == "the"
  }

  /// "19-year-old", "19 years old".
  private func isAge(_ value: ValueMention, in a: SentenceAnalysis) -> Bool {
    let k = value.tokens.upperBound
    func followedBy(_ words: [TokenText]) -> Bool {
      k + words.count <= a.tokens.count && words.indices.allSatisfy { a.tokens[k + $0].text == words[$0] }
    }
    return followedBy(["-", "year", "-", "old"]) || followedBy(["years", "old"]) || followedBy(["year", "old"])
  }

  /// Job titles between an employer and a person: "Meta chief AI officer Alexandr Wang".
  static let titleWords: Set<TokenText> = [
    "chief", "officer", "executive", "ceo", "cto", "cfo", "coo", "president", "vice", "founder", "cofounder", "co", "-", "head", "director",
    "spokesman", "spokeswoman", "spokesperson", "analyst", "researcher", "scientist", "engineer", "ai", "technology", "financial",
    "operating", "chair", "chairman", "chairwoman", "of", "senior", "lead", "manager", "partner", "investor",
  ]

  /// A name followed by a title and another name: the person's employer, not the subject.
  private func isAffiliation(_ m: Mention, in a: SentenceAnalysis, mentions: [Mention]) -> Bool {
    guard !m.isReference else { return false }
    var k = m.token + m.length
    var titles = 0
    while k < a.tokens.count, titles < 5, a.tokens[k].kind == .word || a.tokens[k].text == "-", Self.titleWords.contains(a.tokens[k].text) { k += 1; titles += 1 }
    if titles > 0 && mentions.contains(where: { $0.token == k && !$0.isReference && entities[$0.entity].kind == "person" }) { return true }
    // "Dana Reyes, Acme's chief executive since 2022": the employer in a title set beside a person.
    var t = m.token + m.length
    let comma = m.token >= 2 && a.tokens[m.token - 1].text == "the" ? m.token - 2 : m.token - 1
    guard t + 1 < a.tokens.count, a.tokens[t].text == "'", a.tokens[t + 1].text == "s", comma >= 1, a.tokens[comma].text == "," else { return false }
    t += 2
    guard t < a.tokens.count, Self.titleWords.contains(a.tokens[t].text) else { return false }
    return mentions.contains { $0.token + $0.length == comma && entities[$0.entity].kind == "person" }
  }

  private func isAfter(_ word: TokenText, _ token: Int, in a: SentenceAnalysis) -> Bool {
    var p = token - 1
    if p > 0, a.tokens[p].kind == .word, ["the", "a", "an"].contains(a.tokens[p].text) { p -= 1 }
    return p >= 0 && a.tokens[p].kind == .word && a.tokens[p].text == word
  }

  /// The first token of the hedge written before the value ("more than", "approximately").
  func hedgeStart(of value: ValueMention, in a: SentenceAnalysis) -> Int {
    guard value.hedge != .exact else { return value.tokens.lowerBound }
    for (words, _) in Hedge.phrases {
      let first = value.tokens.lowerBound - words.count
      guard first >= 0 else { continue }
      if words.enumerated().allSatisfy({ a.tokens[first + $0.offset].text == $0.element }) { return first }
    }
    return value.tokens.lowerBound
  }

  /// A sentence's mentions as remembered for the next: subjects first, so "it"
  /// points at them before anything named "on" or "with".
  func remembered(_ mentions: [Mention], in a: SentenceAnalysis) -> [Mention] {
    // Who said or counted the sentence's figures is remembered last: the next sentence's "it" is more likely what they measured.
    let saying = mentions.filter { m in sourceVerb(after: m, in: a).map { k in a.values.contains { $0.tokens.lowerBound > k } } ?? false }
    let speaking = mentions.filter { m in saying.contains { $0.token == m.token } }
    let rest = mentions.filter { m in !saying.contains { $0.token == m.token } }
    let subjects = rest.filter { !isAfterPreposition($0.token, in: a) && !a.comparisonClauses.contains(a.clauseOf[$0.token]) }
    return subjects + rest.filter { m in !subjects.contains { $0.token == m.token } } + speaking
  }
}
