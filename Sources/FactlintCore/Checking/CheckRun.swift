/// One pass of the checker over one draft. Keeps the entities mentioned so
/// far, so "the model" and "it" can be resolved.
struct CheckRun {
  let base: FactBase
  let bytes: [UInt8]
  let prose: ProseText
  /// Mentions so far, in order; only the last `remembered` count (see `recent`).
  private var memory: [(mention: EntityMention, sentence: Int, block: Int)] = []
  private static let remembered = 64
  private var recentMemory: ArraySlice<(mention: EntityMention, sentence: Int, block: Int)> { memory.suffix(Self.remembered) }
  /// Mentions left by the block being checked, for the cache.
  private var blockMentions: [(mention: EntityMention, sentence: Int)] = []
  private var sentenceNumber = 0
  /// The topic and headings over the block being checked.
  private var scope = DiscourseScope()
  /// Whether the last sentence's subject is a name the fact base does not
  /// know ("Amazon told staff…"): a reference in the next sentence that
  /// nothing before it in its own sentence answers stands for that name.
  private var lastSubjectUnknown = false
  private var findings: [Finding] = []
  /// The date headings of a timeline (`isTimelineHeading`), found when a heading is first checked.
  private var timelineHeadings: Set<Int>? = nil
  /// Lists each sentence's analysis borrows and gives back.
  private var buffers = SentenceAnalysis.Buffers()

  init(base: FactBase, bytes: [UInt8]) {
    self.base = base
    self.bytes = bytes
    prose = ProseText(bytes)
    // (At the size trimming keeps it under: grown by doubling, it was copied nine times a draft.)
    memory.reserveCapacity(4 * Self.remembered + 1)
  }

  mutating func run() -> [Finding] {
    var unused = BlockCache()
    return run(cache: &unused, caching: false)
  }

  /// Checks every block, replaying from `cache` the blocks whose text and context are unchanged.
  mutating func run(cache: inout BlockCache, caching: Bool = true) -> [Finding] {
    if caching { cache.begin() }
    // The binder's lists, handed from sentence to sentence. (A local, passed
    // down: swapping a stored one in and out left empty lists to release.)
    var binding = Binding()
    for (b, block) in prose.blocks.enumerated() {
      defer { enterScope(of: block, b) }
      blockMentions.removeAll(keepingCapacity: true)
      // (A timeline's date heading reads the block after it, which its key does not hold: it is checked afresh.)
      let key = caching && !(block.kind == .heading && isTimelineHeading(b)) ? cacheKey(block, b) : nil
      if let key, let hit = cache.lookup(key) {
        replay(hit, block: b, at: block.range.lowerBound)
        continue
      }
      let firstFinding = findings.count, firstSentence = sentenceNumber + 1
      check(block, b, &binding)
      if let key {
        let shift = -block.range.lowerBound
        cache.store(key, BlockCache.Result(
          findings: findings[firstFinding...].map { $0.shifted(by: shift) },
          mentions: blockMentions.map { ($0.mention.shifted(by: shift), $0.sentence - firstSentence) },
          lastSubjectUnknown: lastSubjectUnknown))
      }
    }
    if caching { cache.end() }
    return findings.sorted { ($0.range.lowerBound, $0.rule.rawValue) < ($1.range.lowerBound, $1.rule.rawValue) }
  }

  /// Whether heading `b` is only a date ("### 2026-05-02", "### 2026-05
  /// (exact date unclear)") with text under it, among two or more such
  /// headings of its level: the headings of a timeline, each the date of
  /// what it stands over. (A single date heading may be a diary's or a
  /// newsletter's date, not an event's.)
  private mutating func isTimelineHeading(_ b: Int) -> Bool {
    if timelineHeadings == nil {
      var byLevel: [Int: [Int]] = [:]
      for (i, block) in prose.blocks.enumerated() where block.kind == .heading && block.sentences.count == 1 {
        let a = SentenceAnalysis(range: block.sentences[0], masked: prose.masked, base: base)
        guard let v = a.values.first, case .date = v.value, v.tokens.lowerBound == 0,
              v.tokens.upperBound == a.tokens.count || a.tokens[v.tokens.upperBound].text == "(" else { continue }
        byLevel[DiscourseScope.headingLevel(at: block.range.lowerBound, in: bytes), default: []].append(i)
      }
      timelineHeadings = Set(byLevel.values.filter { $0.count >= 2 }.joined())
    }
    return timelineHeadings!.contains(b) && b + 1 < prose.blocks.count && prose.blocks[b + 1].kind != .heading
  }

  /// What a block leaves in scope for those after it: a heading its
  /// entities, the first block naming one the document's topic.
  private mutating func enterScope(of block: Block, _ b: Int) {
    let named = blockMentions.filter { !$0.mention.isReference }.map(\.mention)
    if block.kind == .heading {
      scope.enterHeading(level: DiscourseScope.headingLevel(at: block.range.lowerBound, in: bytes), named: named.map(\.entity), index: b)
    } else {
      scope.read(prose: named.sorted { $0.salience > $1.salience }.map(\.entity))
    }
  }

  private mutating func check(_ block: Block, _ b: Int, _ binding: inout Binding) {
    var leadIn = ContextItems()
    if let range = block.leadIn { add(context(of: range), level: .context, to: &leadIn) }
    // An answer says what its question asks ("How often do trains come?" —
    // "Every 15 minutes."): the sentence after a question takes the
    // question's words as its own, the sentences after that as context. The
    // question is a sentence of the paragraph, or a heading or paragraph of
    // its own right before it.
    var question = block.kind == .paragraph ? block.question.map { (sentence: -1, range: $0) } : nil
    var scoped = ContextItems()
    // Then the entities in scope, the last resort. (A heading is not under its own scope.)
    // The topic's related entities come last: "the social-media giant" in a
    // piece about a model is its maker.
    let datesWhatFollows = block.kind == .heading && isTimelineHeading(b)
    if block.kind != .heading || datesWhatFollows {
      for e in scope.entities { scoped.entities.append((e, .scope)) }
      for t in scope.topic { for r in base.relatedEntities[t] where !scope.entities.contains(r) { scoped.entities.append((r, .scope)) } }
    }
    // A timeline's date heading ("### 2025-07") dates what stands under it
    // ("- Meta Superintelligence Labs formed"): it reads that as its own words.
    if datesWhatFollows, let next = prose.blocks[b + 1].sentences.first { add(context(of: next), level: .clause, to: &leadIn) }
    guard block.kind == .tableRow else {
      for (s, sentence) in block.sentences.enumerated() {
        guard let (asked, range) = question else {
          if block.kind == .paragraph, prose.endsWithQuestionMark(sentence) { question = (s, sentence) }
          var extra = leadIn
          extra.entities += scoped.entities
          check(sentence, block: b, extra: extra, &binding)
          continue
        }
        var extra = leadIn
        let words = context(of: range)
        for e in words.entities { extra.entities.append((e, .context)) }
        for cue in words.cues {
          extra.cues.append((cue, asked == s - 1 ? .clause : .context))
          extra.factBits |= cue.factBits
        }
        extra.entities += scoped.entities
        check(sentence, block: b, extra: extra, &binding)
        if prose.endsWithQuestionMark(sentence) { question = (s, sentence) }
      }
      return
    }
    leadIn.entities += scoped.entities
    // A row is about the entity in its first cell that names one ("| 2 | Gemini 3.1 Pro | 56 |").
    let subjectCell = rowSubjectCell(block)
    let subject = block.sentences.count > 1 ? analyse(block.sentences[subjectCell]) : nil
    let label = block.sentences.count > 1 && subjectCell != 0 ? analyse(block.sentences[0]) : nil
    let headers = block.headers.map { $0.map { context(of: $0) } }
    for (s, sentence) in block.sentences.enumerated() {
      // A cell is read with its row's subject cell and its column header.
      // (Their references are resolved for each cell, as it comes.)
      var extra = ContextItems()
      if s != subjectCell, let subject { add(subject, level: .clause, to: &extra) }
      // The first cell labels the row ("| Design-build contractor | Brisco-Halvorsen ($921M) |"),
      // whichever cell names its subject.
      if s != 0, subjectCell != 0, let label { add(label, level: .clause, to: &extra) }
      if s < headers.count, let header = headers[s] { add(header, level: .clause, to: &extra) }
      for (h, header) in headers.enumerated() where h != s { if let header { add(header, level: .context, to: &extra) } }
      // The table's own header comes before the paragraph that leads into it.
      extra.entities += leadIn.entities
      extra.cues += leadIn.cues
      extra.factBits |= leadIn.factBits
      check(sentence, block: b, extra: extra, &binding)
    }
  }

  // MARK: Reusing unchanged blocks

  /// Everything checking `block` reads besides the fact base.
  private func cacheKey(_ block: Block, _ b: Int) -> BlockCache.Key {
    let start = block.range.lowerBound
    let recent = recentMemory.filter { $0.sentence >= sentenceNumber - 3 }.map {
      BlockCache.RecentMention(entity: $0.mention.entity, salience: $0.mention.salience.rawValue, token: $0.mention.token,
                               sentence: $0.sentence - sentenceNumber, block: $0.block - b)
    }
    return BlockCache.Key(
      kind: block.kind, original: Array(bytes[block.range]), masked: Array(prose.masked[block.range]),
      sentences: block.sentences.map { ($0.lowerBound - start)..<($0.upperBound - start) },
      headers: block.headers.map { $0.map { Array(prose.masked[$0]) } },
      leadIn: block.leadIn.map { Array(prose.masked[$0]) },
      question: block.question.map { Array(prose.masked[$0]) },
      recent: recent, scope: block.kind == .heading ? [] : scope.entities, lastSubjectUnknown: lastSubjectUnknown)
  }

  /// Does what checking the block did: its findings, its mentions, its sentences counted.
  private mutating func replay(_ result: BlockCache.Result, block b: Int, at start: Int) {
    findings += result.findings.map { $0.shifted(by: start) }
    let first = sentenceNumber + 1
    for (m, sentence) in result.mentions { remember(m.shifted(by: start), sentence: first + sentence, block: b) }
    sentenceNumber += prose.blocks[b].sentences.count
    lastSubjectUnknown = result.lastSubjectUnknown
  }

  private mutating func remember(_ m: EntityMention, sentence: Int, block: Int) {
    memory.append((m, sentence, block))
    blockMentions.append((m, sentence))
    // Trimmed now and then, not on every mention: trimming moves what is kept.
    if memory.count > 4 * Self.remembered { memory.removeFirst(memory.count - Self.remembered) }
  }

  // MARK: Context from other text (lead-ins, table headers)

  private func rowSubjectCell(_ block: Block) -> Int {
    block.sentences.firstIndex { cell in base.aliases.matches(in: prose.masked, range: cell, longestOnly: true).contains { !$0.payloads.isEmpty } } ?? 0
  }

  enum Level: Int, Comparable {
    /// `scope`: the document's topic or a heading's subject, not named near the figure (`DiscourseScope`).
    case scope = 0, context = 1, sentence = 2, clause = 3
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
  }

  /// What the text around a sentence gives it (a table row's subject cell and
  /// headers, a list's lead-in): its entities and its cue words, each in order
  /// and at its level.
  struct ContextItems {
    var entities: [(entity: Int, level: Level)] = []
    var cues: [(cue: SentenceAnalysis.Cue, level: Level)] = []
    /// The facts the cues name (`Cue.factBits`).
    var factBits: UInt64 = 0
  }

  /// What a lead-in or a table header gives the items or cells under it: its
  /// entities, its cue words, and its references (resolved when read).
  private struct Context {
    var entities: [Int]
    var cues: [SentenceAnalysis.Cue]
    /// The kinds each reference may stand for (`FactBase.referenceKinds`).
    var references: [UInt64]
  }

  /// A lead-in or a table header is read as context by every item or cell
  /// under it (a row reads all its headers): each is analysed once per run.
  private var contexts: [Range<Int>: Context] = [:]

  private mutating func context(of range: Range<Int>) -> Context {
    if let known = contexts[range] { return known }
    let context = analyse(range)
    contexts[range] = context
    return context
  }

  private func analyse(_ range: Range<Int>) -> Context {
    let analysis = SentenceAnalysis(range: range, masked: prose.masked, base: base)
    var references: [UInt64] = [], k = 0
    while let ref = analysis.reference(from: &k) { references.append(base.referenceKinds[ref.phrase]) }
    return Context(entities: analysis.mentions.map(\.entity), cues: analysis.cues, references: references)
  }

  private func add(_ context: Context, level: Level, to items: inout ContextItems) {
    for e in context.entities { items.entities.append((e, level)) }
    for cue in context.cues {
      items.cues.append((cue, level))
      items.factBits |= cue.factBits
    }
    // A lead-in's references ("its own data centers") count as well.
    for kinds in context.references {
      var resolved: [Int] = []
      appendRecentReadings(kinds, block: nil, to: &resolved, after: 0)
      if let e = resolved.first { items.entities.append((e, level)) }
    }
  }

  // MARK: Sentences

  private mutating func check(_ range: Range<Int>, block: Int, extra given: ContextItems, _ binding: inout Binding) {
    sentenceNumber += 1
    var analysis = SentenceAnalysis(range: range, masked: prose.masked, base: base, findsCues: false, buffers: &buffers)
    defer { analysis.recycle(into: &buffers) }
    var extra = given
    // A sentence that names no subject continues the last one's ("The line
    // carried 11,800 riders a day. A single ride costs $1.50."): the subject
    // of the sentence before, in the same block, is the nearest subject in
    // scope. (Only a sentence with a figure needs it: the list is copied.)
    if !analysis.values.isEmpty, let subject = previousSubject(block: block), !extra.entities.contains(where: { $0.entity == subject }) {
      extra.entities.insert((subject, .scope), at: extra.entities.firstIndex { $0.level == .scope } ?? extra.entities.count)
    }
    binding.readings.clear()
    binding.entities.clear()
    // Resolve references in order, each against what came before it.
    var next = 0
    while let ref = analysis.reference(from: &next) {
      let fitting = base.referenceKinds[ref.phrase]
      let first = binding.entities.count
      // "Oracle expects $75 billion … the path it laid out": "it" after a
      // subject the fact base does not know stands for that subject.
      let answeredBefore = analysis.mentions.contains { $0.token < ref.token }
      if ReferenceWords.phrases[ref.phrase].kinds == nil, !answeredBefore,
         analysis.opensWithPossibleName(masked: prose.masked) || analysis.namesUnknownBefore(ref.token, masked: prose.masked, inClause: false) { continue }
      if lastSubjectUnknown, !answeredBefore { continue }
      resolve(fitting, token: ref.token, in: analysis, block: block, into: &binding.entities)
      if let subject = cataphoricSubject(of: ref.token, fitting, in: analysis) { binding.entities.insert(subject, at: first) }
      guard first < binding.entities.count else { continue }
      binding.readings.append((ref.token, first..<binding.entities.count))
      var m = EntityMention(range: analysis.tokens[ref.token].range.lowerBound..<analysis.tokens[ref.token + ref.length - 1].range.upperBound,
                            entity: binding.entities[first], isReference: true, token: ref.token)
      if !analysis.mentions.contains(where: { $0.salience == .subject }) { m.salience = .subject }
      analysis.mentions.append(m)
    }
    let possessed = possessedEntities(in: analysis)
    analysis.mentions += possessed
    // (Names come in order: only a sentence with a reference needs sorting.)
    if !binding.readings.isEmpty || !possessed.isEmpty { analysis.mentions.sort { $0.token < $1.token } }
    // Cue words bind a figure to a fact of an entity the sentence or its
    // context names: without a figure or such an entity, none is looked for.
    if !analysis.values.isEmpty, !analysis.mentions.isEmpty || !extra.entities.isEmpty {
      analysis.findCues(masked: prose.masked, base: base, buffers: &buffers)
    }
    // A question asserts nothing: "Did Muse Spark really score 57?"
    let asks = prose.endsWithQuestionMark(range)
    for value in analysis.values where !asks {
      checkWeekday(value, in: analysis, extra: extra, &binding)
      if var finding = verdict(for: value, in: analysis, extra: extra, row: prose.blocks[block].kind == .tableRow ? block : nil, &binding) {
        // A figure whose words Markdown splits ("**9** days") is reported, but
        // not rewritten: the replacement would swallow the markup.
        if crossesMarkup(value.range) { finding.replacement = nil }
        if finding.rule == .conflict, isCorrectedNext(finding, in: analysis, block: block) { continue }
        findings.append(finding)
      }
    }
    for m in analysis.mentions { remember(m, sentence: sentenceNumber, block: block) }
    lastSubjectUnknown = analysis.opensWithPossibleName(masked: prose.masked)
      && !analysis.mentions.contains { !$0.isReference && analysis.clauseOf[$0.token] == 0 }
  }

  /// "Dan says the report runs to 58 pages. It is 158.": a figure someone
  /// is reported to have given, which the next sentence of the block
  /// corrects with the sourced value, is an error the text already fixes.
  private func isCorrectedNext(_ finding: Finding, in a: SentenceAnalysis, block: Int) -> Bool {
    guard a.tokens.contains(where: { $0.kind == .word && ClaimWords.reportingVerbs.contains($0.text) }),
          let id = finding.factID, let f = base.factIndex[id],
          let k = prose.blocks[block].sentences.firstIndex(of: a.range), k + 1 < prose.blocks[block].sentences.count else { return false }
    return states(f, in: prose.blocks[block].sentences[k + 1])
  }

  /// Whether the text in `range` (another sentence or cell) gives fact
  /// `f`'s value, or one of its sources' values when they disagree.
  private func states(_ f: Int, in range: Range<Int>) -> Bool {
    SentenceAnalysis(range: range, masked: prose.masked, base: base).values.contains { v in
      switch outcome(v, f) {
      case .agrees, .disputed: return true
      case .contradicts, .incomparable: return false
      }
    }
  }

  /// The subject of the sentence before this one, when it is of the same block.
  private func previousSubject(block: Int) -> Int? {
    var k = memory.count - 1
    while k >= 0, memory[k].sentence == sentenceNumber - 1 {
      if memory[k].block == block, memory[k].mention.salience == .subject { return memory[k].mention.entity }
      k -= 1
    }
    return nil
  }

  /// Whether Markdown the masker blanked (emphasis, links) lies inside `range`.
  private func crossesMarkup(_ range: Range<Int>) -> Bool {
    range.contains { prose.masked[$0] == UInt8(ascii: " ") && !Bytes.isSpace(bytes[$0]) }
  }

  /// "Zuckerberg's company", "Wang's lab": a name's possessive and a noun of
  /// kind stand for the one entity of that kind the fact base ties to the
  /// name (`FactBase.relatedEntities`).
  private func possessedEntities(in a: SentenceAnalysis) -> [EntityMention] {
    var found: [EntityMention] = []
    for m in a.mentions where !m.isReference {
      let k = m.token
      guard k + 3 < a.tokens.count, a.tokens[k + 1].text == "'", a.tokens[k + 1].attached, a.tokens[k + 2].text == "s" else { continue }
      // The noun, after at most two words that qualify it ("Meta's new flagship model").
      guard let (noun, phrase) = (k + 3...min(k + 5, a.tokens.count - 1)).lazy.compactMap({ n -> (Int, Int)? in
              guard a.tokens[n].kind == .word, let p = ReferenceWords.kindNounPhrase(a.tokens[n].text) else { return nil }
              return (n, p)
            }).first,
            (k + 3..<noun).allSatisfy({ a.tokens[$0].kind == .word && a.tokens[$0].classes.isDisjoint(with: [.clauseWord]) })
      else { continue }
      let fitting = base.relatedEntities[m.entity].filter { fits($0, base.referenceKinds[phrase]) }
      guard fitting.count == 1 else { continue }
      var owned = EntityMention(range: m.range.lowerBound..<a.tokens[noun].range.upperBound, entity: fitting[0], isReference: true, token: noun)
      if !a.mentions.contains(where: { $0.salience == .subject }) { owned.salience = .subject }
      found.append(owned)
    }
    return found
  }

  /// The kinds "it" may stand for (`FactBase.referenceKinds` of a phrase naming none): any but a person.
  private var personKinds: UInt64 { ~base.referenceKinds[ReferenceWords.phrases.firstIndex { $0.kinds == nil }!] }

  /// Whether `entity` is of one of the `kinds` (`FactBase.referenceKinds`; a
  /// fact base has at most nine kinds). (A bit test: this runs for every reference.)
  private func fits(_ entity: Int, _ kinds: UInt64) -> Bool {
    kinds >> UInt64(base.entityKinds[entity]) & 1 != 0
  }

  /// What a reference at `token` may stand for (`kinds`, `FactBase.referenceKinds`), best
  /// first, appended to `readings`: the latest fitting mention earlier in the
  /// sentence and outside a comparison, then the sentence's subject, then the
  /// mentions of the last sentence that has a fitting one
  /// (`appendRecentReadings`). The binder takes the first that has a fact the
  /// figure can be about.
  private func resolve(_ kinds: UInt64, token: Int, in a: SentenceAnalysis, block: Int, into readings: inout [Int]) {
    var latest: Int? = nil, subject: Int? = nil
    for m in a.mentions where m.token < token && !a.comparisonClauses.contains(a.clauseOf[m.token]) && fits(m.entity, kinds) {
      latest = m.entity
      if subject == nil, m.salience == .subject { subject = m.entity }
    }
    let first = readings.count
    if let latest { readings.append(latest) }
    // "Meta paid Scale AI …, and its capex …": the sentence's subject is the other reading.
    if let subject, subject != latest { readings.append(subject) }
    appendRecentReadings(kinds, block: block, to: &readings, after: first)
    // The document's topic is the last reading: "It opened on March 14" in a
    // piece about a line whose last sentence named only a source.
    for t in scope.topic where fits(t, kinds) && !readings[first...].contains(t) { readings.append(t) }
    // "the model", "the company" reach further back than "it": to the last
    // entity of their kind the draft named, else the topic of that kind.
    if readings.count == first, kinds != ~personKinds {
      if let m = recentMemory.last(where: { fits($0.mention.entity, kinds) }) {
        readings.append(m.mention.entity)
      } else if let t = scope.entities.first(where: { fits($0, kinds) }) {
        readings.append(t)
      }
    }
  }

  /// The mentions of the last sentence with one that fits `kinds` (this block
  /// or the one before; any block when `block` is nil, for a lead-in read as
  /// context), most salient first, then latest; those not yet in `result`
  /// from `first` on. (Memory is read in place: copying its entries cost
  /// more than the test.)
  private func appendRecentReadings(_ kinds: UInt64, block: Int?, to result: inout [Int], after first: Int) {
    let lower = max(memory.count - Self.remembered, 0), oldest = sentenceNumber - 3
    func isRecent(_ k: Int) -> Bool {
      memory[k].sentence >= oldest && (block.map { memory[k].block >= $0 - 1 } ?? true) && fits(memory[k].mention.entity, kinds)
    }
    // The last sentence with a fitting mention, then its mentions. (Memory is
    // in order: the search stops at the first sentence too old.)
    var last = memory.count - 1
    while last >= lower, memory[last].sentence >= oldest, !isRecent(last) { last -= 1 }
    guard last >= lower, memory[last].sentence >= oldest else { return }
    var start = last
    while start > lower, memory[start - 1].sentence == memory[last].sentence { start -= 1 }
    // Its fitting mentions, as bits from `start` (memory holds at most 64 of
    // them), picked one at a time, best first: by salience and token, the
    // earlier on a tie. (Those of one sentence are of one block and recent alike.)
    var fitting: UInt64 = 0
    for k in start...last where fits(memory[k].mention.entity, kinds) { fitting |= 1 << UInt64(k - start) }
    func rank(_ k: Int) -> (EntityMention.Salience, Int) { (memory[k].mention.salience, memory[k].mention.token) }
    while fitting != 0 {
      var best = start + fitting.trailingZeroBitCount, rest = fitting & (fitting - 1)
      while rest != 0 {
        let k = start + rest.trailingZeroBitCount
        rest &= rest - 1
        if rank(k) > rank(best) { best = k }
      }
      fitting &= ~(1 << UInt64(best - start))
      if !result[first...].contains(memory[best].mention.entity) { result.append(memory[best].mention.entity) }
    }
  }

  /// "Since its April 2025 debut, Llama 4 …": a reference in an opening
  /// subordinate clause points forward, at the subject right after the comma.
  private func cataphoricSubject(of token: Int, _ kinds: UInt64, in a: SentenceAnalysis) -> Int? {
    guard a.clauseOf[token] == a.clauseOf[0], a.tokens.first?.kind == .word else { return nil }
    switch a.tokens[0].text {
    case "since", "after", "before", "when", "while", "although", "though", "despite", "with", "at", "upon", "following", "for", "in": break
    default: return nil
    }
    guard let comma = a.tokens.indices.first(where: { a.tokens[$0].text == "," && a.clauseOf[$0] > a.clauseOf[token] }),
          let m = a.mentions.first(where: { $0.token == comma + 1 && !$0.isReference }) else { return nil }
    return fits(m.entity, kinds) ? m.entity : nil
  }

  // MARK: Binding

  private struct Candidate {
    var fact: Int
    var score: Double
    /// Where its strongest cue is: in the figure's clause, elsewhere in the sentence, or around it.
    var cueLevel: Level = .context
  }

  /// A sentence's binding: each reference's token and where its readings, best
  /// first, lie in `entities`; and the lists the binder works in. Handed from
  /// sentence to sentence, so binding allocates nothing once they have grown.
  private struct Binding {
    var readings: [(token: Int, entities: Range<Int>)] = []
    var entities: [Int] = []
    var order: [(entity: Int, level: Level)] = []
    var candidates: [Candidate] = []
    /// The years of a figure's period (`period(of:in:into:)`).
    var years: [Int] = []
    /// Every fact an entity in reach gave the figure as a candidate, with
    /// the entity's level and the fact's score: a figure right for one as
    /// near and as well cued as the fact bound is no error of that fact.
    var anyCandidate: [(fact: Int, level: Level, score: Double, cueLevel: Level)] = []
  }

  private func compatible(_ value: ValueMention, _ f: Int) -> Bool {
    switch (value.value, base.bindings[f].value) {
    case let (.quantity(c), .quantity(q)):
      // "two", "three": a number word without a unit only ever counts things.
      if c.dimension == .number, value.style.words, q.dimension != .count { return false }
      // A bare "10,000" or "1.2 billion" is a count, never a score or a percentage.
      if c.dimension == .number, q.dimension == .score || q.dimension == .percent, c.high > 1000 || value.style.scaleFamily != nil { return false }
      guard q.dimension.accepts(c.dimension) || Agreement.currencySlip(c, q) == .contradicts else { return false }
      // A rate ("$10/month") is only ever a figure about that period, one
      // whose attribute or cues name it. (Tested last: it reads them.)
      if let period = value.perPeriod { return isRate(f, of: Array(period.utf8)) }
      return true
    case (.date, .date), (.rank, .rank): return true
    default: return false
    }
  }

  /// The facts a value may be about, for the entity it binds to, best first.
  private func bind(_ value: ValueMention, in a: SentenceAnalysis, extra: ContextItems, _ binding: inout Binding) -> (entity: Int, level: Level, facts: [Int])? {
    let start = value.tokens.lowerBound
    let clause = a.clauseOf[start]
    let typed: Bool = {
      if case .quantity(let q) = value.value { return q.dimension != .number }
      if case .rank = value.value { return false }
      return !value.isBareYear
    }()
    // Entities, nearest first: own clause before, own clause after, sentence
    // before, sentence after, then the surrounding context. (Built in one
    // list, without a list per step: this runs for every figure.)
    binding.order.clear()
    // Whether a cue in the figure's clause names a fact of `entity`.
    func isCued(_ entity: Int) -> Bool {
      a.cues.contains { cue in a.clauseOf[cue.token] == clause && base.factsByEntity[entity].contains(where: cue.names) }
    }
    // A reference's readings: those with a cue in the figure's clause first
    // ("and its 2025 capex was …" reads "its" as whoever has a capex).
    func add(_ m: EntityMention, _ level: Level) {
      guard m.isReference, let k = binding.readings.firstIndex(where: { $0.token == m.token }), binding.readings[k].entities.count > 1 else {
        binding.order.append((m.entity, level))
        return
      }
      let readings = binding.readings[k].entities, cued = binding.order.count
      for r in readings where isCued(binding.entities[r]) { binding.order.append((binding.entities[r], level)) }
      for r in readings where !binding.order[cued...].contains(where: { $0.entity == binding.entities[r] }) { binding.order.append((binding.entities[r], level)) }
    }
    let end = value.tokens.upperBound
    func inClause(_ m: EntityMention) -> Bool { a.clauseOf[m.token] == clause }
    func outsideComparison(_ m: EntityMention) -> Bool { !inClause(m) && !a.comparisonClauses.contains(a.clauseOf[m.token]) }
    // "1 billion Meta AI users": a name right after the figure is what it counts.
    for m in a.mentions where inClause(m) && m.token == end { add(m, .clause) }
    // "two points behind Claude Opus 4.6": a margin measured against a name
    // is a gap to it, which only a fact that names it as related states (when
    // the fact base holds such a gap at all).
    let against: [Int] = {
      guard case .quantity(let q) = value.value, q.dimension == .margin, end < a.tokens.count, a.comparisonClauses.contains(a.clauseOf[end]) else { return [] }
      // ("Anthropic's Claude Opus": the owner is not what the gap is to.)
      let named = a.mentions.filter { !$0.isReference && $0.token > end && a.clauseOf[$0.token] == a.clauseOf[end] && !a.isPossessive($0.token) }.map(\.entity)
      return named.contains { e in base.factsByEntity[e].contains { isGap($0, to: [e]) } } ? named : []
    }()
    for e in against { binding.order.append((e, .clause)) }
    for m in a.mentions.reversed() where inClause(m) && m.token < start { add(m, .clause) }
    for m in a.mentions where inClause(m) && m.token >= start { add(m, .clause) }
    // A semicolon joins two sentences: a name beyond one is not the figure's.
    func acrossSemicolon(_ m: EntityMention) -> Bool {
      let (from, to) = m.token < start ? (m.token, start) : (end, m.token)
      return from < to && a.tokens[from..<to].contains { $0.kind == .symbol && $0.text == ";" }
    }
    for m in a.mentions.reversed() where m.token < start && outsideComparison(m) && !acrossSemicolon(m) { add(m, .sentence) }
    // A name after the figure, past another figure, is that figure's ("12,000 ride it, three times what the
    // Route 7 bus carried"), as a cue there is (below).
    for m in a.mentions where m.token >= start && outsideComparison(m) && !acrossSemicolon(m) && !a.figureBetween(end, m.token) { add(m, .sentence) }
    if !extra.entities.isEmpty { binding.order += extra.entities }  // (appending nothing still cost a call)

    // Whether `clause` names entities, none of them `entity`.
    func ownedByOthers(_ clause: Int, _ entity: Int) -> Bool {
      var named = false
      for m in a.mentions where a.clauseOf[m.token] == clause {
        if m.entity == entity { return false }
        named = true
      }
      return named
    }
    // The years of the figure's period, found when a fact tied to a year asks.
    var periodKnown = false
    let change = a.isChange(value)
    let valuation = a.isValuation(value)
    let rateOf = a.perUnit(value).map { Array(prose.masked[a.tokens[$0].range]) }
    // A score or a percentage on a named benchmark is that benchmark's
    // ("65.4% for Opus 4.6 on Terminal-Bench", "88.1% on GPQA Diamond"):
    // only a fact whose name the sentence writes can take it.
    let onName: Bool = {
      guard case .quantity(let q) = value.value, q.dimension == .percent || q.dimension == .score || q.dimension == .number else { return false }
      return a.measuresOnName(clause: clause, masked: prose.masked)
    }()

    // The facts some cue word of the sentence or its context names, as bits
    // of their index mod 64: a fact no cue names (and no year of the figure's
    // period) scores nothing, and is passed over with one test.
    var cued: UInt64 = 0
    for cue in a.cues where !value.tokens.contains(cue.token) { cued |= cue.factBits }
    let named = cued | extra.factBits

    let gapped = a.isGapped(clause, around: value), describes = a.describesThePrevious(clause)
    let hasOwnSubject = a.mentions.contains { inClause($0) && $0.token < start && $0.salience != .comparison }
    let isCount: Bool = { if case .quantity(let q) = value.value { return q.dimension == .count || q.dimension == .number }; return false }()
    // A length's unit names its attribute: "the 1,400-foot bridge" states
    // the bridge's length, where "$5" or "five" could be any of its figures.
    let isLength: Bool = { if case .quantity(let q) = value.value { return q.dimension == .length }; return false }()
    // "…, and Oracle to $50 billion": a clause that names only something the
    // fact base does not know is about that, not about a name elsewhere; nor
    // is one whose own subject, named before the figure, has no fact for it
    // ("…; OpenAI last released open weights in August 2025").
    let ownedByUnknown = !a.mentions.contains(where: inClause) && a.namesUnknownBefore(start, masked: prose.masked)
      || a.mentions.first(where: inClause).map { !$0.isReference && $0.token < start && a.opensClause($0.token) } ?? false
    var found: (entity: Int, level: Level, facts: [Int])? = nil
    var weak: (entity: Int, level: Level, facts: [Int])? = nil
    var scopeBest: (binding: (entity: Int, level: Level, facts: [Int])?, score: Double) = (nil, 0)
    binding.anyCandidate.clear()
    let order = binding.order
    for (n, (entity, level)) in order.enumerated() where !order[..<n].contains(where: { $0.entity == entity }) {
      if ownedByUnknown && level != .clause { return found }
      if level == .scope {
        // A subject named in the sentence beats one carried down from a
        // heading; a sentence that names subjects of its own, known or not,
        // is about them, as a table cell is about the subject its row names.
        if let bound = found ?? weak { return bound }
        if !a.mentions.isEmpty || extra.entities.contains(where: { $0.level == .clause }) || a.namesUnknownBefore(start, masked: prose.masked, inClause: false) || a.opensWithPossibleName(masked: prose.masked) { return nil }
      }
      // None of its facts named by a cue, none tied to a year: no candidate.
      let facts = base.factBitsByEntity[entity]
      guard named & facts.bits != 0 || facts.dated || isLength else { continue }
      binding.candidates.clear()
      for f in base.factsByEntity[entity] {
        let bit: UInt64 = 1 << UInt64(f & 63)
        let year = base.bindings[f].periodYear
        var inPeriod = false
        if let year {
          if !periodKnown {
            period(of: value, in: a, into: &binding.years)
            periodKnown = true
          }
          inPeriod = binding.years.contains(year)
        }
        let fact = base.bindings[f]
        guard named & bit != 0 || inPeriod || isLength && fact.kind == .length else { continue }
        guard compatible(value, f), !change || fact.isChange, !valuation || fact.isValuation else { continue }
        if let rateOf, !isRate(f, of: rateOf) { continue }
        if onName, fact.kind == .score || fact.kind == .percent, !a.namesByName(f, masked: prose.masked) { continue }
        if value.isBareYear && (fact.kind != .date || level != .clause) { continue }
        if value.opensPeriod && level != .clause { continue }
        if !against.isEmpty, !isGap(f, to: against) { continue }
        if year != nil, !inPeriod, !binding.years.isEmpty, fact.kind != .date { continue }
        // Cue words: in the clause they weigh most, and more the nearer they are.
        var score = 0.0
        var best = Level.context
        if cued & bit != 0 {
          for c in a.cues.indices where a.cues[c].names(f) && !value.tokens.contains(a.cues[c].token) {
            let cue = (token: a.cues[c].token, length: a.cues[c].length)
            // A clause that is only a name and its figure ("…, Claude Opus 4.6
            // at 55, Muse Spark 52") leaves out the verb of the clause before
            // it, and takes that clause's cue as its own.
            let borrowed = gapped && a.clauseOf[cue.token] < clause || describes && a.clauseOf[cue.token] == clause - 1
            // A cue right after the figure describes it, even the word that
            // opens a comparison ("six points behind GPT-5.4").
            let adjacent = cue.token == value.tokens.upperBound
            let cueLevel: Level = a.clauseOf[cue.token] == clause || borrowed || adjacent ? .clause : .sentence
            // A cue in another clause belongs to that clause's own subject.
            // (A comparison — "behind X at 55" — inherits the head's attribute.)
            if cueLevel == .sentence, !a.comparisonClauses.contains(clause), ownedByOthers(a.clauseOf[cue.token], entity) { continue }
            // A clause that names its subject before the figure says what
            // the figure is ("Muse Spark came out on April 8, and the report
            // followed on April 28"): a cue of a clause joined to it by a
            // conjunction is that clause's (an apposition's, after a comma, still describes it).
            if cueLevel == .sentence, hasOwnSubject, !a.comparisonClauses.contains(clause), a.opensWithConjunction(a.clauseOf[cue.token]) { continue }
            // A cue in a later clause, past another figure, describes that
            // figure: in "opened on March 21, 15 months after the date
            // promised", "promised" is the delay's, not the opening date's.
            // (An earlier clause's verb governs the figures after it: "opened
            // on 14 March, 18 months late".)
            if cueLevel == .sentence, cue.token > end, a.figureBetween(end, cue.token) { continue }
            var distance = Double(min(abs(cue.token - start), abs(cue.token - (value.tokens.upperBound - 1))))
            // The noun a count counts ("9,000 staff") says what is counted,
            // which several figures share, not which figure it is: it weighs
            // as a word a few away, and the clause's other words decide.
            if cue.token == value.tokens.upperBound, isCount { distance = 3 }
            score += Double(min(cue.length, 12)) * (cueLevel == .clause ? 1 : 0.3) / (1 + distance)
            best = max(best, cueLevel)
          }
        }
        if isLength, fact.kind == .length {
          score += 1
          best = .clause
        }
        if extra.factBits & bit != 0 {
          for (cue, level) in extra.cues where cue.names(f) { score += Double(cue.length) * (level == .clause ? 1 : 0.3); best = max(best, level) }
        }
        // The year a fact is tied to weighs only beside a word that names
        // it: "Hyperscalers sold $121 billion of bonds in 2025" is no claim
        // about what Meta paid for a stake that year.
        guard score > 0 else { continue }
        if inPeriod { score += 2 }
        // A rival named in the comparison ("behind GPT-5.4") picks the fact
        // that relates to it: the gap to the leaders, not to another model.
        if !a.comparisonClauses.isEmpty, a.mentions.contains(where: { m in
          a.comparisonClauses.contains(a.clauseOf[m.token]) && base.facts[f].related.contains(base.entities[m.entity].id)
        }) { score += 2 }
        // A fact about the entity itself before one it is only related to
        // ("Meta's revenue" is Meta's, not its chatbot's subscription revenue).
        if base.facts[f].entityID != base.entities[entity].id { score *= 0.7 }
        // A year or a month alone ("in 2025", "in May") is context unless a
        // cue in its own clause makes it the date of something.
        if isPartialDate(value) && best < .clause { continue }
        // A subject carried down from a heading or the topic needs its attribute in the figure's own clause.
        if level == .scope && best < .clause { continue }
        // An untyped number ("52", "8,000") or a rank needs a cue in its own
        // clause, or its entity there and nothing it counts ("54 fans").
        if !typed && best < .clause && !(level == .clause && best == .sentence && !countsSomething(value, in: a)) { continue }
        binding.candidates.append(Candidate(fact: f, score: score, cueLevel: best))
      }
      if binding.candidates.isEmpty { continue }
      for c in binding.candidates { binding.anyCandidate.append((c.fact, level, c.score, c.cueLevel)) }
      // The best, and those within a fifth of it, best first (sorted in place: no lists made).
      binding.candidates.sort { $0.score > $1.score }
      let top = binding.candidates[0].score
      var meant = binding.candidates.prefix { $0.score >= 0.8 * top }.map(\.fact)
      // Named exactly alike (the same cues, as near): the attributes decide.
      if meant.count > 1, binding.candidates[meant.count - 1].score == top { meant = leastQualified(meant, in: a) }
      let best = (entity, level, meant)
      // Subjects carried down are weighed against each other: the one whose
      // fact the clause names best (the topic's maker for "the layoffs").
      if level == .scope {
        if top > scopeBest.score { scopeBest = (best, top) }
        continue
      }
      // An entity outside the figure's clause whose facts only cues outside
      // it name gives way to one with a fact the figure's own clause names:
      // in "the $21bn deal with CoreWeave and the $21bn joint venture with
      // Nebius", the second figure is the joint venture's.
      if level == .sentence, binding.candidates[0].cueLevel < .clause {
        if weak == nil { weak = best }
        continue
      }
      if level < .sentence, let weak { return weak }
      // Outside its clause, the nearest entity before the figure owns it; after
      // it, a figure that two entities could own is nobody's.
      if level != .sentence || start > a.mentions.first(where: { $0.entity == entity && a.clauseOf[$0.token] != clause })?.token ?? Int.max { return best }
      if found != nil { return nil }
      found = best
    }
    return found ?? weak ?? scopeBest.binding
  }

  /// Of facts a sentence names alike, those whose attribute leaves out the
  /// fewest of its words: "opened on March 21" is the opening date, not the
  /// "original opening target", whose qualifiers the sentence does not say.
  /// (A word counts as said when its first four letters are: "opened" says "opening".)
  private func leastQualified(_ facts: [Int], in a: SentenceAnalysis) -> [Int] {
    let sentence = Array(prose.masked[a.range])
    let unsaid = facts.map { f in
      Fact.words(base.facts[f].attribute).filter { $0.count >= 4 && !AttributeLexicon.headEnders.contains($0) }
        .filter { !Bytes.containsIgnoringCase(sentence, Array($0.utf8.prefix(4))) }.count
    }
    let fewest = unsaid.min() ?? 0
    return zip(facts, unsaid).filter { $0.1 == fewest }.map(\.0)
  }

  /// Whether fact `f` is a rate of `unit` ("cost per mile"): its attribute or a cue names the unit.
  private func isRate(_ f: Int, of unit: [UInt8]) -> Bool {
    let fact = base.facts[f]
    return Bytes.containsIgnoringCase(Array(fact.attribute.utf8), unit) || fact.cues.contains { Bytes.containsIgnoringCase(Array($0.utf8), unit) }
  }

  /// The years a figure is about, into `years`: those named in its clause,
  /// else the nearest named before it in the sentence ("For 2026, … $130
  /// billion"), else after it. None when the clause says "a year earlier",
  /// "last year" and the like.
  private func period(of value: ValueMention, in a: SentenceAnalysis, into years: inout [Int]) {
    years.clear()
    let start = value.tokens.lowerBound, clause = a.clauseOf[start]
    // The clause's tokens lie together (clause numbers only grow): read from the figure out.
    func isRelativeTime(_ k: Int) -> Bool { a.tokens[k].kind == .word && a.tokens[k].classes.contains(.relativeTime) }
    var k = start
    while k >= 0, a.clauseOf[k] == clause { if isRelativeTime(k) { return }; k -= 1 }
    k = start + 1
    while k < a.tokens.count, a.clauseOf[k] == clause { if isRelativeTime(k) { return }; k += 1 }
    // (Read in place: a list of the sentence's other years made two per figure.)
    var before: Int? = nil, after: Int? = nil
    for y in a.yearMentions where !value.tokens.contains(y.token) {
      if y.clause == clause { years.append(y.year) } else if y.clause < clause { before = y.year } else if after == nil { after = y.year }
    }
    if years.isEmpty, let year = before ?? after { years.append(year) }
  }

  private func isPartialDate(_ value: ValueMention) -> Bool {
    guard case .date(let d) = value.value else { return false }
    return d.day == nil
  }

  /// Words after a number that say what it is not counting.
  private static let notCounted: Set<TokenText> = ["on", "in", "at", "for", "and", "or", "to", "with", "by", "from", "of", "points", "while", "as"]

  /// "54 fans": a bare number followed by a noun counts that noun.
  private func countsSomething(_ value: ValueMention, in a: SentenceAnalysis) -> Bool {
    let next = value.tokens.upperBound
    guard next < a.tokens.count, a.tokens[next].kind == .word else { return false }
    return !Self.notCounted.contains(a.tokens[next].text)
  }

  // MARK: Verdicts

  private enum Outcome { case agrees, disputed(agreeing: [FactValue]), contradicts, incomparable }

  private func outcome(_ value: ValueMention, _ f: Int) -> Outcome {
    // The usual case, sources that agree: one value, compared where it is
    // stored (the list of sides, or `Fact.value`, copied each value and its text).
    let main = base.facts[f].sharedValue.value.value
    if !base.facts[f].citations.contains(where: { $0.sharedValue.map { $0.value.value != main } ?? false }) {
      switch Agreement.of(value, with: base.facts[f].sharedValue.value.value, hedge: base.facts[f].sharedValue.value.hedge, onceOnly: base.bindings[f].isOnceOnly) {
      case .agrees: return .agrees
      case .contradicts: return .contradicts
      case .incomparable: return .incomparable
      }
    }
    let sides = base.facts[f].sides
    let results = sides.map { Agreement.of(value, with: $0.value, hedge: $0.hedge, onceOnly: base.bindings[f].isOnceOnly) }
    if results.allSatisfy({ $0 == .incomparable }) { return .incomparable }
    let agreeing = zip(sides, results).filter { $0.1 == .agrees }.map(\.0)
    if agreeing.count == sides.count { return .agrees }
    if !agreeing.isEmpty { return .disputed(agreeing: agreeing) }
    return .contradicts
  }

  private func verdict(for value: ValueMention, in a: SentenceAnalysis, extra: ContextItems, row: Int?, _ binding: inout Binding) -> Finding? {
    guard !a.isDenied(value), !a.isLabelNumber(value), !a.isPart(value), !a.isScale(value),
          let (_, level, facts) = bind(value, in: a, extra: extra, &binding) else { return nil }
    var contradicted: [Int] = []
    var disputed: (Int, [FactValue])? = nil
    for f in facts {
      switch outcome(value, f) {
      case .agrees:
        if facts.count == 1, let slip = scaleSlip(value, f) { return slip }
        return nil
      case .disputed(let agreeing): if disputed == nil { disputed = (f, agreeing) }
      case .contradicts: contradicted.append(f)
      case .incomparable: break
      }
    }
    if let (f, agreeing) = disputed { return FindingBuilder(base: base, bytes: bytes).disputed(value, base.facts[f], agreeing: agreeing) }
    // A figure many times the sourced one is another quantity, not a slip
    // of the writer's (a price target is no acquisition price) — unless it
    // is the sourced figure at another scale ("$14.3 million" for billion).
    contradicted.removeAll { !Agreement.isPlausibleError(value, of: base.facts[$0].sharedValue.value.value) }
    // Facts that give the same value (two sources' wording of one figure,
    // not merged; "14.6 miles" and "23.5 km") are one: the most precise
    // stands for them ("94.2%" for "about 94 percent"), else the best cued.
    if let first = contradicted.first, contradicted.allSatisfy({ ValueComparison.same(base.facts[$0].sharedValue.value, base.facts[first].sharedValue.value) }) {
      func resolution(_ f: Int) -> Double {
        if case .quantity(let q) = base.facts[f].sharedValue.value.value { return q.resolution }
        return 0
      }
      contradicted = [contradicted.min { resolution($0) < resolution($1) } ?? first]
    }
    // Named alike, a figure within a tenth of one fact's value and at least
    // twice off every other's is a slip of that one ("$921M" for a $912
    // million contract, not for $60-75 million of claims).
    if contradicted.count > 1, let near = Agreement.nearest(value, among: contradicted.map { base.facts[$0].sharedValue.value.value }) {
      contradicted = [contradicted[near]]
    }
    guard contradicted.count == 1, let f = contradicted.first else { return nil }
    // A figure right for another fact it could be about is about that one
    // ("Llama's US slice was 35% while models from China took 41%").
    let bound = binding.anyCandidate.first { $0.fact == f }

    for other in binding.anyCandidate where other.fact != f && other.level >= level && other.cueLevel >= bound?.cueLevel ?? .context
      && (level == .scope || other.score >= 0.5 * (bound?.score ?? 0)) {
      if case .agrees = outcome(value, other.fact) { return nil }
    }

    // Bound from outside its clause, on no cue of its own clause: if the
    // figure is right for another entity named in the sentence, it is most
    // likely about that one.
    if level != .clause, (bound?.cueLevel ?? .context) < .clause, belongsToAnotherEntity(value, in: a, besides: base.facts[f].entityID) { return nil }
    if let row, rowStates(f, row: row, besides: a.range) { return nil }
    if isRightForAFactItsClauseNames(value, in: a, of: f, binding) { return nil }
    return FindingBuilder(base: base, bytes: bytes).conflict(value, base.facts[f])
  }

  /// Whether another cell of the table row `row` states fact `f`'s value (or
  /// one of its sources' values, when they disagree). A
  /// row gives each attribute once, so a figure in another column is another
  /// attribute: in "| Meta | $24.1B | $125B–$145B |" the quarter's capex is
  /// not a wrong guidance when the guidance stands beside it.
  private func rowStates(_ f: Int, row: Int, besides cell: Range<Int>) -> Bool {
    prose.blocks[row].sentences.contains { $0 != cell && states(f, in: $0) }
  }

  /// "more than three million users" against a sourced three billion: true
  /// as written, but a thousand times off.
  /// (The fact is read in place: a verdict asks this of every agreeing figure.)
  private func scaleSlip(_ value: ValueMention, _ fact: Int) -> Finding? {
    switch value.hedge {
    case .moreThan, .atLeast, .lessThan, .atMost: break
    case .exact, .approximately, .nearly: return nil
    }
    guard case .quantity(let c) = value.value, !c.isRange, case .quantity(let f) = base.facts[fact].sharedValue.value.value, !f.isRange,
          f.dimension == .count || c.dimension != .number else { return nil }
    for factor in [1e3, 1e-3] where abs(c.value * factor - f.value) <= 0.1 * f.value {
      // A bound a thousand times beyond the figure on the side the hedge
      // claims ("more than 1.3 billion GPUs" for 1.3 million) is simply false;
      // one on the other side ("more than three million users" for three
      // billion) is true as written, and only looks like a slip.
      let tooBig = factor < 1
      let lowerBound = value.hedge == .moreThan || value.hedge == .atLeast
      if tooBig == lowerBound { return FindingBuilder(base: base, bytes: bytes).conflict(value, base.facts[fact]) }
      return FindingBuilder(base: base, bytes: bytes).scaleSlip(value, base.facts[fact])
    }
    return nil
  }

  /// Whether the figure is right for another fact of the bound fact's
  /// entity that a cue in the figure's own clause names, one the binder did
  /// not weigh (it reached the entity only through a related one, or not at
  /// all): "$126 million a mile" is the line's cost per mile, not a wrong
  /// final cost. (Another entity's right figure may be a swap, and is not
  /// taken for an answer here.)
  private func isRightForAFactItsClauseNames(_ value: ValueMention, in a: SentenceAnalysis, of bound: Int, _ binding: Binding) -> Bool {
    let clause = a.clauseOf[value.tokens.lowerBound]
    guard let entity = base.entityIndex[base.facts[bound].entityID] else { return false }
    for f in base.factsByEntity[entity] where f != bound && !binding.anyCandidate.contains(where: { $0.fact == f }) && compatible(value, f) {
      guard a.cues.contains(where: { a.clauseOf[$0.token] == clause && !value.tokens.contains($0.token) && $0.names(f) }) else { continue }
      if case .agrees = outcome(value, f) { return true }
    }
    return false
  }

  /// Whether fact `f` is another entity's figure that names one of `entities` as related: a gap to it.
  private func isGap(_ f: Int, to entities: [Int]) -> Bool {
    entities.contains { e in base.facts[f].entityID != base.entities[e].id && base.facts[f].related.contains(base.entities[e].id) }
  }

  private func belongsToAnotherEntity(_ value: ValueMention, in a: SentenceAnalysis, besides entityID: String) -> Bool {
    for m in a.mentions where base.entities[m.entity].id != entityID {
      for f in base.factsByEntity[m.entity] where compatible(value, f) {
        if case .agrees = outcome(value, f) { return true }
      }
    }
    return false
  }

  /// "Tuesday, April 8, 2026" when April 8, 2026 is a Wednesday.
  /// A date without a year ("Sunday, March 14") is checked in the year of
  /// the fact it is about, when that fact is a date in the same month.
  private mutating func checkWeekday(_ value: ValueMention, in a: SentenceAnalysis, extra: ContextItems, _ binding: inout Binding) {
    guard let range = value.weekdayRange, case .date(var d) = value.value, let m = d.month else { return }
    var sourced: Int? = nil
    if d.year == nil, let (_, _, facts) = bind(value, in: a, extra: extra, &binding), let f = facts.first,
       case .date(let date) = base.bindings[f].value, date.month == m {
      (d.year, sourced) = (date.year, f)
    }
    guard let y = d.year, let day = d.day, let w = d.weekday else { return }
    let actual = DateValue.weekday(year: y, month: m, day: day)
    guard actual != w else { return }
    let name = DateValue.weekdayNames[actual - 1]
    // The weekday of a sourced date is that fact's, and a wrong one contradicts it.
    if let f = sourced {
      findings.append(FindingBuilder(base: base, bytes: bytes).wrongWeekday(at: range, written: DateValue.weekdayNames[w - 1], actual: name, base.facts[f]))
      return
    }
    findings.append(Finding(range: range, rule: .weekday, message: "\(d.description) was a \(name), not a \(DateValue.weekdayNames[w - 1])",
                            factID: nil, expected: name, replacement: name, sources: []))
  }
}
