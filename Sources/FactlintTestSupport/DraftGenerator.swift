/// Random drafts for property tests: claims made from fact statements (with
/// the sourced value or a changed one, hedged or not), mixed with Markdown,
/// line breaks of every kind and characters of one to four UTF-8 bytes.
public struct DraftGenerator: Sendable {
  /// A sentence with `{value}` where a figure goes, and the sourced value.
  public struct Claim: Sendable {
    public var template: String
    public var value: String
    public init(template: String, value: String) {
      self.template = template
      self.value = value
    }
  }

  public let claims: [Claim]

  public init(claims: [Claim]) {
    self.claims = claims
  }

  /// Characters of every UTF-8 length and UTF-16 width, and every line break.
  public static let characters: [String] = ["a", "Z", "7", " ", " ", ".", ",", "\n", "\r\n", "\r", "\t", "é", "ß", "€", "—", "“", "”", "中", "🙂", "𝔘", "e\u{301}", "👩‍💻"]
  static let noise = ["# ", "## ", "- ", "* ", "> ", "1. ", "`54`", "**", "_", "[link](https://example.com/54)", "<!-- 57 -->", "| a | b |\n|---|---|\n| ", "\n```\ncode 54\n```\n", "---\ntitle: x\n---\n"]
  static let hedges = ["", "", "", "about ", "nearly ", "more than ", "less than ", "at least ", "roughly "]

  /// A random run of `count` characters from `characters`.
  public func characters(_ count: Int, using rng: inout SeededGenerator) -> String {
    (0..<count).map { _ in rng.pick(Self.characters) }.joined()
  }

  /// A claim: the sourced value, or the value with one digit changed.
  public func claim(using rng: inout SeededGenerator) -> String {
    let claim = rng.pick(claims)
    var value = claim.value
    if rng.chance(0.6), let digit = value.indices.filter({ value[$0].isASCII && value[$0].isNumber }).randomElement(using: &rng) {
      value.replaceSubrange(digit...digit, with: String(Int.random(in: 0...9, using: &rng)))
    }
    return claim.template.replacing("{value}", with: rng.pick(Self.hedges) + value)
  }

  /// A draft of a few paragraphs.
  public func draft(using rng: inout SeededGenerator) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 1...6, using: &rng) {
      if rng.chance(0.3) { text += rng.pick(Self.noise) }
      if rng.chance(0.8) { text += claim(using: &rng) + rng.pick([". ", ", and ", "; ", ".\n", ".\n\n", ". It "]) }
      if rng.chance(0.3) { text += characters(Int.random(in: 0...12, using: &rng), using: &rng) }
      if rng.chance(0.4) { text += rng.pick(["\n\n", "\r\n", "\n", " "]) }
    }
    return text
  }
}
