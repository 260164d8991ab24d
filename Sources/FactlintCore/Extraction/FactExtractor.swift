/// Proposes a fact base from source texts: every value the `ValueScanner`
/// finds, bound to the entity it most likely belongs to, with cue words, the
/// sentence it stands in as a verbatim quote, and a confidence. Values it
/// cannot bind are listed under `unbound`, never dropped.
///
/// Each source is read on its own; the proposals are then joined with
/// `FactBaseMerger`, so the same figure in two sources becomes one fact with
/// two citations, and differing figures a recorded disagreement.
public struct FactExtractor: Sendable {
  public init() {}

  public func extract(_ sources: [SourceText]) -> MergeResult {
    var merger = FactBaseMerger()
    for source in sources { merger.add(extract(source), origin: source.id) }
    return merger.result
  }

  /// The proposals of one source, as a fact base file of its own.
  public func extract(_ source: SourceText) -> FactBaseFile {
    SourceExtraction(source: source).run()
  }
}

/// One pass over one source.
private struct SourceExtraction {
  let source: SourceText
  let text: [UInt8]
  let prose: ProseText
  let lines: LineIndex

  init(source: SourceText) {
    self.source = source
    text = source.readable
    prose = ProseText(text)
    lines = LineIndex(bytes: text)
  }

  func run() -> FactBaseFile {
    // Sentences of prose: headings and headline-like lines are skipped.
    var units: [(range: Range<Int>, quote: Range<Int>, rowFirstCell: Range<Int>?, header: Range<Int>?, block: Int)] = []
    let headlines = headlineLines()
    let quoted = quotations()
    // Lines of a plain-text table: written with " | " beside another such line.
    let allLines = pipeLines(in: 0..<prose.masked.count)
    var tableLines: Set<Int> = []
    for (k, line) in allLines.enumerated() where line.firstCell != nil {
      if k > 0 && allLines[k - 1].firstCell != nil || k + 1 < allLines.count && allLines[k + 1].firstCell != nil { tableLines.insert(line.row.lowerBound) }
    }
    for (b, block) in prose.blocks.enumerated() where block.kind != .heading {
      // A plain-text table ("Length | 14.6 mi", one row a line) is read row by row, each about its first cell;
      // its other lines (a title) as sentences.
      if block.kind != .tableRow {
        let lines = pipeLines(in: block.range)
        if lines.contains(where: { tableLines.contains($0.row.lowerBound) }) {
          for line in lines where tableLines.contains(line.row.lowerBound) || !headlines.contains(where: { $0.contains(line.row.lowerBound) }) {
            units.append((line.row, line.row, tableLines.contains(line.row.lowerBound) ? line.firstCell : nil, nil, b))
          }
          continue
        }
      }
      for (s, whole) in block.sentences.enumerated() {
        var sentence = whole
        if block.kind != .tableRow {
          // A sentence starting on a headline line starts after it (a plain-text title has no period).
          while let line = headlines.first(where: { $0.contains(sentence.lowerBound) }) {
            var start = line.upperBound
            while start < sentence.upperBound, Bytes.isSpace(prose.masked[start]) { start += 1 }
            sentence = start..<max(start, sentence.upperBound)
          }
          if sentence.isEmpty { continue }
        }
        let isRow = block.kind == .tableRow
        let header = isRow && s < block.headers.count ? block.headers[s] : nil
        units.append((sentence, isRow ? block.range : sentence, isRow && s > 0 ? block.sentences.first : nil, header, b))
      }
    }
    let guesses = EntityGuesser(masked: prose.masked, sentences: units.map(\.range)).guess()
    var ids: Set<String> = []
    let entities = guesses.map { g in
      let id = Slug.unique(Slug.make(g.name), in: ids)
      ids.insert(id)
      return Entity(id: id, name: g.name, kind: g.kind, aliases: g.aliases)
    }
    let base = FactBase(sources: [], entities: entities, facts: [], notes: [], errata: [])
    let analyses = units.map { SentenceAnalysis(range: $0.range, masked: prose.masked, base: base) }
    var counts: [Int: Int] = [:]
    for a in analyses { for m in a.mentions { counts[m.entity, default: 0] += 1 } }
    let topic = counts.filter { ["model", "other"].contains(entities[$0.key].kind) }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    var binder = EntityBinder(entities: entities, topic: topic, masked: prose.masked)
    let headline = firstLine().map { SentenceAnalysis(range: $0, masked: prose.masked, base: base) }
    binder.storyTopic = binder.storyTopic(of: analyses.map { binder.mentions(in: $0, memory: []) },
                                          headline: headline.map { ($0, binder.mentions(in: $0, memory: [])) })
    // Undated days ("on April 8") take the latest year the source names: news is about its present.
    let documentYear = analyses.flatMap { $0.values }.compactMap { v -> Int? in if case .date(let d) = v.value { return d.year } else { return nil } }.max()

    // A weekday stands for a date when the source names exactly one full date on that weekday.
    var datesByWeekday: [Int: Set<DateValue>] = [:]
    for v in analyses.flatMap(\.values) {
      guard case .date(let d) = v.value, let y = d.year, let m = d.month, let day = d.day else { continue }
      datesByWeekday[DateValue.weekday(year: y, month: m, day: day), default: []].insert(DateValue(year: y, month: m, day: day))
    }
    let weekdays = datesByWeekday.compactMapValues { $0.count == 1 ? $0.first : nil }

    var file = FactBaseFile(sources: [FactBaseFile.SourceRecord(id: source.id, title: title(), publisher: nil, published: nil, url: nil)])
    var unbound: [FactBaseFile.UnboundRecord] = []
    var usedEntities: Set<Int> = []
    var memory: [[EntityBinder.Mention]] = []  // mentions of earlier sentences, most recent last; subject first in each
    var merger = FactBaseMerger()
    var factIDs: Set<String> = []
    var previousBlock = -1

    for (n, a) in analyses.enumerated() {
      let unit = units[n]
      let mentions = binder.mentions(in: a, memory: memory)
      let quote = normalizedQuote(unit.quote)
      let position = lines.position(of: unit.quote.lowerBound, in: .unicodeScalar)
      // A row is about the entity its first cell names; a row naming none ("Length | 14.6 mi"), about the story's topic.
      // After a label of a measured thing, a name in parentheses says by which document or whose count ("Baseline
      // budget (2020 Plan) | $1.2bn"), not whose figure; after one qualifying word it is the row's ("State (DOT) | $120m").
      let cellNames: [EntityMention]? = unit.rowFirstCell.map { cell in
        let c = SentenceAnalysis(range: cell, masked: prose.masked, base: base)
        guard rowLabel(cell) != nil else { return c.mentions }
        return c.mentions.filter { m in !(c.tokens[..<m.token].lastIndex { $0.text == "(" }.map { open in !c.tokens[open..<m.token].contains { $0.text == ")" } } ?? false) }
      }
      let rowEntity: Int? = cellNames.map { $0.first?.entity ?? binder.storyTopic } ?? nil
      let header = unit.header.map { headerWords($0) } ?? []
      let label = unit.rowFirstCell.flatMap { cell in cellNames?.isEmpty == true ? rowLabel(cell) : nil }
      var carriedSubject: Int? = nil
      var figuresOf: Set<Int> = []
      // The next sentence of the paragraph, for a sentence that names nothing.
      let nextSentence = mentions.isEmpty && n + 1 < analyses.count && units[n + 1].block == unit.block
        ? (analysis: analyses[n + 1], mentions: binder.mentions(in: analyses[n + 1], memory: memory + [binder.remembered(mentions, in: a)])) : nil
      // Figures in words ("a decade", "nearly double the…") are sources' figures too.
      let values = (a.values + WordFigures.scan(a, weekdays: weekdays)).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
      for value in values {
        // A year in the clause of another figure is that figure's period.
        if value.isBareYear, a.values.contains(where: { $0.range != value.range && !$0.isBareYear && a.clauseOf[$0.tokens.lowerBound] == a.clauseOf[value.tokens.lowerBound] }) { continue }
        if isDifference(value, in: a) || isScale(value, in: a) || isSpan(value, among: values, in: a) { continue }
        // A figure inside a direct quotation is the speaker's, rounded, hypothetical or rhetorical ("a $1.2 billion
        // railroad", "whether the train is full in April"): the reporter's own sentences give the figures to check.
        if quoted.contains(where: { $0.contains(value.range.lowerBound) }) { continue }
        // A figure in a row's label ("Baseline budget (2020 Plan) | $1.2bn") qualifies the row's figures: their period, not one of them.
        if let cell = unit.rowFirstCell, cell.contains(value.range.lowerBound), values.contains(where: { !cell.contains($0.range.lowerBound) }) { continue }
        let hedgeStart = binder.hedgeStart(of: value, in: a)
        let bound = binder.bind(value, hedgeStart: hedgeStart, in: a, mentions: mentions, rowEntity: rowEntity, memory: memory, sameBlock: unit.block == previousBlock,
                                next: nextSentence)
        guard let written = ValueWriter.write(value, source: text, documentYear: documentYear) else {
          unbound.append(.init(source: source.id, value: .init(kind: value.value.kind.rawValue, text: Bytes.string(text, value.range)), quote: quote,
                               line: position.line + 1, column: position.column + 1, reason: "a date with no year, and the source names none"))
          continue
        }
        if let (entity, binding) = bound, binding == .previousSentence { carriedSubject = entity }
        guard let (entity, binding) = bound else {
          unbound.append(.init(source: source.id, value: written.record, quote: quote, line: position.line + 1, column: position.column + 1,
                               reason: "no entity named in the sentence or the one before it"))
          continue
        }
        // The subject's names and references are not the attribute, nor is "the line" in a story about the line ("to finish
        // the line"), unless it is what a place ranks ("Lakeport's first light-rail line": a first among lines).
        let ranked: Int? = { if case .rank = value.value { return mentions.first { $0.token >= value.tokens.upperBound && $0.token < value.tokens.upperBound + 4 && !$0.isReference }?.token } else { return nil } }()
        let subjectWords = mentions.filter { m in m.token != ranked && (m.entity == entity || m.isReference || m.entity == binder.storyTopic && a.tokens[m.token].kind == .word) }
        var skip = Set(subjectWords.flatMap { $0.token..<($0.token + $0.length) })
        skip.formUnion(value.tokens)
        // A dateline ("BOSTON (AP) —") says where the story was filed, not what a figure measures.
        skip.formUnion(0..<binder.datelineEnd(in: a))
        // Nor do a speaker's quoted words ("'The survey is the thing I would change,' said Dana Reyes, Acme's chief since 2022").
        skip.formUnion(a.tokens.indices.filter { k in quoted.contains { $0.contains(a.tokens[k].range.lowerBound) } })
        var cues = CueGuesser.cues(for: value, hedgeStart: hedgeStart, in: a, masked: prose.masked, skip: skip, header: header)
        // A length's unit says what it measures ("the 14.6-mile line"): its
        // cue is the word for that, which the unit, now part of the value, no longer gives.
        if case .quantity(let q) = value.value, q.dimension == .length, !cues.contains("length") { cues.insert("length", at: 0) }
        guard !cues.isEmpty else {
          unbound.append(.init(source: source.id, value: written.record, quote: quote, line: position.line + 1, column: position.column + 1,
                               reason: "no word in the sentence says what it measures"))
          continue
        }
        var record = written.record
        if record.kind == ValueKind.score.rawValue, !cues.contains(where: { Self.scoreWords.contains($0.lowercased()) }) {
          record.kind = ValueKind.count.rawValue
        }
        if !ValueWriter.isReadable(record), let canonical = ValueWriter.canonical(value, source: text), ValueWriter.isReadable(canonical) { record = canonical }
        guard ValueWriter.isReadable(record) else {
          unbound.append(.init(source: source.id, value: record, quote: quote, line: position.line + 1, column: position.column + 1,
                               reason: "'\(record.text)' does not read back as a \(record.kind) value"))
          continue
        }
        var confidence = binding.rawValue * (written.yearInferred ? 0.8 : 1) * (value.isBareYear ? 0.5 : 1)
        confidence = (confidence * 100).rounded() / 100
        // What the figure measures, in a reader's words when a noun phrase says it (a table row's label or column
        // header, else `AttributeNamer`): then the fact gets a statement, and its messages name the attribute.
        // Else the cue words nearest the value, which the messages leave out for the quote.
        let named = header.isEmpty ? label ?? AttributeNamer.name(for: value, hedgeStart: hedgeStart, in: a, masked: prose.masked, skip: skip) : header.joined(separator: " ")
        let attribute = named ?? CueGuesser.attribute(cues: cues, value: value, in: a, masked: prose.masked)
        let statement = named.map { "\(Self.possessive(entities[entity].name)) \($0): the sources give {value}" }
        let id = Slug.unique(entities[entity].id + "." + Slug.make(attribute), in: factIDs)
        factIDs.insert(id)
        usedEntities.insert(entity)
        // Other entities the sentence names (points of comparison aside) may be the figure's subject too.
        var related: [String] = []
        // A table's row that names another entity ("State (DOT) | $120m") is still about the story's topic, the table's subject.
        if unit.rowFirstCell != nil, let topic = binder.storyTopic, topic != entity {
          related.append(entities[topic].id)
          usedEntities.insert(topic)
        }
        // With no subject of its own before the figure, the previous sentence's subject may be the figure's.
        if binding.rawValue <= EntityBinder.Binding.sentenceSubject.rawValue, let m = memory.last?.first, m.entity != entity {
          related.append(entities[m.entity].id)
          usedEntities.insert(m.entity)
        }
        // A sentence that names nothing often opens the next one ("April 8 produced an unusual release. Meta shipped Llama 5…").
        if mentions.isEmpty, n + 1 < analyses.count, units[n + 1].block == unit.block {
          for m in analyses[n + 1].mentions.prefix(2) where m.entity != entity && !related.contains(entities[m.entity].id) {
            related.append(entities[m.entity].id)
            usedEntities.insert(m.entity)
          }
        }
        for m in mentions where !a.comparisonClauses.contains(a.clauseOf[m.token]) {
          // "the Muse Spark Safety Report" is also about "Muse Spark".
          let named = [m.entity] + entities.indices.filter { entities[m.entity].name.hasPrefix(entities[$0].name + " ") }
          for e in named where e != entity && !related.contains(entities[e].id) {
            related.append(entities[e].id)
            usedEntities.insert(e)
          }
        }
        let fact = FactBaseFile.FactRecord(
          id: id, entity: entities[entity].id, related: related.isEmpty ? nil : Array(related.prefix(5)), attribute: attribute, statement: statement, cues: cues,
          period: value.value.kind == .date ? nil : period(of: value, in: a), value: record,
          citations: [.init(source: source.id, quote: quote, value: nil, line: position.line + 1, column: position.column + 1)],
          note: written.yearInferred ? "year inferred from the source's other dates" : nil, status: "proposed", confidence: confidence)
        merger.addFact(fact, origin: source.id)
        figuresOf.insert(entity)
      }
      previousBlock = unit.block
      // A sentence whose figures fell back on the previous subject carries that subject on; one whose figures are all
      // one entity's is about it, whoever counted them ("The agency counted 9,100 riders in the ferry's first month.").
      var remembered = binder.remembered(mentions, in: a)
      if let carried = carriedSubject ?? (figuresOf.count == 1 ? figuresOf.first : nil) {
        remembered.insert(EntityBinder.Mention(token: -1, length: 0, entity: carried, isReference: true), at: 0)
      }
      memory.append(remembered)
      if memory.count > 5 { memory.removeFirst() }
    }
    file.entities = entities.enumerated().filter { usedEntities.contains($0.offset) }.map { _, e in
      FactBaseFile.EntityRecord(id: e.id, name: e.name, kind: e.kind, aliases: e.aliases)
    }
    file.facts = merger.result.file.facts
    file.unbound = unbound
    return file
  }

  static let scoreWords: Set<String> = ["score", "scores", "scored", "scoring", "points", "point", "index", "benchmark", "benchmarks", "rating", "rated", "grade", "elo"]

  /// "12 percentage points", "one point shy": a difference, not a level.
  private func isDifference(_ value: ValueMention, in a: SentenceAnalysis) -> Bool {
    let k = value.tokens.upperBound
    return k < a.tokens.count && a.tokens[k].text == "percentage"
  }

  /// "14 incidents in the first four weeks", "sales over the past 12 months": a
  /// span of time that says when another figure of its sentence holds, its period, not a figure.
  private func isSpan(_ value: ValueMention, among values: [ValueMention], in a: SentenceAnalysis) -> Bool {
    let k = value.tokens.lowerBound
    guard value.value.kind == .duration, k >= 1, ["first", "last", "past", "next", "previous", "initial"].contains(a.tokens[k - 1].text) else { return false }
    return values.contains { $0.range != value.range && $0.value.kind != .duration }
  }

  /// "4.3 out of 5": the 5 is the scale the figure is read on, not a figure.
  private func isScale(_ value: ValueMention, in a: SentenceAnalysis) -> Bool {
    let k = value.tokens.lowerBound
    guard k >= 3, a.tokens[k - 1].text == "of", a.tokens[k - 2].text == "out" else { return false }
    return a.values.contains { $0.tokens.upperBound == k - 2 }
  }

  /// The year a figure is tied to: one named in its clause, else in its sentence.
  private func period(of value: ValueMention, in a: SentenceAnalysis) -> String? {
    let years = a.years(excluding: value)
    let clause = a.clauseOf[value.tokens.lowerBound]
    return (years.first { $0.clause == clause } ?? years.first).map { String($0.year) }
  }

  /// "Acme's", "Rail Partners'".
  static func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "'" : name + "'s" }

  /// A table row's label as the attribute of its figures ("Light-rail vehicles | 26" → "light-rail vehicles"),
  /// without what is in parentheses; nil when the label names the row's entity ("State (NCDOT) | $120m").
  private func rowLabel(_ cell: Range<Int>) -> String? {
    var text = Bytes.string(prose.masked, cell)
    while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") { text.removeSubrange(open...close) }
    let words = text.split(separator: " ").map(String.init).filter { $0.contains(where: \.isLetter) || $0 == "/" }
    // A label of one qualifying word ("Local", "Federal") names the row's share, not a thing.
    guard let last = words.last?.lowercased(), words.count <= 5, !AttributeNamer.qualifiers.contains(last) else { return nil }
    let label = words.map { w in w.count >= 2 && w.allSatisfy({ $0.isUppercase || !$0.isLetter }) ? w : w.lowercased() }.joined(separator: " ")
    return label
  }

  // MARK: Text

  /// The words of a table's column header, as cues: "AI Index Score".
  private func headerWords(_ range: Range<Int>) -> [String] {
    Bytes.string(prose.masked, range).split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
      .filter { $0.count >= 2 && !CueGuesser.stopwords.contains(TokenText($0.lowercased())) }
  }

  /// Lines of capitalized words with no closing punctuation: headlines,
  /// bylines, section titles, links to other stories; not sentences.
  private func headlineLines() -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for i in 0...prose.masked.count where i == prose.masked.count || prose.masked[i] == 0x0A {
      if i > start, isHeadline(Bytes.string(prose.masked, start..<i)) { result.append(start..<i) }
      start = i + 1
    }
    return result
  }

  /// The lines of `range`, with the first cell of those written as table rows ("Stations | 19").
  private func pipeLines(in range: Range<Int>) -> [(row: Range<Int>, firstCell: Range<Int>?)] {
    var rows: [(Range<Int>, Range<Int>?)] = []
    var start = range.lowerBound
    for i in range.lowerBound...range.upperBound where i == range.upperBound || prose.masked[i] == 0x0A {
      var lo = start, hi = i
      while lo < hi, Bytes.isSpace(prose.masked[lo]) { lo += 1 }
      while hi > lo, Bytes.isSpace(prose.masked[hi - 1]) { hi -= 1 }
      start = i + 1
      if lo == hi { continue }
      let bar = Bytes.find(Array(" | ".utf8), in: prose.masked, from: lo).flatMap { $0 < hi ? $0 : nil }
      rows.append((lo..<hi, bar.map { lo..<$0 }))
    }
    return rows
  }

  private func isHeadline(_ text: String) -> Bool {
    let line = text.trimmedOfSpaces
    if line.isEmpty || line.contains(" | ") { return false }
    if line.hasSuffix(".") || line.hasSuffix("!") || line.hasSuffix("?") || line.hasSuffix(":") { return false }
    let words = line.split(separator: " ").filter { $0.first?.isLetter == true }
    guard !words.isEmpty else { return true }
    let capitalized = words.filter { $0.first!.isUppercase }.count
    return Double(capitalized) >= 0.6 * Double(words.count)
  }

  /// The spans of direct quotations: between “ and ”, or between two straight double quotes of one paragraph; of three
  /// words or more (a word or two in quotes, “appetizer”, is the writer's, marked).
  private func quotations() -> [Range<Int>] {
    spansInQuotes().filter { span in prose.masked[span].filter { $0 == 0x20 }.count >= 2 }
  }

  private func spansInQuotes() -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var open: Int? = nil
    let t = prose.masked
    var i = 0
    while i < t.count {
      // A line that ends a sentence ends any quotation left open in it (a paragraph may be one line, and a quotation
      // that runs on is set as a block of its own).
      if t[i] == 0x0A, i > 0, [0x2E, 0x21, 0x3F, 0x0A, 0x3A].contains(t[i - 1]) || i + 1 < t.count && t[i + 1] == 0x0A { open = nil }
      if t[i] == 0x22 {
        if let o = open { spans.append(o..<i); open = nil } else { open = i }
      } else if t[i] == 0xE2, i + 2 < t.count, t[i + 1] == 0x80, t[i + 2] == 0x9C || t[i + 2] == 0x9D {
        // “ (E2 80 9C) opens, ” (E2 80 9D) closes.
        if t[i + 2] == 0x9C { open = i } else if let o = open { spans.append(o..<i); open = nil }
        i += 2
      }
      i += 1
    }
    return spans
  }

  /// The range of the first line of three words or more: the headline, usually.
  private func firstLine() -> Range<Int>? {
    var start = 0
    for i in 0...prose.masked.count where i == prose.masked.count || prose.masked[i] == 0x0A {
      if Bytes.string(prose.masked, start..<i).split(separator: " ").count >= 3 { return start..<i }
      start = i + 1
    }
    return nil
  }

  /// The first line of three words or more: the headline, usually.
  private func title() -> String {
    for line in Bytes.string(prose.masked, 0..<prose.masked.count).split(separator: "\n") {
      let words = line.split(separator: " ")
      if words.count >= 3 { return String(words.joined(separator: " ").prefix(160)) }
    }
    return source.id
  }

  /// The sentence as written in the source (a quote must occur verbatim), without surrounding space.
  private func normalizedQuote(_ range: Range<Int>) -> String {
    var lo = range.lowerBound, hi = range.upperBound
    while lo < hi, Bytes.isSpace(text[lo]) { lo += 1 }
    while hi > lo, Bytes.isSpace(text[hi - 1]) { hi -= 1 }
    return Bytes.string(text, lo..<hi)
  }
}
