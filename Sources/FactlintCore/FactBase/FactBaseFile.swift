#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The fact base file format, version 1, exactly as stored in JSON. See
/// `protocol/factbase.md` and `protocol/factbase.schema.json`.
public struct FactBaseFile: Codable, Sendable {
  public var version: Int
  public var sources: [SourceRecord]
  public var entities: [EntityRecord]
  public var facts: [FactRecord]
  public var notes: [NoteRecord]?
  public var errata: [ErratumRecord]?

  public struct SourceRecord: Codable, Sendable {
    public var id: String
    public var title: String
    public var publisher: String?
    public var published: String?
    public var url: String?
  }

  public struct EntityRecord: Codable, Sendable {
    public var id: String
    public var name: String
    public var kind: String
    public var aliases: [String]?
  }

  public struct ValueRecord: Codable, Sendable, Hashable {
    public var kind: String
    public var text: String
  }

  public struct CitationRecord: Codable, Sendable {
    public var source: String
    public var quote: String
    public var value: ValueRecord?
  }

  public struct FactRecord: Codable, Sendable {
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
  }

  public struct NoteRecord: Codable, Sendable {
    public var text: String
    public var facts: [String]?
  }

  public struct ErratumRecord: Codable, Sendable {
    public var source: String
    public var quote: String
    public var says: String?
    public var fact: String?
    public var note: String
  }
}
