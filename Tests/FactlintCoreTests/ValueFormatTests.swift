import Testing
@testable import FactlintCore

/// Every money, count, percent, duration, rank and multiplier format of the
/// brief, right and wrong, with the correction written in the draft's style.
@Suite struct ValueFormatTests {
  @Test func aFixAtTheStartOfASentenceIsCapitalised() {
    assertFindings("Nine thousand Meta employees were laid off.", [Expected(text: "Nine thousand", replacement: "Eight thousand")])
    assertFindings("Meta laid off nine thousand employees.", [Expected(text: "nine thousand", replacement: "eight thousand")])
  }

  @Test func hundredsAfterAThousandInWordsBelongToIt() {
    // Not nine thousand and a second figure, eight hundred.
    assertFindings("Meta laid off nine thousand eight hundred employees.", [Expected(text: "nine thousand eight hundred", replacement: "eight thousand")])
  }

  @Test(arguments: ["$14.3B", "US$14.3bn", "14.3 billion dollars", "$14,300 million", "$14.3 billion", "$14 billion", "USD 14.3 billion"])
  func moneyFormatsThatAgree(_ figure: String) {
    assertSilent("Meta paid \(figure) for its stake in Scale AI.")
  }

  @Test func aPriceInWholeUnitsIsExactToTheCent() throws {
    let json = #"""
      {"version": 1, "sources": [{"id": "a", "title": "A"}], "entities": [{"id": "ferry", "name": "Harbor Ferry", "kind": "other", "aliases": ["Harbor Ferry"]}],
       "facts": [{"id": "ferry.day-pass", "entity": "ferry", "attribute": "day pass price", "cues": ["day pass"],
                  "value": {"kind": "money", "text": "$4"}, "citations": [{"source": "a", "quote": "a $4 day pass"}]}]}
      """#
    let checker = Checker(factBase: try FactBase.load([("ferry.json", Array(json.utf8))]))
    assertFindings("A Harbor Ferry day pass is $4.50.", [Expected(text: "$4.50", replacement: "$4")], checker: checker)
    assertSilent("A Harbor Ferry day pass is $4.00.", checker: checker)
  }

  @Test func theSourcedAmountInAnotherCurrencyIsWrongAnotherAmountIsAConversion() throws {
    let json = #"""
      {"version": 1, "sources": [{"id": "a", "title": "A"}], "entities": [{"id": "ferry", "name": "Harbor Ferry", "kind": "other", "aliases": ["Harbor Ferry"]}],
       "facts": [{"id": "ferry.fare", "entity": "ferry", "attribute": "fare", "cues": ["fare"],
                  "value": {"kind": "money", "text": "$1.50"}, "citations": [{"source": "a", "quote": "a $1.50 fare"}]}]}
      """#
    let checker = Checker(factBase: try FactBase.load([("ferry.json", Array(json.utf8))]))
    assertFindings("The Harbor Ferry fare is £1.50.", [Expected(text: "£1.50", replacement: "$1.50")], checker: checker)
    assertSilent("The Harbor Ferry fare is £1.20, about $1.50.", checker: checker)
  }

  @Test(arguments: [("$15.3B", "$14.3B"), ("US$15.3bn", "US$14.3bn"), ("15.3 billion dollars", "14.3 billion dollars"),
                    ("$14.5 billion", "$14.3 billion"), ("$15 billion", "$14.3 billion"), ("$14.3 million", "$14.3 billion"),
                    ("$15.3-billion", "$14.3-billion")])
  func moneyFormatsThatConflict(_ figure: String, _ fix: String) {
    assertFindings("Meta paid \(figure) for its stake in Scale AI.", [Expected(text: figure, replacement: fix, fact: "meta.scale-ai-investment")])
  }

  @Test(arguments: ["8,000", "8000", "8k", "eight thousand", "about 8,500", "nearly 8,500", "more than 7,500", "at least 8,000", "up to 8,000", "fewer than 9,000"])
  func countsThatAgree(_ figure: String) {
    assertSilent("Meta laid off \(figure) employees in May.")
  }

  @Test(arguments: [("9,500", "8,000"), ("9500", "8000"), ("9.5k", "8k"), ("nine thousand", "eight thousand")])
  func countsThatConflict(_ figure: String, _ fix: String) {
    assertFindings("Meta laid off \(figure) employees in May.", [Expected(text: figure, replacement: fix)])
  }

  @Test(arguments: ["49%", "49 percent", "49 per cent"])
  func percentFormats(_ figure: String) {
    assertSilent("Meta bought a stake of \(figure) in Scale AI.")
    let wrong = figure.replacing("49", with: "51")
    assertFindings("Meta bought a stake of \(wrong) in Scale AI.", [Expected(text: wrong, replacement: figure)])
  }

  @Test func percentagePointsAreNotPercent() {
    assertSilent("Meta's stake in Scale AI rose 12 percentage points.")
  }

  @Test func scoresAndPoints() {
    assertSilent("Muse Spark scored 52 on the Intelligence Index.")
    assertFindings("Muse Spark scored 54 points on the Intelligence Index.", [Expected(text: "54", replacement: "52")])
    assertFindings("Muse Spark scored 50 on the Intelligence Index.", [Expected(text: "50", replacement: "52")])
  }

  @Test func durations() {
    assertSilent("Meta rebuilt the stack in nine months.")
    assertSilent("It was a nine-month rebuild at Meta.")
    assertFindings("Meta rebuilt the stack over eight months.", [Expected(text: "eight months", replacement: "nine months")])
    assertFindings("Meta rebuilt the stack in 8 months.", [Expected(text: "8 months", replacement: "9 months")])
    assertFindings("It was an eight-month rebuild at Meta.", [Expected(text: "eight-month", replacement: "nine-month")])
  }

  @Test func aDurationIsCorrectedInTheClaimsUnitWhereItIsAWholeNumberOfIt() throws {
    let json = #"""
      {"version": 1, "sources": [{"id": "a", "title": "A"}], "entities": [{"id": "ferry", "name": "Harbor Ferry", "kind": "other", "aliases": ["Harbor Ferry"]}],
       "facts": [{"id": "ferry.service", "entity": "ferry", "attribute": "years of service", "cues": ["ran"],
                  "value": {"kind": "duration", "text": "10 years"}, "citations": [{"source": "a", "quote": "ran for 10 years"}]},
                 {"id": "ferry.refit", "entity": "ferry", "attribute": "length of the refit", "cues": ["refit"],
                  "value": {"kind": "duration", "text": "9 days"}, "citations": [{"source": "a", "quote": "a 9-day refit"}]}]}
      """#
    let checker = Checker(factBase: try FactBase.load([("ferry.json", Array(json.utf8))]))
    assertFindings("The Harbor Ferry ran for two decades.", [Expected(text: "two decades", replacement: "a decade")], checker: checker)
    // Nine days are no whole number of weeks: the source's unit.
    assertFindings("The Harbor Ferry refit took three weeks.", [Expected(text: "three weeks", replacement: "nine days")], checker: checker)
  }

  @Test func aMillionOrMoreIsWrittenWithItsScaleWord() {
    assertFindings("Llama has been downloaded 1,100,000,000 times.", [Expected(text: "1,100,000,000", replacement: "1.2 billion")])
  }

  @Test func aBoundTheOtherWayIsReplacedWithItsHedge() {
    // "fewer than 3 billion" stays false whatever the figure: the source's own bound replaces it.
    assertFindings("Meta AI has fewer than 2 billion users.", [Expected(text: "fewer than 2 billion", replacement: "more than 3 billion")])
    assertFindings("Fewer than 2 billion users use Meta AI.", [Expected(text: "Fewer than 2 billion", replacement: "More than 3 billion")])
    // A bound the corrected figure meets keeps its hedge.
    assertFindings("Meta AI has more than 2 billion users.", [])
  }

  @Test func ranks() {
    assertSilent("Muse Spark ranks fourth on the Intelligence Index.")
    assertSilent("Muse Spark sits in the top 5 on the Intelligence Index.")
    assertFindings("Muse Spark ranks third on the Intelligence Index.", [Expected(text: "third", replacement: "fourth")])
    assertFindings("Muse Spark took 3rd place on the Intelligence Index.", [Expected(text: "3rd", replacement: "4th")])
    assertFindings("Muse Spark is in the top 3 on the Intelligence Index.", [Expected(text: "top 3", replacement: "top 4")])
    // An ordinal that is not a ranking.
    assertSilent("Muse Spark is the first model from Meta Superintelligence Labs, scored on the Intelligence Index.")
  }

  @Test func multipliers() {
    assertSilent("Muse Spark uses ten times less compute than Llama 4 Maverick.")
    // "Times" that counts occurrences is no multiplier.
    assertFindings("Llama has been downloaded 1.2 million times.", [Expected(text: "1.2 million", replacement: "1.2 billion")])
    assertSilent("Llama has been downloaded 1.2 billion times.")
    assertSilent("Muse Spark needs an order of magnitude less compute.")
    // A multiplier in words is corrected in words, to the nearest whole.
    assertFindings("Muse Spark needs four times less compute.", [Expected(text: "four times", replacement: "ten times")])
    // "two orders of magnitude" is a hundredfold, corrected in the same words.
    assertFindings("Muse Spark needs two orders of magnitude less compute.",
                   [Expected(text: "two orders of magnitude", replacement: "an order of magnitude")])
    assertFindings("Muse Spark uses 5x less compute.", [Expected(text: "5x", replacement: "10x")])
  }

  @Test func moneyRanges() {
    // The sources disagree: either side is reported as disputed, with the other side as the fix.
    assertFindings("Meta's 2026 capex guidance is $125 billion to $145 billion.",
                   [Expected(text: "$125 billion to $145 billion", rule: .disputed, replacement: "$115 billion to $135 billion")])
    assertFindings("Meta's 2026 capex guidance is $125–145 billion.", [Expected(text: "$125–145 billion", rule: .disputed, replacement: "$115–135 billion")])
    assertFindings("Meta's 2026 capex guidance is $115 billion to $135 billion.",
                   [Expected(text: "$115 billion to $135 billion", rule: .disputed, replacement: "$125 billion to $145 billion")])
    assertFindings("Meta's 2026 capex guidance is $100–120 billion.", [Expected(text: "$100–120 billion", replacement: "$125–145 billion")])
    // A point inside the range is not an error; a hedge covering both sides is fine.
    assertSilent("Meta's 2026 capex guidance tops out at up to $145 billion.")
    assertSilent("Meta expects capex of about $130 billion in 2026.")
  }
}
