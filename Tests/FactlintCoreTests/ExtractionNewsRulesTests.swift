import FactlintCore
import Testing

/// Rules of English and of news writing the extractor follows, each on
/// sentences of its own (a museum, a ferry, a bakery chain): a pronoun that
/// points forward, a dateline, a span of time that is a figure's period, a
/// weekday that fixes a year, a name in a table cell, and the same figure
/// given by two sources joined into one fact.
@Suite struct ExtractionNewsRulesTests {
  static func extract(_ text: String, id: String = "story") -> FactBaseFile {
    FactExtractor().extract(SourceText(id: id, format: .text, bytes: Array(text.utf8)))
  }

  /// The facts of `a` and `b` merged, with `value` as their value.
  static func merged(_ a: FactBaseFile, _ b: FactBaseFile, value: String) -> [FactBaseFile.FactRecord] {
    var merger = FactBaseMerger()
    merger.add(a, origin: "a")
    merger.add(b, origin: "b")
    return facts(merger.result.file, value: value)
  }

  static func facts(_ file: FactBaseFile, value: String) -> [FactBaseFile.FactRecord] {
    file.facts.filter { $0.value.text == value }
  }

  @Test func aPronounInAnOpeningClausePointsToTheSubjectAfterTheComma() {
    let file = Self.extract("""
      Lakeport Council approved the harbour plan last year.

      Two months after it opened, the Riverside Museum drew 90,000 visitors.

      """)
    #expect(Self.facts(file, value: "90,000").first?.entity == "riverside-museum")
  }

  @Test func aDatelineIsNeitherSubjectNorCue() {
    let file = Self.extract("""
      Lakeport's new museum draws crowds, but members are few
      By Ana Ruiz, Coastal Wire

      LAKEPORT, Ore. (CW) — Weeks after it opened, the Riverside Museum had 4,200 members.

      """)
    let fact = Self.facts(file, value: "4,200").first
    #expect(fact?.entity == "riverside-museum")
    #expect(fact.map { !$0.cues.contains("CW") } == true)
  }

  @Test func aSpanOfTimeBesideAnotherFigureIsItsPeriodNotAFigure() {
    let file = Self.extract("""
      The Harbor Point Ferry carried 52,000 passengers in its first six weeks.

      The Harbor Point Ferry has been running for six weeks now.

      """)
    #expect(Self.facts(file, value: "52,000").count == 1)
    // The period of the passenger count is no fact; six weeks of service, told on its own, is.
    #expect(file.facts.filter { $0.value.text == "six weeks" }.count == 1)
    #expect(file.facts.first { $0.value.text == "six weeks" }?.citations.first?.quote.hasPrefix("The Harbor Point Ferry has been running") == true)
  }

  @Test func aWeekdayFixesTheYearOfADateWrittenWithoutOne() {
    let file = Self.extract("""
      Lakeport voters approved the museum in 2024.

      The Riverside Museum opened on Friday, May 7, to long queues.

      """)
    // May 7 is a Friday in 2027, not in 2024, the source's latest year.
    #expect(!Self.facts(file, value: "2027-05-07").isEmpty)
    #expect(Self.facts(file, value: "2024-05-07").isEmpty)
  }

  @Test func aNameInParenthesesAfterATableFigureSaysWhoseItIs() {
    let file = Self.extract("""
      Riverside Museum opens its doors

      RIVERSIDE MUSEUM: KEY FIGURES
      Item | Figure
      Building cost | $84m
      Design contract | $9.5m (Calder Studio)

      The Riverside Museum is Lakeport's first art museum. Calder Studio designed it.

      """)
    #expect(Self.facts(file, value: "$9.5m").first?.entity == "calder-studio")
    #expect(Self.facts(file, value: "$84m").first?.entity == "riverside-museum")
  }

  @Test func aNameInParenthesesInARowLabelSaysWhoseCountUnlessTheLabelIsOneQualifier() {
    let file = Self.extract("""
      Riverside Museum opens its doors

      RIVERSIDE MUSEUM: KEY FIGURES
      Item | Figure
      Planned cost (2019 Lakeport Plan) | $61m
      Local (Lakeport Arts Fund) | $20m
      State (LDOT) | $15m

      The Riverside Museum is Lakeport's first art museum. The Lakeport Plan set its budget.

      """)
    let planned = Self.facts(file, value: "$61m").first
    #expect(planned?.entity == "riverside-museum")
    #expect(planned?.attribute == "planned cost")
    // The year in the label is the row's period, not a figure of its own.
    #expect(planned?.period == "2019")
    #expect(Self.facts(file, value: "2019").isEmpty)
    #expect(Self.facts(file, value: "$20m").first?.entity == "lakeport-arts-fund")
    // An acronym in brackets is a name (only a dateline's "(CW) —" is not), and a row is also about the table's subject.
    let state = Self.facts(file, value: "$15m").first
    #expect(state?.entity == "ldot")
    #expect(state?.related?.contains("riverside-museum") == true)
  }

  @Test func wordsOfReportingAreNoCues() {
    let file = Self.extract("Crumb & Co reports 412 stores in the region.\n")
    let fact = Self.facts(file, value: "412").first
    #expect(fact.map { !$0.cues.contains("reports") } == true)
  }

  @Test func twoSourcesGivingACommonFigureInWordsOfTheSameThingGiveOneFact() {
    let a = Self.extract("The Harbor Point Ferry calls at 6 stops along the bay.\n", id: "a")
    let b = Self.extract("""
      Harbor Point Ferry adds a second boat

      FERRY FACTS
      Item | Figure
      Stations | 6
      Crossing time | 25 min

      The Harbor Point Ferry started service in May.

      """, id: "b")
    let six = Self.merged(a, b, value: "6")
    #expect(six.count == 1)
    #expect(six.first?.citations.count == 2)
  }

  @Test func twoSourcesTyingADistinctiveFigureToTwoEntitiesGiveOneFactForTheSurerBinding() {
    // One source reads the grant as the city's (its subject), the other as the museum's (the sentence before).
    let a = Self.extract("The Lakeport City Council gave a grant of $12.5 million for the new wing.\n", id: "a")
    let b = Self.extract("The Riverside Museum opened a new wing. The grant was $12.5 million.\n", id: "b")
    let grant = Self.merged(a, b, value: "$12.5 million")
    #expect(grant.count == 1)
    #expect(grant.first?.citations.count == 2)
    #expect(grant.first?.entity == "lakeport-city-council")
    #expect(grant.first?.related?.contains("riverside-museum") == true)
  }

  @Test func aTableRowAndASentenceOfOneSourceTyingADistinctiveFigureToTwoEntitiesGiveOneFact() {
    let file = Self.extract("""
      Riverside Museum opens its doors

      RIVERSIDE MUSEUM: KEY FIGURES
      Item | Figure
      Building budget | $84m
      Galleries | 14

      The Riverside Museum opened in May. The Lakeport Arts Trust set an $84m budget for the building.

      """)
    let budget = Self.facts(file, value: "$84m")
    #expect(budget.count == 1)
    #expect(budget.first?.citations.count == 2)
  }

  @Test func aHyphenatedCompoundIsOneWordBetweenAPossessiveAndItsNoun() {
    // The headline is about the ferry ("…'s long-awaited high-speed ferry"), not the authority that owns it;
    // a paragraph that names nothing is about the story's topic.
    let file = Self.extract("""
      Lakeport Port Authority's long-awaited high-speed ferry draws crowds
      By Ana Ruiz, Coastal Wire

      The Harbor Point Ferry opened in May 2025. The Lakeport Port Authority runs it.

      Opening weekend drew 9,400 riders.

      """)
    #expect(Self.facts(file, value: "9,400").first?.entity == "harbor-point-ferry")
  }

  @Test func aParagraphOpeningWithNoSubjectIsAboutTheStorysTopic() {
    // "Main Street", after "with", is what the work went on with; "it" is the work.
    let file = Self.extract("""
      Harbor Point Ferry's first month
      By Ana Ruiz, Coastal Wire

      The Harbor Point Ferry opened in May 2025. The Lakeport Port Authority runs it.

      Work began on June 7, 2021, and much of it went on with Main Street closed.

      """)
    #expect(Self.facts(file, value: "2021-06-07").first?.entity == "harbor-point-ferry")
  }

  @Test func aSentenceOpeningOnAThingOfItsOwnIsNotAboutThePreviousSubject() {
    // "The ferry is…" would be "It is…" if it were still Route 9's; the story is the ferry's.
    let file = Self.extract("""
      Harbor Point Ferry's first month
      By Ana Ruiz, Coastal Wire

      The Harbor Point Ferry opened in May 2025. The Harbor Point Ferry sails every day.

      The Route 9 bus carried about 1,200 riders a day last year. The boat is already carrying twice that.

      """)
    #expect(file.facts.first { $0.value.kind == "multiplier" }?.entity == "harbor-point-ferry")
  }

  @Test func twoSourcesGivingOneLengthToTwoEntitiesGiveOneFact() {
    let a = Self.extract("The Harbor Point Ferry crosses under the 1,400-foot Gull Island bridge.\n", id: "a")
    let b = Self.extract("The Lakeport Port Authority opened the Harbor Point Ferry. The 1,400-foot bridge it passes under was built in 1962.\n", id: "b")
    let bridge = Self.merged(a, b, value: "1,400-foot")
    #expect(bridge.count == 1)
    #expect(bridge.first?.citations.count == 2)
  }
}
