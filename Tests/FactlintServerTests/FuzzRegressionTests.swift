import Foundation
import FactlintCore
import FactlintTestSupport
import Testing
@testable import FactlintServer

/// The client byte streams the fuzzer found to crash, hang or misbehave
/// (`Tests/Fuzz/Regressions/messages`), replayed as the fuzz target runs
/// them: through the framer into a server, in chunks whose size is the
/// first byte times 16. The server must answer in well-formed messages.
@Suite struct FuzzRegressionTests {
  static let checker = Checker(factBase: try! FactBase.loadDefault())

  @Test func messageStreams() throws {
    let dir = BuiltBinary.packageRoot.appendingPathComponent("Tests/Fuzz/Regressions/messages")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(!names.isEmpty)
    for name in names {
      let input = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
      var written: [UInt8] = []
      let server = LanguageServer(send: { written += $0 }, checker: Self.checker, limits: ServerLimits(maximumDocumentBytes: 1 << 16))
      var framer = MessageFramer(maximumMessageBytes: 1 << 16)
      let chunk = max(1, Int(input.first ?? 0) * 16)
      var offset = 1
      while offset < input.count, server.exitCode == nil {
        let end = min(input.count, offset + chunk)
        server.handle(batch: framer.append(input[offset..<end]).compactMap { event in
          if case .message(let body) = event { return body }
          return nil
        })
        offset = end
      }
      var reader = MessageFramer()
      let replies = reader.append(written)
      #expect(!replies.isEmpty, "\(name): the server answered nothing")
      for event in replies {
        guard case .message(let body) = event, JSONValue.parse(body) != nil else {
          Issue.record("\(name): the server wrote something that is not a framed JSON message: \(event)")
          continue
        }
      }
    }
  }
}
