/// A draft's findings after the configuration and the draft's own silencing
/// comments have had their say.
public struct Review: Sendable {
  /// What the writer should see.
  public var findings: [Finding]
  /// What a silencing comment hid; counted in summaries, never shown.
  public var silenced: [Finding]
}

extension Checker {
  /// Checks a draft, then applies the rule policy and the silencing comments.
  public func review(bytes: [UInt8], policy: RulePolicy = RulePolicy()) -> Review {
    Self.review(bytes: bytes, findings: check(bytes: bytes), policy: policy)
  }

  /// `review`, reusing unchanged blocks from `cache` (see `check(bytes:cache:)`).
  public func review(bytes: [UInt8], policy: RulePolicy = RulePolicy(), cache: inout BlockCache) -> Review {
    Self.review(bytes: bytes, findings: check(bytes: bytes, cache: &cache), policy: policy)
  }

  private static func review(bytes: [UInt8], findings: [Finding], policy: RulePolicy) -> Review {
    let all = policy.apply(findings)
    guard !all.isEmpty else { return Review(findings: [], silenced: []) }
    let comments = SilencingComments(bytes: bytes)
    var review = Review(findings: [], silenced: [])
    for f in all {
      if comments.silences(f) { review.silenced.append(f) } else { review.findings.append(f) }
    }
    return review
  }
}
