/// Escaping for text put into an HTML page: drafts, paths and quotes may hold
/// `<script>`, `&` or quotes, and must show as written.
enum HTMLEscaping {
  /// `text` made safe as element content or a quoted attribute value.
  static func escape(_ text: some StringProtocol) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A link target only when it is a web address, so a fact base cannot put a
  /// `javascript:` URL into the page.
  static func webLink(_ url: String) -> String? {
    let lower = url.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
    return escape(url)
  }
}
