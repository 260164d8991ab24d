import FactlintCore
import Testing

/// Which entity the extractor gives a figure when a sentence names several:
/// the subject rather than the nearest name, what an event brings about, a
/// reported subject rather than the reporter. A story of its own, not the seeds.
@Suite struct FactExtractorSubjectTests {
  static let article = """
    # Orion Freight expands

    Orion Freight signed a deal with Pine Logistics last year. The terms include a $20 million contract with carrier Pine Logistics and a $35 million lease with Cedar Ports.

    In March 2019, Dana Whitfield founded Orion Freight. Harbor Capital's recruitment of Lena Marsh in June 2024 surprised analysts.

    The newspaper Daily Ledger reported that Orion Freight had 410 employees. Atlas Motors' Rover X2 reduced delivery errors by 30%.

    Lena Marsh, who co-founded Pine Logistics, joined Orion Freight as operations chief eight months before the expansion.

    Speaking in Boston on June 9, Orion Freight chief executive Dana Whitfield said demand was strong. Whitfield declined to give figures.

    Harbor Capital's analysts rank Rover X2 second on the Fleet Index, with a score of 81, behind Rover X3 at 84.

    May 5 brought a double launch. Orion Freight shipped Rover X3 and a new router on the same day.

    """

  static func entity(of value: String, in file: FactBaseFile) -> String? {
    file.facts.first { $0.value.text == value }?.entity
  }

  @Test func figuresBelongToTheirSubjectNotTheNearestName() {
    let file = FactExtractor().extract(SourceText(id: "orion", format: .markdown, bytes: Array(Self.article.utf8)))
    // A name between two figures of a kind belongs to the first: the lease is not Pine Logistics'.
    #expect(Self.entity(of: "$35 million", in: file) == "orion-freight")
    // A founding date is the founded company's; a hiring date, the hired person's.
    #expect(Self.entity(of: "2019-03", in: file) == "orion-freight")
    #expect(Self.entity(of: "2024-06", in: file) == "lena-marsh")
    // The newspaper reports; the figure is the company's.
    #expect(Self.entity(of: "410", in: file) == "orion-freight")
    // A possessive before another name is not the subject.
    #expect(Self.entity(of: "30%", in: file) == "rover-x2")
    // "joined Orion Freight": an object; the sentence's opening name is the subject.
    #expect(Self.entity(of: "eight months", in: file) == "lena-marsh")
    // The employer before a job title is not the subject.
    #expect(Self.entity(of: "2024-06-09", in: file) == "dana-whitfield")
    // "Harbor Capital's analysts rank Rover X2…, with a score of 81, behind Rover X3 at 84."
    #expect(Self.entity(of: "81", in: file) == "rover-x2")
    #expect(Self.entity(of: "84", in: file) == "rover-x3")
    // A paragraph opening on a date that names nothing announces the event of its next sentence.
    #expect(Self.entity(of: "2024-05-05", in: file) == "rover-x3")
  }
}
