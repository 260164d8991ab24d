import FactlintCore

extension LanguageServer {
  /// Quick fixes and "Ignore here" for the findings the range touches, and "fix all".
  func codeActions(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    let uri = try uri(params)
    guard let document = documents[uri] else { return [] }
    let range = try byteRange(params?["range"], in: document)
    let convert = FindingsToProtocol(document: document, unit: unit, sourcesFolder: applied.sources)
    let only = params?["context"]?["only"]?.array?.compactMap(\.string)
    var actions: [JSONValue] = []
    if only == nil || only!.contains(where: { "quickfix".hasPrefix($0) }) {
      let touched = document.findings.filter { $0.range.lowerBound <= range.upperBound && range.lowerBound <= $0.range.upperBound }
      // The fixes first (Neovim's and lsp-mode's menus ignore isPreferred), then "Ignore here" for each finding.
      actions += touched.compactMap(convert.quickFix)
      actions += touched.map(convert.ignoreHere)
    }
    if only == nil || only!.contains(where: { "source.fixAll.factlint".hasPrefix($0) }), let all = convert.fixAll(document.findings) {
      actions.append(all)
    }
    return .array(actions)
  }

  /// The finding under the cursor: the fact, the sourced value and the quotes.
  func hover(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    let uri = try uri(params)
    guard let document = documents[uri] else { return .null }
    guard let line = params?["position"]?["line"]?.int, let character = params?["position"]?["character"]?.int else {
      throw .invalidParams("hover needs a 'position'")
    }
    let offset = document.lines.offset(line: line, column: character, in: unit)
    guard let f = document.findings.first(where: { $0.range.contains(offset) || $0.range.upperBound == offset }) else { return .null }
    return FindingsToProtocol(document: document, unit: unit, sourcesFolder: applied.sources).hover(f, markdown: hoverMarkdown)
  }
}
