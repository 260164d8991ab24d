import FactlintCore
import Testing

/// Figures a source writes in words or in a form the fact base does not
/// read are proposed in one it reads, the quote keeping the source's words.
@Suite struct ExtractionValueFormsTests {
  @Test func aFractionIsProposedAsAPercentage() {
    let file = ExtractionNewsRulesTests.extract("The Lakeport Arts Trust paid half of the Riverside Museum's budget.\n")
    let half = file.facts.first { $0.citations.first?.quote.contains("paid half") == true && $0.value.kind == "percent" }
    #expect(half?.value.text == "50%")
  }

  @Test func aRangeBetweenTwoFiguresIsProposedAsARange() {
    let file = ExtractionNewsRulesTests.extract("The Riverside Museum raised its estimate to between $70 million and $80 million.\n")
    #expect(file.facts.contains { $0.value.text == "$70 million to $80 million" && $0.value.kind == "money-range" })
    #expect(file.unbound?.isEmpty != false)
  }

  @Test func aPartOfTheYearIsProposedWithTheYear() {
    let file = ExtractionNewsRulesTests.extract("The Harbor Point Ferry stopped running in late 2025.\n")
    #expect(file.facts.contains { $0.value.text == "late 2025" && $0.value.kind == "date" })
    #expect(!file.facts.contains { $0.value.text == "2025" })
  }

  @Test func hundredsAfterAThousandInWordsAreOneFigure() {
    let file = ExtractionNewsRulesTests.extract("The Harbor Point Ferry carried eleven thousand eight hundred riders in May 2025.\n")
    #expect(file.facts.contains { $0.value.text == "eleven thousand eight hundred" })
    #expect(!file.facts.contains { $0.value.text == "eight hundred" })
  }
}
