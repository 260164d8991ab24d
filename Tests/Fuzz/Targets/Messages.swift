import FactlintCore
import FactlintServer

/// libFuzzer target: JSON-RPC framing and message decoding. The input is the
/// byte stream a client writes to `factlint lsp`; it is split into chunks
/// (as reads from a pipe would be) and fed through the framer to a fresh
/// server. Everything the server writes must be a framed JSON message.
private let checker = Checker(factBase: try! FactBase.loadDefault())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMessages(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  var written: [UInt8] = []
  let server = LanguageServer(send: { written += $0 }, checker: checker, limits: ServerLimits(maximumDocumentBytes: 1 << 16))
  var framer = MessageFramer(maximumMessageBytes: 1 << 16)
  // The first byte sets the chunk size; the stream is the rest.
  let chunk = max(1, Int(input.first ?? 0) * 16)
  var offset = 1
  while offset < input.count, server.exitCode == nil {
    let end = min(input.count, offset + chunk)
    let bodies = framer.append(input[offset..<end]).compactMap { event -> [UInt8]? in
      if case .message(let body) = event { return body }
      return nil
    }
    server.handle(batch: bodies)
    offset = end
  }
  var reader = MessageFramer()
  for event in reader.append(written) {
    guard case .message(let body) = event else { preconditionFailure("the server wrote a bad frame: \(event)") }
    precondition(JSONValue.parse(body) != nil, "the server wrote a body that is not JSON")
  }
  return 0
}
