import Foundation
import Testing

/// `check` refuses, before reading, what cannot be a draft: a device that
/// never ends, a file over the size limit. Other files are still checked.
@Suite struct InputLimitsTests {
  @Test func aDeviceAndAHugeFileAreSkippedWithAMessage() throws {
    let dir = try Factlint.temporaryDirectory()
    let huge = dir.appendingPathComponent("huge.md")
    _ = FileManager.default.createFile(atPath: huge.path, contents: nil)
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 40 << 20)  // sparse: costs no disk
    try handle.close()
    let draft = dir.appendingPathComponent("draft.md")
    try "Muse Spark scored 54 on the Artificial Analysis Intelligence Index.\n".write(to: draft, atomically: true, encoding: .utf8)
    let result = try Factlint.run(["check", "/dev/zero", huge.path, draft.path])
    #expect(result.status == 1, "the findings decide the status; skipped files are reported")
    #expect(result.stdout.contains("2 files skipped"))
    #expect(try Factlint.run(["check", "--strict", "/dev/zero", draft.path]).status == 2, "--strict: a file not checked fails the run")
    #expect(result.stderr.contains("/dev/zero: not a regular file (a device, pipe or socket); skipped"))
    #expect(result.stderr.contains("huge.md: 41943040 bytes, more than a draft may have (33554432); skipped"))
    #expect(result.stdout.contains("draft.md:1:19: error:"), "the other file is still checked: \(result.stdout)")
  }
}
