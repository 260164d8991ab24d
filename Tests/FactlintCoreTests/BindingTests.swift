import Testing
@testable import FactlintCore

/// Binding a value to the right entity: several entities in a sentence,
/// "the model" and "it", tables, lists, numbers inside names.
@Suite struct BindingTests {
  @Test func valuesOfOtherEntitiesInTheSentence() {
    assertSilent("Muse Spark scored 52, behind Claude Opus 4.6 at 53 and GPT-5.4 at 57.")
    assertSilent("Muse Spark (52) trails GPT-5.4 (57) on the Intelligence Index.")
    assertFindings("Muse Spark scored 57, behind Claude Opus 4.6 at 53.", [Expected(text: "57", replacement: "52")])
    assertFindings("Muse Spark scored 52, behind Claude Opus 4.6 at 55.", [Expected(text: "55", replacement: "53")])
  }

  @Test func swappedValuesAreCaught() {
    assertFindings("On the Intelligence Index, Muse Spark scored 57 and GPT-5.4 scored 52.",
                   [Expected(text: "57", replacement: "52"), Expected(text: "52", replacement: "57")])
  }

  @Test func theModelAndItReferToTheEntityJustNamed() {
    assertFindings("Meta released Muse Spark in April. The model scored 50 on the Intelligence Index.", [Expected(text: "50", replacement: "52")])
    assertFindings("Muse Spark's predecessor, Llama 4 Maverick, is the yardstick. Its score on the Intelligence Index was 16.",
                   [Expected(text: "16", replacement: "18", fact: "llama-4-maverick.aa-index-score")])
    assertFindings("Meta is cash rich. For 2026, the company's capex guidance is $100 billion to $120 billion.",
                   [Expected(text: "$100 billion to $120 billion")])
  }

  @Test func itsReadsAsWhoeverTheClauseIsAbout() {
    assertSilent("Meta spent $14.3 billion on Scale AI in 2025, and its 2025 capex was $72.2 billion.")
    assertFindings("Meta spent $14.3 billion on Scale AI in 2025, and its 2025 capex was $70.2 billion.",
                   [Expected(text: "$70.2 billion", replacement: "$72.2 billion", fact: "meta.capex-2025")])
  }

  @Test func noEntityNoClaim() {
    assertSilent("The startup scored 54 on the Intelligence Index.")
    assertSilent("Someone paid $15.3 billion for a stake.")
  }

  @Test func aDeniedFigureIsNotAClaim() {
    assertSilent("Muse Spark didn't score 57 on the Intelligence Index; GPT-5.4 did.")
    assertSilent("Muse Spark did not score 57 on the Intelligence Index.")
    assertSilent("Muse Spark never scored 57 on the Intelligence Index.")
    assertSilent("Muse Spark scored 52 on the Intelligence Index, not 57.")
    assertSilent("Muse Spark didn\u{2019}t score 57 on the Intelligence Index.")
    // The denial stays in its clause, and "not only" denies nothing.
    assertFindings("Muse Spark didn't disappoint; it scored 57 on the Intelligence Index.", [Expected(text: "57", replacement: "52")])
    assertFindings("Not only did Muse Spark score 57 on the Intelligence Index, it beat Claude Opus 4.6.", [Expected(text: "57", replacement: "52")])
  }

  @Test func aNumberThatNamesSomethingIsNoFigure() {
    assertSilent("Paragraph 3: Muse Spark scored 52 on the Intelligence Index.")
    assertSilent("See Table 2, where Muse Spark's score on the Intelligence Index is 52.")
    assertFindings("Paragraph 3: Muse Spark scored 54 on the Intelligence Index.", [Expected(text: "54", replacement: "52")])
  }

  @Test func aChangeIsNotALevel() {
    assertSilent("Meta's headcount of 78,865 fell by about 8,000, to roughly 70,000.")
    assertSilent("Meta's workforce is down 8,000 since May.")
  }

  @Test func noCueNoClaim() {
    assertSilent("Muse Spark has 54 fans in our office.")
  }

  @Test func numbersInsideNamesAreNeverClaims() {
    assertSilent("GPT-5.4 and Claude Opus 4.6 lead; Llama 4 Maverick and Qwen3 follow, per v4.0 of the Intelligence Index.")
  }

  @Test func aRowIsAboutTheFirstCellThatNamesAnEntity() {
    assertFindings("""
      | # | Model | Intelligence Index |
      |---|---|---|
      | 1 | GPT-5.4 | 57 |
      | 2 | Muse Spark | 54 |
      """, [Expected(text: "54", replacement: "52")])
  }

  @Test func tablesBindRowEntityAndColumnHeader() {
    let draft = """
      | Model | Intelligence Index score |
      |---|---|
      | Muse Spark | 54 |
      | GPT-5.4 | 57 |
      """
    assertFindings(draft, [Expected(text: "54", replacement: "52")])
  }

  @Test func listItemsInheritTheLeadIn() {
    let draft = """
      Meta has two outside deals:

      1. a $21 million cloud arrangement with CoreWeave;
      2. a $27 billion joint venture with Nebius.
      """
    assertFindings(draft, [Expected(text: "$21 million", replacement: "$21 billion")])
  }

  @Test func periodsTellFactsApart() {
    assertFindings("Meta spent $72.2 billion on capex in 2025 and guides $115 billion to $135 billion in 2026.",
                   [Expected(text: "$115 billion to $135 billion", rule: .disputed)])
    assertFindings("Meta's capex was $80 billion in 2025.", [Expected(text: "$80 billion", fact: "meta.capex-2025")])
    assertSilent("Q1 2026 revenue came in at $56.3 billion with $26.8 billion in net income for Meta.")
    assertFindings("For Meta, Q1 2026 revenue came in at $56.3 billion with $28.6 billion in net income.", [Expected(text: "$28.6 billion", replacement: "$26.8 billion")])
  }

  @Test func differencesAreNotLevels() {
    assertSilent("Muse Spark scored 52, one point shy of Claude Opus 4.6 and five behind GPT-5.4 on the Intelligence Index.")
    assertSilent("Muse Spark trails GPT-5.4 by five points on the Intelligence Index.")
  }

  @Test func theYearOfAFigureIsTheNearestBeforeIt() {
    assertFindings("For 2026, Meta guides capex of $135 billion to $155 billion, after capex of $82.2 billion in 2025.",
                   [Expected(text: "$135 billion to $155 billion", fact: "meta.capex-2026-guidance"), Expected(text: "$82.2 billion", fact: "meta.capex-2025")])
    // "a year earlier": the year is relative, so no fact is ruled out by it.
    assertSilent("Meta's capex guidance for 2026 is $125 billion to $145 billion, against $72.2 billion it spent a year earlier.".replacing("$125 billion to $145 billion", with: "about $135 billion"))
  }

  @Test func anOpeningClauseReferencePointsForward() {
    assertSilent("Meta released Muse Spark in April 2026. After its April 2025 debut, Llama 4 Maverick scored 18 on the Intelligence Index.")
    assertFindings("Meta released Muse Spark on April 8. With its score of 16 on the Intelligence Index, Llama 4 Maverick lagged.",
                   [Expected(text: "16", replacement: "18", fact: "llama-4-maverick.aa-index-score")])
  }

  @Test func aLabelBeforeAColonIsTheAttribute() {
    assertFindings("Llama downloads: 2.1 billion.", [Expected(text: "2.1 billion", replacement: "1.2 billion")])
  }

  @Test func cuesMatchHyphenatedAndSpacedAlike() {
    // The cue is "laid off".
    assertFindings("Meta's laid-off staff numbered 9,500.", [Expected(text: "9,500", replacement: "8,000")])
  }
}
