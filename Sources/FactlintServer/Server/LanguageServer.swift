import FactlintCore
import Foundation

/// The language server: reads JSON-RPC messages, keeps the open documents,
/// checks them with the core and answers. Single-threaded: one message at a
/// time, in order, so a newer change always wins over an older one.
public final class LanguageServer {
  enum State { case uninitialized, running, shuttingDown }

  var state = State.uninitialized
  var unit = LineIndex.ColumnUnit.utf16
  var documents: [String: OpenDocument] = [:]
  var checker: Checker
  /// The settings the client asked for, and what of them could be used.
  var settings = ServerSettings()
  var applied = ServerSettings()
  /// The workspace folder relative paths in the settings start from.
  var root: String?
  /// The `.factlint.json` files found above open documents.
  var projects = ProjectConfigurations()
  /// Counts the checkers built from the settings, so a document knows when its checker changed.
  var checkerGeneration = 0
  var hoverMarkdown = false
  var delivery = DiagnosticDelivery.push
  /// The id of the last request the server sent the client.
  private var lastOutgoingID = 0
  let limits: ServerLimits
  /// Set when the `exit` notification arrives: the process exit status.
  public private(set) var exitCode: Int32? = nil
  private let send: ([UInt8]) -> Void
  private let log: (String) -> Void

  /// `checker` is the one to start with (the built-in fact base unless given).
  public init(send: @escaping ([UInt8]) -> Void, log: @escaping (String) -> Void = { _ in }, checker: Checker? = nil, limits: ServerLimits = ServerLimits()) {
    self.send = send
    self.log = log
    self.limits = limits
    self.checker = checker ?? Checker(factBase: (try? FactBase.loadDefault()) ?? .empty)
  }

  // MARK: Messages

  /// Documents changed since they were last checked.
  var pendingChecks: [String] = []
  /// Requests the client cancelled before they were answered.
  private var cancelled: Set<JSONValue> = []
  /// Modification dates of the fact base files, to notice an edit on disk.
  var factFileDates: [String: Date] = [:]

  /// Handles the messages read together: cancellations among them apply to
  /// the requests they name, and a document edited several times is checked
  /// once, after its last edit.
  public func handle(batch bodies: [[UInt8]]) {
    let messages = bodies.map(parse)
    for case .success(let m) in messages where m["method"]?.string == "$/cancelRequest" {
      if let id = m["params"]?["id"] { cancelled.insert(id) }
    }
    for message in messages {
      handle(parsed: message)
      if exitCode != nil { return }
    }
    flushChecks()
    cancelled.removeAll()
  }

  /// Checks the documents edited since the last check and pushes their diagnostics.
  func flushChecks() {
    reloadFactsIfChanged()
    let uris = pendingChecks
    pendingChecks.removeAll()
    for uri in uris { recheck(uri) }
  }

  /// Handles one message body.
  public func handle(_ body: [UInt8]) {
    handle(parsed: parse(body))
  }

  private func parse(_ body: [UInt8]) -> Result<JSONValue, JSONParser.ParseError> {
    Result { () throws(JSONParser.ParseError) in try JSONParser.parse(body, maximumDepth: limits.maximumJSONDepth) }
  }

  private func handle(parsed: Result<JSONValue, JSONParser.ParseError>) {
    let message: JSONValue
    switch parsed {
    case .success(let m): message = m
    case .failure(let error):
      reply(id: .null, error: .parseError("the message body is not JSON: \(error.message)"))
      return
    }
    if message.array != nil {
      // Batches are not part of LSP.
      reply(id: .null, error: .invalidRequest("batch messages are not supported by the Language Server Protocol"))
      return
    }
    guard message.object != nil, let method = message["method"]?.string else {
      if message["id"] != nil, message["result"] != nil || message["error"] != nil { return }  // a response to us
      reply(id: message["id"] ?? .null, error: .invalidRequest("a request needs a 'method' string"))
      return
    }
    let params = message["params"]
    if let id = message["id"] {
      guard id.string != nil || id.int != nil else {
        reply(id: .null, error: .invalidRequest("'id' must be a number or a string"))
        return
      }
      if cancelled.contains(id) {
        reply(id: id, error: .requestCancelled())
        return
      }
      do {
        flushChecks()
        let result = try request(method, params)
        reply(id: id, result: result)
      } catch {
        reply(id: id, error: error)
      }
    } else {
      notification(method, params)
    }
  }

  private func request(_ method: String, _ params: JSONValue?) throws(RPCError) -> JSONValue {
    if method == "initialize" {
      guard state == .uninitialized else { throw .invalidRequest("'initialize' was already received") }
      return try initialize(params)
    }
    guard state != .uninitialized else { throw .serverNotInitialized() }
    guard state == .running else { throw .invalidAfterShutdown() }
    switch method {
    case "shutdown":
      state = .shuttingDown
      return .null
    case "textDocument/diagnostic": return try pullDiagnostics(params)
    case "textDocument/codeAction": return try codeActions(params)
    case "textDocument/hover": return try hover(params)
    default: throw .methodNotFound(method)
    }
  }

  private func notification(_ method: String, _ params: JSONValue?) {
    if method == "exit" {
      exitCode = state == .shuttingDown ? 0 : 1
      return
    }
    guard state == .running else { return }  // notifications before initialize are dropped
    do {
      switch method {
      case "initialized", "$/cancelRequest", "$/setTrace", "textDocument/didSave": break
      case "textDocument/didOpen": try didOpen(params)
      case "textDocument/didChange": try didChange(params)
      case "textDocument/didClose": try didClose(params)
      case "workspace/didChangeConfiguration":
        // Eglot sends an empty one right after start: only a `factlint` section changes anything.
        if let section = params?["settings"]?["factlint"] { configure(try ServerSettings(section, root: root)) }
      case "workspace/didChangeWatchedFiles": configure(settings, force: true)
      default: break
      }
    } catch {
      log("factlint lsp: \(method): \(error.message)")
      show(error.message)
    }
  }

  // MARK: Output

  func reply(id: JSONValue, result: JSONValue) {
    send(MessageFramer.frame(JSONValue.object(["jsonrpc": "2.0", "id": id, "result": result]).serialized()))
  }

  func reply(id: JSONValue, error: RPCError) {
    let e: JSONValue = ["code": .number(Double(error.code)), "message": .string(error.message)]
    send(MessageFramer.frame(JSONValue.object(["jsonrpc": "2.0", "id": id, "error": e]).serialized()))
  }

  func notify(_ method: String, _ params: JSONValue) {
    send(MessageFramer.frame(JSONValue.object(["jsonrpc": "2.0", "method": .string(method), "params": params]).serialized()))
  }

  /// A request to the client; its answer is read and dropped like any response.
  func requestFromServer(_ method: String) {
    lastOutgoingID += 1
    send(MessageFramer.frame(JSONValue.object(["jsonrpc": "2.0", "id": .string("factlint-\(lastOutgoingID)"), "method": .string(method)]).serialized()))
  }

  /// A `window/showMessage`: type 1 is an error, 2 a warning.
  func show(_ message: String, type: Int = 1) {
    notify("window/showMessage", ["type": .number(Double(type)), "message": .string("factlint: " + message)])
  }
}
