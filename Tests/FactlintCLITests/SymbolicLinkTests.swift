import Foundation
import Testing

/// A draft reached through a symbolic link and directly is one draft: checked,
/// counted and fixed once, under the first path that named it.
@Suite struct SymbolicLinkTests {
  @Test func aLinkedDraftIsCheckedOnce() throws {
    let dir = try Factlint.temporaryDirectory()
    let draft = dir.appendingPathComponent("a.md")
    try "Muse Spark scored 54 on the Artificial Analysis Intelligence Index.\n".write(to: draft, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.md").path, withDestinationPath: "a.md")
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("sub/again.md").path, withDestinationPath: draft.path)

    let result = try Factlint.run(["check", "--format", "json", dir.path, draft.path])
    let files = (try Factlint.json(result.stdout)["files"] as? [[String: Any]]) ?? []
    #expect(files.map { $0["path"] as? String } == [draft.path], "one file, by its own name")
    #expect((try Factlint.json(result.stdout)["summary"] as? [String: Any])?["conflicts"] as? Int == 1)

    let fixed = try Factlint.run(["check", "--fix", dir.path])
    #expect(fixed.stderr.components(separatedBy: "fixed 1 conflict").count == 2, "fixed once: \(fixed.stderr)")
    #expect(try String(contentsOf: draft, encoding: .utf8).contains("scored 52"))
  }
}
