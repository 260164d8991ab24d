import FactlintCore
import Testing

/// Who gives a figure and whose figure it is: an agency that counts or says
/// a figure is its source, the possessive of the figure's period names its
/// subject, and two sources that state one figure, one with a year and one
/// without, state one fact, whatever the order the sources are merged in.
@Suite struct ExtractionSourceRulesTests {
  static let story = """
    Harbor Point Ferry's first month
    By Ana Ruiz, Coastal Wire

    The Harbor Point Ferry has carried passengers for a month now.

    Mornings are quieter. The Lakeport Port Authority counted 2,812 boardings on an average weekday in the ferry's first month.

    The ferry's 6 stops run through the city's Union Wharf to Lakeport Airport, a crossing the authority says takes 25 minutes.

    Boats have left on time 91 percent of the time since the ferry opened, the authority says.

    """

  @Test func anAgencyThatCountsAFigureIsItsSourceAndThePeriodsOwnerItsSubject() {
    let file = ExtractionNewsRulesTests.extract(Self.story)
    #expect(ExtractionNewsRulesTests.facts(file, value: "2,812").first?.entity == "harbor-point-ferry")
  }

  @Test func anAgencyThatSaysAFigureIsItsSource() {
    let file = ExtractionNewsRulesTests.extract(Self.story)
    // Union Wharf, after "through the city's", is where the stops run, not the subject.
    #expect(ExtractionNewsRulesTests.facts(file, value: "25 minutes").first?.entity == "harbor-point-ferry")
    #expect(ExtractionNewsRulesTests.facts(file, value: "91 percent").first?.entity == "harbor-point-ferry")
  }

  @Test func whoCountsAFigureWithNothingElseNamedHasIt() {
    let file = ExtractionNewsRulesTests.extract("The Riverside Museum counted 9,000 visitors on its opening weekend.\n")
    #expect(ExtractionNewsRulesTests.facts(file, value: "9,000").first?.entity == "riverside-museum")
  }

  @Test func aFigureAnAgencyProjectsForAPeriodIsNotThePeriodOwnersByThatAlone() {
    let file = ExtractionNewsRulesTests.extract("""
      The Lakeport Port Authority runs the Harbor Point Ferry. It counted 2,812 riders a day in May.
      That is short of the 4,000 riders the authority projected for the ferry's first year.

      """)
    #expect(ExtractionNewsRulesTests.facts(file, value: "4,000").first?.entity != "harbor-point-ferry")
  }

  @Test func aFigureGivenWithAYearAndWithoutOneIsOneFact() {
    let a = ExtractionNewsRulesTests.extract("The Harbor Point Ferry opened on May 3, 2025, 15 months late.\n", id: "a")
    let b = ExtractionNewsRulesTests.extract("The Harbor Point Ferry opened 15 months late.\n", id: "b")
    let delay = ExtractionNewsRulesTests.merged(a, b, value: "15 months")
    #expect(delay.count == 1)
    #expect(delay.first?.citations.count == 2)
  }

  @Test func factsAreJoinedWhateverTheOrderOfTheSources() {
    // The first and second share one word; the third, joined to the first, brings the second word they share.
    let a = ExtractionNewsRulesTests.extract("Inspectors recorded 14 safety incidents on the Harbor Point Ferry in May.\n", id: "a")
    let b = ExtractionNewsRulesTests.extract("The Harbor Point Ferry's inspectors logged fourteen reportable events.\n", id: "b")
    let c = ExtractionNewsRulesTests.extract("Inspectors logged 14 incidents on the Harbor Point Ferry.\n", id: "c")
    var merger = FactBaseMerger()
    for (file, origin) in [(a, "a"), (b, "b"), (c, "c")] { merger.add(file, origin: origin) }
    let fourteen = merger.result.file.facts.filter { ["14", "fourteen"].contains($0.value.text) }
    #expect(fourteen.count == 1)
    #expect(fourteen.first?.citations.count == 3)
  }

  @Test func wordsOfOneStemRelateTwoSourcesFigures() {
    // "authorize" and "authorized", with "bonds": the same vote, the first source dating it to the day.
    let a = ExtractionNewsRulesTests.extract("The Lakeport City Council voted on May 12, 2025, to authorize bonds for the ferry.\n", id: "a")
    let b = ExtractionNewsRulesTests.extract("The Lakeport City Council authorized the bonds in May 2025.\n", id: "b")
    let vote = ExtractionNewsRulesTests.merged(a, b, value: "2025-05-12")
    #expect(vote.first?.citations.count == 2)
  }

  @Test func aSumToTheSameDigitsIsOneFactWhenOneBindingIsWeak() {
    // The second source ties the sum to the museum only through the sentence before it, in other words.
    let a = ExtractionNewsRulesTests.extract("The Lakeport City Council voted for $12.5 million in bonds.\n", id: "a")
    let b = ExtractionNewsRulesTests.extract("The Riverside Museum opened a new wing. The wing cost $12.5 million.\n", id: "b")
    let sum = ExtractionNewsRulesTests.merged(a, b, value: "$12.5 million")
    #expect(sum.count == 1)
    #expect(sum.first?.citations.count == 2)
  }

  @Test func theStoryTopicsNounIsNoCueUnlessItIsWhatAPlaceRanks() {
    // The ferry is the story's topic (its first line names it): "the ferry" says what the bonds are for, not what they measure.
    let file = ExtractionNewsRulesTests.extract("""
      The Harbor Point Ferry opened in May 2025. The Lakeport City Council voted to issue $40 million in bonds to finish the ferry.
      The Harbor Point Ferry is Lakeport's first high-speed ferry.

      """)
    #expect(ExtractionNewsRulesTests.facts(file, value: "$40 million").first.map { !$0.cues.contains("ferry") } == true)
    #expect(file.facts.first { $0.value.kind == "rank" }?.cues.contains("ferry") == true)
  }

  @Test func aFigureInADirectQuotationIsTheSpeakersNotProposed() {
    let file = ExtractionNewsRulesTests.extract("""
      The Harbor Point Ferry carried 2,812 riders a day in May 2025.

      "Nearly three thousand people a day chose this boat," said Ana Ruiz, the ferry's director.

      “We were promised a $40 million ferry,” said Tom Lee, a council member.

      """)
    #expect(ExtractionNewsRulesTests.facts(file, value: "2,812").count == 1)
    #expect(!file.facts.contains { $0.value.text.contains("three thousand") || $0.value.text.contains("$40 million") })
  }

  @Test func theContractorIsTheCompanyNamedBefore() {
    let file = ExtractionNewsRulesTests.extract("""
      Gull Marine Partners, a joint venture of two yards, built the Harbor Point Ferry's boats.
      The Lakeport Port Authority paid it $30 million. The contractor has since claimed $4 million for delays.

      """)
    #expect(ExtractionNewsRulesTests.facts(file, value: "$4 million").first?.entity == "gull-marine-partners")
  }

  @Test func anAgencyThatReportsAFigureBesideAnotherNameIsItsSource() {
    let file = ExtractionNewsRulesTests.extract("""
      Harbor Point Ferry's first month
      By Ana Ruiz, Coastal Wire

      The Harbor Point Ferry opened in May 2025.

      The Lakeport Port Authority reports 2,800 weekday boardings, against a forecast of 3,000 in the Harbor Plan.

      """)
    #expect(ExtractionNewsRulesTests.facts(file, value: "2,800").first?.entity == "harbor-point-ferry")
    #expect(ExtractionNewsRulesTests.facts(file, value: "3,000").first?.entity == "harbor-point-ferry")
  }

  @Test func theNextSentenceContinuesWhatTheFiguresWereAbout() {
    let file = ExtractionNewsRulesTests.extract("""
      The Harbor Point Ferry opened in May 2025.

      Mornings are quieter. The Lakeport Port Authority counted 2,812 boardings a day in the ferry's first month.
      That is short of the 4,000 riders the authority projected when it applied for state money.

      """)
    #expect(ExtractionNewsRulesTests.facts(file, value: "4,000").first?.entity == "harbor-point-ferry")
  }

  @Test func aTitleSetBesideAPersonIsThePersonsAndQuotedWordsAreNoCues() {
    let file = ExtractionNewsRulesTests.extract("""
      "The survey is the thing I would change," said Dana Reyes, the Lakeport Port Authority's chief executive since 2022.
      Reyes had run the city's buses for a decade.

      """)
    let since = ExtractionNewsRulesTests.facts(file, value: "2022").first
    #expect(since?.entity == "dana-reyes")
    #expect(since.map { !$0.cues.contains("survey") && !$0.cues.contains("change") } == true)
  }
}
