import FactlintCore

/// `--fix`: puts each conflict's sourced value in place of the claim and
/// writes the draft back atomically.
enum DraftFixer {
  /// The fixed draft and the number of fixes, or nil when there was nothing to fix.
  static func apply(_ draft: DraftFile, _ findings: [Finding]) throws -> (DraftFile, Int)? {
    let fixes = findings.filter { $0.rule == .conflict && $0.replacement != nil && !$0.isUnreviewed }.sorted { $0.range.lowerBound > $1.range.lowerBound }
    guard !fixes.isEmpty else { return nil }
    var bytes = draft.bytes
    var lastStart = Int.max
    for f in fixes where f.range.upperBound <= lastStart {
      bytes.replaceSubrange(f.range, with: Array(f.replacement!.utf8))
      lastStart = f.range.lowerBound
    }
    try AtomicWriter.replace(draft.path, with: (draft.hasBOM ? [0xEF, 0xBB, 0xBF] : []) + bytes, expecting: draft.original)
    var fixed = draft
    fixed.bytes = bytes
    return (fixed, fixes.count)
  }
}
