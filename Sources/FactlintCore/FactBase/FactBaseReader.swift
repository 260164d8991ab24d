/// Receives the records of a fact base file in the order they are read, so
/// they can be compiled at once and no decoded copy of the file is kept.
/// `offset` is where the record's id (or, without one, the record) starts.
protocol FactBaseRecordSink {
  mutating func read(version: Int, at offset: Int)
  /// An optional list (`notes`, `errata`, `unbound`) is present, maybe empty.
  mutating func listed(_ key: String)
  mutating func read(source: FactBaseFile.SourceRecord, at offset: Int)
  mutating func read(entity: FactBaseFile.EntityRecord, at offset: Int)
  mutating func read(fact: FactBaseFile.FactRecord, at offset: Int)
  mutating func read(note: FactBaseFile.NoteRecord, at offset: Int)
  mutating func read(erratum: FactBaseFile.ErratumRecord, at offset: Int)
  mutating func read(unbound: FactBaseFile.UnboundRecord, at offset: Int)
}

/// Reads the fact base format (`protocol/factbase.md`) with `JSONReader`,
/// as strictly as its schema: a missing required field, a value of the wrong
/// type or an unknown field is refused with its JSON path, line and column.
struct FactBaseReader {
  var json: JSONReader
  let origin: String
  /// Where the value being read sits: `facts[3].cues` is the key "facts",
  /// index 3, the key "cues". (A key is kept as where its name starts and
  /// read again only for a message: this is pushed for every member.)
  var path: [PathComponent] = []
  /// The strings and cue lists a fact base repeats, each made once.
  var texts = StringTable()
  /// The ids of the list being read by `sharedStrings()`, reused.
  var listIDs: [Int32] = []

  enum PathComponent { case key(at: Int), index(Int) }

  static func read<Sink: FactBaseRecordSink>(_ bytes: [UInt8], origin: String, into sink: inout Sink) throws(FactBaseProblem) {
    if bytes.isEmpty { throw FactBaseProblem(origin: origin, message: "the file is empty; a fact base is a JSON object with \"version\": 1") }
    var reader = FactBaseReader(json: JSONReader(bytes), origin: origin)
    try reader.file(into: &sink)
    do { try reader.json.end() } catch { throw reader.notJSON(error) }
  }

  private mutating func file<Sink: FactBaseRecordSink>(into sink: inout Sink) throws(FactBaseProblem) {
    var seen: Set<FileField> = []
    let start = try object(FileField.self) { key, r throws(FactBaseProblem) in
      seen.insert(key)
      switch key {
      case .version:
        let at = try r.valueStart()
        sink.read(version: try r.integer(), at: at)
      case .sources: try r.array { r throws(FactBaseProblem) in var at = 0; let s = try r.source(at: &at); sink.read(source: s, at: at) }
      case .entities: try r.array { r throws(FactBaseProblem) in var at = 0; let e = try r.entity(at: &at); sink.read(entity: e, at: at) }
      case .facts: try r.array { r throws(FactBaseProblem) in var at = 0; let f = try r.fact(at: &at); sink.read(fact: f, at: at) }
      case .notes:
        guard try !r.null() else { return }
        sink.listed(key.rawValue)
        try r.array { r throws(FactBaseProblem) in var at = 0; let n = try r.note(at: &at); sink.read(note: n, at: at) }
      case .errata:
        guard try !r.null() else { return }
        sink.listed(key.rawValue)
        try r.array { r throws(FactBaseProblem) in var at = 0; let e = try r.erratum(at: &at); sink.read(erratum: e, at: at) }
      case .unbound:
        guard try !r.null() else { return }
        sink.listed(key.rawValue)
        try r.array { r throws(FactBaseProblem) in var at = 0; let u = try r.unbound(at: &at); sink.read(unbound: u, at: at) }
      }
    }
    for key in [FileField.version, .sources, .entities, .facts] where !seen.contains(key) { throw missing(key.rawValue, at: start) }
  }

  // MARK: Records

  // Each record read sets `at` to where its problems are reported: its id, or itself.

  private mutating func source(at: inout Int) throws(FactBaseProblem) -> FactBaseFile.SourceRecord {
    var id: String?, title: String?, publisher: String?, published: String?, url: String?
    let start = try object(SourceField.self) { key, r throws(FactBaseProblem) in
      switch key {
      case .id: at = try r.valueStart(); id = try r.string()
      case .title: title = try r.string()
      case .publisher: publisher = try r.optionalString()
      case .published: published = try r.optionalString()
      case .url: url = try r.optionalString()
      }
    }
    return .init(id: try required(id, "id", start), title: try required(title, "title", start), publisher: publisher, published: published, url: url)
  }

  private mutating func entity(at: inout Int) throws(FactBaseProblem) -> FactBaseFile.EntityRecord {
    var id: String?, name: String?, kind: String?, aliases: [String]?
    let start = try object(EntityField.self) { key, r throws(FactBaseProblem) in
      switch key {
      case .id: at = try r.valueStart(); id = try r.string()
      case .name: name = try r.string()
      case .kind: kind = try r.sharedString()
      case .aliases: aliases = try r.optionalStrings()
      }
    }
    return .init(id: try required(id, "id", start), name: try required(name, "name", start), kind: try required(kind, "kind", start), aliases: aliases)
  }

  private mutating func fact(at: inout Int) throws(FactBaseProblem) -> FactBaseFile.FactRecord {
    var id: String?, entity: String?, related: [String]?, attribute: String?, statement: String?, cues: [String]?, period: String?
    var value: FactBaseFile.ValueRecord?, citations: [FactBaseFile.CitationRecord]?, note: String?, status: String?, confidence: Double?
    let start = try object(FactField.self) { key, r throws(FactBaseProblem) in
      switch key {
      case .id: at = try r.valueStart(); id = try r.string()
      case .entity: entity = try r.sharedString()
      case .related: related = try r.optionalSharedStrings()
      case .attribute: attribute = try r.sharedString()
      case .statement: statement = try r.optionalString()
      case .cues: cues = try r.sharedStrings()
      case .period: period = try r.optionalSharedString()
      case .value: value = try r.value()
      case .citations:
        var list: [FactBaseFile.CitationRecord] = []
        try r.array { r throws(FactBaseProblem) in list.append(try r.citation()) }
        citations = list
      case .note: note = try r.optionalString()
      case .status: status = try r.optionalSharedString()
      case .confidence: confidence = try r.optionalNumber()
      }
    }
    let record = FactBaseFile.FactRecord(
      id: try required(id, "id", start), entity: try required(entity, "entity", start), related: related,
      attribute: try required(attribute, "attribute", start), statement: statement, cues: try required(cues, "cues", start),
      period: period, value: try required(value, "value", start), citations: try required(citations, "citations", start),
      note: note, status: status, confidence: confidence)
    return record
  }

  mutating func value() throws(FactBaseProblem) -> FactBaseFile.ValueRecord {
    var kind: String?, text: String?
    let start = try object(ValueField.self) { key, r throws(FactBaseProblem) in
      if key == .kind { kind = try r.sharedString() } else { text = try r.sharedString() }
    }
    return .init(kind: try required(kind, "kind", start), text: try required(text, "text", start))
  }

  private mutating func citation() throws(FactBaseProblem) -> FactBaseFile.CitationRecord {
    var source: String?, quote: String?, value: FactBaseFile.ValueRecord?, line: Int?, column: Int?
    let start = try object(CitationField.self) { key, r throws(FactBaseProblem) in
      switch key {
      case .source: source = try r.sharedString()
      case .quote: quote = try r.string()
      case .value: value = try r.optionalValue()
      case .line: line = try r.optionalInteger()
      case .column: column = try r.optionalInteger()
      }
    }
    return .init(source: try required(source, "source", start), quote: try required(quote, "quote", start), value: value, line: line, column: column)
  }

  private mutating func note(at: inout Int) throws(FactBaseProblem) -> FactBaseFile.NoteRecord {
    var text: String?, facts: [String]?
    let start = try object(NoteField.self) { key, r throws(FactBaseProblem) in
      if key == .text { text = try r.string() } else { facts = try r.optionalStrings() }
    }
    at = start
    return .init(text: try required(text, "text", start), facts: facts)
  }

  private mutating func erratum(at: inout Int) throws(FactBaseProblem) -> FactBaseFile.ErratumRecord {
    var source: String?, quote: String?, says: String?, fact: String?, note: String?
    let start = try object(ErratumField.self) { key, r throws(FactBaseProblem) in
      switch key {
      case .source: source = try r.string()
      case .quote: quote = try r.string()
      case .says: says = try r.optionalString()
      case .fact: fact = try r.optionalString()
      case .note: note = try r.string()
      }
    }
    let record = FactBaseFile.ErratumRecord(source: try required(source, "source", start), quote: try required(quote, "quote", start),
                                            says: says, fact: fact, note: try required(note, "note", start))
    at = start
    return record
  }

  private mutating func unbound(at: inout Int) throws(FactBaseProblem) -> FactBaseFile.UnboundRecord {
    var source: String?, value: FactBaseFile.ValueRecord?, quote: String?, line: Int?, column: Int?, reason: String?
    let start = try object(UnboundField.self) { key, r throws(FactBaseProblem) in
      switch key {
      case .source: source = try r.string()
      case .value: value = try r.value()
      case .quote: quote = try r.string()
      case .line: line = try r.optionalInteger()
      case .column: column = try r.optionalInteger()
      case .reason: reason = try r.string()
      }
    }
    let record = FactBaseFile.UnboundRecord(source: try required(source, "source", start), value: try required(value, "value", start),
                                            quote: try required(quote, "quote", start), line: line, column: column,
                                            reason: try required(reason, "reason", start))
    at = start
    return record
  }

  // MARK: Fields

  enum FileField: String, RecordFields { case version, sources, entities, facts, notes, errata, unbound; static let table = FieldTable<Self>() }
  enum SourceField: String, RecordFields { case id, title, publisher, published, url; static let table = FieldTable<Self>() }
  enum EntityField: String, RecordFields { case id, name, kind, aliases; static let table = FieldTable<Self>() }
  enum FactField: String, RecordFields { case id, entity, related, attribute, statement, cues, period, value, citations, note, status, confidence; static let table = FieldTable<Self>() }
  enum ValueField: String, RecordFields { case kind, text; static let table = FieldTable<Self>() }
  enum CitationField: String, RecordFields { case source, quote, value, line, column; static let table = FieldTable<Self>() }
  enum NoteField: String, RecordFields { case text, facts; static let table = FieldTable<Self>() }
  enum ErratumField: String, RecordFields { case source, quote, says, fact, note; static let table = FieldTable<Self>() }
  enum UnboundField: String, RecordFields { case source, value, quote, line, column, reason; static let table = FieldTable<Self>() }
}
