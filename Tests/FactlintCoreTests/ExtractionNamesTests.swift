import FactlintCore
import Foundation
import Testing

/// Names a careful reporter would list from a source, and the ones they would
/// not: months, number words, datelines and abbreviated places are no entities;
/// "the ferry" stands for the one entity whose name ends in that noun.
@Suite struct ExtractionNamesTests {
  static let article = """
    Ferry service returns to the bay
    By Ann Lee, Coastal Wire

    PORTSMOUTH, Va. (CW) — Four months after its launch, the Harbor Point Ferry carries about 2,300 riders a day, the Portsmouth Port Authority said on Nov. 3, 2025.

    The ferry's 6 boats were built in Mobile, Ala., at $4 million each. The authority expects the ferry to carry 3,000 riders a day by 2027.

    Portsmouth voters approved the service in 2021.
    """

  static func extract() -> FactBaseFile {
    FactExtractor().extract(SourceText(id: "wire", format: .text, bytes: Array(Self.article.utf8)))
  }

  @Test func aNameEndingInAnIndustryWordIsACompanyNotAPerson() {
    let file = FactExtractor().extract(SourceText(id: "wire", format: .text, bytes: Array("""
      The Harbor Point Ferry was built by Gull Construction, which holds its $40 million contract.
      Construction began in June 2021.

      """.utf8)))
    let builder = file.entities.first { $0.name == "Gull Construction" }
    #expect(builder?.kind == "company")
    // "Construction" at a sentence's start is the word, not the company's surname.
    #expect(builder?.aliases?.contains("Construction") == false)
  }

  @Test func twoNamesTheTextWritesAloneAreTwoSideBySide() {
    let file = FactExtractor().extract(SourceText(id: "wire", format: .text, bytes: Array("""
      Lakeport funds the Harbor Point Ferry through the LPA and its Blue Water Fund.
      Last year the LPA gave $4 million and the Blue Water Fund paid out $9 million.
      Local (LPA Blue Water Fund) | $13m
      Crossings | 40

      """.utf8)))
    let names = Set(file.entities.map(\.name))
    #expect(!names.contains("LPA Blue Water Fund"))
    #expect(ExtractionNewsRulesTests.facts(file, value: "$13m").first?.entity == "lpa")
  }

  @Test func anAcronymInOneSourceIsTheNameItAbbreviatesInAnother() {
    let a = ExtractionNewsRulesTests.extract("The LPA gave the Harbor Point Ferry $4 million in May 2025.\n", id: "a")
    let b = ExtractionNewsRulesTests.extract("The Lakeport Port Authority approved the Harbor Point Ferry in 2023.\n", id: "b")
    var merger = FactBaseMerger()
    merger.add(a, origin: "a")
    merger.add(b, origin: "b")
    let authority = merger.result.file.entities.filter { $0.name == "LPA" || $0.name == "Lakeport Port Authority" }
    #expect(authority.count == 1)
    #expect(Set(authority.first.map { [$0.name] + ($0.aliases ?? []) } ?? []).isSuperset(of: ["LPA", "Lakeport Port Authority"]))
  }

  @Test func noEntityFromAMonthANumberWordADatelineOrAnAbbreviatedPlace() {
    let names = Set(Self.extract().entities.map(\.name))
    for word in ["Nov", "Four", "PORTSMOUTH", "Va", "Ala"] {
      #expect(!names.contains(where: { $0 == word || $0.hasPrefix(word + ".") }), "\(word) proposed as an entity: \(names)")
    }
    #expect(names.contains("Harbor Point Ferry"))
  }

  @Test func theNounANameEndsInStandsForIt() throws {
    let file = Self.extract()
    let boats = try #require(file.facts.first { $0.value.text == "6" })
    #expect(boats.entity == "harbor-point-ferry")
    let price = try #require(file.facts.first { $0.value.text == "$4 million" })
    #expect(price.entity == "harbor-point-ferry")
  }

  @Test func aHyphenatedModifierIsNoCueTheNounItQualifiesIs() throws {
    let file = FactExtractor().extract(SourceText(id: "wire", format: .text, bytes: Array(
      "Harbor Transit bought 12 light-rail vehicles at $5.2 million each under a design-build contract.".utf8)))
    let price = try #require(file.facts.first { $0.value.text == "$5.2 million" })
    #expect(price.cues.contains("vehicles"), "\(price.cues)")
    #expect(!price.cues.contains("light") && !price.cues.contains("rail") && !price.cues.contains("design"), "\(price.cues)")
  }

  @Test func aPlainTextTableIsReadRowByRowAboutTheStory() throws {
    let text = "Harbor Ferry opens\n\nThe Harbor Ferry opened on Monday, May 4, 2026, the port said.\n\nHARBOR FERRY: SUMMARY\nItem | Figure\n"
      + "Length | 14.6 mi\nBoats | 6\nFinal cost | $84.5m\nCrossing | 42 min\n"
    let file = FactExtractor().extract(SourceText(id: "port", format: .text, bytes: Array(text.utf8)))
    for (value, cue) in [("14.6 mi", "length"), ("6", "boats"), ("$84.5m", "cost"), ("42 min", "crossing")] {
      let fact = try #require(file.facts.first { $0.value.text == value }, "\(value) not proposed: \(file.unbound ?? [])")
      #expect(fact.entity == "harbor-ferry")
      #expect(fact.cues.contains(cue), "\(fact.cues)")
      #expect(fact.citations.first?.quote.hasSuffix(value) == true || fact.citations.first?.quote.contains(value + " ") == true)
    }
  }

  @Test func theScaleOfARatingIsNoFigure() throws {
    let file = FactExtractor().extract(SourceText(id: "port", format: .text, bytes: Array(
      "In a survey, riders gave the Harbor Ferry a score of 4.3 out of 5.".utf8)))
    #expect(file.facts.contains { $0.value.text == "4.3" })
    #expect(!file.facts.contains { $0.value.text == "5" } && !(file.unbound ?? []).contains { $0.value.text == "5" })
  }

  @Test func aLexiconWordInTheClauseIsACueEvenWhenNearerWordsFillTheList() throws {
    let file = FactExtractor().extract(SourceText(id: "port", format: .text, bytes: Array(
      "Harbor Ferry's budget for the harbour crossing rebuild, quietly approved by waterfront planners, grew to $84.5 million.".utf8)))
    let budget = try #require(file.facts.first { $0.value.text == "$84.5 million" })
    #expect(budget.cues.contains("budget"), "\(budget.cues)")
  }
}
