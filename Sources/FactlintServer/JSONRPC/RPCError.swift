/// JSON-RPC and LSP error codes, and the errors a handler throws.
public struct RPCError: Error, Sendable, Equatable {
  public var code: Int
  public var message: String

  public static func parseError(_ m: String) -> RPCError { RPCError(code: -32700, message: m) }
  public static func invalidRequest(_ m: String) -> RPCError { RPCError(code: -32600, message: m) }
  public static func methodNotFound(_ method: String) -> RPCError { RPCError(code: -32601, message: "method not found: \(method)") }
  public static func invalidParams(_ m: String) -> RPCError { RPCError(code: -32602, message: m) }
  public static func serverNotInitialized() -> RPCError { RPCError(code: -32002, message: "server not initialized: send 'initialize' first") }
  public static func requestCancelled() -> RPCError { RPCError(code: -32800, message: "request cancelled") }
  public static func invalidAfterShutdown() -> RPCError { RPCError(code: -32600, message: "the server is shutting down; only 'exit' is accepted") }
}
