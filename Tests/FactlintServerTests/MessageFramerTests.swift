import Testing
import FactlintServer

@Suite struct MessageFramerTests {
  private func messages(_ events: [MessageFramer.Event]) -> [String] {
    events.compactMap { if case .message(let b) = $0 { return String(decoding: b, as: UTF8.self) }; return nil }
  }

  @Test func splitChunksAndBackToBackMessages() {
    let stream = Array("Content-Length: 2\r\n\r\n{}Content-Length: 4\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1,2]".utf8)
    var framer = MessageFramer()
    var got: [String] = []
    for byte in stream { got += messages(framer.append([byte])) }
    #expect(got == ["{}", "[1,2"])
  }

  @Test func aBadHeaderIsSkippedAndTheNextMessageRead() {
    var framer = MessageFramer()
    let events = framer.append(Array("Content-Type: x\r\n\r\nContent-Length: 2\r\n\r\nok".utf8))
    #expect(events.first == .badHeader("Content-Type: x"))
    #expect(messages(events) == ["ok"])
  }

  @Test func anOversizedBodyIsSkippedUnread() {
    var framer = MessageFramer(maximumMessageBytes: 3)
    let events = framer.append(Array("Content-Length: 5\r\n\r\nhelloContent-Length: 2\r\n\r\nok".utf8))
    #expect(events.first == .tooLarge(5))
    #expect(messages(events) == ["ok"])
  }
}
