/// Ids made from names: "Claude Opus 4.6" → "claude-opus-4.6".
enum Slug {
  static func make(_ text: String) -> String {
    var out = ""
    for c in text.lowercased() {
      if c.isLetter && c.isASCII || c.isNumber && c.isASCII || c == "." {
        out.append(c)
      } else if !out.isEmpty, out.last != "-" {
        out.append("-")
      }
    }
    while out.hasSuffix("-") || out.hasSuffix(".") { out.removeLast() }
    return out.isEmpty ? "x" : out
  }

  /// `base`, or `base-2`, `base-3`… whichever `taken` does not hold yet.
  static func unique(_ base: String, in taken: Set<String>) -> String {
    if !taken.contains(base) { return base }
    var n = 2
    while taken.contains("\(base)-\(n)") { n += 1 }
    return "\(base)-\(n)"
  }
}
