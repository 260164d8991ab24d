import Foundation
import Testing
@testable import FactlintCLI

/// A write that cannot be done safely leaves the original intact and says why.
@Suite struct AtomicWriterTests {
  @Test func aFileChangedSinceItWasReadIsNotOverwritten() throws {
    let url = try Factlint.temporaryDirectory().appendingPathComponent("draft.md")
    try "edited by someone else".write(to: url, atomically: true, encoding: .utf8)
    #expect(throws: AtomicWriter.WriteError.self) {
      try AtomicWriter.replace(url.path, with: Array("fixed".utf8), expecting: Array("as read".utf8))
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "edited by someone else")
  }

  @Test func aTargetThatIsNotAFileIsRefusedAndNothingIsLeftBehind() throws {
    let dir = try Factlint.temporaryDirectory()
    let url = dir.appendingPathComponent("draft.md")
    try "original".write(to: url, atomically: true, encoding: .utf8)
    // A folder where the file should be: refused, no temporary file left.
    let blocked = dir.appendingPathComponent("folder.md")
    try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: blocked.appendingPathComponent("child"), withIntermediateDirectories: true)
    #expect(throws: AtomicWriter.WriteError.self) {
      try AtomicWriter.replace(blocked.path, with: Array("x".utf8), expecting: [])
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "original")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(names == ["draft.md", "folder.md"])
  }
}
