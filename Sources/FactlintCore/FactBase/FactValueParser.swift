/// Reads a fact base's value text ("$14.3 billion", "2026-04-08", "top 5",
/// "more than 3 billion") with the same scanner that reads drafts, so a fact
/// and a claim written alike always compare alike.
struct ParseFailure: Error { var message: String }

enum FactValueParser {
  static func parse(kind: String, text: String) -> Result<FactValue, ParseFailure> {
    guard let kind = ValueKind(rawValue: kind) else {
      return .failure(ParseFailure(message: "unknown value kind '\(kind)' (expected one of: \(ValueKind.allCases.map(\.rawValue).joined(separator: ", ")))"))
    }
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])
    var mentions = ValueScanner(bytes: bytes, tokens: tokens).scan()
    // A rank may be written as a bare position: "4".
    if kind == .rank, mentions.count == 1, case .quantity(let q) = mentions[0].value, q.dimension == .number, let position = Int(exactly: q.value) {
      mentions[0].value = .rank(RankValue(position: position, isTopN: false))
      mentions[0].style.rank = .ordinalWord
    }
    guard mentions.count == 1, var mention = mentions.first, mention.range.upperBound == bytes.count || text.hasSuffix(" ") else {
      return .failure(ParseFailure(message: "value '\(text)' is not a single \(kind.rawValue) the checker can read (see protocol/factbase.md for the formats)"))
    }
    // A year-only date is a fine fact.
    switch (kind, mention.value) {
    case (.date, .date), (.rank, .rank):
      break
    case (_, .quantity(var q)):
      switch (kind, q.dimension) {
      case (.score, .number), (.score, .score), (.score, .percent): q.dimension = q.dimension == .percent ? .percent : .score
      // "by 5 points": a gap between two scores, which only a margin in a draft is compared with.
      case (.score, .margin): break
      case (.count, .number): q.dimension = .count
      case (.percent, .percent), (.duration, .duration), (.multiplier, .multiplier), (.length, .length): break
      case (.money, .money) where !q.isRange, (.moneyRange, .money) where q.isRange: break
      default:
        return .failure(ParseFailure(message: "value '\(text)' reads as \(mention.value.kind.rawValue), not \(kind.rawValue)"))
      }
      mention.value = .quantity(q)
    default:
      return .failure(ParseFailure(message: "value '\(text)' reads as \(mention.value.kind.rawValue), not \(kind.rawValue)"))
    }
    return .success(FactValue(kind: kind, text: text, value: mention.value, hedge: mention.hedge, style: mention.style))
  }
}
