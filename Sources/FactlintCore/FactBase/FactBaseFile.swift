/// The fact base file format, version 1, exactly as stored in JSON. See
/// `protocol/factbase.md` and `protocol/factbase.schema.json`. Read by
/// `FactBaseReader`, written with `JSONEncoder`.
public struct FactBaseFile: Encodable, Sendable {
  public var version: Int
  public var sources: [SourceRecord]
  public var entities: [EntityRecord]
  public var facts: [FactRecord]
  public var notes: [NoteRecord]?
  public var errata: [ErratumRecord]?
  /// Values `facts extract` found but could not bind to an entity and an
  /// attribute: listed for review, never dropped silently.
  public var unbound: [UnboundRecord]?

  public init(version: Int = 1, sources: [SourceRecord] = [], entities: [EntityRecord] = [], facts: [FactRecord] = [],
              notes: [NoteRecord]? = nil, errata: [ErratumRecord]? = nil, unbound: [UnboundRecord]? = nil) {
    self.version = version
    self.sources = sources
    self.entities = entities
    self.facts = facts
    self.notes = notes
    self.errata = errata
    self.unbound = unbound
  }

  public struct SourceRecord: Encodable, Sendable {
    public var id: String
    public var title: String
    public var publisher: String?
    public var published: String?
    public var url: String?
  }

  public struct EntityRecord: Encodable, Sendable {
    public var id: String
    public var name: String
    public var kind: String
    public var aliases: [String]?
  }

  public struct ValueRecord: Encodable, Sendable, Hashable {
    public var kind: String
    public var text: String
  }

  public struct CitationRecord: Encodable, Sendable {
    public var source: String
    public var quote: String
    public var value: ValueRecord?
    /// Where the quote starts in the source text (1-based, column in Unicode
    /// scalars), as `facts extract` found it.
    public var line: Int?
    public var column: Int?
  }

  public struct FactRecord: Encodable, Sendable {
    public var id: String
    public var entity: String
    public var related: [String]?
    public var attribute: String
    public var statement: String?
    public var cues: [String]
    public var period: String?
    public var value: ValueRecord
    public var citations: [CitationRecord]
    public var note: String?
    /// "proposed" for facts awaiting review; absent for reviewed facts.
    public var status: String?
    /// For a proposed fact: how sure the extractor is of its binding, 0 to 1.
    public var confidence: Double?
  }

  public struct NoteRecord: Encodable, Sendable {
    public var text: String
    public var facts: [String]?
  }

  public struct UnboundRecord: Encodable, Sendable {
    public var source: String
    public var value: ValueRecord
    public var quote: String
    public var line: Int?
    public var column: Int?
    /// Why it was not made a fact.
    public var reason: String
  }

  public struct ErratumRecord: Encodable, Sendable {
    public var source: String
    public var quote: String
    public var says: String?
    public var fact: String?
    public var note: String
  }
}

extension FactBaseFile {
  /// Reads one fact base file without compiling it (ids and references are
  /// not checked): for tools that combine files, such as `facts merge`.
  public static func decode(_ json: [UInt8], origin: String) throws(FactBaseError) -> FactBaseFile {
    var file = FactBaseFile()
    do { try FactBaseReader.read(json, origin: origin, into: &file) } catch { throw .malformed(error) }
    return file
  }
}

/// Decoding keeps every record, as read.
extension FactBaseFile: FactBaseRecordSink {
  mutating func read(version: Int, at offset: Int) { self.version = version }
  mutating func listed(_ key: String) {
    switch key {
    case "notes": notes = notes ?? []
    case "errata": errata = errata ?? []
    default: unbound = unbound ?? []
    }
  }
  mutating func read(source: SourceRecord, at offset: Int) { sources.append(source) }
  mutating func read(entity: EntityRecord, at offset: Int) { entities.append(entity) }
  mutating func read(fact: FactRecord, at offset: Int) { facts.append(fact) }
  mutating func read(note: NoteRecord, at offset: Int) { notes?.append(note) }
  mutating func read(erratum: ErratumRecord, at offset: Int) { errata?.append(erratum) }
  mutating func read(unbound: UnboundRecord, at offset: Int) { self.unbound?.append(unbound) }
}
