import FactlintCore
import FactlintTestSupport
import Testing
@testable import FactlintServer

/// Over many generated drafts and edit sequences, in each position encoding:
/// a document edited incrementally holds the same text, and gets the same
/// diagnostics, as the final text opened afresh. The server runs in process.
@Suite struct IncrementalEditPropertyTests {
  static let cases = 1500
  static let checker = Checker(factBase: try! FactBase.loadDefault())
  static let generator = DraftGenerator(claims: checker.factBase.facts.compactMap { fact in
    fact.statement.map { DraftGenerator.Claim(template: $0, value: fact.value.text) }
  })

  /// A server and everything it sent.
  final class Client {
    var sent: [JSONValue] = []
    var server: LanguageServer!

    init(encoding: String) {
      server = LanguageServer(send: { [unowned self] bytes in
        var framer = MessageFramer()
        for case .message(let body) in framer.append(bytes) { self.sent.append(JSONValue.parse(body)!) }
      }, checker: IncrementalEditPropertyTests.checker)
      send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": ["general": ["positionEncodings": [.string(encoding)]]]]])
    }

    func send(_ messages: JSONValue...) {
      server.handle(batch: messages.map { $0.serialized() })
    }

    func diagnostics(_ uri: String) -> JSONValue? {
      sent.last { $0["method"]?.string == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.string == uri }?["params"]?["diagnostics"]
    }
  }

  /// The LSP position of scalar `index` in `scalars`, counted independently of `LineIndex`.
  static func position(_ index: Int, in scalars: [Unicode.Scalar], encoding: String) -> JSONValue {
    var line = 0, column = 0
    for k in 0..<index {
      let s = scalars[k]
      if s == "\n" && k > 0 && scalars[k - 1] == "\r" { continue }
      if s == "\n" || s == "\r" { line += 1; column = 0; continue }
      column += encoding == "utf-8" ? UTF8.width(s) : encoding == "utf-16" ? UTF16.width(s) : 1
    }
    return ["line": .number(Double(line)), "character": .number(Double(column))]
  }

  @Test func incrementalEditsMatchTheFinalTextOpenedAfresh() {
    var rng = SeededGenerator(seed: 0x5EED_0004)
    let encodings = ["utf-8", "utf-16", "utf-32"]
    let clients = Dictionary(uniqueKeysWithValues: encodings.map { ($0, Client(encoding: $0)) })
    var withFindings = 0
    for n in 0..<Self.cases {
      let encoding = rng.pick(encodings)
      let client = clients[encoding]!
      let edited = "file:///edited-\(n).md", fresh = "file:///fresh-\(n).md"
      var scalars = Array(Self.generator.draft(using: &rng).unicodeScalars)
      var messages: [JSONValue] = [["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": [
        "uri": .string(edited), "languageId": "markdown", "version": 1, "text": .string(String(String.UnicodeScalarView(scalars)))]]]]
      var changes: [JSONValue] = []
      for _ in 0..<Int.random(in: 1...5, using: &rng) {
        // Boundaries between scalars, never inside a "\r\n".
        let boundaries = (0...scalars.count).filter { $0 == 0 || $0 == scalars.count || !(scalars[$0 - 1] == "\r" && scalars[$0] == "\n") }
        var lo = rng.pick(boundaries), hi = rng.pick(boundaries)
        if hi < lo { swap(&lo, &hi) }
        if hi - lo > 40 { hi = boundaries.first { $0 >= lo + Int.random(in: 0...40, using: &rng) } ?? hi }
        let text = rng.chance(0.5) ? Self.generator.claim(using: &rng) : Self.generator.characters(Int.random(in: 0...6, using: &rng), using: &rng)
        changes.append(["range": ["start": Self.position(lo, in: scalars, encoding: encoding), "end": Self.position(hi, in: scalars, encoding: encoding)], "text": .string(text)])
        scalars.replaceSubrange(lo..<hi, with: Array(text.unicodeScalars))
        // Edits arrive one per message or several in one.
        if rng.chance(0.5) {
          messages.append(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": ["textDocument": ["uri": .string(edited), "version": 2], "contentChanges": .array(changes)]])
          changes = []
        }
      }
      if !changes.isEmpty {
        messages.append(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": ["textDocument": ["uri": .string(edited), "version": 2], "contentChanges": .array(changes)]])
      }
      let final = String(String.UnicodeScalarView(scalars))
      messages.append(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": [
        "uri": .string(fresh), "languageId": "markdown", "version": 1, "text": .string(final)]]])
      client.server.handle(batch: messages.map { $0.serialized() })

      let text = client.server.documents[edited].map { String(decoding: $0.bytes, as: UTF8.self) }
      #expect(text == final, "case \(n) (\(encoding)): the edited text differs from the final text")
      let diagnostics = client.diagnostics(edited)
      #expect(diagnostics != nil && diagnostics == client.diagnostics(fresh), "case \(n) (\(encoding)): diagnostics differ for \(final.debugDescription)")
      if diagnostics?.array?.isEmpty == false { withFindings += 1 }
      guard text == final else { return }
      client.send(["jsonrpc": "2.0", "method": "textDocument/didClose", "params": ["textDocument": ["uri": .string(edited)]]],
                  ["jsonrpc": "2.0", "method": "textDocument/didClose", "params": ["textDocument": ["uri": .string(fresh)]]])
      client.sent.removeAll()
    }
    #expect(withFindings > Self.cases / 4, "the generated drafts should often hold findings, got \(withFindings)")
  }
}
