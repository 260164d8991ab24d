import Foundation
import FactlintCore
import FactlintServer
#if canImport(Glibc)
import Glibc
#endif

/// `factlint lsp [--stdio] [--max-message-bytes N] [--max-document-bytes N]`:
/// the language server over standard input and output.
///
/// A reader thread does nothing but read stdin and frame messages, so the
/// client is never blocked while a document is checked; the main loop takes
/// everything that arrived meanwhile as one batch (a newer edit supersedes an
/// older one, a cancellation reaches its request).
struct LSPCommand {
  static let usage = """
    usage: factlint lsp [--stdio] [--max-message-bytes N] [--max-document-bytes N]
      The language server: speaks the Language Server Protocol on standard input
      and output (--stdio is accepted for editors that pass it). Editors start it;
      see editors/README.md. Settings come from the editor (facts, noDefaultFacts,
      sources, severities; see protocol/README.md) and from .factlint.json.
    options:
      --max-message-bytes N   skip a message larger than N bytes (default 64 MiB)
      --max-document-bytes N  leave a document larger than N bytes unchecked (default 4 MiB)
    """

  let console: Console

  func run(_ args: [String]) throws -> ExitCode.RawValue {
    let a = try Arguments(args, valued: ["--max-message-bytes", "--max-document-bytes"], flags: ["--stdio", "--help", "-h"])
    if a.has("--help") || a.has("-h") { console.out(Self.usage + "\n"); return ExitCode.clean.rawValue }
    guard a.positional.isEmpty else { throw UsageError("factlint lsp takes no arguments (it speaks LSP on stdin/stdout)") }
    var limits = ServerLimits()
    for (option, path) in [("--max-message-bytes", \ServerLimits.maximumMessageBytes), ("--max-document-bytes", \.maximumDocumentBytes)] {
      guard let value = a.value(option) else { continue }
      guard let n = Int(value), n > 0 else { throw UsageError("\(option) needs a positive number of bytes") }
      // (A document past the checker's bound could not be checked; a message holds one.)
      guard n <= Checker.maximumDraftBytes else { throw UsageError("\(option) can be at most \(Checker.maximumDraftBytes) bytes") }
      limits[keyPath: path] = n
    }
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
    }, log: { Console().err($0 + "\n") }, limits: limits)
    let inbox = Inbox()
    let maxBytes = limits.maximumMessageBytes
    let reader = Thread { Self.readStdin(into: inbox, limit: maxBytes) }
    reader.start()
    while true {
      let (bodies, closed) = inbox.take()
      server.handle(batch: bodies)
      if let code = server.exitCode { return code }
      if closed { return 1 }  // stdin closed without 'exit'
    }
  }

  private static func readStdin(into inbox: Inbox, limit: Int) {
    var framer = MessageFramer(maximumMessageBytes: limit)
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress!, $0.count) }
      if n <= 0 { inbox.close(); return }
      var bodies: [[UInt8]] = []
      for event in framer.append(buffer[0..<n]) {
        switch event {
        case .message(let body): bodies.append(body)
        case .badHeader(let header): Console().err("factlint lsp: skipped a message with a bad header: \(header.prefix(200))\n")
        case .tooLarge(let size): Console().err("factlint lsp: skipped a message of \(size) bytes (limit \(limit))\n")
        }
      }
      if !bodies.isEmpty { inbox.put(bodies) }
    }
  }
}

/// Messages handed from the reader thread to the main loop.
private final class Inbox: @unchecked Sendable {
  private let condition = NSCondition()
  private var bodies: [[UInt8]] = []
  private var closed = false

  func put(_ new: [[UInt8]]) {
    condition.lock()
    bodies += new
    condition.signal()
    condition.unlock()
  }

  func close() {
    condition.lock()
    closed = true
    condition.signal()
    condition.unlock()
  }

  /// Waits for messages (or the end of input) and takes all of them.
  func take() -> ([[UInt8]], Bool) {
    condition.lock()
    while bodies.isEmpty && !closed { condition.wait() }
    let taken = bodies
    bodies.removeAll()
    let isClosed = closed
    condition.unlock()
    return (taken, isClosed)
  }
}
