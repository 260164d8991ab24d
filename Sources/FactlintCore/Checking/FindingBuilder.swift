/// Writes the finding for a claim that contradicts or takes a side on a fact:
/// the message in plain words, the replacement, the sources.
struct FindingBuilder {
  let base: FactBase
  let bytes: [UInt8]

  /// The sourced value written like the claim, capitalised like it too
  /// ("Nine thousand" at the start of a sentence → "Eight thousand"). A date
  /// opens with a month's name, capitalised anywhere ("February 2025" →
  /// "late 2025"), unless it opens with a part of the year ("Early 2025").
  private func rendered(_ fact: FactValue, like value: ValueMention) -> String? {
    guard let text = ValueRenderer.render(fact, like: value) else { return nil }
    let opensWithName: Bool = { if case .date(let d) = value.value { return d.part == nil }; return false }()
    return opensWithName ? text : capitalised(text, like: value.range.lowerBound)
  }

  /// `text` with a capital where the draft's text at `start` has one.
  private func capitalised(_ text: String, like start: Int) -> String {
    guard start < bytes.count, Bytes.isUpper(bytes[start]), let lead = text.first, lead.isLowercase else { return text }
    return lead.uppercased() + text.dropFirst()
  }

  func conflict(_ value: ValueMention, _ fact: Fact) -> Finding {
    let claimed = claimText(value)
    let expected = plain(fact.value)
    var message = "\(statement(fact, expected)), not \(claimed)"
    if fact.isDisputed {
      message += " (sources give " + fact.sides.map(plain).joined(separator: " or ") + ")"
    }
    var range = value.range
    var replacement = rendered(fact.value, like: value)
    // A bound the sourced figure does not meet even when corrected ("fewer
    // than 1 million" GPUs for more than 1.3 million) is replaced with its
    // hedge, by the source's own.
    if let start = value.hedgeStart, let text = replacement, !ValueRenderer.holds(fact.value, like: value) {
      replacement = capitalised(Self.words(for: fact.value.hedge) + text, like: start)
      range = start..<range.upperBound
    }
    return reviewed(Finding(range: range, rule: .conflict, message: message, factID: fact.id, expected: expected,
                            replacement: replacement, sources: citations(fact)), fact)
  }

  /// "opened on a Sunday, March 14" where the sourced date, March 14, 2026, is a Saturday.
  func wrongWeekday(at range: Range<Int>, written: String, actual: String, _ fact: Fact) -> Finding {
    let expected = plain(fact.value)
    return reviewed(Finding(range: range, rule: .conflict, message: "\(statement(fact, expected)), a \(actual), not a \(written)",
                            factID: fact.id, expected: actual, replacement: actual, sources: citations(fact)), fact)
  }

  func scaleSlip(_ value: ValueMention, _ fact: Fact) -> Finding {
    let expected = plain(fact.value)
    return reviewed(Finding(range: value.range, rule: .scale, message: "\(statement(fact, expected)); \(claimText(value)) is true as written but a thousand times off",
                            factID: fact.id, expected: expected, replacement: rendered(fact.value, like: value), sources: citations(fact)), fact)
  }

  func disputed(_ value: ValueMention, _ fact: Fact, agreeing: [FactValue]) -> Finding {
    let sides = fact.sides.map { side in
      "\(plain(side)) (\(fact.citations(for: side).map { sourceName($0.sourceID) }.joined(separator: ", ")))"
    }
    let entity = base.entity(fact.entityID)?.name ?? fact.entityID
    let followed = agreeing.flatMap { fact.citations(for: $0) }.map { sourceName($0.sourceID) }.joined(separator: ", ")
    // An extracted attribute with no statement is the source's words, not a phrase: the quote says what the figure is.
    let subject = fact.isProposed && fact.statement == nil
      ? "\(entity)'s figure" + (Self.excerpt(of: fact).map { " (“\($0)”)" } ?? "") : "\(entity)'s \(fact.attribute)"
    let message = "Sources disagree on \(subject): \(sides.joined(separator: " vs ")); the draft follows \(followed)"
    let other = fact.sides.first { side in !agreeing.contains(where: { $0.value == side.value }) }
    return reviewed(Finding(range: value.range, rule: .disputed, message: message, factID: fact.id, expected: plain(fact.value),
                            replacement: other.flatMap { rendered($0, like: value) }, sources: citations(fact)), fact)
  }

  /// A finding on a proposed fact is marked unreviewed (`Finding.unreviewed`).
  private func reviewed(_ finding: Finding, _ fact: Fact) -> Finding { fact.isProposed ? finding.unreviewed() : finding }

  /// The fact's statement with the sourced value, or a plain fallback.
  private func statement(_ fact: Fact, _ expected: String) -> String {
    if let s = fact.statement { return s.replacing("{value}", with: expected) }
    let entity = base.entity(fact.entityID)?.name ?? fact.entityID
    // An extracted attribute is the source's words, not a phrase, unless the extractor named it and wrote a
    // statement (above): the quote (in the sources) says what the figure is.
    if fact.isProposed { return "\(entity): the sources give \(expected)" + (Self.excerpt(of: fact).map { " (“\($0)”)" } ?? "") }
    return "\(entity)'s \(fact.attribute) is \(expected)"
  }

  /// The words of the fact's first quote around its value, at most four on
  /// each side, marked "…" where cut: what the figure is, in the source's words.
  static func excerpt(of fact: Fact) -> String? {
    guard let quote = fact.citations.first?.quote else { return nil }
    let words = quote.split(separator: " ")
    let value = fact.value.text.split(separator: " ").last.map(String.init) ?? fact.value.text
    guard let at = words.firstIndex(where: { $0.contains(value) }) else { return words.count <= 12 ? quote : words.prefix(12).joined(separator: " ") + "…" }
    let lo = max(0, at - 4), hi = min(words.count, at + 5)
    return (lo > 0 ? "…" : "") + words[lo..<hi].joined(separator: " ") + (hi < words.count ? "…" : "")
  }

  /// A hedge in words, with a space after it: "more than ".
  static func words(for hedge: Hedge) -> String {
    switch hedge {
    case .exact: ""
    case .approximately: "about "
    case .nearly: "nearly "
    case .moreThan: "more than "
    case .atLeast: "at least "
    case .lessThan: "less than "
    case .atMost: "up to "
    }
  }

  private func claimText(_ value: ValueMention) -> String {
    // (Without Markdown's emphasis marks: "**9** days" is "9 days".)
    let text = Bytes.string(bytes, value.range).filter { $0 != "*" }
    let hedge = Self.words(for: value.hedge)
    return hedge + text
  }

  /// A sourced value in plain words: "$14.3 billion", "April 8, 2026", "fourth".
  func plain(_ value: FactValue) -> String {
    switch value.value {
    case .date(let d): return d.description
    case .rank(let r): return r.isTopN ? "top \(r.position)" : ValueRenderer.rank(r, style: .ordinalWord)
    case .quantity: return value.text
    }
  }

  /// How a message names a source: by its publisher or title, never its id
  /// (ids are for JSON and SARIF, not for writers).
  private func sourceName(_ id: String) -> String {
    guard let s = base.source(id) else { return id }
    if let publisher = s.publisher, !publisher.isEmpty { return publisher }
    return s.title.isEmpty ? s.id : "“\(s.title)”"
  }

  private func citations(_ fact: Fact) -> [SourceCitation] {
    fact.citations.map { c in
      let source = base.source(c.sourceID)
      return SourceCitation(id: c.sourceID, title: source?.title ?? c.sourceID, url: source?.url, quote: c.quote,
                            value: c.value.map(plain), location: c.location)
    }
  }
}
