import Testing
@testable import FactlintCore

/// The hedges of the brief: about/around/roughly/approximately/some within
/// 10 %; nearly/almost at or just below; more than/over strictly greater;
/// less than/under strictly smaller; at least / up to allowing equality.
@Suite struct HedgeTests {
  // ("c." is read too, but the sentence splitter still ends a sentence at it.)
  @Test(arguments: ["about", "around", "roughly", "approximately", "some", "ca."])
  func approximately(_ hedge: String) {
    assertSilent("Meta laid off \(hedge) 8,500 employees.")
    assertFindings("Meta laid off \(hedge) 9,500 employees.", [Expected(text: "9,500", replacement: "8,000")])
  }

  @Test(arguments: ["nearly", "almost"])
  func nearly(_ hedge: String) {
    assertSilent("Meta paid \(hedge) $15 billion for its Scale AI stake.")
    assertFindings("Meta spent \(hedge) $70 billion on capex in 2025.", [Expected(text: "$70 billion", replacement: "$72.2 billion")])
    assertFindings("Meta paid \(hedge) $20 billion for its Scale AI stake.", [Expected(text: "$20 billion")])
  }

  @Test(arguments: ["more than", "over", "above"])
  func moreThan(_ hedge: String) {
    assertSilent("Meta reported \(hedge) $50 billion in revenue for Q1 2026.")
    assertFindings("Meta reported \(hedge) $60 billion in revenue for Q1 2026.", [Expected(text: "$60 billion")])
    // Equal at the source's precision: the source's own rounding may hide more.
    assertSilent("Meta reported \(hedge) $56.3 billion in revenue for Q1 2026.")
  }

  @Test(arguments: ["less than", "under", "below"])
  func lessThan(_ hedge: String) {
    assertSilent("Meta reported \(hedge) $60 billion in revenue for Q1 2026.")
    assertFindings("Meta reported \(hedge) $50 billion in revenue for Q1 2026.", [Expected(text: "$50 billion")])
  }

  @Test func aStrictBoundIsCorrectedToOneThatHoldsAsRoundAsTheClaim() {
    // "more than $14.3 billion" would be false of $14.3 billion.
    assertFindings("Meta paid more than $15 billion for its Scale AI stake.", [Expected(text: "$15 billion", replacement: "$14 billion")])
    assertFindings("Meta paid nearly $14 billion for its Scale AI stake.", [Expected(text: "$14 billion", replacement: "$15 billion")])
    // A bound that would lie far from the figure says too little: the figure itself.
    assertFindings("Meta spent nearly $70 billion on capex in 2025.", [Expected(text: "$70 billion", replacement: "$72.2 billion")])
    assertFindings("Meta reported at least $57 billion in revenue for Q1 2026.", [Expected(text: "$57 billion", replacement: "$56.3 billion")])
  }

  @Test func atLeastAndUpTo() {
    assertSilent("Meta reported at least $56.3 billion in revenue for Q1 2026.")
    assertSilent("Meta reported up to $56.3 billion in revenue for Q1 2026.")
    assertFindings("Meta reported at least $57 billion in revenue for Q1 2026.", [Expected(text: "$57 billion")])
  }

  @Test func sourcedLowerBound() {
    // The source says "more than 3 billion": any claim that can be true is fine.
    assertSilent("Meta AI reaches 3.5 billion users.")
    assertSilent("Meta AI reaches more than three billion users.")
    assertFindings("Meta AI reaches 2 billion users.", [Expected(text: "2 billion")])
  }

  @Test func aBoundThatIsAThousandTimesOffIsAScaleWarning() {
    assertFindings("Meta AI reaches more than three million users.", [Expected(text: "three million", rule: .scale, replacement: "three billion")])
    assertSilent("Meta AI reaches more than two billion users.")
  }

  @Test func aboutAllowsTenPercentOfTheSourcedFigureNotItsRoundingBesides() {
    // Sourced: 8,000 layoffs. "About 7,500" holds it; "about 7,000" (6,300–7,700) does not.
    assertSilent("Meta laid off about 7,500 employees.")
    assertFindings("Meta laid off about 7,000 employees.", [Expected(text: "7,000", replacement: "8,000")])
  }

  @Test func aBoundAThousandTimesBeyondTheFigureIsAConflict() {
    // Sourced: more than three billion. "More than three trillion" is false, not a slip that happens to be true.
    assertFindings("Meta AI reaches more than three trillion users.", [Expected(text: "three trillion", replacement: "three billion", fact: "meta-ai.users")])
    // "Fewer than three million" is false too, and so would "fewer than three billion" be: the
    // source's bound replaces it. ("Fewer than three trillion" is true as written.)
    assertFindings("Meta AI reaches fewer than three million users.",
                   [Expected(text: "fewer than three million", replacement: "more than three billion", fact: "meta-ai.users")])
  }

  /// The phrases looked up by their last word are those the list ends in
  /// that word, in the list's order ("just under" before "under"), and none
  /// for a word no phrase ends in.
  @Test func phrasesAreFoundByTheirLastWordInTheirOrder() {
    for last in Set(Hedge.phrases.map { $0.words[$0.words.count - 1] }) {
      let expected = Hedge.phrases.filter { $0.words.last == last }.map { "\($0.words) \($0.hedge)" }
      #expect(Hedge.phrases(endingWith: last).map { "\($0.words) \($0.hedge)" } == expected)
    }
    #expect(Hedge.phrases(endingWith: "than").count == 6 && Hedge.phrases(endingWith: "profit").isEmpty)
  }
}
