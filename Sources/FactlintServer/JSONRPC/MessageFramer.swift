/// Splits a byte stream into JSON-RPC message bodies framed by
/// `Content-Length` headers. Bad headers are reported and skipped; the stream
/// goes on.
public struct MessageFramer: Sendable {
  public enum Event: Equatable, Sendable {
    case message([UInt8])
    /// A header block that could not be used; the framer resynchronises.
    case badHeader(String)
    /// A body larger than the limit was skipped.
    case tooLarge(Int)
  }

  private var buffer: [UInt8] = []
  private var start = 0
  private var skipping = 0
  public let maximumMessageBytes: Int

  public init(maximumMessageBytes: Int = 64 << 20) {
    self.maximumMessageBytes = maximumMessageBytes
  }

  /// Adds bytes read from the stream and returns the complete events.
  public mutating func append(_ bytes: some Collection<UInt8>) -> [Event] {
    buffer.append(contentsOf: bytes)
    var events: [Event] = []
    while true {
      if skipping > 0 {
        let n = min(skipping, buffer.count - start)
        start += n
        skipping -= n
        if skipping > 0 { break }
      }
      guard let headerEnd = findHeaderEnd() else { break }
      let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
      let bodyStart = headerEnd + 4
      var length: Int? = nil
      // ("\r\n" is one Character in Swift: split on any newline.)
      for line in header.split(whereSeparator: \.isNewline) {
        let parts = line.split(separator: ":", maxSplits: 1)
        if parts.count == 2, parts[0].trimmingPrefix(" ").lowercased() == "content-length" {
          length = Int(parts[1].trimmingPrefix(" ").filter { $0 != " " })
        }
      }
      guard let length, length >= 0 else {
        events.append(.badHeader(header))
        start = bodyStart
        continue
      }
      if length > maximumMessageBytes {
        events.append(.tooLarge(length))
        start = bodyStart
        skipping = length
        continue
      }
      guard buffer.count - bodyStart >= length else { break }
      events.append(.message(Array(buffer[bodyStart..<(bodyStart + length)])))
      start = bodyStart + length
    }
    if start > 0, start >= buffer.count / 2 {
      buffer.removeFirst(start)
      start = 0
    }
    return events
  }

  private func findHeaderEnd() -> Int? {
    var i = start
    while i + 3 < buffer.count {
      if buffer[i] == 13, buffer[i + 1] == 10, buffer[i + 2] == 13, buffer[i + 3] == 10 { return i }
      i += 1
    }
    // A header never legitimately runs this long: drop it.
    return nil
  }

  /// Frames a body for writing.
  public static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }
}
