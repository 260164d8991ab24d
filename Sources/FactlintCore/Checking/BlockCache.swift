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
    /// The question a paragraph answers (`Block.question`).
    var question: [UInt8]?
    /// Mentions still in reach of a reference: entity, salience, token, and
    /// sentence and block relative to the block's first.
    var recent: [RecentMention]
    /// The entities in scope (`DiscourseScope.entities`).
    var scope: [Int]
    /// Whether the sentence before the block opened with an unknown name.
    var lastSubjectUnknown: Bool

    static func == (a: Key, b: Key) -> Bool {
      a.kind == b.kind && a.original == b.original && a.masked == b.masked && a.sentences == b.sentences
        && a.headers == b.headers && a.leadIn == b.leadIn && a.question == b.question && a.recent == b.recent && a.scope == b.scope && a.lastSubjectUnknown == b.lastSubjectUnknown
    }

    /// A cheap hash: the sizes, a sample of the bytes and the context. Keys
    /// that share it are told apart by `==`, so a collision costs a comparison,
    /// never a wrong answer; hashing every byte cost more than checking the block.
    func hash(into hasher: inout Hasher) {
      hasher.combine(kind)
      hasher.combine(original.count)
      let step = max(1, original.count / 32)
      var i = 0
      while i < original.count {
        hasher.combine(original[i])
        i += step
      }
      if let last = original.last { hasher.combine(last) }
      hasher.combine(sentences.count)
      hasher.combine(headers.count)
      hasher.combine(leadIn?.count ?? -1)
      hasher.combine(question?.count ?? -1)
      hasher.combine(recent)
      hasher.combine(scope)
    }
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
    /// `CheckRun`'s `lastSubjectUnknown` after the block.
    var lastSubjectUnknown: Bool
  }

  private var entries: [Key: (result: Result, run: Int)] = [:]
  /// The check under way, and how many blocks it has used.
  private var run = 0
  private var used = 0
  /// Blocks replayed and blocks analysed in the last check.
  public private(set) var hits = 0
  public private(set) var misses = 0

  public init() {}

  mutating func lookup(_ key: Key) -> Result? {
    guard let index = entries.index(forKey: key) else { misses += 1; return nil }
    hits += 1
    used += 1
    entries.values[index].run = run
    return entries.values[index].result
  }

  mutating func store(_ key: Key, _ result: Result) {
    entries[key] = (result, run)
    used += 1
  }

  /// Starts a check: counters reset.
  mutating func begin() {
    hits = 0
    misses = 0
    used = 0
    run += 1
  }

  /// Ends a check. Blocks the draft no longer has are forgotten once they
  /// outnumber the live ones, so the cache stays within twice the draft and
  /// an edit does not pay for rebuilding it.
  mutating func end() {
    if entries.count > 2 * used + 16 {
      let current = run
      entries = entries.filter { $0.value.run == current }
    }
  }
}
