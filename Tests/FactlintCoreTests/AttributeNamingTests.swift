import FactlintCore
import Testing

/// How the extractor names what a figure measures, on sentences of its own
/// (a museum, a ferry, a bakery chain, a library): the noun phrase the figure
/// is attached to, "of" or said of, or the attribute lexicon's word for a
/// term of its clause, with a qualifier the sentence gives; and, when no
/// noun says it, cue words the messages leave out (no statement).
@Suite struct AttributeNamingTests {
  static func fact(_ text: String, value: String) -> FactBaseFile.FactRecord? {
    let file = FactExtractor().extract(SourceText(id: "story", format: .text, bytes: Array((text + "\n").utf8)))
    return file.facts.first { $0.value.text == value }
  }

  static func attribute(_ text: String, value: String) -> String? { fact(text, value: value)?.attribute }

  @Test func aCountIsOfThePluralNounAfterIt() {
    #expect(Self.attribute("The Lakeport Ferry runs 12 boats across the bay.", value: "12") == "boats")
    #expect(Self.attribute("The Riverside Museum has 14 galleries open to the public.", value: "14") == "galleries")
    // The noun's qualifiers come with it; a verb after it does not.
    #expect(Self.attribute("The Riverside Museum drew 90,000 weekend visitors last spring.", value: "90,000") == "weekend visitors")
    #expect(Self.attribute("The Lakeport Ferry has 12 diesel-electric boats that cross the bay.", value: "12") == "diesel-electric boats")
  }

  @Test func aSpanAfterEveryIsAFrequency() {
    #expect(Self.attribute("The Lakeport Ferry leaves every 20 minutes on weekdays.", value: "20 minutes") == "frequency")
  }

  @Test func aWordNearerAnotherFigureIsThatFiguresCue() {
    // "rush" and "hour" are the 10 minutes'; "crossing" the 25 minutes'.
    let text = "The Lakeport Ferry leaves every 10 minutes at rush hour and every 30 minutes otherwise, and a crossing takes 25 minutes."
    let cues = Self.fact(text, value: "30 minutes")?.cues ?? []
    #expect(cues.contains("otherwise"))
    #expect(!cues.contains("rush") && !cues.contains("crossing"))
  }

  @Test func aSumIsOfTheNounAfterItOrOfWhatItIsPaidIn() {
    #expect(Self.attribute("The Northside Library opened with a $4.5 million budget.", value: "$4.5 million") == "budget")
    #expect(Self.attribute("Crumb & Co. raised $12 million in loans to open new shops.", value: "$12 million") == "loans")
  }

  @Test func aFigureIsOfTheNounPhraseItIsOfOrSaidOf() {
    #expect(Self.attribute("The Northside Library's final cost of $9.8 million surprised the board.", value: "$9.8 million") == "final cost")
    #expect(Self.attribute("At the Riverside Museum, the attendance rate was 64% in March.", value: "64%") == "attendance rate")
    #expect(Self.attribute("The Lakeport Ferry's annual subsidy is fixed at $3 million.", value: "$3 million") == "annual subsidy")
  }

  @Test func aShareIsOfWhatItIsAPercentOf() {
    #expect(Self.attribute("Crumb & Co. sold 40,000 loaves, about 30 percent of the total.", value: "about 30 percent") == "share of the total")
  }

  @Test func aTermOfTheLexiconInTheClauseGivesItsConceptWithAQualifier() {
    // "sales" is a term of revenue; "annual" qualifies it.
    #expect(Self.attribute("Crumb & Co. said annual sales at its shops came in at $88 million.", value: "$88 million") == "annual revenue")
    #expect(Self.attribute("The Lakeport Ferry said layoffs would affect 40 of its crew.", value: "40") == "layoffs")
    // The subject of a linking verb is said in the writer's words.
    #expect(Self.attribute("The Lakeport Ferry reported that weekday passengers averaged 3,400.", value: "3,400") == "weekday passengers")
  }

  @Test func aRatePerUnitAndAPeriodAreQualifiers() {
    #expect(Self.attribute("At $30 million, the Northside Library cost about $2,000 per square foot.", value: "about $2,000") == "cost per square foot")
    #expect(Self.attribute("Opening weekend, when entry was free, the Riverside Museum counted 9,000 visitors.", value: "9,000") == "opening weekend visitors")
  }

  @Test func aLengthIsOfTheThingItMeasures() {
    #expect(Self.attribute("The Lakeport Ferry docks at a 300-foot pier.", value: "300-foot") == "pier length")
  }

  @Test func aDelayAndADateOfAnEvent() {
    #expect(Self.attribute("The Northside Library opened on May 2, 2025, seven months late.", value: "seven months") == "delay")
    #expect(Self.attribute("The Northside Library opened on May 2, 2025, seven months late.", value: "2025-05-02") == "opening date")
  }

  @Test func aNamedAttributeGetsAStatementAndAWordListNone() {
    let named = Self.fact("The Lakeport Ferry runs 12 boats across the bay.", value: "12")
    #expect(named?.statement == "Lakeport Ferry's boats: the sources give {value}")
    // No noun says what "four weeks" of carrying visitors measures: cue words, no statement.
    let unnamed = Self.fact("The Riverside Museum has been welcoming visitors for four weeks now.", value: "four weeks")
    #expect(unnamed != nil)
    #expect(unnamed?.statement == nil)
  }

  @Test func wordsAfterAComparisonAreNotWhatTheFigureMeasures() {
    // "over its budget" says what the 20% is measured against.
    let f = Self.fact("The Northside Library finished 20% over its construction budget.", value: "20%")
    #expect(f?.attribute != "budget" && f?.attribute != "construction budget")
  }
}
