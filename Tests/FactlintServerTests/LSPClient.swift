import Foundation
import FactlintServer
import FactlintTestSupport

/// Runs `factlint lsp` on a scripted session: sends every message, closes
/// stdin, and returns the exit status and every message the server wrote.
struct LSPSession {
  var status: Int32
  var messages: [JSONValue]
  var stderr: String

  static let packageRoot = BuiltBinary.packageRoot
  static let binary = BuiltBinary.factlint

  /// `raw` chunks are written as they are (for malformed framing); JSON values are framed.
  enum Outgoing { case message(JSONValue), raw([UInt8]) }

  static func run(_ outgoing: [Outgoing], arguments: [String] = []) throws -> LSPSession {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var input: [UInt8] = []
    for o in outgoing {
      switch o {
      case .message(let m): input += MessageFramer.frame(m.serialized())
      case .raw(let bytes): input += bytes
      }
    }
    let inURL = dir.appendingPathComponent("in"), outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
    try Data(input).write(to: inURL)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = binary
    process.arguments = ["lsp", "--stdio"] + arguments
    process.standardInput = try FileHandle(forReadingFrom: inURL)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    process.waitUntilExit()
    var framer = MessageFramer()
    let messages = framer.append([UInt8](try Data(contentsOf: outURL))).compactMap { event -> JSONValue? in
      if case .message(let body) = event { return JSONValue.parse(body) }
      return nil
    }
    return LSPSession(status: process.terminationStatus, messages: messages, stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  func response(_ id: Int) -> JSONValue? { messages.first { $0["id"]?.int == id } }
  func notifications(_ method: String) -> [JSONValue] { messages.filter { $0["method"]?.string == method } }
}

extension LSPSession.Outgoing {
  static func request(_ id: Int, _ method: String, _ params: JSONValue = [:]) -> Self {
    .message(["jsonrpc": "2.0", "id": .number(Double(id)), "method": .string(method), "params": params])
  }
  static func notification(_ method: String, _ params: JSONValue = [:]) -> Self {
    .message(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }
  /// `pull`: the client declares `textDocument.diagnostic` (and `refresh`, `workspace.diagnostics.refreshSupport`), as Neovim ≥ 0.10 and VS Code do.
  static func initialize(_ id: Int = 1, encodings: [JSONValue]? = nil, options: JSONValue = .null, pull: Bool = false, refresh: Bool = false, rootUri: JSONValue = .null) -> Self {
    var general: [String: JSONValue] = [:]
    if let encodings { general["positionEncodings"] = .array(encodings) }
    var textDocument: [String: JSONValue] = ["hover": ["contentFormat": ["markdown", "plaintext"]]]
    if pull { textDocument["diagnostic"] = ["dynamicRegistration": false, "relatedDocumentSupport": false] }
    var capabilities: [String: JSONValue] = ["general": .object(general), "textDocument": .object(textDocument)]
    if refresh { capabilities["workspace"] = ["diagnostics": ["refreshSupport": true]] }
    return .request(id, "initialize", ["processId": .null, "rootUri": rootUri, "initializationOptions": options,
                                        "capabilities": .object(capabilities)])
  }
  static let shutdownAndExit: [Self] = [.request(99, "shutdown", .null), .notification("exit", .null)]
}
