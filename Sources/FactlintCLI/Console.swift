#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error, written in one place so a command never mixes
/// results and diagnostics.
struct Console: Sendable {
  var isTerminal: Bool { isatty(1) == 1 }
  var stderrIsTerminal: Bool { isatty(2) == 1 }
  var useColor: Bool { isTerminal && getenv("NO_COLOR") == nil && getenv("TERM").map { String(cString: $0) } != "dumb" }

  func out(_ text: String) { write(1, text) }
  func err(_ text: String) { write(2, text) }

  private func write(_ fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n <= 0 { return }
      offset += n
    }
  }
}
