import Testing
@testable import FactlintCore

@Suite struct DateTests {
  @Test(arguments: [("April 7, 2026", "April 8, 2026"), ("Apr. 7", "Apr. 8"), ("7 April 2026", "8 April 2026"),
                    ("2026-04-07", "2026-04-08"), ("April 7th", "April 8th"), ("April 7", "April 8")])
  func formats(_ claim: String, _ fix: String) {
    assertFindings("Muse Spark launched on \(claim).", [Expected(text: claim, replacement: fix)])
    assertSilent("Muse Spark launched on \(fix).")
  }

  @Test func monthOnlyMatchesAnyDay() {
    assertSilent("Muse Spark launched in April.")
    assertSilent("Muse Spark launched in April 2026.")
    assertFindings("Muse Spark launched in May 2026.", [Expected(text: "May 2026", replacement: "April 2026")])
  }

  @Test func claimMorePreciseThanFactIsNotAConflict() {
    assertSilent("Meta formed Meta Superintelligence Labs on June 12, 2025.")
    assertFindings("Meta formed Meta Superintelligence Labs in July 2025.", [Expected(text: "July 2025", replacement: "June 2025")])
  }

  @Test func boundsAreNotDateClaims() {
    assertSilent("Muse Spark launched before April 10.")
    assertSilent("Muse Spark launched by mid-April.")
  }

  @Test func weekdayMustFitTheDate() {
    // April 8, 2026 is a Wednesday.
    assertSilent("Muse Spark launched on Wednesday, April 8, 2026.")
    assertFindings("Muse Spark launched on Tuesday, April 8, 2026.", [Expected(text: "Tuesday", rule: .weekday, replacement: "Wednesday")])
    // The weekday after the date, in apposition.
    assertFindings("On April 8, 2026, a Thursday, Meta launched Muse Spark.", [Expected(text: "Thursday", rule: .weekday, replacement: "Wednesday")])
    assertFindings("Muse Spark launched on April 8, 2026 (a Tuesday).", [Expected(text: "Tuesday", rule: .weekday, replacement: "Wednesday")])
    assertSilent("On April 8, 2026, a Wednesday, Meta launched Muse Spark.")
    assertSilent("Muse Spark launched on April 8, 2026; Thursday brought the reviews.")
  }

  @Test func yearsAsContextAreNotClaims() {
    assertSilent("In 2024, Muse Spark did not exist; Meta Superintelligence Labs came in 2025.")
  }

  @Test func aDateYearsAwayIsAnotherEvent() {
    assertSilent("Meta's earlier layoffs came in November 2022.")
    assertFindings("Muse Spark launched on April 8, 2025.", [Expected(text: "April 8, 2025", replacement: "April 8, 2026")])
  }
}
