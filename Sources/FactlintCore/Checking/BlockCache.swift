/// What re-checking an edited draft can reuse: each block's findings and the
/// entity mentions it leaves for the next blocks, keyed by everything the
/// block's checking reads — its own text, its lead-in and table headers, and
/// the mentions of the last few sentences before it. An edit re-analyses the
/// blocks it touched and the few after it whose context it changed; the rest
/// are replayed, so an editor's latency does not grow with the draft.
///
/// A cache belongs to one fact base: start a new one when the facts change.
public struct BlockCache: Sendable {
  struct Key: Hashable, Sendable {
    var kind: Block.Kind
    var original: [UInt8]
    var masked: [UInt8]
    /// Sentence ranges relative to the block's start.
    var sentences: [Range<Int>]
    var headers: [[UInt8]?]
    var leadIn: [UInt8]?
    /// Mentions still in reach of a reference: entity, salience, token, and
    /// sentence and block relative to the block's first.
    var recent: [RecentMention]
  }

  struct RecentMention: Hashable, Sendable {
    var entity: Int
    var salience: Int
    var token: Int
    var sentence: Int
    var block: Int
  }

  struct Result: Sendable {
    /// Ranges relative to the block's start.
    var findings: [Finding]
    /// Mentions the block leaves in memory: range relative to the block's start, sentence relative to its first.
    var mentions: [(mention: EntityMention, sentence: Int)]
  }

  private var entries: [Key: Result] = [:]
  private var used: Set<Key> = []
  /// Blocks replayed and blocks analysed in the last check.
  public private(set) var hits = 0
  public private(set) var misses = 0

  public init() {}

  mutating func lookup(_ key: Key) -> Result? {
    guard let result = entries[key] else { misses += 1; return nil }
    hits += 1
    used.insert(key)
    return result
  }

  mutating func store(_ key: Key, _ result: Result) {
    entries[key] = result
    used.insert(key)
  }

  /// Starts a check: counters reset.
  mutating func begin() {
    hits = 0
    misses = 0
    used.removeAll(keepingCapacity: true)
  }

  /// Ends a check: blocks the draft no longer has are forgotten, so the cache stays the size of the draft.
  mutating func end() {
    if used.count < entries.count { entries = entries.filter { used.contains($0.key) } }
  }
}
