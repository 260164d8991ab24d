/// Turns decoded fact base files into a `FactBase`, collecting every problem
/// (duplicate ids, dangling references, unreadable values, missing quotes)
/// with the line of the file it concerns.
struct FactBaseCompiler {
  let files: [(origin: String, json: [UInt8], file: FactBaseFile)]
  private static let entityKinds: Set<String> = ["model", "company", "lab", "person", "product", "organization", "model-family", "deal", "other"]

  func compile() -> (FactBase, [FactBaseProblem]) {
    var problems: [FactBaseProblem] = []
    var sources: [Source] = []
    var entities: [Entity] = []
    var facts: [Fact] = []
    var notes: [Note] = []
    var errata: [Erratum] = []
    var seenSources: [String: String] = [:], seenEntities: [String: String] = [:], seenFacts: [String: String] = [:]

    for (origin, json, file) in files {
      let locate = JSONLocator(json: json)
      func problem(_ id: String?, _ factID: String? = nil, _ message: String) {
        let (line, column) = id.map { locate.position(ofString: $0) } ?? (nil, nil)
        problems.append(FactBaseProblem(origin: origin, line: line, column: column, factID: factID, message: message))
      }
      if file.version != 1 { problem(nil, nil, "unsupported version \(file.version); this factlint reads version 1") }
      for s in file.sources {
        if let other = seenSources[s.id] { problem(s.id, nil, "source id '\(s.id)' is defined twice (also in \(other))"); continue }
        if s.id.isEmpty { problem(nil, nil, "a source has an empty id") }
        seenSources[s.id] = origin
        sources.append(Source(id: s.id, title: s.title, publisher: s.publisher, published: s.published, url: s.url))
      }
      for e in file.entities {
        if let other = seenEntities[e.id] { problem(e.id, nil, "entity id '\(e.id)' is defined twice (also in \(other))"); continue }
        if !Self.entityKinds.contains(e.kind) { problem(e.id, nil, "entity '\(e.id)' has unknown kind '\(e.kind)' (expected one of: \(Self.entityKinds.sorted().joined(separator: ", ")))") }
        seenEntities[e.id] = origin
        entities.append(Entity(id: e.id, name: e.name, kind: e.kind, aliases: e.aliases ?? []))
      }
      for n in file.notes ?? [] { notes.append(Note(text: n.text, factIDs: n.facts ?? [])) }
      for e in file.errata ?? [] { errata.append(Erratum(sourceID: e.source, quote: e.quote, says: e.says, factID: e.fact, note: e.note)) }
      for f in file.facts {
        if let other = seenFacts[f.id] { problem(f.id, f.id, "fact id is defined twice (also in \(other))"); continue }
        seenFacts[f.id] = origin
        let value: FactValue
        switch FactValueParser.parse(kind: f.value.kind, text: f.value.text) {
        case .success(let v): value = v
        case .failure(let failure): problem(f.id, f.id, failure.message); continue
        }
        if f.citations.isEmpty { problem(f.id, f.id, "has no citation; every fact cites at least one source with a verbatim quote") }
        if f.cues.isEmpty { problem(f.id, f.id, "has no cue words; the checker could never bind a claim to it") }
        if let status = f.status, status != "proposed", status != "reviewed" { problem(f.id, f.id, "has unknown status '\(status)' (expected proposed or reviewed)") }
        if let c = f.confidence, !(0...1).contains(c) { problem(f.id, f.id, "has confidence \(c); a confidence is between 0 and 1") }
        var citations: [Citation] = []
        for c in f.citations {
          if c.quote.allSatisfy(\.isWhitespace) { problem(f.id, f.id, "has an empty quote for source '\(c.source)'") }
          var own: FactValue? = nil
          if let v = c.value {
            switch FactValueParser.parse(kind: v.kind, text: v.text) {
            case .success(let parsed):
              if parsed.kind.family != value.kind.family { problem(f.id, f.id, "citation of '\(c.source)' gives a \(parsed.kind.rawValue) where the fact is a \(value.kind.rawValue)") }
              own = parsed.value == value.value ? nil : parsed
            case .failure(let failure): problem(f.id, f.id, "citation of '\(c.source)': \(failure.message)")
            }
          }
          citations.append(Citation(sourceID: c.source, quote: c.quote, value: own))
        }
        let year = f.period.flatMap { p in p.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.first { $0 >= 1900 && $0 <= 2100 } }
        facts.append(Fact(id: f.id, entityID: f.entity, related: f.related ?? [], attribute: f.attribute, statement: f.statement,
                          cues: f.cues, periodYear: year, period: f.period, value: value, citations: citations, note: f.note,
                          isProposed: f.status == "proposed"))
      }
    }
    // References are checked across all files together.
    for (origin, json, file) in files {
      let locate = JSONLocator(json: json)
      for f in file.facts {
        // Located only when there is a problem to report: the search is costly.
        func problem(_ message: String) {
          let (line, column) = locate.position(ofString: f.id)
          problems.append(FactBaseProblem(origin: origin, line: line, column: column, factID: f.id, message: message))
        }
        if seenEntities[f.entity] == nil { problem("refers to unknown entity '\(f.entity)'") }
        for r in f.related ?? [] where seenEntities[r] == nil { problem("lists unknown related entity '\(r)'") }
        for c in f.citations where seenSources[c.source] == nil { problem("cites unknown source '\(c.source)'") }
        if let s = f.statement, !s.contains("{value}") { problem("statement has no {value} placeholder: \"\(s)\"") }
      }
      for e in file.errata ?? [] {
        if seenSources[e.source] == nil { problems.append(FactBaseProblem(origin: origin, message: "erratum cites unknown source '\(e.source)'")) }
        if let id = e.fact, seenFacts[id] == nil { problems.append(FactBaseProblem(origin: origin, message: "erratum refers to unknown fact '\(id)'")) }
      }
      for u in file.unbound ?? [] where seenSources[u.source] == nil {
        problems.append(FactBaseProblem(origin: origin, message: "unbound value '\(u.value.text)' cites unknown source '\(u.source)'"))
      }
      for n in file.notes ?? [] { for id in n.facts ?? [] where seenFacts[id] == nil { problems.append(FactBaseProblem(origin: origin, message: "note refers to unknown fact '\(id)'")) } }
    }
    return (FactBase(sources: sources, entities: entities, facts: facts, notes: notes, errata: errata), problems)
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
