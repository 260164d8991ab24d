/// Turns an HTML page into plain text: scripts, styles and comments removed,
/// block elements become paragraph breaks, inline tags vanish, character
/// references are decoded and runs of spaces collapsed, so each paragraph is
/// one line of prose a quote can be taken from verbatim.
enum HTMLStripper {
  private static let blockTags: Set<String> = [
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "header", "footer", "blockquote", "title", "main", "aside", "nav", "figure", "figcaption", "dd", "dt", "hr", "pre",
  ]
  private static let hiddenTags: Set<String> = ["script", "style", "head", "noscript", "template", "svg"]
  private static let entities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "’", "lsquo": "‘",
    "rdquo": "”", "ldquo": "“", "mdash": "—", "ndash": "–", "hellip": "…", "euro": "€", "pound": "£", "times": "×",
  ]

  static func strip(_ html: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(html.count)
    var i = 0
    var hiddenUntil: [UInt8]? = nil
    while i < html.count {
      let b = html[i]
      if let closing = hiddenUntil {
        if b == UInt8(ascii: "<"), Bytes.hasPrefix(html, at: i, closing) { hiddenUntil = nil; i = skipTag(html, from: i) } else { i += 1 }
        continue
      }
      if b == UInt8(ascii: "<") {
        if Bytes.hasPrefix(html, at: i, Array("<!--".utf8)) {
          i = FactBase.find(Array("-->".utf8), in: Array(html[i...])).map { i + $0 + 3 } ?? html.count
          continue
        }
        let name = tagName(html, at: i)
        if hiddenTags.contains(name), (i + 1 >= html.count || html[i + 1] != UInt8(ascii: "/")) { hiddenUntil = Array("</\(name)".utf8) }
        if blockTags.contains(name) { out += [0x0A, 0x0A] }
        i = skipTag(html, from: i)
        continue
      }
      if b == UInt8(ascii: "&"), let (text, length) = entity(html, at: i) {
        out += Array(text.utf8)
        i += length
        continue
      }
      out.append(Bytes.isSpace(b) ? 0x20 : b)
      i += 1
    }
    return tidy(out)
  }

  /// Lower-case name of the tag at `i` ("p" for `<p class=x>` and `</p>`).
  private static func tagName(_ html: [UInt8], at i: Int) -> String {
    var j = i + 1
    if j < html.count, html[j] == UInt8(ascii: "/") { j += 1 }
    var name: [UInt8] = []
    while j < html.count, Bytes.isAlnum(html[j]), html[j] < 0x80 { name.append(Bytes.lower(html[j])); j += 1 }
    return String(decoding: name, as: UTF8.self)
  }

  private static func skipTag(_ html: [UInt8], from i: Int) -> Int {
    var j = i + 1
    var quote: UInt8? = nil
    while j < html.count {
      let c = html[j]
      if let q = quote { if c == q { quote = nil } } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c } else if c == UInt8(ascii: ">") { return j + 1 }
      j += 1
    }
    return html.count
  }

  private static func entity(_ html: [UInt8], at i: Int) -> (String, Int)? {
    var j = i + 1
    while j < html.count, j - i <= 10, html[j] != UInt8(ascii: ";") {
      guard Bytes.isAlnum(html[j]) || html[j] == UInt8(ascii: "#") else { return nil }
      j += 1
    }
    guard j < html.count, html[j] == UInt8(ascii: ";"), j > i + 1 else { return nil }
    let name = String(decoding: html[(i + 1)..<j], as: UTF8.self)
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      guard let code, let scalar = Unicode.Scalar(code) else { return nil }
      return (scalar == "\u{A0}" ? " " : String(Character(scalar)), j - i + 1)
    }
    return entities[name].map { ($0, j - i + 1) }
  }

  /// Collapses spaces, trims lines and keeps at most one blank line between paragraphs.
  private static func tidy(_ text: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var newlines = 0
    var pendingSpace = false
    for b in text {
      if b == 0x0A {
        newlines += 1
        pendingSpace = false
      } else if b == 0x20 {
        pendingSpace = true
      } else {
        if !out.isEmpty {
          if newlines > 0 { out += newlines > 1 ? [0x0A, 0x0A] : [0x0A] } else if pendingSpace { out.append(0x20) }
        }
        newlines = 0
        pendingSpace = false
        out.append(b)
      }
    }
    if !out.isEmpty { out.append(0x0A) }
    return out
  }
}
