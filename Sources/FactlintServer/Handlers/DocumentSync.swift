import FactlintCore
import FactlintWorkspace

extension LanguageServer {
  func textDocument(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    guard let doc = params?["textDocument"], doc.object != nil else { throw .invalidParams("missing 'textDocument'") }
    return doc
  }

  func uri(_ params: JSONValue?) throws(RPCError) -> String {
    guard let uri = try textDocument(params)["uri"]?.string else { throw .invalidParams("missing 'textDocument.uri'") }
    return uri
  }

  func didOpen(_ params: JSONValue?) throws(RPCError) {
    let doc = try textDocument(params)
    guard let uri = doc["uri"]?.string, let text = doc["text"]?.string else { throw .invalidParams("didOpen needs 'uri' and 'text'") }
    var document = OpenDocument(uri: uri, version: doc["version"]?.int, text: text)
    if document.enforce(limit: limits.maximumDocumentBytes) { warnTooLarge(uri) }
    documents[uri] = document
    schedule(uri)
  }

  func didChange(_ params: JSONValue?) throws(RPCError) {
    let uri = try uri(params)
    guard var document = documents[uri] else { throw .invalidParams("didChange for a document that is not open: \(uri)") }
    guard let changes = params?["contentChanges"]?.array else { throw .invalidParams("didChange needs 'contentChanges'") }
    for change in changes {
      guard let text = change["text"]?.string else { throw .invalidParams("a content change needs 'text'") }
      if let range = change["range"] {
        guard let sl = range["start"]?["line"]?.int, let sc = range["start"]?["character"]?.int,
              let el = range["end"]?["line"]?.int, let ec = range["end"]?["character"]?.int else {
          throw .invalidParams("a content change range needs start and end positions")
        }
        document.apply(range: ((sl, sc), (el, ec)), text: text, unit: unit)
      } else {
        document.apply(range: nil, text: text, unit: unit)
      }
      if document.enforce(limit: limits.maximumDocumentBytes) { warnTooLarge(uri) }
    }
    document.version = try textDocument(params)["version"]?.int ?? document.version
    documents[uri] = document
    schedule(uri)
  }

  func didClose(_ params: JSONValue?) throws(RPCError) {
    let uri = try uri(params)
    documents[uri] = nil
    pendingChecks.removeAll { $0 == uri }
    if delivery == .push { notify("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []]) }
  }

  func warnTooLarge(_ uri: String) {
    show("\(uri) is larger than \(limits.maximumDocumentBytes) bytes (factlint lsp --max-document-bytes); it is not checked until it is smaller and sent whole again", type: 2)
  }

  /// Marks a document for checking once the messages at hand are handled.
  func schedule(_ uri: String) {
    if !pendingChecks.contains(uri) { pendingChecks.append(uri) }
  }

  /// Checks one document and, to a client that does not pull, pushes its diagnostics.
  func recheck(_ uri: String) {
    guard var document = documents[uri] else { return }
    var setup: CheckSetup? = nil
    do { setup = try projects.setup(for: uri, overrides: applied.overrides) } catch {
      if projects.isNew("\(error)") { show("\(error)") }
    }
    var found: [Finding] = []
    if !document.isTooLarge {
      // The document's cache holds blocks checked with one fact base: a new checker starts it afresh.
      let owner = setup.map { "project \($0.configurationPath ?? "") \(projects.generation)" } ?? "settings \(checkerGeneration)"
      if document.cacheOwner != owner {
        document.cache = BlockCache()
        document.cacheOwner = owner
      }
      found = (setup?.checker ?? checker).review(bytes: document.bytes, policy: setup?.policy ?? RulePolicy(), cache: &document.cache).findings
    }
    document.findings = found.map { f in
      var f = f
      if let name = settings.severities[f.rule.rawValue], let s = Severity(rawValue: name) { f.severity = s }
      return f
    }
    documents[uri] = document
    guard delivery == .push else { return }
    let convert = FindingsToProtocol(document: document, unit: unit, sourcesFolder: applied.sources)
    var params: [String: JSONValue] = ["uri": .string(uri), "diagnostics": .array(document.findings.map(convert.diagnostic))]
    if let v = document.version { params["version"] = .number(Double(v)) }
    notify("textDocument/publishDiagnostics", .object(params))
  }

  func pullDiagnostics(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    let uri = try uri(params)
    guard let document = documents[uri] else { return ["kind": "full", "items": []] }
    let convert = FindingsToProtocol(document: document, unit: unit, sourcesFolder: applied.sources)
    return ["kind": "full", "items": .array(document.findings.map(convert.diagnostic))]
  }

  /// The byte range of an LSP range in a document (clamped, never trapping).
  func byteRange(_ range: JSONValue?, in document: OpenDocument) throws(RPCError) -> Range<Int> {
    guard let sl = range?["start"]?["line"]?.int, let sc = range?["start"]?["character"]?.int,
          let el = range?["end"]?["line"]?.int, let ec = range?["end"]?["character"]?.int else { throw .invalidParams("expected a range with start and end positions") }
    let lo = document.lines.offset(line: sl, column: sc, in: unit)
    let hi = document.lines.offset(line: el, column: ec, in: unit)
    return min(lo, hi)..<max(lo, hi)
  }
}
