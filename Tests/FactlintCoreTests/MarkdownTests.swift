import Testing
@testable import FactlintCore

/// Front matter, code, URLs, link targets and HTML comments are never claims;
/// the prose around them still is.
@Suite struct MarkdownTests {
  @Test func codeIsNeverAClaim() {
    assertSilent("Muse Spark scored `54` on the Intelligence Index.")
    assertSilent("""
      ```
      Muse Spark scored 54 on the Intelligence Index.
      ```
      """)
    assertSilent("""
      ~~~text
      Muse Spark scored 54 on the Intelligence Index.
      ~~~
      """)
  }

  @Test func frontMatterAndCommentsAreSkipped() {
    assertSilent("""
      ---
      title: Muse Spark scored 54 on the Intelligence Index
      ---
      <!-- Muse Spark scored 54 on the Intelligence Index. -->
      Hello.
      """)
  }

  @Test func urlsAndLinkTargetsAreSkipped() {
    assertSilent("Muse Spark scored 52 on the Intelligence Index (https://example.com/muse-spark/54).")
    assertSilent("Muse Spark scored [52](https://example.com/score/54) on the Intelligence Index.")
    // URLs written in capitals are URLs too.
    assertSilent("Muse Spark scored 52 on the Intelligence Index, see WWW.EXAMPLE.COM/score/54 or HTTPS://EXAMPLE.COM/score/54.")
    assertFindings("Muse Spark scored [54](https://example.com/score/52) on the Intelligence Index.", [Expected(text: "54", replacement: "52")])
  }

  @Test func emphasisAndHeadingsStillCount() {
    assertFindings("# Muse Spark scored **54** on the Intelligence Index", [Expected(text: "54", replacement: "52")])
  }

  @Test func starBulletsAreListItemsEachOnItsOwn() {
    // Each item is its own sentence: the next item's name does not own this figure.
    assertFindings("""
      * Scale AI investment — $15.3 billion for 49%
      * CoreWeave: $21 billion
      """, [Expected(text: "$15.3 billion", replacement: "$14.3 billion", fact: "meta.scale-ai-investment")])
    assertFindings("*Muse Spark* scored 54 on the Intelligence Index.", [Expected(text: "54", replacement: "52")])
  }

  @Test func listNumbersAreNotValues() {
    assertSilent("""
      1. Muse Spark scored 52 on the Intelligence Index.
      2. GPT-5.4 scored 57 on the Intelligence Index.
      """)
  }

  @Test func rangesPointIntoTheDraft() {
    let draft = "Ünïcödé 🙂 — Muse Spark scored 54 on the Intelligence Index."
    let finding = TestFacts.checker.check(draft).first
    #expect(finding.map { String(decoding: Array(draft.utf8)[$0.range], as: UTF8.self) } == "54")
  }

  @Test func aTextWithNoSentenceBreaksIsCutAtClauses() {
    let clause = "Muse Spark scored 52 on the Intelligence Index, Meta laid off 8,000 employees"
    let draft = Array(repeating: clause, count: 400).joined(separator: ", ") + ", Muse Spark scored 54 on the Intelligence Index."
    let bytes = Array(draft.utf8)
    let findings = TestFacts.checker.check(draft)
    #expect(findings.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["54"])
  }

  private func sentences(_ text: String, from start: Int = 0) -> [String] {
    let bytes = Array(text.utf8)
    return SentenceSplitter(masked: bytes).split(start..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  @Test func sentencesDoNotEndAfterAbbreviationsOrInitials() {
    #expect(sentences("Mr. Smith met DR. No at 5.4 p.m. E.g. this. U.S. sales rose! A. Wang asked? Yes (really.) Done")
      == ["Mr. Smith met DR. No at 5.4 p.m.", "E.g. this.", "U.S. sales rose!", "A. Wang asked?", "Yes (really.)", "Done"])
    // A word that only ends like an abbreviation, or is longer than any.
    #expect(sentences("It was a memo. Then a demo. Approx. Nine. Approxi. Ten.") == ["It was a memo.", "Then a demo.", "Approx. Nine.", "Approxi.", "Ten."])
  }

  @Test func sentenceStopsAreFoundAtEveryByteOfAWord() {
    // The stops are searched eight bytes at a time: put one at every offset.
    for stop in [".", "!", "?"] {
      for start in 0..<9 {
        for length in 0..<20 {
          let text = String(repeating: "x", count: start) + String(repeating: "a", count: length) + stop + " Next one"
          #expect(sentences(text, from: start) == [String(repeating: "a", count: length) + stop, "Next one"], "\(text.debugDescription) from \(start)")
        }
      }
    }
  }

  @Test func urlsAreBlankedOnlyFromAWordStart() {
    // URLs are found at their ":" or "."; the "h" or "w" must start a word.
    func masked(_ text: String) -> String { String(decoding: ProseText(Array(text.utf8)).masked, as: UTF8.self) }
    func blanked(_ text: String, _ parts: [String]) -> String {
      parts.reduce(text) { $0.replacing($1, with: String(repeating: " ", count: $1.utf8.count)) }
    }
    let plain = "see http://a.b/c, HTTPS://d.e and www.f.g."
    #expect(masked(plain) == blanked(plain, ["http://a.b/c", "HTTPS://d.e", "www.f.g"]))
    let marked = "xhttp://a.b awww.c.d *http://e.f* [g](https://h.i) `www.j.k`"
    #expect(masked(marked) == blanked(marked, ["*http://e.f*", "[", "](https://h.i)", "`www.j.k`"]))
  }
}
