/// Checks drafts against a fact base: text in, findings out.
///
/// The pipeline runs one way: prose (Markdown and code removed, blocks and
/// sentences found) → mentions (entities by alias or reference, values by
/// kind, cue words) → claims (a value bound to one fact) → verdicts →
/// findings. When the binding is unsure it says nothing.
public struct Checker: Sendable {
  public let factBase: FactBase

  /// The largest draft the checker takes, in bytes: a token holds its
  /// offsets in 32 bits. The shells keep drafts far below it (a limit of
  /// theirs may not be set above it).
  public static let maximumDraftBytes = Token.maximumOffset

  public init(factBase: FactBase) {
    self.factBase = factBase
  }

  public func check(_ text: String) -> [Finding] {
    check(bytes: Array(text.utf8))
  }

  /// Findings for a UTF-8 text, ordered by position; ranges are byte offsets.
  public func check(bytes: [UInt8]) -> [Finding] {
    var run = CheckRun(base: factBase, bytes: bytes)
    return run.run()
  }

  /// The same findings, reusing from `cache` the blocks an edit left alone
  /// (for an editor re-checking a draft after each change). The cache must
  /// have been filled by a checker with the same fact base.
  public func check(bytes: [UInt8], cache: inout BlockCache) -> [Finding] {
    var run = CheckRun(base: factBase, bytes: bytes)
    return run.run(cache: &cache)
  }
}
