import Foundation
import FactlintTestSupport
import Testing
@testable import FactlintCore

/// Every input the fuzzers or the property tests found to crash, hang or
/// misbehave (`Tests/Fuzz/Regressions/`), replayed the way its target runs it.
@Suite struct FuzzRegressionTests {
  static let folder = BuiltBinary.packageRoot.appendingPathComponent("Tests/Fuzz/Regressions")

  static func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
    let dir = folder.appendingPathComponent(target)
    return try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { name in
      (name, [UInt8](try Data(contentsOf: dir.appendingPathComponent(name))))
    }
  }

  @Test func checkerInputs() throws {
    let checker = Checker(factBase: try FactBase.loadDefault())
    let inputs = try Self.inputs("checker")
    #expect(!inputs.isEmpty)
    for (name, input) in inputs {
      let bytes = Array(String(decoding: input, as: UTF8.self).utf8)
      for f in checker.check(bytes: bytes) {
        #expect(f.range.upperBound <= bytes.count && !f.range.isEmpty, "\(name): finding range \(f.range) outside \(bytes.count) bytes")
      }
    }
  }

  @Test func factBaseInputs() throws {
    let inputs = try Self.inputs("factbase")
    #expect(!inputs.isEmpty)
    let draft = Array("Muse Spark scored 54 on the Artificial Analysis Intelligence Index.\n".utf8)
    for (name, input) in inputs {
      do {
        let base = try FactBase.load([(name, input)])
        _ = Checker(factBase: base).check(bytes: draft)
      } catch {
        #expect(!error.description.isEmpty, "\(name): a refused fact base must say why")
      }
    }
  }
}
