import Testing
@testable import FactlintCore

/// The document around a sentence: a title or heading that names the
/// subject, lists of parallel figures, and the names the fact base does not
/// know that keep a figure to themselves.
@Suite struct DiscourseTests {
  @Test func aTitleNamesTheSubjectOfTheSentencesUnderIt() {
    assertFindings("# Meta's quarter in figures\n\nRevenue for the first three months reached $58.3 billion; net income was $26.8 billion.\n",
                   [Expected(text: "$58.3 billion", replacement: "$56.3 billion", fact: "meta.q1-revenue")])
    assertFindings("# Muse Spark at a glance\n\n| Item | Value |\n|---|---|\n| Released | 9 April 2026 |\n| Pages in the safety report | 168 |\n",
                   [Expected(text: "9 April 2026", replacement: "8 April 2026"), Expected(text: "168", replacement: "158")])
  }

  @Test func aHeadingNamesTheSubjectOfItsListItems() {
    assertFindings("Some notes.\n\n## Meta\n\n- Layoffs: 9,000 employees\n", [Expected(text: "9,000", replacement: "8,000")])
    // A heading's subject ends where a heading of the same level begins.
    assertSilent("Some notes.\n\n## Meta\n\nA quiet week.\n\n## Others\n\n- Layoffs: 9,000 employees\n")
  }

  @Test func theFirstSentencesSubjectIsTheTopicWithoutATitle() {
    assertFindings("Meta had a busy spring.\n\nThe layoffs hit 9,000 employees in May.\n", [Expected(text: "9,000", replacement: "8,000")])
  }

  @Test func itFallsBackToTheTopicWhenTheLastNameCannotTakeTheFigure() {
    // The last sentence names only a source, which has no score: "It" is the piece's subject.
    assertFindings("Muse Spark went to testers this week. Figures below are from Reuters.\n\nIt scored 55 on the Intelligence Index.\n",
                   [Expected(text: "55", replacement: "52")])
    // A recent name that can take the figure still comes first.
    assertSilent("Muse Spark went to testers this week. Meta said so on Monday.\n\nIt laid off 8,000 employees.\n")
  }

  @Test func aSentenceWithoutASubjectContinuesTheLastOnes() {
    assertFindings("# Anthropic's year\n\nMeta reported results on Wednesday. Revenue for the quarter reached $58.3 billion.\n",
                   [Expected(text: "$58.3 billion", replacement: "$56.3 billion")])
    // Across a paragraph break the title's subject holds, and it has no such revenue.
    assertSilent("# Anthropic's year\n\nMeta reported results on Wednesday.\n\nRevenue for the quarter reached $58.3 billion.\n")
  }

  @Test func aSubjectCarriedDownNeedsItsCueInTheFiguresClause() {
    // "revenue" is in another clause than the figure: the title's subject is not enough.
    assertSilent("# Meta's quarter\n\nRevenue rose, while the buyback came to $58.3 billion.\n")
  }

  @Test func aSentenceThatNamesItsOwnSubjectIsNotAboutTheTopic() {
    assertSilent("# Meta's quarter\n\nNvidia reported revenue of $44.1 billion.\n")
    assertSilent("# Meta's quarter\n\nFor comparison, Alphabet Inc reported revenue of $90.2 billion.\n")
    assertSilent("# Meta's quarter\n\nScale AI's revenue was $2 billion.\n")
  }

  @Test func anUnknownNameInTheClauseOwnsTheFigure() {
    assertSilent("Meta's Q1 2026 revenue was $56.3 billion, and Oracle's was $50 billion.")
    assertFindings("Meta's Q1 2026 revenue was $58.3 billion, and Oracle's was $50 billion.",
                   [Expected(text: "$58.3 billion", replacement: "$56.3 billion")])
  }

  @Test func parallelClausesShareTheirVerb() {
    assertFindings("On the Intelligence Index GPT-5.4 scored 57, Claude Opus 4.6 55, Muse Spark 52.",
                   [Expected(text: "55", replacement: "53")])
    assertFindings("On the Intelligence Index GPT-5.4 scored 57, Claude Opus 4.6 at 53, Muse Spark at 50.",
                   [Expected(text: "50", replacement: "52")])
    // A clause with a verb of its own borrows nothing.
    assertSilent("GPT-5.4 scored 57, and Claude Opus 4.6 shipped 55 features.")
  }

  @Test func aFigureRightForAnotherCandidateIsNoError() {
    // 8,000 is the layoffs, not a wrong count of reassigned staff.
    assertSilent("Meta laid off 8,000 employees and shifted others into pods.")
  }

  @Test func aPartIsNotTheWhole() {
    // The scale a score is read against is no claim.
    assertSilent("Muse Spark scored 52 out of 60 on the Intelligence Index.")
    assertFindings("Muse Spark scored 50 out of 60 on the Intelligence Index.", [Expected(text: "50", replacement: "52")])
    assertSilent("Meta laid off employees: 2 of the 8,000 notices were withdrawn.")
    assertSilent("Muse Spark ranks fourth; two of its 158 pages cover bias.")
  }

  @Test func aFigureFarFromTheSourcedOneIsAnotherQuantity() {
    assertSilent("Meta paid $14.3 billion for Scale AI; analysts' price target for the investment is $780.")
    // The sourced figure at another scale is a slip, and is caught.
    assertFindings("Meta paid $14.3 million for its Scale AI stake.", [Expected(text: "$14.3 million", replacement: "$14.3 billion")])
  }

  @Test func aDateThatLabelsATimelineEntryIsTheDateOfItsEvent() {
    assertFindings("# Meta's year\n\n- **May 27** — Meta laid off about 8,000 employees.\n", [Expected(text: "May 27", replacement: "May 20")])
    assertFindings("# Meta's year\n\n- **May 27** — About 8,000 employees laid off.\n", [Expected(text: "May 27", replacement: "May 20")])
  }

  @Test func itAfterAnUnknownSubjectIsThatSubject() {
    assertSilent("Meta reported its quarter. Oracle expects revenue of $32 billion, the path it first laid out in Q1.")
    assertSilent("Meta reported its quarter. Analysts at Jefferies say its revenue will reach $60 billion.")
    assertFindings("Meta reported its quarter. It booked Q1 revenue of $58.3 billion.", [Expected(text: "$58.3 billion", replacement: "$56.3 billion")])
  }

  @Test func aFactAboutTheEntityItselfBeatsOneItIsRelatedTo() throws {
    let json = #"""
    {"version": 1, "sources": [{"id": "s", "title": "S"}],
     "entities": [{"id": "acme", "name": "Acme Corp", "kind": "company", "aliases": ["Acme"]},
                  {"id": "widget", "name": "Widget Pro", "kind": "product", "aliases": ["Widget Pro"]}],
     "facts": [
      {"id": "acme.revenue", "entity": "acme", "attribute": "revenue", "cues": ["revenue"],
       "value": {"kind": "money", "text": "$10 billion"}, "citations": [{"source": "s", "quote": "revenue of $10 billion"}]},
      {"id": "widget.revenue", "entity": "widget", "related": ["acme"], "attribute": "revenue", "cues": ["revenue"],
       "value": {"kind": "money", "text": "$2 billion"}, "citations": [{"source": "s", "quote": "$2 billion in revenue"}]}]}
    """#
    let checker = Checker(factBase: try FactBase.load([("acme.json", Array(json.utf8))]))
    assertFindings("Acme booked $12 billion in revenue.", [Expected(text: "$12 billion", replacement: "$10 billion", fact: "acme.revenue")], checker: checker)
    assertFindings("Widget Pro brought in $3 billion in revenue.", [Expected(text: "$3 billion", replacement: "$2 billion", fact: "widget.revenue")], checker: checker)
  }

  @Test func aReferenceAfterAnUnknownSubjectStandsForIt() {
    assertSilent("Meta laid off 8,000 employees. Amazon told staff it would cut 16,000 roles. Its layoffs reached 30,000 employees.")
    assertFindings("Meta went quiet. Its layoffs reached 9,000 employees.", [Expected(text: "9,000", replacement: "8,000")])
  }

  @Test func aValuationIsNoOtherMoneyFigure() {
    assertSilent("Scale AI is now valued at about $29 billion, after Meta paid for its stake.")
    assertSilent("Meta's investment in Scale AI set a valuation of $29 billion.")
    assertFindings("Meta paid $15.3 billion for its Scale AI stake.", [Expected(text: "$15.3 billion", replacement: "$14.3 billion")])
  }

  @Test func aNameOrAWordInsideACompoundIsNoCue() {
    // "investment" in "investment-grade" is no investment.
    assertSilent("Meta sold $30 billion of investment-grade bonds in October 2025.")
  }

  @Test func aFigureReportedAsAMistakeIsNoClaim() {
    assertSilent("An earlier version of this article said Muse Spark launched on April 9. It launched on April 8, 2026.")
    assertSilent("The post wrongly gave Muse Spark's score on the Intelligence Index as 55.")
    assertFindings("Muse Spark launched on April 9. An earlier version of this article said so too.", [Expected(text: "April 9", replacement: "April 8")])
  }

  @Test func circaIsNoSentenceEnd() {
    assertFindings("On 20 May Meta laid off c. 10,000 employees.", [Expected(text: "10,000", replacement: "8,000")])
  }

  @Test func aPossessiveAndAKindNounStandForTheRelatedEntity() {
    // The fact base ties Wang to one company, Meta, whose layoffs he is no subject of.
    assertFindings("In May, Wang's company laid off 9,000 employees.", [Expected(text: "9,000", replacement: "8,000")])
    assertSilent("In May, Wang's cousin laid off 9,000 employees.")
    assertFindings("In May, Wang's parent company laid off 9,000 employees.", [Expected(text: "9,000", replacement: "8,000")])
  }

  @Test func theAttributeNamedInTheFiguresClauseDecidesBetweenEntities() {
    assertFindings("The deals: the $21 billion arrangement with CoreWeave and the $21 billion joint venture with Nebius.",
                   [Expected(text: "$21 billion", replacement: "$27 billion", fact: "meta.nebius")])
  }

  @Test func aClauseWhoseOwnSubjectHasNoFactKeepsItsFigure() {
    assertSilent("Meta launched Muse Spark on April 8; Nebius launched its cloud on April 2.")
    assertFindings("Meta launched Muse Spark on April 9; Nebius raised money.", [Expected(text: "April 9", replacement: "April 8")])
  }

  @Test func aRateIsOnlyAFigureAboutThatRate() {
    assertSilent("Meta paid $14.3 billion for its Scale AI stake, about $30 a share.")
    assertSilent("Meta's layoffs of 8,000 employees cost $2 million per employee.")
  }

  @Test func theGiantIsTheCompanyJustNamed() {
    assertFindings("Meta launched Muse Spark in April. In May, the tech giant laid off 9,000 employees.", [Expected(text: "9,000", replacement: "8,000")])
  }

  @Test func aClauseThatNamesItsSubjectTakesNoCueFromAnother() {
    assertSilent("Muse Spark went public on April 8, and the safety report followed on April 28.")
    assertFindings("Muse Spark launched on April 9, and the safety report followed on April 28.", [Expected(text: "April 9", replacement: "April 8")])
  }

  @Test func aSemicolonEndsWhatANameOwns() {
    assertSilent("Muse Spark scored 52 on the Intelligence Index; Wang's team shipped 58 updates.")
  }

  @Test func aThreadsPostNumberIsNoFigure() {
    assertSilent("4/ Muse Spark ranks fourth on the Intelligence Index.")
    assertSilent("3/ Meta laid off 8,000 employees.")
  }

  @Test func theModelReachesBackToTheLastModelNamed() {
    assertFindings("Meta released Muse Spark in April.\n\nWang spoke at a summit.\n\nHe was upbeat.\n\nThe model scored 54 on the Intelligence Index.\n",
                   [Expected(text: "54", replacement: "52")])
    // "it" does not reach that far.
    assertSilent("Meta released Muse Spark in April.\n\nWang spoke at a summit.\n\nHe was upbeat.\n\nIt scored 54 on the Intelligence Index.\n")
  }

  @Test func capitalisedWordsOfACueAreNoUnknownName() {
    assertFindings("# Muse Spark\n\nThe Safety and Preparedness Report runs to 168 pages.\n", [Expected(text: "168", replacement: "158")])
  }

  @Test func digitsWithASuffixAreNoCount() {
    assertSilent("# Muse Spark\n\n- AA Intelligence Index: 52 → 4th\n")
    assertSilent("Wang spoke at the summit at 14h30 about Muse Spark's Intelligence Index score of 52.")
  }

  @Test func factsThatGiveTheSameValueAreOne() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.opened-a", "entity": "line", "attribute": "opening date", "cues": ["opened"],
       "value": {"kind": "date", "text": "2026-03-14"}, "citations": [{"source": "a", "quote": "opened on March 14, 2026"}]},
      {"id": "line.opened-b", "entity": "line", "attribute": "date it opened", "cues": ["opened", "service"],
       "value": {"kind": "date", "text": "2026-03-14"}, "citations": [{"source": "b", "quote": "opened for service on March 14"}]}
    """#)
    assertFindings("The Northern Line opened on March 21, 2026.", [Expected(text: "March 21, 2026", replacement: "March 14, 2026")], checker: checker)
  }

  @Test func aRowGivesEachAttributeOnce() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.final-cost", "entity": "line", "attribute": "final cost", "cues": ["cost"],
       "value": {"kind": "money", "text": "$1.84 billion"}, "citations": [{"source": "a", "quote": "a final cost of $1.84 billion"}]}
    """#)
    // The final cost stands in its own column: the cost per mile beside it is another figure.
    assertSilent("| Line | Cost per mile | Final cost |\n|---|---|---|\n| Northern Line | $126 million | $1.84 billion |\n", checker: checker)
    // With no cell that states it, the cost is checked in each.
    assertFindings("| Line | Cost per mile | Final cost |\n|---|---|---|\n| Northern Line | $126 million | $1.48 billion |\n",
                   [Expected(text: "$126 million"), Expected(text: "$1.48 billion")], checker: checker)
  }

  @Test func aRowsFirstCellLabelsItWhicheverCellNamesItsSubject() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "acme.contract", "entity": "acme", "attribute": "design-build contract", "cues": ["design-build", "contract"],
       "value": {"kind": "money", "text": "$912 million"}, "citations": [{"source": "a", "quote": "the $912 million design-build contract"}]},
      {"id": "acme.claims", "entity": "acme", "attribute": "contractor's claims", "cues": ["contractor", "claims"],
       "value": {"kind": "money-range", "text": "$60 million to $75 million"}, "citations": [{"source": "a", "quote": "claims of $60 million to $75 million"}]}
    """#)
    // Both facts are named by the label; the figure is a slip of the contract's, twice off the claims.
    assertFindings("| Item | Figure |\n|---|---|\n| Design-build contractor | Acme Rail ($921M) |\n",
                   [Expected(text: "$921M", replacement: "$912M", fact: "acme.contract")], checker: checker)
    assertSilent("| Item | Figure |\n|---|---|\n| Design-build contractor | Acme Rail ($912M) |\n", checker: checker)
    // A figure near neither is left alone: it may be a third thing.
    assertSilent("| Item | Figure |\n|---|---|\n| Design-build contractor | Acme Rail ($300M) |\n", checker: checker)
  }

  @Test func aReportedFigureTheNextSentenceCorrectsIsNoError() {
    assertSilent("Correction: our guest said Meta laid off 9,000 employees. It laid off 8,000.")
    // Not reported, or not corrected next: the figure is the writer's.
    assertFindings("Meta laid off 9,000 employees. It laid off 8,000.", [Expected(text: "9,000", replacement: "8,000")])
    assertFindings("Our guest said Meta laid off 9,000 employees. That was in May.", [Expected(text: "9,000", replacement: "8,000")])
  }

  @Test func aConditionAssertsNothing() {
    assertSilent("If Meta laid off 9,000 employees, the pods would shrink.")
    assertSilent("The pods would shrink, even if Meta laid off 9,000 employees.")
    // A condition elsewhere in the sentence leaves the figure's clause a claim.
    assertFindings("If the pods shrink, Meta will have laid off 9,000 employees.", [Expected(text: "9,000", replacement: "8,000")])
    assertFindings("Notes, if you have room: Meta laid off 9,000 employees.", [Expected(text: "9,000", replacement: "8,000")])
  }

  @Test func aTimelinesDateHeadingDatesWhatStandsUnderIt() {
    assertFindings("# Meta's year\n\n### 2026-05-02\n\n- Meta lays off 8,000 employees.\n\n### 2026-04-08\n\n- A new model.\n",
                   [Expected(text: "2026-05-02", replacement: "2026-05-20")])
    // One date heading may be a diary's or a newsletter's date, not the event's.
    assertSilent("# Meta's year\n\n### 2026-05-02\n\n- Meta lays off 8,000 employees.\n")
  }

  @Test func aQuestionAssertsNothing() {
    assertSilent("Did Muse Spark really score 57 on the Intelligence Index?")
    assertSilent("Will Meta lay off 9,000 employees?\" she asked.")
    assertFindings("Muse Spark scored 57 on the Intelligence Index. Why?", [Expected(text: "57", replacement: "52")])
  }

  @Test func theFactWhoseQualifiersTheSentenceLeavesOutIsNotMeant() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.opening-date", "entity": "line", "attribute": "opening date", "cues": ["opened"],
       "value": {"kind": "date", "text": "2026-03-14"}, "citations": [{"source": "a", "quote": "opened on March 14, 2026"}]},
      {"id": "line.original-target", "entity": "line", "attribute": "original opening target", "cues": ["opened", "originally"],
       "value": {"kind": "date", "text": "2024-12"}, "citations": [{"source": "a", "quote": "originally to have opened in December 2024"}]}
    """#)
    assertFindings("The Northern Line opened on March 21.", [Expected(text: "March 21", replacement: "March 14", fact: "line.opening-date")], checker: checker)
    assertFindings("The Northern Line was originally to have opened in March 2025.", [Expected(text: "March 2025", fact: "line.original-target")], checker: checker)
  }

  @Test func aYearAloneNamesNoFact() {
    assertSilent("Hyperscalers sold $121 billion of bonds in 2025, including Meta's $30 billion sale in October.")
    assertFindings("Meta paid $15.3 billion for its Scale AI stake in 2025.", [Expected(text: "$15.3 billion", replacement: "$14.3 billion")])
  }

  @Test func layoffsInThePresentTense() {
    assertFindings("# Meta's year\n\n- **May 28, 2026** – Meta lays off about 8,000 employees.\n", [Expected(text: "May 28, 2026", replacement: "May 20, 2026")])
  }

  @Test func anAnswerTakesTheWordsOfItsQuestion() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.off-peak", "entity": "line", "attribute": "off-peak frequency", "cues": ["how often", "off-peak"],
       "value": {"kind": "duration", "text": "15 minutes"}, "citations": [{"source": "a", "quote": "every 15 minutes off-peak"}]},
      {"id": "line.trip", "entity": "line", "attribute": "end-to-end trip time", "cues": ["trip", "end to end"],
       "value": {"kind": "duration", "text": "42 minutes"}, "citations": [{"source": "a", "quote": "a trip takes 42 minutes"}]}
    """#)
    // A question in bold on the line above its answer, a question as a heading, a question opening the paragraph.
    for draft in ["# The Northern Line\n\n**How long does a trip take?**\nAbout 52 minutes, door to door.\n",
                  "# The Northern Line\n\n### How long does a trip take?\n\nAbout 52 minutes, door to door.\n",
                  "Trains are busy. How long does a trip on the Northern Line take? About 52 minutes, door to door.\n"] {
      assertFindings(draft, [Expected(text: "52 minutes", replacement: "42 minutes", fact: "line.trip")], checker: checker)
    }
    // The question's words are the first sentence's; a later sentence needs its own.
    assertSilent("# The Northern Line\n\n**How long does a trip take?**\nIt depends. Buses take 52 minutes.\n", checker: checker)
    // A question answered by a paragraph about something else names nothing of it.
    assertSilent("# The Northern Line\n\n**How long does a trip take?**\nThe old Route 9 bus took 52 minutes.\n", checker: checker)
  }

  @Test func aCuePastAnotherFigureDescribesThatFigure() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.opening-date", "entity": "line", "attribute": "opening date", "cues": ["opened"],
       "value": {"kind": "date", "text": "2026-03-14"}, "citations": [{"source": "a", "quote": "opened on March 14, 2026"}]},
      {"id": "line.promised-date", "entity": "line", "attribute": "originally promised opening date", "cues": ["opened", "promised", "date"],
       "value": {"kind": "date", "text": "2024-12"}, "citations": [{"source": "a", "quote": "promised to open in December 2024"}]}
    """#)
    // "date promised" is said of the 15 months, past which it stands; a weekday's comma splits nothing.
    assertFindings("The Northern Line, the city's first, opened on Saturday, March 21, 15 months after the date promised.",
                   [Expected(text: "March 21", replacement: "March 14", fact: "line.opening-date")], checker: checker)
  }

  @Test func aFigureSplitByMarkdownIsReportedNotRewritten() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.free-days", "entity": "line", "attribute": "days of free rides", "cues": ["free rides"],
       "value": {"kind": "duration", "text": "14 days"}, "citations": [{"source": "a", "quote": "14 days of free rides"}]}
    """#)
    let findings = checker.check("The Northern Line opened.\n\n- **9** days of free rides on the Northern Line.\n")
    #expect(findings.count == 1)
    // Rewriting "9** days" would drop the closing "**": no replacement, and the message reads "9 days".
    #expect(findings.first?.replacement == nil)
    #expect(findings.first?.message.hasSuffix("not 9 days") == true, "\(findings.first?.message ?? "")")
  }

  @Test func aFigureRightAfterAVerbOfRisingOrFallingIsAChange() {
    // Muse Spark's index score is 52: a rise of 25 points is no score.
    assertSilent("Even if Muse Spark's index score rose 25 points, it would still trail.")
    assertFindings("Muse Spark's index score rose to 25.", [Expected(text: "25", replacement: "52")])
  }

  @Test func aScoreOnABenchmarkTheBaseDoesNotKnowIsThatBenchmarks() {
    // The base knows Claude Opus 4.6's score on the Intelligence Index, not on Terminal-Bench.
    assertSilent("On Terminal-Bench 2.0, Claude Opus 4.6 scored 65.4%.")
    assertSilent("Claude Opus 4.6 scored 65.4% on HarborBench.")
    assertSilent("Claude Opus 4.6 scored 65.4% on HBX Hard.")
    assertFindings("Claude Opus 4.6 scored 55 on the Intelligence Index.", [Expected(text: "55", replacement: "53")])
    // The benchmark of another clause is that clause's.
    assertFindings("Llama 5 scored 80% on HarborBench, and Claude Opus 4.6 scored 55 on the index.", [Expected(text: "55", replacement: "53")])
  }

  @Test func aNamePastAnotherFigureIsThatFiguresSubject() throws {
    let json = #"{"version": 1, "sources": [{"id": "a", "title": "A"}], "entities": [{"id": "bus", "name": "Route 9", "kind": "other", "aliases": ["Route 9"]}], "#
      + #""facts": [{"id": "bus.riders", "entity": "bus", "attribute": "weekday riders", "cues": ["riders", "carried"], "#
      + #""value": {"kind": "count", "text": "5,100"}, "citations": [{"source": "a", "quote": "carried about 5,100 riders"}]}]}"#
    let checker = Checker(factBase: try FactBase.load([("bus.json", Array(json.utf8))]))
    // 12,000 is the new line's; Route 9's own figure is the multiple after it.
    assertSilent("Nearly 12,000 riders use the tram on a weekday, twice what the Route 9 bus carried.", checker: checker)
    assertFindings("The Route 9 bus carried 6,000 riders, half of them students.", [Expected(text: "6,000", replacement: "5,100")], checker: checker)
  }

  @Test func theLineWithAFigureBeforeItsNounIsStillTheLine() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.stations", "entity": "line", "attribute": "stations", "cues": ["stations"],
       "value": {"kind": "count", "text": "19"}, "citations": [{"source": "a", "quote": "19 stations"}]}
    """#)
    assertFindings("The 14.6-mile line has 26 stations.", [Expected(text: "26", replacement: "19", fact: "line.stations")], checker: checker)
    // "the trail" names nothing the fact base knows.
    assertSilent("The 14.6-mile trail has 26 stations.", checker: checker)
  }

  @Test func aYearlessDatesWeekdayIsCheckedInTheYearOfItsFact() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.opening-date", "entity": "line", "attribute": "opening date", "cues": ["opened"],
       "value": {"kind": "date", "text": "2026-03-14"}, "citations": [{"source": "a", "quote": "opened on March 14, 2026"}]}
    """#)
    // March 14, 2026 was a Saturday.
    assertFindings("The Northern Line opened on a Sunday, March 14.", [Expected(text: "Sunday", replacement: "Saturday", fact: "line.opening-date")], checker: checker)
    assertSilent("The Northern Line opened on Saturday, March 14.", checker: checker)
  }

  @Test func aPercentageMoreThanIsADifference() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.overrun", "entity": "line", "attribute": "cost overrun against the budget", "cues": ["cost", "budget", "overrun"],
       "value": {"kind": "percent", "text": "53%"}, "citations": [{"source": "a", "quote": "53% over budget"}]},
      {"id": "line.share", "entity": "line", "attribute": "share of the budget spent on stations", "cues": ["budget"],
       "value": {"kind": "percent", "text": "12%"}, "citations": [{"source": "a", "quote": "12% of the budget"}]}
    """#)
    // Only a fact about a difference (an overrun) takes "43 percent more than".
    assertFindings("The Northern Line cost 43 percent more than its budget.", [Expected(text: "43 percent", replacement: "53 percent", fact: "line.overrun")], checker: checker)
    assertSilent("The Northern Line spent 40 percent more staff hours than its budget allowed.", checker: checker)
  }

  @Test func aKnownNameInsideALongerNameIsNoMention() throws {
    let json = #"{"version": 1, "sources": [{"id": "a", "title": "A"}], "entities": [{"id": "oakton", "name": "Oakton", "kind": "other", "aliases": ["Oakton"]}], "#
      + #""facts": [{"id": "oakton.population", "entity": "oakton", "attribute": "population", "cues": ["population", "residents"], "#
      + #""value": {"kind": "count", "text": "312,000"}, "citations": [{"source": "a", "quote": "a city of 312,000"}]}]}"#
    let checker = Checker(factBase: try FactBase.load([("oakton.json", Array(json.utf8))]))
    assertFindings("Oakton has 290,000 residents.", [Expected(text: "290,000", replacement: "312,000")], checker: checker)
    // The airport and the university are other things than the city.
    assertSilent("Oakton Regional Airport served 290,000 residents of the county.", checker: checker)
    assertSilent("Oakton State University has 29,000 residents in its halls.", checker: checker)
  }

  @Test func aLengthsUnitNamesItsAttribute() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.length", "entity": "line", "attribute": "length", "cues": ["long"],
       "value": {"kind": "length", "text": "14.6 miles"}, "citations": [{"source": "a", "quote": "the 14.6-mile line"}]}
    """#)
    assertFindings("The 23.5-mile Northern Line opened.", [Expected(text: "23.5-mile", replacement: "14.6-mile")], checker: checker)
    assertFindings("The Northern Line runs 30 km.", [Expected(text: "30 km", replacement: "23.5 km")], checker: checker)
    // The same length in other units, or rounded, is right.
    assertSilent("The Northern Line runs 23.5 km, about 15 miles.", checker: checker)
  }

  @Test func aLabelBeforeTheFirstWordLeavesItAFirstWord() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.length", "entity": "line", "attribute": "length", "cues": ["long"],
       "value": {"kind": "length", "text": "14.6 miles"}, "citations": [{"source": "a", "quote": "the 14.6-mile line"}]},
      {"id": "line.cost", "entity": "line", "attribute": "final cost", "cues": ["cost"],
       "value": {"kind": "money", "text": "$1.84 billion"}, "citations": [{"source": "a", "quote": "cost $1.84 billion"}]}
    """#)
    // A show note's timestamp labels the line; "The" opens the sentence, and is no name.
    assertFindings("# The Northern Line\n\n- 39:45 The $2.1 billion cost, and who pays it",
                   [Expected(text: "$2.1 billion", replacement: "$1.84 billion")], checker: checker)
    // A first word followed by an article or "with" is a verb in the imperative, not a name.
    assertFindings("# The Northern Line\n\n- 39:45 Follow the money: the cost came to $2.1 billion",
                   [Expected(text: "$2.1 billion", replacement: "$1.84 billion")], checker: checker)
    // Two capitalised words after the label are a name the base does not know.
    assertSilent("# The Northern Line\n\n- 39:45 Harbor Tunnel cost $2.1 billion", checker: checker)
    // A quotation's first word is the speaker's: "We" opens no name.
    assertFindings("# The Northern Line\n\n\"We built it,\" the mayor said. The line cost $2.1 billion.",
                   [Expected(text: "$2.1 billion", replacement: "$1.84 billion")], checker: checker)
  }

  @Test func aDateThatOpensAPeriodIsWhenItsClausesStateBegan() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.opening-date", "entity": "line", "attribute": "opening date", "cues": ["opened", "open"],
       "value": {"kind": "date", "text": "2026-03-14"}, "citations": [{"source": "a", "quote": "opened on March 14, 2026"}]}
    """#)
    // "since" dates the start of what its clause says of its own subject.
    assertFindings("The Northern Line has been open since April 2026.", [Expected(text: "April 2026", replacement: "March 2026")], checker: checker)
    assertSilent("The Northern Line has been open since March 2026.", checker: checker)
    // With no subject of its own, the clause counts from a date of something else.
    assertSilent("# The Northern Line\n\nThe operator has opened two depots since April.", checker: checker)
  }

  @Test func aPartOfTheYearHoldsSomeMonthsAndNotOthers() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.opening-date", "entity": "line", "attribute": "opening date", "cues": ["opened"],
       "value": {"kind": "date", "text": "late 2025"}, "citations": [{"source": "a", "quote": "opened in late 2025"}]}
    """#)
    assertFindings("The Northern Line opened in early 2025.", [Expected(text: "early 2025", replacement: "late 2025")], checker: checker)
    // A month's name is capitalised anywhere; a part of the year only where the sentence opens with it.
    assertFindings("The Northern Line opened in February 2025.", [Expected(text: "February 2025", replacement: "late 2025")], checker: checker)
    assertFindings("Early 2025 saw the Northern Line opened.", [Expected(text: "Early 2025", replacement: "Late 2025")], checker: checker)
    assertSilent("The Northern Line opened in late 2025.", checker: checker)
    assertSilent("The Northern Line opened in 2025.", checker: checker)
    assertSilent("The Northern Line opened in November 2025.", checker: checker)
    // A season is a part of the year too.
    assertFindings("The Northern Line opened in spring 2025.", [Expected(text: "spring 2025", replacement: "late 2025")], checker: checker)
    assertSilent("The Northern Line opened in autumn 2025.", checker: checker)
  }

  @Test func aFoundingYearsOffIsAWrongYearNotAnotherFounding() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "acme.founding-year", "entity": "acme", "attribute": "founding year", "cues": ["founded"],
       "value": {"kind": "date", "text": "2016"}, "citations": [{"source": "a", "quote": "Acme Rail, founded in 2016"}]},
      {"id": "acme.layoffs-date", "entity": "acme", "attribute": "layoffs", "cues": ["laid off"],
       "value": {"kind": "date", "text": "2026-05"}, "citations": [{"source": "a", "quote": "laid off staff in May 2026"}]}
    """#)
    assertFindings("Acme Rail was founded in 2012.", [Expected(text: "2012", replacement: "2016")], checker: checker)
    // Layoffs come again: years off, it is another round.
    assertSilent("Acme Rail laid off staff in May 2022.", checker: checker)
  }

  @Test func aFigureRightForAnotherFactOfTheBoundFactsEntityIsThatFact() throws {
    // The final cost's cues are noisy, as extracted ones are; the cost per mile is the line's alone.
    let checker = try lineChecker(facts: #"""
      {"id": "line.final-cost", "entity": "line", "related": ["acme"], "attribute": "final cost", "cues": ["cost", "mile"],
       "value": {"kind": "money", "text": "$1.84 billion"}, "citations": [{"source": "a", "quote": "cost $1.84 billion"}]},
      {"id": "line.cost-per-mile", "entity": "line", "attribute": "cost per mile", "cues": ["mile"],
       "value": {"kind": "money", "text": "about $126 million"}, "citations": [{"source": "a", "quote": "about $126 million a mile"}]}
    """#)
    assertSilent("Acme Rail's cost came to about $126 million a mile.", checker: checker)
    assertFindings("Acme Rail's cost came to $2.1 billion.", [Expected(text: "$2.1 billion", replacement: "$1.84 billion")], checker: checker)
  }

  @Test func aTableRowThatNamesItsSubjectTakesNoneFromTheHeading() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.local-share", "entity": "line", "attribute": "local share of the cost", "cues": ["share"],
       "value": {"kind": "percent", "text": "61%"}, "citations": [{"source": "a", "quote": "61% of the cost"}]}
    """#)
    let table = "# The Northern Line\n\n| Who paid | Share |\n|---|---|\n"
    // Acme Rail's row is about Acme Rail, whose share the base does not hold.
    assertSilent(table + "| Acme Rail | 32.6% |\n", checker: checker)
    assertFindings(table + "| Northern Line | 32.6% |\n", [Expected(text: "32.6%", replacement: "61%")], checker: checker)
  }

  @Test func digitsInAnotherOrderAreASlipOfThatFigure() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "acme.headcount", "entity": "acme", "attribute": "headcount", "cues": ["staff"],
       "value": {"kind": "count", "text": "78,865"}, "citations": [{"source": "a", "quote": "78,865 staff"}]},
      {"id": "acme.layoffs", "entity": "acme", "attribute": "layoffs", "cues": ["staff"],
       "value": {"kind": "count", "text": "8,000"}, "citations": [{"source": "a", "quote": "8,000 staff"}]}
    """#)
    // More than a tenth off 78,865, but its digits: a slip of the headcount, not of the layoffs.
    assertFindings("Acme Rail had 87,865 staff.", [Expected(text: "87,865", replacement: "78,865")], checker: checker)
  }

  @Test func aMarginMeasuredAgainstANameIsTheGapToIt() throws {
    let json = #"""
      {"version": 1, "sources": [{"id": "a", "title": "A"}],
       "entities": [{"id": "north", "name": "Northern Line", "kind": "other", "aliases": ["Northern Line"]},
                    {"id": "east", "name": "Eastern Line", "kind": "other", "aliases": ["Eastern Line"]},
                    {"id": "west", "name": "Western Line", "kind": "other", "aliases": ["Western Line"]}],
       "facts": [{"id": "north.gap-to-east", "entity": "north", "related": ["east"], "attribute": "rating gap to the Eastern Line",
                  "cues": ["behind", "points"], "value": {"kind": "score", "text": "by 1 point"}, "citations": [{"source": "a", "quote": "one point behind"}]},
                 {"id": "east.gap-to-west", "entity": "east", "related": ["west"], "attribute": "rating gap to the Western Line",
                  "cues": ["behind", "points"], "value": {"kind": "score", "text": "by 4 points"}, "citations": [{"source": "a", "quote": "four points behind"}]}]}
      """#
    let checker = Checker(factBase: try FactBase.load([("lines.json", Array(json.utf8))]))
    // The Northern Line is named two sentences back; the gap is the one to the Eastern Line.
    assertFindings("The Northern Line rates well. Riders put it two points behind the Eastern Line.",
                   [Expected(text: "two points", replacement: "one point")], checker: checker)
    assertSilent("The Northern Line rates well. Riders put it one point behind the Eastern Line.", checker: checker)
  }

  @Test func anApproximatePercentageIsGiveOrTakeAPointAndTheMostPreciseTwinCorrects() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.on-time", "entity": "line", "attribute": "on-time performance", "cues": ["on time"],
       "value": {"kind": "percent", "text": "about 94 percent"}, "citations": [{"source": "a", "quote": "on time about 94 percent of the time"}]},
      {"id": "line.on-time-b", "entity": "line", "attribute": "on-time performance", "cues": ["on time"],
       "value": {"kind": "percent", "text": "94.2%"}, "citations": [{"source": "b", "quote": "94.2% of trains on time"}]}
    """#)
    // 92.4% is no "about 94 percent", though within a tenth of it; the precise source's figure is the fix.
    assertFindings("The Northern Line ran 92.4% of its trains on time.", [Expected(text: "92.4%", replacement: "94.2%")], checker: checker)
    assertSilent("The Northern Line ran 94% of its trains on time.", checker: checker)
  }

  @Test func aCueWordThatEndsAnUnknownNameIsThatName() throws {
    let checker = try lineChecker(facts: #"""
      {"id": "line.rating", "entity": "line", "attribute": "rider rating on the Comfort Index", "cues": ["Comfort Index", "index"],
       "value": {"kind": "score", "text": "52"}, "citations": [{"source": "a", "quote": "52 on the Comfort Index"}]}
    """#)
    let table = "| Line | Noise Index |\n|---|---|\n| Northern Line | 58 |\n"
    // "Noise Index" is another index, which the base does not know.
    assertSilent(table, checker: checker)
    assertFindings("| Line | Comfort Index |\n|---|---|\n| Northern Line | 58 |\n", [Expected(text: "58", replacement: "52")], checker: checker)
    // The cue after a closed-class word at the start of a sentence is still a cue.
    assertFindings("The Index puts the Northern Line at 58.", [Expected(text: "58", replacement: "52")], checker: checker)
  }

  /// A checker of a small fact base about one line (sources "a" and "b"), with `facts`, JSON objects, as its facts.
  private func lineChecker(facts: String) throws -> Checker {
    let json = #"{"version": 1, "sources": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}], "#
      + #""entities": [{"id": "line", "name": "Northern Line", "kind": "other", "aliases": ["Northern Line"]}, "#
      + #"{"id": "acme", "name": "Acme Rail", "kind": "company", "aliases": ["Acme Rail"]}], "facts": ["# + facts + "]}"
    return Checker(factBase: try FactBase.load([("line.json", Array(json.utf8))]))
  }
}
