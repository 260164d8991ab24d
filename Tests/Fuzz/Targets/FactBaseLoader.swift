import FactlintCore

/// libFuzzer target: the fact base loader on arbitrary bytes. A file either
/// loads or is refused with problems; one that loads must check a draft.
private let draft = Array("Muse Spark scored 54 on the Artificial Analysis Intelligence Index, and Meta spent $14.3 billion in 2025.\n".utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFactBaseLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let json = Array(UnsafeBufferPointer(start: data, count: size))
  do {
    let base = try FactBase.load([("fuzz.json", json)])
    for finding in Checker(factBase: base).check(bytes: draft) {
      precondition(finding.range.upperBound <= draft.count, "finding range \(finding.range) outside the draft")
    }
  } catch {
    precondition(!error.description.isEmpty, "a refused fact base must say why")
  }
  return 0
}
