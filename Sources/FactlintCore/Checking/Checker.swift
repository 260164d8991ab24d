/// Checks drafts against a fact base: text in, findings out.
///
/// The pipeline runs one way: prose (Markdown and code removed, blocks and
/// sentences found) → mentions (entities by alias or reference, values by
/// kind, cue words) → claims (a value bound to one fact) → verdicts →
/// findings. When the binding is unsure it says nothing.
public struct Checker: Sendable {
  public let factBase: FactBase

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
}
