/// The facts a draft is checked against, with the indexes the checker uses:
/// aliases → entities, cue words → facts, entity → facts.
public struct FactBase: Sendable {
  public private(set) var sources: [Source]
  public private(set) var entities: [Entity]
  public private(set) var facts: [Fact]
  public private(set) var notes: [Note]
  public private(set) var errata: [Erratum]

  let sourceIndex: IDIndex
  let entityIndex: IDIndex
  let factIndex: IDIndex
  /// For each entity, the facts it is the subject of or related to.
  let factsByEntity: [[Int]]
  /// For each entity, the entities a fact ties it to (its subject or its
  /// `related`): the maker of a model, the model of its maker.
  let relatedEntities: [[Int]]
  /// For each entity, bit `f % 64` of each of its facts `f` (as
  /// `SentenceAnalysis.Cue.factBits`), and whether one is tied to a year: the
  /// binder passes over, with one test, an entity whose facts no cue names
  /// and no year can.
  let factBitsByEntity: [(bits: UInt64, dated: Bool)]
  /// What the binder tests of each fact, by fact index.
  let bindings: [FactBinding]
  /// Each entity's kind as a number (numbered as they first appear): a reference is fitted
  /// to the entities before it by comparing numbers, not strings.
  let entityKinds: [Int32]
  /// The kinds each reference phrase (`ReferenceWords.phrases`) may stand
  /// for, a bit per kind number; a phrase naming none: any kind but a person.
  let referenceKinds: [UInt64]
  let aliases: PhraseMatcher
  /// The noun of each alias "the <noun>" (written, or `HeadNouns`), lower-case, and its entity:
  /// "the 14.6-mile line" is the line too (`SentenceAnalysis`).
  let definiteNouns: [TokenText: Int]
  let cues: PhraseMatcher
  let acronymCues: PhraseMatcher

  /// `factIndex` and `cueGroups` (each fact's group by attribute and cues,
  /// `CueGroups`), when the compiler has them, save making them again.
  init(sources: [Source], entities: [Entity], facts: [Fact], notes: [Note], errata: [Erratum], factIndex: IDIndex? = nil, cueGroups: [Int32]? = nil) {
    self.sources = sources
    self.entities = entities
    self.facts = facts
    self.notes = notes
    self.errata = errata
    sourceIndex = IDIndex(sources.map(\.id))
    let entityIndex = IDIndex(entities.map(\.id))
    self.entityIndex = entityIndex
    self.factIndex = factIndex ?? IDIndex(facts.map(\.id))
    var kindNumbers: [String: Int32] = [:]
    entityKinds = entities.map { entity in
      if let n = kindNumbers[entity.kind] { return n }
      kindNumbers[entity.kind] = Int32(kindNumbers.count)
      return Int32(kindNumbers.count - 1)
    }
    let person = kindNumbers["person"].map { UInt64(1) << UInt64($0) } ?? 0
    referenceKinds = ReferenceWords.phrases.map { phrase in
      guard let kinds = phrase.kinds else { return ~person }
      var bits: UInt64 = 0
      for kind in kinds { if let n = kindNumbers[kind] { bits |= 1 << UInt64(n) } }
      return bits
    }
    var aliasPhrases: [String] = [], aliasLinks: [PhraseMatcher.Link] = []
    for e in entities.indices {
      aliasPhrases.append(entities[e].name)
      aliasPhrases += entities[e].aliases
      while aliasLinks.count < aliasPhrases.count { aliasLinks.append(.init(phrase: Int32(aliasLinks.count), payload: Int32(e))) }
    }
    // "the line" for the Northern Line, where no written alias says otherwise
    // (only one that starts "the " or "The " can: only those are hashed).
    let written = Set(aliasPhrases.filter(HeadNouns.startsDefinite))
    for (e, alias) in HeadNouns.definiteAliases(names: entities.map(\.name)) where !written.contains(alias) {
      aliasPhrases.append(alias)
      aliasLinks.append(.init(phrase: Int32(aliasLinks.count), payload: Int32(e)))
    }
    aliases = PhraseMatcher(phrases: aliasPhrases, links: aliasLinks, caseSensitive: true, allowsSuffixes: false)
    var nouns: [TokenText: Int] = [:], shared: Set<TokenText> = []
    for link in aliasLinks where HeadNouns.startsDefinite(aliasPhrases[Int(link.phrase)]) {
      let noun = aliasPhrases[Int(link.phrase)].dropFirst(4)
      guard !noun.isEmpty, noun.allSatisfy({ $0.isLetter || $0 == "-" }) else { continue }
      let key = TokenText(noun.lowercased())
      if let e = nouns[key], e != Int(link.payload) { shared.insert(key) } else { nouns[key] = Int(link.payload) }
    }
    for key in shared { nouns[key] = nil }
    definiteNouns = nouns
    // One pass over the facts, each group of facts with the same attribute
    // and cues judged once, and in it each distinct attribute and cue:
    // whether it names a change (`Fact.namesChange`) or a valuation
    // (`Fact.namesValuation`), and a cue's spellings and phrases. An
    // all-capitals cue ("US", "Q1") is an acronym: it must not match "us".
    // "first quarter" also matches "first-quarter", and the other way round.
    // Each entity's facts, counted first so each list is made once, at its size.
    var entityOfFact = [Int](repeating: -1, count: facts.count)
    var counts = [Int](repeating: 0, count: entities.count)
    for f in facts.indices {
      // Facts of an entity come together: the last one's entity is looked up once.
      if f > 0, facts[f].entityID == facts[f - 1].entityID { entityOfFact[f] = entityOfFact[f - 1] } else if let e = entityIndex[facts[f].entityID] { entityOfFact[f] = e }
      if entityOfFact[f] >= 0 { counts[entityOfFact[f]] += 1 }
      for id in facts[f].related { if let e = entityIndex[id] { counts[e] += 1 } }
    }
    var byEntity = counts.map { count in
      var list: [Int] = []
      list.reserveCapacity(count)
      return list
    }
    var bindings: [FactBinding] = []
    bindings.reserveCapacity(facts.count)
    let groupOfFact = cueGroups ?? {
      var groups = CueGroups()
      return facts.map { groups.group(attribute: $0.attribute, cues: $0.cues).id }
    }()
    // By group: its cues' phrases (`groupPhrases[phrases]`), and whether its
    // attribute or a cue names a change, a valuation or an event that happens once.
    var judged: [(phrases: Range<Int>, isChange: Bool, isValuation: Bool, isOnceOnly: Bool)?] = []
    var groupPhrases: [(phrase: Int32, isAcronym: Bool)] = []
    // Attributes and cues by their bytes (a key each), judged once.
    var attributeKeys = ByteInterner(), attributeNames: [(change: Bool, valuation: Bool, onceOnly: Bool)] = []
    var cueKeys = ByteInterner(), forms: [(phrases: Range<Int32>, isAcronym: Bool, namesChange: Bool, namesValuation: Bool, namesOnceOnly: Bool)] = []
    var plain: (phrases: [String], links: [PhraseMatcher.Link]) = ([], [])
    var acronyms: (phrases: [String], links: [PhraseMatcher.Link]) = ([], [])
    for f in facts.indices {
      // Facts come in order, so a fact already listed for an entity is its last.
      if entityOfFact[f] >= 0 { byEntity[entityOfFact[f]].append(f) }
      for id in facts[f].related { if let e = entityIndex[id], byEntity[e].last != f { byEntity[e].append(f) } }
      let g = Int(groupOfFact[f])
      if g >= judged.count { judged += repeatElement(nil, count: g + 1 - judged.count) }
      if judged[g] == nil {
        let attribute = facts[f].attribute
        let (attributeKey, isNewAttribute) = attributeKeys.intern(attribute)
        if isNewAttribute { attributeNames.append((Fact.namesChange(attribute), Fact.namesValuation(attribute), Fact.namesOnceOnlyEvent(attribute))) }
        var (isChange, isValuation, isOnceOnly) = attributeNames[Int(attributeKey)]
        let first = groupPhrases.count
        for cue in facts[f].cues {
          let (cueKey, isNewCue) = cueKeys.intern(cue)
          if isNewCue {
            let isAcronym = Self.isAcronym(cue), spellings = Self.spellings(cue)
            let first = Int32(isAcronym ? acronyms.phrases.count : plain.phrases.count)
            if isAcronym { acronyms.phrases += spellings } else { plain.phrases += spellings }
            forms.append((first..<(first + Int32(spellings.count)), isAcronym, Fact.namesChange(cue), Fact.namesValuation(cue), Fact.namesOnceOnlyEvent(cue)))
          }
          let form = forms[Int(cueKey)]
          isChange = isChange || form.namesChange
          isValuation = isValuation || form.namesValuation
          isOnceOnly = isOnceOnly || form.namesOnceOnly
          for phrase in form.phrases { groupPhrases.append((phrase, form.isAcronym)) }
        }
        judged[g] = (first..<groupPhrases.count, isChange, isValuation, isOnceOnly)
      }
      let group = judged[g]!
      for (phrase, isAcronym) in groupPhrases[group.phrases] {
        if isAcronym { acronyms.links.append(.init(phrase: phrase, payload: Int32(f))) } else { plain.links.append(.init(phrase: phrase, payload: Int32(f))) }
      }
      var binding = FactBinding(value: facts[f].sharedValue, periodYear: facts[f].periodYear, isChange: group.isChange)
      binding.isValuation = group.isValuation
      binding.isOnceOnly = group.isOnceOnly
      bindings.append(binding)
    }
    factsByEntity = byEntity
    var related = [[Int]](repeating: [], count: entities.count)
    for f in facts.indices where entityOfFact[f] >= 0 {
      let e = entityOfFact[f]
      for id in facts[f].related {
        guard let r = entityIndex[id], r != e else { continue }
        if !related[e].contains(r) { related[e].append(r) }
        if !related[r].contains(e) { related[r].append(e) }
      }
    }
    relatedEntities = related
    factBitsByEntity = byEntity.map { facts in
      var bits: UInt64 = 0, dated = false
      for f in facts {
        bits |= 1 << UInt64(f & 63)
        dated = dated || bindings[f].periodYear != nil
      }
      return (bits, dated)
    }
    self.bindings = bindings
    cues = PhraseMatcher(phrases: plain.phrases, links: plain.links, caseSensitive: false, allowsSuffixes: true)
    acronymCues = PhraseMatcher(phrases: acronyms.phrases, links: acronyms.links, caseSensitive: true, allowsSuffixes: true)
  }

  /// Letters, none lower-case ("US", "Q1"). ASCII is judged by bytes: asking
  /// each `Character` cost more than reading the cue.
  static func isAcronym(_ cue: String) -> Bool {
    let bytes = cue.utf8
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return cue.contains(where: \.isLetter) && !cue.contains(where: \.isLowercase) }
    return bytes.contains { Bytes.isLetter($0) } && !bytes.contains { $0 >= 0x61 && $0 <= 0x7A }
  }

  /// A cue and its other spelling: "first quarter" ↔ "first-quarter". (Done
  /// on bytes: `String.replacing` cost more than the rest of loading.)
  static func spellings(_ cue: String) -> [String] {
    let bytes = Array(cue.utf8)
    guard bytes.contains(0x20) || bytes.contains(0x2D) else { return [cue] }
    let hyphenated = String(decoding: bytes.map { $0 == 0x20 ? 0x2D : $0 }, as: UTF8.self)
    let spaced = String(decoding: bytes.map { $0 == 0x2D ? 0x20 : $0 }, as: UTF8.self)
    var result = [cue]
    for other in [hyphenated, spaced] where !result.contains(other) { result.append(other) }
    return result
  }

  public static let empty = FactBase(sources: [], entities: [], facts: [], notes: [], errata: [])

  public func source(_ id: String) -> Source? { sourceIndex[id].map { sources[$0] } }
  public func entity(_ id: String) -> Entity? { entityIndex[id].map { entities[$0] } }
  public func fact(_ id: String) -> Fact? { factIndex[id].map { facts[$0] } }

  // MARK: Loading

  /// Reads and combines fact base files (JSON, v1). Ids must be unique across
  /// all of them; a fact may refer to entities and sources of another file.
  /// A file's bytes are let go once it is compiled, unless the caller keeps them.
  public static func load(_ files: consuming [(origin: String, json: [UInt8])]) throws(FactBaseError) -> FactBase {
    var compiler = FactBaseCompiler()
    for f in files.indices {
      try compiler.add(files[f].json, origin: files[f].origin)
      files[f].json = []
    }
    let (base, problems) = compiler.finish()
    if !problems.isEmpty { throw .invalid(problems) }
    return base
  }

  // MARK: Source texts

  /// Finds each quote in the texts of its source (keyed by source id) and
  /// records its line and column. Returns the quotes that were not found,
  /// for sources whose text was given.
  @discardableResult
  public mutating func locateQuotes(in texts: [String: String]) -> [FactBaseProblem] {
    var problems: [FactBaseProblem] = []
    var cache: [String: (bytes: [UInt8], index: LineIndex)] = [:]
    for f in facts.indices {
      for c in facts[f].citations.indices {
        let citation = facts[f].citations[c]
        guard let text = texts[citation.sourceID] else { continue }
        let entry = cache[citation.sourceID] ?? { let b = Array(text.utf8); return (b, LineIndex(bytes: b)) }()
        cache[citation.sourceID] = entry
        if let offset = Self.find(Array(citation.quote.utf8), in: entry.bytes) {
          let position = entry.index.position(of: offset, in: .unicodeScalar)
          facts[f].citations[c].location = QuoteLocation(line: position.line + 1, column: position.column + 1)
        } else {
          problems.append(FactBaseProblem(origin: "", factID: facts[f].id, message: "quote not found verbatim in source '\(citation.sourceID)' (the source text changed, or the quote was edited): \"\(citation.quote)\""))
        }
      }
    }
    for erratum in errata {
      guard let text = texts[erratum.sourceID] else { continue }
      if Self.find(Array(erratum.quote.utf8), in: Array(text.utf8)) == nil {
        problems.append(FactBaseProblem(origin: "", message: "erratum quote not found verbatim in source '\(erratum.sourceID)': \"\(erratum.quote)\""))
      }
    }
    return problems
  }

  /// Byte offset of the first occurrence of `needle` in `haystack`.
  public static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
    Bytes.find(needle, in: haystack, from: 0)
  }
}
