import Foundation
import Testing

/// `check --fix` through the binary when writing goes wrong: the original is
/// left as it was, the failure is reported, nothing is left behind.
@Suite struct SafeWriteTests {
  let wrong = "Muse Spark scored 54 on the Artificial Analysis Intelligence Index.\n"
  let right = "Muse Spark scored 52 on the Artificial Analysis Intelligence Index.\n"

  /// A draft larger than the file size limit used below, with one conflict.
  func draft(in dir: URL) throws -> (URL, String) {
    let text = wrong + String(repeating: "Filler prose without figures, long enough to need several blocks on disk.\n", count: 60)
    let url = dir.appendingPathComponent("draft.md")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return (url, text)
  }

  @Test func aWriteThatFailsHalfWayLeavesTheOriginalIntact() throws {
    let dir = try Factlint.temporaryDirectory()
    let (url, text) = try draft(in: dir)
    // A file size limit of 512 bytes makes the write of the fixed draft fail
    // part-way (EFBIG; the signal it would raise is ignored), as a full disk
    // would. Output goes to a pipe, which the limit does not apply to.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", #"ulimit -f 1; trap '' XFSZ; exec "$0" check --fix "$1" 2>&1"#, Factlint.binary.path, url.path]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2, "\(output)")
    #expect(output.contains("\(url.path): could not write: File too large; the original is unchanged"), "\(output)")
    #expect(try String(contentsOf: url, encoding: .utf8) == text)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["draft.md"], "no temporary file is left")
  }

  /// Root may write anywhere: as root, the binary runs as `nobody` (setpriv).
  static let setpriv = "/usr/bin/setpriv"
  static let canDropRoot = getuid() != 0 || FileManager.default.isExecutableFile(atPath: setpriv)

  @Test(.enabled(if: canDropRoot, "running as root without setpriv"))
  func aReadOnlyFolderLeavesTheOriginalIntact() throws {
    let dir = try Factlint.temporaryDirectory()
    let (url, text) = try draft(in: dir)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path) }
    let process = Process()
    if getuid() == 0 {
      process.executableURL = URL(fileURLWithPath: Self.setpriv)
      process.arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", Factlint.binary.path, "check", "--fix", url.path]
    } else {
      process.executableURL = Factlint.binary
      process.arguments = ["check", "--fix", url.path]
    }
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2, "\(stderr)")
    #expect(stderr.contains("\(url.path): could not write: Permission denied; the original is unchanged"), "\(stderr)")
    #expect(try String(contentsOf: url, encoding: .utf8) == text)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["draft.md"])
  }

  @Test func aLinkStaysALinkAndItsFileIsFixed() throws {
    let dir = try Factlint.temporaryDirectory()
    let real = dir.appendingPathComponent("real.md"), link = dir.appendingPathComponent("link.md")
    try wrong.write(to: real, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.md")
    let result = try Factlint.run(["check", "--fix", link.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.md")
    #expect(try String(contentsOf: real, encoding: .utf8) == right)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["link.md", "real.md"])
  }
}
