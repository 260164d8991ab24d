import Foundation
import Testing
import FactlintTestSupport
@testable import FactlintCore

/// Re-checking with a `BlockCache` gives exactly what a fresh check gives,
/// edit after edit, and reuses the blocks an edit did not touch.
@Suite struct BlockCacheTests {
  static let drafts: [String] = {
    let root = BuiltBinary.packageRoot
    let examples = root.deletingLastPathComponent().appendingPathComponent("shared/examples")
    let fixtures = root.appendingPathComponent("Tests/Fixtures/drafts")
    return [examples, fixtures].flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        .filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }
        .compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }
  }()

  /// Pieces an edit inserts: figures, names, references, Markdown.
  static let pieces = ["Muse Spark scored 54 on the Intelligence Index. ", "The model ", " its ", "57", "8,000", "\n\n", "\n- ", "| Muse Spark | 50 |\n",
                       "GPT-5.4", "April 7, 2026", ":\n\n", "Meta ", " not ", "$14.3 billion", "# Heading\n\n", "<!-- factlint-disable-next-line -->\n"]

  @Test func cachedChecksEqualFreshChecksAcrossRandomEdits() {
    let checker = Checker(factBase: try! FactBase.loadDefault())
    #expect(!Self.drafts.isEmpty)
    var random = SeededGenerator(seed: 0x5EED)
    var edits = 0
    for draft in Self.drafts {
      var bytes = Array(draft.utf8)
      var cache = BlockCache()
      for _ in 0..<60 {
        let at = Int.random(in: 0...bytes.count, using: &random)
        if random.chance(1.0 / 3), at < bytes.count {
          bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 0..<40, using: &random)))
        } else {
          bytes.insert(contentsOf: Array(random.pick(Self.pieces).utf8), at: at)
        }
        // Edits land anywhere, even inside a multi-byte character: keep the text UTF-8.
        bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
        let cached = checker.check(bytes: bytes, cache: &cache)
        let fresh = checker.check(bytes: bytes)
        #expect(cached == fresh, "edit \(edits): cached and fresh findings differ")
        edits += 1
      }
    }
  }

  @Test func aTimelinesDateHeadingIsCheckedAfreshWhenTheItemUnderItChanges() {
    let checker = Checker(factBase: try! FactBase.loadDefault())
    let before = "# Meta's year\n\n### 2026-05-02\n\n- Muse Spark reviews continue.\n\n### 2026-04-08\n\n- Muse Spark launches.\n"
    var cache = BlockCache()
    _ = checker.check(bytes: Array(before.utf8), cache: &cache)
    let after = before.replacingOccurrences(of: "- Muse Spark reviews continue.", with: "- Meta lays off 8,000 employees.")
    let cached = checker.check(bytes: Array(after.utf8), cache: &cache)
    #expect(cached == checker.check(bytes: Array(after.utf8)))
    #expect(cached.contains { $0.rule == .conflict && $0.replacement == "2026-05-20" }, "\(cached.map(\.message))")
  }

  @Test func anEditReusesTheUntouchedBlocks() {
    let checker = Checker(factBase: try! FactBase.loadDefault())
    let paragraphs = (0..<40).map { "Paragraph \($0): Muse Spark scored 52 on the Intelligence Index, and the model launched on April 8, 2026." }
    var text = paragraphs.joined(separator: "\n\n")
    var cache = BlockCache()
    _ = checker.check(bytes: Array(text.utf8), cache: &cache)
    #expect(cache.misses == 40 && cache.hits == 0)
    text = text.replacingOccurrences(of: "Paragraph 20: Muse Spark scored 52", with: "Paragraph 20: Muse Spark scored 55")
    let findings = checker.check(bytes: Array(text.utf8), cache: &cache)
    #expect(findings.count == 1)
    #expect(cache.misses <= 3, "the edited paragraph and the few whose references it reaches: \(cache.misses)")
    #expect(cache.hits >= 37)
  }
}
