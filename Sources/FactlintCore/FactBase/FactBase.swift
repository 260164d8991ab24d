/// The facts a draft is checked against, with the indexes the checker uses:
/// aliases → entities, cue words → facts, entity → facts.
public struct FactBase: Sendable {
  public private(set) var sources: [Source]
  public private(set) var entities: [Entity]
  public private(set) var facts: [Fact]
  public private(set) var notes: [Note]
  public private(set) var errata: [Erratum]

  let sourceIndex: [String: Int]
  let entityIndex: [String: Int]
  let factIndex: [String: Int]
  /// For each entity, the facts it is the subject of or related to.
  let factsByEntity: [[Int]]
  /// What the binder tests of each fact, by fact index.
  let bindings: [FactBinding]
  let aliases: PhraseMatcher
  let cues: PhraseMatcher
  let acronymCues: PhraseMatcher

  init(sources: [Source], entities: [Entity], facts: [Fact], notes: [Note], errata: [Erratum]) {
    self.sources = sources
    self.entities = entities
    self.facts = facts
    self.notes = notes
    self.errata = errata
    sourceIndex = Dictionary(sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    entityIndex = Dictionary(entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    factIndex = Dictionary(facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var byEntity = Array(repeating: [Int](), count: entities.count)
    for (f, fact) in facts.enumerated() {
      // Facts come in order, so a fact already listed for an entity is its last.
      if let e = entityIndex[fact.entityID] { byEntity[e].append(f) }
      for id in fact.related { if let e = entityIndex[id], byEntity[e].last != f { byEntity[e].append(f) } }
    }
    factsByEntity = byEntity
    // `Fact.describesChange`, with each distinct text judged once: facts share cues.
    var changeTexts: [String: Bool] = [:]
    bindings = facts.map { fact in
      let isChange = ([fact.attribute] + fact.cues).contains { text in
        if let known = changeTexts[text] { return known }
        let judged = Fact.namesChange(text)
        changeTexts[text] = judged
        return judged
      }
      return FactBinding(fact, isChange: isChange)
    }
    var aliasPhrases: [(String, Int)] = []
    for (e, entity) in entities.enumerated() {
      aliasPhrases.append((entity.name, e))
      for alias in entity.aliases { aliasPhrases.append((alias, e)) }
    }
    aliases = PhraseMatcher(phrases: aliasPhrases, caseSensitive: true, allowsSuffixes: false)
    // An all-capitals cue ("US", "Q1") is an acronym: it must not match "us".
    // "first quarter" also matches "first-quarter", and the other way round.
    // Each distinct cue is spelled and judged once.
    var forms: [String: (spellings: [String], isAcronym: Bool)] = [:]
    var plain: [(String, Int)] = [], acronyms: [(String, Int)] = []
    for (f, fact) in facts.enumerated() {
      for cue in fact.cues {
        let form: (spellings: [String], isAcronym: Bool)
        if let known = forms[cue] { form = known } else { form = (Self.spellings(cue), Self.isAcronym(cue)); forms[cue] = form }
        for spelling in form.spellings { if form.isAcronym { acronyms.append((spelling, f)) } else { plain.append((spelling, f)) } }
      }
    }
    cues = PhraseMatcher(phrases: plain, caseSensitive: false, allowsSuffixes: true)
    acronymCues = PhraseMatcher(phrases: acronyms, caseSensitive: true, allowsSuffixes: true)
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
  public static func load(_ files: [(origin: String, json: [UInt8])]) throws(FactBaseError) -> FactBase {
    var compiler = FactBaseCompiler()
    for (origin, json) in files { try compiler.add(json, origin: origin) }
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
