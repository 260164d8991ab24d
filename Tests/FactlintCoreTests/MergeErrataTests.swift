import FactlintCore
import Foundation
import Testing

/// Merging the proposals of several sources: the same figure in other words
/// is one fact; a figure that differs from the others only by a decimal point
/// is a likely typo (an erratum), not a disagreement.
@Suite struct MergeErrataTests {
  static func extract(_ texts: [(String, String)]) -> MergeResult {
    FactExtractor().extract(texts.map { SourceText(id: $0.0, format: .text, bytes: Array($0.1.utf8)) })
  }

  @Test func theSameFigureInOtherWordsIsOneFact() throws {
    let result = Self.extract([
      ("gazette", "The Harbor Bridge cost $412.5 million to build."),
      ("herald", "The final bill for the Harbor Bridge came to $412.5 million, the port said."),
    ])
    let facts = result.file.facts.filter { $0.value.text == "$412.5 million" }
    #expect(facts.count == 1, "\(result.file.facts.map { "\($0.attribute): \($0.value.text)" })")
    #expect(Set(facts.first?.citations.map(\.source) ?? []) == ["gazette", "herald"])
    #expect(result.disputedFacts.isEmpty)
  }

  @Test func aMisplacedDecimalPointContradictedByTheOtherSourcesIsAnErratum() throws {
    let result = Self.extract([
      ("gazette", "The Harbor Bridge runs 2.75 miles across the bay."),
      ("herald", "Crossing all 2.75 miles of the Harbor Bridge takes four minutes."),
      ("courier", "The 275-mile Harbor Bridge opened to traffic on Monday, May 4, 2026."),
    ])
    let erratum = try #require(result.errata.first)
    #expect(erratum.source == "courier")
    #expect(erratum.says == "275-mile")
    #expect(erratum.note.contains("2.75"))
    #expect(result.file.errata?.count == 1)
    // The typo is no fact of its own and no disagreement.
    #expect(!result.file.facts.contains { $0.value.text == "275-mile" })
    #expect(result.disputedFacts.isEmpty)
    #expect(result.file.facts.contains { $0.value.text == "2.75 miles" && $0.id == erratum.fact })
  }

  @Test func aForecastInOtherWordsIsOneDisputedFactButACountIsNotAForecast() throws {
    // "projected … passengers" and "forecast … riders" name the same two concepts
    // (a forecast, of ridership) in other words; "counted … riders" names one of them.
    let result = Self.extract([
      ("gazette", "The Harbor Ferry Company projected 2,400 daily passengers in its first year of service."),
      ("herald", "The Harbor Ferry Company's own forecast was 1,900 to 2,200 riders a day. The Harbor Ferry Company counted 1,450 riders a day in May."),
    ])
    let forecast = result.file.facts.filter { $0.citations.contains { $0.quote.contains("2,400") } }
    #expect(forecast.count == 1, "\(result.file.facts.map { "\($0.attribute): \($0.value.text)" })")
    let fact = try #require(forecast.first)
    #expect(Set(fact.citations.map { $0.value?.text ?? fact.value.text }) == ["2,400", "1,900 to 2,200"])
    #expect(result.disputedFacts == [fact.id])
    // The figure counted is no side of the disagreement.
    #expect(result.file.facts.contains { $0.value.text == "1,450" && $0.citations.count == 1 })
  }

  @Test func twoDifferentFiguresOfOneSourceStayTwo() throws {
    // "15" and "14.6" agree at the coarser precision, but are not the same figure.
    let result = Self.extract([("gazette", "The Harbor Ferry route is 15 miles long, and 14.6 miles of it cross open water.")])
    #expect(result.file.facts.contains { $0.value.text == "15 miles" }, "\(result.file.facts.map(\.value.text))")
    #expect(result.file.facts.contains { $0.value.text == "14.6 miles" })
  }
}
