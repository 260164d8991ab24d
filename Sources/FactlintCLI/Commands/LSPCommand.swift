import FactlintServer
#if canImport(Glibc)
import Glibc
#endif

/// `factlint lsp [--stdio]`: the language server over standard input and output.
struct LSPCommand {
  func run(_ args: [String]) throws -> ExitCode.RawValue {
    let a = try Arguments(args, valued: [], flags: ["--stdio"])
    guard a.positional.isEmpty else { throw UsageError("factlint lsp takes no arguments (it speaks LSP on stdin/stdout)") }
    // Keep the protocol stream apart: whatever else prints goes to stderr.
    let protocolOut = dup(1)
    dup2(2, 1)
    let server = LanguageServer(send: { bytes in
      var offset = 0
      while offset < bytes.count {
        let n = bytes.withUnsafeBytes { write(protocolOut, $0.baseAddress! + offset, $0.count - offset) }
        if n <= 0 { return }
        offset += n
      }
    }, log: { Console().err($0 + "\n") })
    var framer = MessageFramer()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress!, $0.count) }
      if n <= 0 { return 1 }  // stdin closed without 'exit'
      var bodies: [[UInt8]] = []
      for event in framer.append(buffer[0..<n]) {
        switch event {
        case .message(let body):
          bodies.append(body)
        case .badHeader(let header):
          Console().err("factlint lsp: skipped a message with a bad header: \(header.prefix(200))\n")
        case .tooLarge(let size):
          Console().err("factlint lsp: skipped a message of \(size) bytes (limit \(framer.maximumMessageBytes))\n")
        }
      }
      server.handle(batch: bodies)
      if let code = server.exitCode { return code }
    }
  }
}
