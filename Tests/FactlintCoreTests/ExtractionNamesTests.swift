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
}
