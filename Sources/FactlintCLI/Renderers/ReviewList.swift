import FactlintCore

/// What a person must decide about the facts `facts extract` or `facts
/// merge` proposed, printed before anything else, one line each: disputed
/// facts (each side's value, sources and words), likely errata, proposals
/// whose confidence is below `lowConfidence`, and values left unbound.
/// Reviewed facts are not listed: they were decided already.
struct ReviewList {
  /// A proposal below this was not tied to a name in its own clause or
  /// sentence subject (a name elsewhere in the sentence, the next or previous
  /// sentence), or its year was inferred, or it is a bare year.
  static let lowConfidence = 0.5

  let result: MergeResult

  /// The header and the lines, or nothing when there is nothing to decide.
  var lines: [String] {
    let file = result.file
    let disputed = file.facts.filter { f in
      f.citations.contains { $0.value != nil } && (f.status == "proposed" || result.disputedFacts.contains(f.id))
    }
    let low = file.facts.enumerated().filter { $0.element.status == "proposed" && ($0.element.confidence ?? 1) < Self.lowConfidence }
      .sorted { ($0.element.confidence ?? 1, $0.offset) < ($1.element.confidence ?? 1, $1.offset) }.map(\.element)
    let unbound = file.unbound ?? []
    var counts: [String] = []
    func count(_ n: Int, _ one: String, _ many: String) { if n > 0 { counts.append("\(n) \(n == 1 ? one : many)") } }
    count(disputed.count, "disputed fact", "disputed facts")
    count(result.errata.count, "likely erratum", "likely errata")
    count(low.count, "proposal of low confidence", "proposals of low confidence")
    count(unbound.count, "unbound value", "unbound values")
    guard !counts.isEmpty else { return [] }
    var lines = ["to review: " + counts.joined(separator: ", ")]
    for f in disputed {
      // Each side: its value, the sources that give it, and the words of the first around it.
      var sides: [(value: String, sources: [String], quote: String)] = []
      for c in f.citations {
        let value = c.value?.text ?? f.value.text
        if let i = sides.firstIndex(where: { $0.value == value }) {
          if !sides[i].sources.contains(c.source) { sides[i].sources.append(c.source) }
        } else {
          sides.append((value, [c.source], Self.excerpt(of: value, in: c.quote)))
        }
      }
      lines.append("disputed: \(f.id): " + sides.map { "\($0.value) (\($0.sources.joined(separator: ", ")): “\($0.quote)”)" }.joined(separator: " vs "))
    }
    for e in result.errata {
      lines.append("erratum: \(e.source) says \(e.says ?? "?") in “\(Self.excerpt(of: e.says ?? "", in: e.quote))”: \(e.note)")
    }
    for f in low {
      let quote = f.citations.first.map { " “\(Self.excerpt(of: f.value.text, in: $0.quote))”" } ?? ""
      lines.append("low confidence \(f.confidence.map { String($0) } ?? "?"): \(f.id) = \(f.value.text):\(quote)")
    }
    for u in unbound {
      let at = u.line.map { ":\($0)" + (u.column.map { ":\($0)" } ?? "") } ?? ""
      lines.append("unbound: \(u.source)\(at): \(u.value.text) in “\(Self.excerpt(of: u.value.text, in: u.quote))”: \(u.reason)")
    }
    return lines
  }

  /// The words of `quote` around the first that holds a word of `value` (its
  /// figures first: "15,000" of "15,000 to 17,000", "42" of "about 42"), four
  /// on each side at most, "…" where cut; the quote's first words when none does.
  static func excerpt(of value: String, in quote: String) -> String {
    let words = quote.split(whereSeparator: \.isWhitespace)
    let parts = value.split(separator: " ")
    let probes = parts.filter { $0.contains(where: \.isNumber) } + parts
    let at = probes.lazy.compactMap { probe in words.firstIndex { $0.contains(probe) } }.first
    let lo = at.map { max(0, $0 - 4) } ?? 0
    let hi = at.map { min(words.count, $0 + 5) } ?? min(words.count, 10)
    return (lo > 0 ? "…" : "") + words[lo..<hi].joined(separator: " ") + (hi < words.count ? "…" : "")
  }
}
