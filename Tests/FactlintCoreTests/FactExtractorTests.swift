import FactlintCore
import Foundation
import Testing

/// The extractor on a story of its own (not the seed articles): what a
/// research desk would get from a short business article.
@Suite struct FactExtractorTests {
  static let article = """
    # Northwind Robotics raises money for warehouse arms

    In 2025, 70% of warehouses still sorted parcels by hand.
    Northwind Robotics raised $85 million in a Series C round led by Harbor Capital, the company said on Tuesday, May 12, 2026.
    The company employs 320 people and expects revenue of $40 million in 2026.
    CEO Dana Whitfield founded the company in 2019. Whitfield said the round closed in nine days.

    | Product | Price |
    |---|---|
    | Atlas Arm | $24,000 |
    | Pico Arm | $9,500 |

    """

  static func extract(_ text: String, format: SourceText.Format = .markdown) -> FactBaseFile {
    FactExtractor().extract(SourceText(id: "northwind", format: format, bytes: Array(text.utf8)))
  }

  static func fact(_ file: FactBaseFile, entity: String, value: String) -> FactBaseFile.FactRecord? {
    file.facts.first { $0.entity == entity && $0.value.text == value }
  }

  @Test func proposesFactsWithEntityCuesQuoteAndLocation() throws {
    let file = Self.extract(Self.article)
    let entities = Dictionary(uniqueKeysWithValues: file.entities.map { ($0.id, $0) })
    #expect(entities["northwind-robotics"]?.kind == "company")
    #expect(entities["dana-whitfield"]?.kind == "person")
    #expect(entities["dana-whitfield"]?.aliases == ["Dana Whitfield", "Whitfield"])

    let raise = try #require(Self.fact(file, entity: "northwind-robotics", value: "$85 million"))
    #expect(raise.status == "proposed")
    #expect(raise.cues.contains("raised"))
    #expect(raise.value.kind == "money")
    let citation = try #require(raise.citations.first)
    #expect(citation.source == "northwind")
    #expect(citation.quote == "Northwind Robotics raised $85 million in a Series C round led by Harbor Capital, the company said on Tuesday, May 12, 2026.")
    #expect(citation.line == 4 && citation.column == 1)
    #expect((raise.confidence ?? 0) >= 0.8)

    // "The company" points back at Northwind Robotics.
    let staff = try #require(Self.fact(file, entity: "northwind-robotics", value: "320"))
    #expect(staff.value.kind == "count")
    #expect(staff.cues.contains("employs") && staff.cues.contains("people"))
    let revenue = try #require(Self.fact(file, entity: "northwind-robotics", value: "$40 million"))
    #expect(revenue.period == "2026")
    #expect(revenue.cues.contains("revenue"))

    // "founded the company in 2019": a founding date is the founded company's.
    #expect(Self.fact(file, entity: "northwind-robotics", value: "2019")?.cues.contains("founded") == true)
    // A surname alone stands for the person; a duration written in words.
    #expect(Self.fact(file, entity: "dana-whitfield", value: "nine days")?.cues.contains("closed") == true)

    // A table cell belongs to its row and is described by its column header.
    let price = try #require(Self.fact(file, entity: "atlas-arm", value: "$24,000"))
    #expect(price.cues == ["Price"])
    #expect(price.citations.first?.quote == "| Atlas Arm | $24,000 |")
  }

  @Test func figuresInWordsAreProposedInTheFormTheLoaderReads() throws {
    let file = Self.extract("""
      Northwind Robotics spent $30 million on research in 2026, nearly double the $16 million it spent in 2025.
      Dana Whitfield led the robotics lab at Harbor University for a decade. Northwind Robotics now serves a million shoppers.
      Northwind Robotics unveiled the Atlas Arm on Tuesday, May 12, 2026. Its shares rose 4% on Tuesday.
      The Northwind Robotics plant draws roughly two megawatts.
      """)
    #expect(Self.fact(file, entity: "northwind-robotics", value: "about two")?.value.kind == "count")
    // The story's one Tuesday.
    let rise = try #require(file.facts.first { $0.citations.contains { $0.quote == "Its shares rose 4% on Tuesday." } && $0.value.kind == "date" })
    #expect(rise.value.text == "2026-05-12")
    #expect(Self.fact(file, entity: "northwind-robotics", value: "nearly 2x")?.value.kind == "multiplier")
    #expect(Self.fact(file, entity: "dana-whitfield", value: "10 years")?.citations.first?.quote.contains("for a decade") == true)
    #expect(Self.fact(file, entity: "northwind-robotics", value: "1 million")?.value.kind == "count")
  }

  @Test func aValueWithNoEntityIsListedNotDropped() throws {
    let file = Self.extract(Self.article)
    let unbound = try #require(file.unbound?.first { $0.value.text == "70%" })
    #expect(unbound.reason.contains("no entity"))
    #expect(unbound.quote == "In 2025, 70% of warehouses still sorted parcels by hand.")
    #expect(unbound.line == 3)
    #expect(!file.facts.contains { $0.value.text == "70%" })
  }

  @Test func theProposalsLoadAsAFactBaseAndCheckADraft() throws {
    let file = Self.extract(Self.article)
    let json = Array(try JSONEncoder().encode(file))
    let base = try FactBase.load([("northwind.json", json)])
    #expect(base.facts.allSatisfy { $0.isProposed })
    let findings = Checker(factBase: base).check("Northwind Robotics raised $58 million in its Series C round.")
    #expect(findings.count == 1)
    #expect(findings.first?.replacement == "$85 million")
  }

  @Test func htmlIsReadWithItsMarkupStripped() throws {
    let html = """
      <html><head><title>Northwind</title><style>p { color: red }</style></head><body>
      <h1>Northwind Robotics raises money</h1>
      <p>Northwind Robotics raised <b>$85&nbsp;million</b> in a Series&#160;C round led by Harbor Capital &amp; partners.</p>
      <script>var x = "$1 billion";</script>
      </body></html>
      """
    let source = SourceText(id: "northwind", format: SourceText.Format(fileName: "northwind.html"), bytes: Array(html.utf8))
    let text = String(decoding: source.readable, as: UTF8.self)
    #expect(!text.contains("<") && !text.contains("$1 billion") && !text.contains("color"))
    let file = FactExtractor().extract(source)
    let raise = try #require(Self.fact(file, entity: "northwind-robotics", value: "$85 million"))
    #expect(raise.citations.first?.quote == "Northwind Robotics raised $85 million in a Series C round led by Harbor Capital & partners.")
    #expect(text.contains(raise.citations.first!.quote))
  }

  @Test func mergingJoinsAgreeingSourcesAndRecordsDisagreements() throws {
    let a = FactExtractor().extract(SourceText(id: "a", format: .text, bytes: Array("Northwind Robotics raised $85 million in its Series C round.\n".utf8)))
    let b = FactExtractor().extract(SourceText(id: "b", format: .text, bytes: Array("Northwind Robotics raised $80 million in its Series C round.\n".utf8)))
    let c = FactExtractor().extract(SourceText(id: "c", format: .text, bytes: Array("Northwind Robotics raised $85 million in a Series C round.\n".utf8)))
    var merger = FactBaseMerger()
    merger.add(a, origin: "a.json")
    merger.add(b, origin: "b.json")
    merger.add(c, origin: "c.json")
    let result = merger.result
    #expect(result.conflicts.isEmpty)
    #expect(result.file.facts.count == 1)
    let fact = try #require(result.file.facts.first)
    #expect(fact.value.text == "$85 million")
    #expect(fact.citations.map(\.source) == ["a", "b", "c"])
    #expect(fact.citations.map { $0.value?.text } == [nil, "$80 million", nil])
    #expect(result.disputedFacts == [fact.id])
  }
}
