/// Combines fact bases: sources and entities by id, and facts about the same
/// entity and attribute (same kind of value, same period, shared cue words)
/// into one fact with every citation. A differing value from another source
/// becomes a disagreement: the citation carries its own `value`, as in the
/// v1 format. Clashing ids are kept apart under a new id and reported;
/// nothing is resolved silently.
///
/// Facts are joined only across sources: two figures of one source stay two
/// facts unless they are the same figure.
public struct FactBaseMerger: Sendable {
  private var file = FactBaseFile()
  private var conflicts: [String] = []
  private var notes: [String] = []
  private var disputed: [String] = []
  private var entityOrigin: [String: String] = [:]
  private var factOrigin: [String: String] = [:]
  private var sourceOrigin: [String: String] = [:]
  /// For a fact joined from bindings to several entities: each entity's summed confidence.
  private var entityVotes: [Int: [String: Double]] = [:]

  public init() {}

  public var result: MergeResult {
    var merged = file
    var disputed = disputed
    // A fact joined from two sources has the cue words of both, which may tie it to a third source's fact
    // that came earlier ("14 safety incidents", "14 incidents … logged", "fourteen reportable events logged"):
    // the facts are joined again until nothing more joins, so the order of the sources does not matter.
    for _ in 0..<3 {
      var again = FactBaseMerger()
      again.file.sources = merged.sources
      again.file.entities = merged.entities
      for f in merged.facts { again.addFact(f, origin: factOrigin[f.id] ?? "") }
      if again.file.facts.count == merged.facts.count { break }
      merged.facts = again.file.facts
      disputed += again.disputed.filter { !disputed.contains($0) }
    }
    disputed = disputed.filter { id in merged.facts.contains { $0.id == id } }
    let errata = Self.likelyTypos(in: &merged)
    if !errata.isEmpty { merged.errata = (merged.errata ?? []) + errata }
    return MergeResult(file: merged, conflicts: conflicts, notes: notes, disputedFacts: disputed, errata: errata)
  }

  /// Figures that differ from another fact of the same entity only by a
  /// decimal point ("275-mile" beside "2.75 miles"), sharing a cue word, cited
  /// once where that figure is cited twice or more: a likely typo, not a
  /// second figure or a disagreement. They leave the facts and become errata
  /// of the fact they mistype.
  static func likelyTypos(in file: inout FactBaseFile) -> [FactBaseFile.ErratumRecord] {
    func digits(_ text: String) -> String { String(text.filter(\.isNumber)) }
    var errata: [FactBaseFile.ErratumRecord] = []
    var typos: Set<Int> = []
    for (i, typo) in file.facts.enumerated() where typo.citations.count == 1 && typo.citations[0].value == nil {
      guard case .success(let tv) = FactValueParser.parse(kind: typo.value.kind, text: typo.value.text), case .quantity = tv.value,
            digits(typo.value.text).count >= 3 else { continue }
      let cues = Set(typo.cues.map(CueGuesser.stem))
      let right = file.facts.indices.filter { j in
        let f = file.facts[j]
        guard j != i, f.entity == typo.entity, digits(f.value.text) == digits(typo.value.text),
              case .success(let fv) = FactValueParser.parse(kind: f.value.kind, text: f.value.text), case .quantity = fv.value else { return false }
        return !ValueComparison.same(fv, tv) && !cues.isDisjoint(with: f.cues.map(CueGuesser.stem))
      }
      // The figure it mistypes, cited at least twice across the facts that give it.
      guard let j = right.max(by: { file.facts[$0].citations.count < file.facts[$1].citations.count }),
            right.reduce(0, { $0 + file.facts[$1].citations.count }) >= 2 else { continue }
      let c = typo.citations[0]
      errata.append(.init(source: c.source, quote: c.quote, says: typo.value.text, fact: file.facts[j].id,
                          note: "likely typo: \(typo.value.text) where other citations give \(file.facts[j].value.text) (a misplaced decimal point)"))
      typos.insert(i)
    }
    file.facts = file.facts.enumerated().filter { !typos.contains($0.offset) }.map(\.element)
    return errata
  }

  public mutating func add(_ other: FactBaseFile, origin: String) {
    for s in other.sources {
      if let i = file.sources.firstIndex(where: { $0.id == s.id }) {
        if file.sources[i].title != s.title {
          conflicts.append("source '\(s.id)' is titled \"\(file.sources[i].title)\" in \(sourceOrigin[s.id] ?? "?") and \"\(s.title)\" in \(origin): the first title is kept")
        }
        continue
      }
      sourceOrigin[s.id] = origin
      file.sources.append(s)
    }
    var renamed: [String: String] = [:]
    for e in other.entities {
      let names = Set([e.name] + (e.aliases ?? []))
      if let i = file.entities.firstIndex(where: { $0.id == e.id }) {
        let existing = file.entities[i]
        if names.contains(existing.name) || (existing.aliases ?? []).contains(e.name) {
          let aliases = (existing.aliases ?? []) + (e.aliases ?? []).filter { !(existing.aliases ?? []).contains($0) }
          file.entities[i].aliases = aliases
          continue
        }
        let id = Slug.unique(e.id, in: Set(file.entities.map(\.id)))
        conflicts.append("entity id '\(e.id)' is \"\(existing.name)\" in \(entityOrigin[e.id] ?? "?") but \"\(e.name)\" in \(origin): the second is kept as '\(id)'")
        renamed[e.id] = id
        var copy = e
        copy.id = id
        entityOrigin[id] = origin
        file.entities.append(copy)
      } else if let existing = file.entities.first(where: { names.contains($0.name) || !names.isDisjoint(with: $0.aliases ?? []) && $0.kind == e.kind })
                  ?? file.entities.first(where: { Self.isAcronym(e.name, of: $0.name) || Self.isAcronym($0.name, of: e.name) }) {
        // "FTA" in one source, "Federal Transit Administration" in another: one entity, known by both.
        if let i = file.entities.firstIndex(where: { $0.id == existing.id }), !([existing.name] + (existing.aliases ?? [])).contains(e.name) {
          file.entities[i].aliases = (existing.aliases ?? [existing.name]) + [e.name]
        }
        notes.append("entity \"\(e.name)\" is '\(existing.id)' in \(entityOrigin[existing.id] ?? "?") and '\(e.id)' in \(origin): joined as '\(existing.id)'")
        renamed[e.id] = existing.id
      } else {
        entityOrigin[e.id] = origin
        file.entities.append(e)
      }
    }
    for var f in other.facts {
      f.entity = renamed[f.entity] ?? f.entity
      f.related = f.related.map { $0.map { renamed[$0] ?? $0 } }
      addFact(f, origin: origin)
    }
    if let notes = other.notes { file.notes = (file.notes ?? []) + notes }
    if let errata = other.errata { file.errata = (file.errata ?? []) + errata }
    if let unbound = other.unbound { file.unbound = (file.unbound ?? []) + unbound }
  }

  /// "FTA" for "Federal Transit Administration", "DOT" for "Department of Transportation": capitals that are the
  /// initials of the name's capitalised words, with or without its small words.
  static func isAcronym(_ short: String, of name: String) -> Bool {
    guard (2...6).contains(short.count), short.allSatisfy(\.isUppercase) else { return false }
    let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
    guard words.count >= 2 else { return false }
    let capitalised = String(words.compactMap { $0.first }.filter(\.isUppercase))
    let all = String(words.compactMap { $0.first }).uppercased()
    return short == capitalised || short == all
  }

  /// Joins `f` to the fact about the same entity and attribute, or adds it.
  public mutating func addFact(_ f: FactBaseFile.FactRecord, origin: String) {
    guard case .success(let value) = FactValueParser.parse(kind: f.value.kind, text: f.value.text) else {
      append(f, origin: origin)
      return
    }
    let sources = Set(f.citations.map(\.source))
    var target: Int? = nil
    var agrees = false
    var otherEntity: Int? = nil
    for (i, t) in file.facts.enumerated() {
      guard case .success(let tv) = FactValueParser.parse(kind: t.value.kind, text: t.value.text), tv.kind.family == value.kind.family else { continue }
      let same = ValueComparison.same(tv, value)
      let otherSources = sources.isDisjoint(with: t.citations.map(\.source))
      // The same distinctive figure ("$912 million", "11,812") about the same entity is
      // the same fact, whatever words surround it; otherwise the attribute and period must agree.
      let sameFigure = ValueComparison.identical(tv, value) && ValueComparison.isDistinctive(value) && tv.kind == value.kind
      guard t.entity == f.entity else {
        // Two sources that tie the same distinctive figure, in words of the same thing, to two
        // entities: one fact, whose entity is settled below; not two proposals of one figure.
        // (A named attribute, which the extractor gives with a statement, is compared by its cue words.)
        // (So do two sentences of one source, a table's row and the prose: "Vehicles | 26, at $5.2m each", "Acme's 26 cars, at $5.2m apiece".)
        let otherQuotes = Set(f.citations.map(\.quote)).isDisjoint(with: t.citations.map(\.quote))
        // A sum to the same digits ("$1.12bn", "$1.12 billion") is one in any words, when one of the bindings is weak.
        let weak = min(t.confidence ?? 1, f.confidence ?? 1) <= EntityBinder.Binding.sentenceSubject.rawValue
        let sameSum = weak && { if case .quantity(let q) = value.value, case .money = q.dimension { return true } else { return false } }()
        if otherEntity == nil, otherQuotes, sameFigure, sameSum || CueGuesser.relatedAttribute(t, f, cuesOnly: t.statement != nil || f.statement != nil) { otherEntity = i }
        continue
      }
      // Two sources giving the same figure of an entity in words of the same thing ("19 stops",
      // "Stations | 19") state one fact, even when the figure is common.
      // (A source that gives no period for the figure does not say another: "15 months late" and "It opened March 14, 2026, 15 months late".)
      let restated = otherSources && same && tv.kind == value.kind && (t.period == f.period || t.period == nil || f.period == nil) && CueGuesser.relatedAttribute(t, f)
      guard sameFigure || restated || t.period == f.period && CueGuesser.sameAttribute(t, f) else { continue }
      // Two figures of one source are two facts, unless they are the same figure to the same precision.
      if !otherSources, !ValueComparison.identical(tv, value) { continue }
      if target == nil || (same && !agrees) { target = i; agrees = same }
    }
    if target == nil, let i = otherEntity {
      target = i
      // The entity the bindings of its citations give most surely, added up; the other stays a related entity.
      var votes = entityVotes[i] ?? [file.facts[i].entity: file.facts[i].confidence ?? 0]
      votes[f.entity, default: 0] += f.confidence ?? 0
      entityVotes[i] = votes
      if votes[f.entity, default: 0] > votes[file.facts[i].entity, default: 0] {
        let previous = file.facts[i].entity
        file.facts[i].entity = f.entity
        file.facts[i].related = [previous] + (file.facts[i].related ?? []).filter { $0 != previous && $0 != f.entity }
        file.facts[i].attribute = f.attribute
        file.facts[i].statement = f.statement
        if file.facts[i].status == "proposed" {
          file.facts[i].id = Slug.unique(f.entity + "." + Slug.make(f.attribute), in: Set(file.facts.map(\.id)))
        }
      }
    }
    guard let t = target else {
      append(f, origin: origin)
      return
    }
    if otherEntity == nil, var votes = entityVotes[t] {
      votes[f.entity, default: 0] += f.confidence ?? 0
      entityVotes[t] = votes
    }
    guard case .success(let targetValue) = FactValueParser.parse(kind: file.facts[t].value.kind, text: file.facts[t].value.text) else { return }
    for var c in f.citations where !file.facts[t].citations.contains(where: { $0.source == c.source && $0.quote == c.quote }) {
      // Each citation keeps the value its source gives, when it differs from the fact's.
      let own = c.value ?? f.value
      if case .success(let ownValue) = FactValueParser.parse(kind: own.kind, text: own.text), !ValueComparison.same(ownValue, targetValue) {
        c.value = own
        if !disputed.contains(file.facts[t].id) { disputed.append(file.facts[t].id) }
      } else {
        c.value = nil
      }
      file.facts[t].citations.append(c)
    }
    // The same figure stated more precisely ("January 2026" for "2026") becomes the fact's value.
    if ValueComparison.same(targetValue, value), ValueComparison.isMorePrecise(value, than: targetValue) { file.facts[t].value = f.value }
    for r in [f.entity] + (f.related ?? []) where r != file.facts[t].entity && !(file.facts[t].related ?? []).contains(r) { file.facts[t].related = (file.facts[t].related ?? []) + [r] }
    for cue in f.cues where !file.facts[t].cues.contains(where: { $0.lowercased() == cue.lowercased() }) { file.facts[t].cues.append(cue) }
    if f.status == "proposed" { file.facts[t].status = "proposed" }
    if let c = f.confidence { file.facts[t].confidence = max(file.facts[t].confidence ?? 0, c) }
  }

  private mutating func append(_ f: FactBaseFile.FactRecord, origin: String) {
    var f = f
    if let existing = file.facts.first(where: { $0.id == f.id }) {
      let id = Slug.unique(f.id, in: Set(file.facts.map(\.id)))
      let message = "fact id '\(f.id)' is in \(factOrigin[f.id] ?? "?") and \(origin) with different facts: the second is kept as '\(id)'"
      // Ids made up by the extractor for two proposals may meet; reviewed facts must not.
      if existing.status == "proposed" && f.status == "proposed" { notes.append(message) } else { conflicts.append(message) }
      f.id = id
    }
    factOrigin[f.id] = origin
    file.facts.append(f)
  }
}

/// What merging produced: the combined file, the clashes it reported, and the
/// facts that now record a disagreement between sources.
public struct MergeResult: Sendable {
  public var file: FactBaseFile
  /// Clashes a person must settle: an id naming two entities, a source with two titles, two reviewed facts with one id.
  public var conflicts: [String]
  /// What was settled by rule and is only reported: entities joined by name, proposals renamed.
  public var notes: [String]
  public var disputedFacts: [String]
  /// Likely typos found while merging (`FactBaseMerger.likelyTypos`), also in `file.errata`.
  public var errata: [FactBaseFile.ErratumRecord] = []
}
