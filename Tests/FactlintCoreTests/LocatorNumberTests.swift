import Testing
@testable import FactlintCore

/// Numbers that say where or when something is, not how much: times of
/// day, timestamps in a recording, pages and footnote markers.
@Suite struct LocatorNumberTests {
  private func values(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count, names: [])
    return ValueScanner(bytes: bytes, tokens: tokens).scan().map { String(decoding: bytes[$0.range], as: UTF8.self) }
  }

  @Test(arguments: [
    "The ferry left at 5:30 a.m. sharp.",
    "The shop opens at 9am and shuts at 5 p.m. on weekdays.",
    "The meeting ended at 17:45 local time.",
    "Skip to 14:20 in the video for the interview.",
    "The quote is at [00:14:20] in the episode.",
    "The table is on p. 12 of the annual report.",
    "See pp. 40–44 of the guide.",
    "The council approved the plan.[3]",
    "[2] The council approved the plan.",
    "The talk began at 14h30 in the main hall.",
  ])
  func locatorsAreNoFigures(_ text: String) {
    #expect(values(text).isEmpty, "\(text): \(values(text))")
  }

  @Test func figuresBesideLocatorsStay() {
    #expect(values("At 5:30 a.m. the ferry carried 240 passengers.") == ["240"])
    #expect(values("On p. 12 the report gives 8,000 visitors.") == ["8,000"])
    #expect(values("The vote was 3:1 in favour.").count == 2)
    #expect(values("The bakery sold 12 a day.") == ["12"])
    // A decimal comma: the digits after it are no figure of their own.
    #expect(values("Downloads reached 1,2 billion.").allSatisfy { $0 != "2 billion" })
  }
}
