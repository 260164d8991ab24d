/// A source document facts are quoted from.
public struct Source: Sendable, Hashable {
  public var id: String
  public var title: String
  public var publisher: String?
  public var published: String?
  public var url: String?
}

/// Something facts are about: a model, a company, a person…
public struct Entity: Sendable, Hashable {
  public var id: String
  public var name: String
  public var kind: String
  public var aliases: [String]
}

/// A value as a fact base states it: its text ("$14.3 billion") and what the
/// checker reads from it.
public struct FactValue: Sendable, Hashable {
  public var kind: ValueKind
  public var text: String
  public var value: Value
  public var hedge: Hedge
  var style: ValueStyle
}

/// A `FactValue` kept out of line (it is over 200 bytes): a compiled fact
/// and a citation hold a reference, and facts that give the same value text
/// share one. Immutable, so facts keep value semantics; compared by value.
final class SharedFactValue: Hashable, Sendable {
  let value: FactValue

  init(_ value: FactValue) {
    self.value = value
  }

  static func == (a: SharedFactValue, b: SharedFactValue) -> Bool { a === b || a.value == b.value }
  func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// Where a quote sits in its source text (1-based line, column in Unicode scalars).
public struct QuoteLocation: Sendable, Hashable {
  public var line: Int
  public var column: Int
}

/// A source's support for a fact: a verbatim quote, and that source's own
/// value when the sources disagree.
public struct Citation: Sendable, Hashable {
  public var sourceID: String
  public var quote: String
  /// Set only when this source's value differs from the fact's.
  public var value: FactValue? {
    get { sharedValue?.value }
    set { sharedValue = newValue.map(SharedFactValue.init) }
  }
  public var location: QuoteLocation?
  /// `value`, where it is stored.
  var sharedValue: SharedFactValue?
}

public struct Fact: Sendable, Hashable {
  public var id: String
  public var entityID: String
  public var related: [String]
  public var attribute: String
  public var statement: String?
  public var cues: [String]
  /// The year the figure refers to, when it is tied to one.
  public var periodYear: Int?
  public var period: String?
  public var value: FactValue {
    get { sharedValue.value }
    set { sharedValue = SharedFactValue(newValue) }
  }
  public var citations: [Citation]
  public var note: String?
  public var isProposed: Bool
  /// `value`, where it is stored: read without copying it.
  var sharedValue: SharedFactValue

  /// The distinct values the sources give: one unless they disagree.
  public var sides: [FactValue] {
    var result = [value]
    for c in citations { if let v = c.value, !result.contains(where: { $0.value == v.value }) { result.append(v) } }
    return result
  }

  public var isDisputed: Bool { sides.count > 1 }

  /// Whether an attribute or a cue has a word of change: a fact whose
  /// attribute or cues do ("share price rise", "layoffs", "hallucination
  /// reduction") is about a change, not a level (`FactBinding.isChange`).
  static func namesChange(_ text: String) -> Bool {
    words(text).contains { ClaimWords.changeWords.contains($0) || ClaimWords.changeNouns.contains($0) }
  }

  /// Whether an attribute or a cue speaks of a valuation ("valuation",
  /// "valued at"): only such a fact can take a figure the draft calls a
  /// valuation — a company's worth is not its funding round or a stake's price.
  static func namesValuation(_ text: String) -> Bool {
    words(text).contains { ClaimWords.valuationWords.contains($0) }
  }

  /// Whether an attribute or a cue speaks of an event that happens once to
  /// its subject ("founding year", "founded", "born"): a date years off the
  /// sourced one is then a wrong date, not another such event.
  static func namesOnceOnlyEvent(_ text: String) -> Bool {
    words(text).contains { ClaimWords.onceOnlyEventWords.contains($0) }
  }

  /// The lower-cased words of a text (runs of letters). ASCII text is split
  /// by bytes: asking each `Character` whether it is a letter was a sixth of
  /// loading a fact base.
  static func words(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.lowercased().split { !$0.isLetter }.map(String.init) }
    return bytes.split { !Bytes.isLetter($0) }.map { String(decoding: $0.map(Bytes.lower), as: UTF8.self) }
  }

  /// The citations that give `side`.
  public func citations(for side: FactValue) -> [Citation] {
    citations.filter { ($0.value ?? value).value == side.value }
  }
}

public struct Erratum: Sendable, Hashable {
  public var sourceID: String
  public var quote: String
  public var says: String?
  public var factID: String?
  public var note: String
}

public struct Note: Sendable, Hashable {
  public var text: String
  public var factIDs: [String]
}
