/// Turns fact base files into a `FactBase` as they are read, record by
/// record (no decoded copy of a file is kept), collecting every problem
/// (duplicate ids, dangling references, unreadable values, missing quotes)
/// with the line and column of the file it concerns.
struct FactBaseCompiler {
  private static let entityKinds: Set<String> = ["model", "company", "lab", "person", "product", "organization", "model-family", "deal", "other"]

  private(set) var problems: [FactBaseProblem] = []
  private var sources: [Source] = []
  private var entities: [Entity] = []
  private var facts: [Fact] = []
  private var notes: [Note] = []
  private var errata: [Erratum] = []
  /// Source and entity ids defined so far, found by their bytes: by key,
  /// the number of the file that defined it (for "defined twice").
  private var sourceKeys = ByteInterner(), sourceFiles: [Int32] = []
  private var entityKeys = ByteInterner(), entityFiles: [Int32] = []
  /// Fact ids read, keyed in the order read: the fact's position in `facts`
  /// (with no problem, key and position are one, and this becomes the fact
  /// base's index), or for a fact refused after its id, -1 - its file's number.
  private var factKeys = ByteInterner(capacity: 1024), factPositions: [Int32] = []
  /// Each file's origin, and how many facts came before it.
  private var origins: [String] = [], factsBefore: [Int] = []
  /// Values already read, keyed by text, then found by kind: many facts share one (and its storage).
  private var valueTexts = ByteInterner(), values: [[(kind: String, value: Result<SharedFactValue, ParseFailure>)]] = []
  /// Each fact's group of attribute and cue list (`CueGroups`), and each
  /// group's cues with the attribute lexicon's terms added
  /// (`AttributeLexicon.expandedCues`): expanding every fact's own list cost
  /// more than reading the fact, and kept a list per fact where the reader
  /// had shared one. `FactBase.init` judges the facts by the same groups.
  private var cueGroups = CueGroups(), groupOfFact: [Int32] = [], expandedCues: [[String]] = []
  /// The entity and source last referred to, once known: facts of an entity
  /// come together, and many cite one source.
  private var lastKnownEntity: String?, lastKnownSource: String?

  /// The file being read, and where its problems are.
  private var origin = ""
  private var cursor = TextPositionCursor(bytes: [])

  /// References that may be defined by a later record or file, checked once
  /// all are read; `group` keeps the order problems were always reported in
  /// (a file's facts, then its errata, unbound values and notes).
  private var deferred: [Deferred] = []
  private struct Deferred {
    enum Reference { case entity(String), source(String), fact(String), none }
    var file: Int, group: Int
    var reference: Reference
    var problem: FactBaseProblem
  }
  private var fileCount = 0

  /// Reads one file into the fact base; a file that is not a fact base at
  /// all (not JSON, a field missing or of the wrong type) stops everything.
  mutating func add(_ json: [UInt8], origin: String) throws(FactBaseError) {
    self.origin = origin
    origins.append(origin)
    factsBefore.append(facts.count)
    cursor = TextPositionCursor(bytes: json)
    defer { cursor = TextPositionCursor(bytes: []) }  // the file's bytes are not kept
    do { try FactBaseReader.read(json, origin: origin, into: &self) } catch { throw .malformed(error) }
    fileCount += 1
  }

  /// The fact base, and every problem found.
  mutating func finish() -> (FactBase, [FactBaseProblem]) {
    for file in 0..<fileCount {
      for group in 0..<4 {
        for d in deferred where d.file == file && d.group == group && !isKnown(d.reference) { problems.append(d.problem) }
      }
    }
    // With no problem, every fact id read is a fact, at its position. (The
    // groups' keys are let go before indexing, which needs only the numbers.)
    cueGroups = CueGroups()
    let base = FactBase(sources: sources, entities: entities, facts: facts, notes: notes, errata: errata,
                        factIndex: problems.isEmpty ? IDIndex(ids: factKeys, positions: factPositions) : nil, cueGroups: groupOfFact)
    return (base, problems)
  }

  /// Whether what a reference names has been read (an id is keyed once read).
  private func isKnown(_ reference: Deferred.Reference) -> Bool {
    switch reference {
    case .entity(let id): return entityKeys.id(of: id) != nil
    case .source(let id): return sourceKeys.id(of: id) != nil
    case .fact(let id): return factKeys.id(of: id) != nil
    case .none: return false
    }
  }

  /// The file a fact id was read from, by its entry in `factPositions`.
  private func origin(ofFact position: Int) -> String {
    if position < 0 { return origins[-1 - position] }
    return origins[factsBefore.lastIndex { $0 <= position }!]
  }

  private mutating func problem(at offset: Int?, fact factID: String? = nil, _ message: String) -> FactBaseProblem {
    let position = offset.map { cursor.position(of: $0) }
    return FactBaseProblem(origin: origin, line: position?.line, column: position?.column, factID: factID, message: message)
  }

  private mutating func report(at offset: Int?, fact factID: String? = nil, _ message: String) {
    problems.append(problem(at: offset, fact: factID, message))
  }

  /// A reference checked at the end, unless what it names is known already.
  private mutating func check(_ reference: Deferred.Reference, group: Int, at offset: Int, fact factID: String? = nil, _ message: @autoclosure () -> String) {
    if isKnown(reference) { return }
    deferred.append(Deferred(file: fileCount, group: group, reference: reference, problem: problem(at: offset, fact: factID, message())))
  }

  /// Whether a text is all whitespace; one that starts with a visible ASCII
  /// character is not, without walking its `Character`s.
  private static func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
    return text.allSatisfy(\.isWhitespace)
  }

  private mutating func value(_ record: FactBaseFile.ValueRecord) -> Result<SharedFactValue, ParseFailure> {
    let (key, isNew) = valueTexts.intern(record.text)
    if isNew { values.append([]) }
    if let known = values[Int(key)].first(where: { $0.kind == record.kind }) { return known.value }
    let parsed = FactValueParser.parse(kind: record.kind, text: record.text).map(SharedFactValue.init)
    values[Int(key)].append((record.kind, parsed))
    return parsed
  }
}

extension FactBaseCompiler: FactBaseRecordSink {
  mutating func read(version: Int, at offset: Int) {
    if version != 1 { report(at: nil, "unsupported version \(version); this factlint reads version 1") }
  }

  mutating func listed(_ key: String) {}

  mutating func read(source s: FactBaseFile.SourceRecord, at offset: Int) {
    let (key, isNew) = sourceKeys.intern(s.id)
    if !isNew {
      // A base written on top of another may restate its sources: the same source in two files is one.
      let known = sources[Int(key)]
      if Int(sourceFiles[Int(key)]) != fileCount, known == Source(id: s.id, title: s.title, publisher: s.publisher, published: s.published, url: s.url) { return }
      report(at: offset, "source id '\(s.id)' is defined twice (also in \(origins[Int(sourceFiles[Int(key)])]))")
      return
    }
    if s.id.isEmpty { report(at: nil, "a source has an empty id") }
    sourceFiles.append(Int32(fileCount))
    sources.append(Source(id: s.id, title: s.title, publisher: s.publisher, published: s.published, url: s.url))
  }

  mutating func read(entity e: FactBaseFile.EntityRecord, at offset: Int) {
    let (key, isNew) = entityKeys.intern(e.id)
    if !isNew {
      // An entity another file defined alike (same name and kind) is one entity, with the aliases of both.
      if Int(entityFiles[Int(key)]) != fileCount, entities[Int(key)].name == e.name, entities[Int(key)].kind == e.kind {
        for alias in e.aliases ?? [] where !entities[Int(key)].aliases.contains(alias) { entities[Int(key)].aliases.append(alias) }
        return
      }
      report(at: offset, "entity id '\(e.id)' is defined twice (also in \(origins[Int(entityFiles[Int(key)])]))")
      return
    }
    if !Self.entityKinds.contains(e.kind) {
      report(at: offset, "entity '\(e.id)' has unknown kind '\(e.kind)' (expected one of: \(Self.entityKinds.sorted().joined(separator: ", ")))")
    }
    entityFiles.append(Int32(fileCount))
    entities.append(Entity(id: e.id, name: e.name, kind: e.kind, aliases: e.aliases ?? []))
  }

  mutating func read(fact f: FactBaseFile.FactRecord, at offset: Int) {
    // References are checked across all files together (or now, when known).
    if f.entity != lastKnownEntity {
      if isKnown(.entity(f.entity)) { lastKnownEntity = f.entity } else {
        check(.entity(f.entity), group: 0, at: offset, fact: f.id, "refers to unknown entity '\(f.entity)'")
      }
    }
    for r in f.related ?? [] { check(.entity(r), group: 0, at: offset, fact: f.id, "lists unknown related entity '\(r)'") }
    for c in f.citations where c.source != lastKnownSource {
      if isKnown(.source(c.source)) { lastKnownSource = c.source } else {
        check(.source(c.source), group: 0, at: offset, fact: f.id, "cites unknown source '\(c.source)'")
      }
    }
    if let s = f.statement, !s.contains("{value}") { check(.none, group: 0, at: offset, fact: f.id, "statement has no {value} placeholder: \"\(s)\"") }

    let (key, isNew) = factKeys.intern(f.id)
    if !isNew {
      report(at: offset, fact: f.id, "fact id is defined twice (also in \(origin(ofFact: Int(factPositions[Int(key)]))))")
      return
    }
    factPositions.append(Int32(facts.count))
    let shared: SharedFactValue
    switch value(f.value) {
    case .success(let v): shared = v
    case .failure(let failure):
      factPositions[Int(key)] = Int32(-1 - fileCount)
      report(at: offset, fact: f.id, failure.message)
      return
    }
    let factValue = shared.value
    if f.citations.isEmpty { report(at: offset, fact: f.id, "has no citation; every fact cites at least one source with a verbatim quote") }
    if f.cues.isEmpty { report(at: offset, fact: f.id, "has no cue words; the checker could never bind a claim to it") }
    if let status = f.status, status != "proposed", status != "reviewed" { report(at: offset, fact: f.id, "has unknown status '\(status)' (expected proposed or reviewed)") }
    if let c = f.confidence, !(0...1).contains(c) { report(at: offset, fact: f.id, "has confidence \(c); a confidence is between 0 and 1") }
    var citations: [Citation] = []
    citations.reserveCapacity(f.citations.count)
    for c in f.citations {
      if Self.isBlank(c.quote) { report(at: offset, fact: f.id, "has an empty quote for source '\(c.source)'") }
      var own: SharedFactValue? = nil
      if let v = c.value {
        switch value(v) {
        case .success(let sharedParsed):
          let parsed = sharedParsed.value
          if parsed.kind.family != factValue.kind.family { report(at: offset, fact: f.id, "citation of '\(c.source)' gives a \(parsed.kind.rawValue) where the fact is a \(factValue.kind.rawValue)") }
          own = parsed.value == factValue.value ? nil : sharedParsed
        case .failure(let failure): report(at: offset, fact: f.id, "citation of '\(c.source)': \(failure.message)")
        }
      }
      citations.append(Citation(sourceID: c.source, quote: c.quote, sharedValue: own))
    }
    let (group, isNewGroup) = cueGroups.group(attribute: f.attribute, cues: f.cues)
    if isNewGroup { expandedCues.append(AttributeLexicon.expandedCues(f.cues, attribute: f.attribute)) }
    groupOfFact.append(group)
    let year = f.period.flatMap { p in p.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.first { $0 >= 1900 && $0 <= 2100 } }
    facts.append(Fact(id: f.id, entityID: f.entity, related: f.related ?? [], attribute: f.attribute, statement: f.statement,
                      cues: expandedCues[Int(group)], periodYear: year, period: f.period, citations: citations, note: f.note,
                      isProposed: f.status == "proposed", sharedValue: shared))
  }

  mutating func read(erratum e: FactBaseFile.ErratumRecord, at offset: Int) {
    check(.source(e.source), group: 1, at: offset, "erratum cites unknown source '\(e.source)'")
    if let id = e.fact { check(.fact(id), group: 1, at: offset, "erratum refers to unknown fact '\(id)'") }
    errata.append(Erratum(sourceID: e.source, quote: e.quote, says: e.says, factID: e.fact, note: e.note))
  }

  mutating func read(unbound u: FactBaseFile.UnboundRecord, at offset: Int) {
    check(.source(u.source), group: 2, at: offset, "unbound value '\(u.value.text)' cites unknown source '\(u.source)'")
  }

  mutating func read(note n: FactBaseFile.NoteRecord, at offset: Int) {
    for id in n.facts ?? [] { check(.fact(id), group: 3, at: offset, "note refers to unknown fact '\(id)'") }
    notes.append(Note(text: n.text, factIDs: n.facts ?? []))
  }
}

extension ValueKind {
  /// Kinds that can stand for each other across sources (a range and a point of money).
  var family: String { self == .moneyRange ? "money" : rawValue }
}

/// Finds where a string value sits in a JSON text, to report problems by line.
public struct JSONLocator {
  let json: [UInt8]

  public init(json: [UInt8]) {
    self.json = json
  }

  /// 1-based line and column of the first `"value"` in the text.
  public func position(ofString value: String) -> (Int?, Int?) {
    guard let offset = FactBase.find(Array("\"\(value)\"".utf8), in: json) else { return (nil, nil) }
    let p = LineIndex(bytes: json).position(of: offset, in: .unicodeScalar)
    return (p.line + 1, p.column + 1)
  }
}
