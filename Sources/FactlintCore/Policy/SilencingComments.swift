/// The comments a writer puts in a draft to silence findings, in the
/// conventions of markdownlint and Vale:
///
///     <!-- factlint-disable -->            … <!-- factlint-enable -->
///     <!-- factlint-disable conflict -->   … <!-- factlint-enable conflict -->
///     <!-- factlint-disable-next-line -->
///     a line with a claim <!-- factlint-disable-line weekday -->
///
/// Each may name rules (separated by spaces or commas); without names it
/// applies to every rule. Unknown rule names silence nothing.
public struct SilencingComments: Sendable {
  /// Rules silenced from an offset on, until the next change.
  private var regions: [(start: Int, silenced: Set<Rule>)] = []
  /// Rules silenced on one line (0-based).
  private var lines: [Int: Set<Rule>] = [:]
  private let lineIndex: LineIndex?

  public init(bytes: [UInt8]) {
    let open = Array("<!--".utf8), close = Array("-->".utf8)
    guard let first = Bytes.find(open, in: bytes, from: 0) else { lineIndex = nil; return }
    let index = LineIndex(bytes: bytes)
    lineIndex = index
    var current: Set<Rule> = []
    var at: Int? = first
    while let start = at {
      guard let end = Bytes.find(close, in: bytes, from: start + open.count) else { break }
      at = Bytes.find(open, in: bytes, from: end + close.count)
      guard let directive = Directive(String(decoding: bytes[(start + open.count)..<end], as: UTF8.self)) else { continue }
      switch directive.kind {
      case .disable:
        current.formUnion(directive.rules)
        regions.append((end + close.count, current))
      case .enable:
        current.subtract(directive.rules)
        regions.append((start, current))
      case .disableLine:
        lines[index.line(containing: start), default: []].formUnion(directive.rules)
      case .disableNextLine:
        lines[index.line(containing: end) + 1, default: []].formUnion(directive.rules)
      }
    }
  }

  /// Whether a comment silences this finding.
  public func silences(_ finding: Finding) -> Bool {
    guard let lineIndex else { return false }
    let offset = finding.range.lowerBound
    if lines[lineIndex.line(containing: offset)]?.contains(finding.rule) == true { return true }
    // The last region starting at or before the finding decides.
    var lo = 0, hi = regions.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if regions[mid].start <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo > 0 && regions[lo - 1].silenced.contains(finding.rule)
  }

  /// One `factlint-…` comment.
  private struct Directive {
    enum Kind: String { case disable = "factlint-disable", enable = "factlint-enable", disableLine = "factlint-disable-line", disableNextLine = "factlint-disable-next-line" }
    var kind: Kind
    var rules: Set<Rule>

    init?(_ body: String) {
      let words = body.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" }.map(String.init)
      guard let first = words.first, let kind = Kind(rawValue: first) else { return nil }
      self.kind = kind
      let named = words.dropFirst().compactMap(Rule.init(rawValue:))
      rules = words.count == 1 ? Set(Rule.allCases) : Set(named)
    }
  }
}
