import FactlintCore
import Foundation
import Testing

/// The attribute lexicon: a fact named by one word of a concept is named by
/// all of them, in the compiled fact base and so in the checker.
@Suite struct AttributeLexiconTests {
  /// A base of one company with one proposed or reviewed count, whose cues and attribute are given.
  static func base(cues: [String], attribute: String, value: String = "250", proposed: Bool = false) throws -> FactBase {
    let cueList = cues.map { "\"\($0)\"" }.joined(separator: ", ")
    let status = proposed ? #", "status": "proposed""# : ""
    let json = """
      {"version": 1, "sources": [{"id": "wire", "title": "Wire story"}],
       "entities": [{"id": "acme", "name": "Acme Tools", "kind": "company", "aliases": ["Acme"]}],
       "facts": [{"id": "acme.figure", "entity": "acme", "attribute": "\(attribute)", "cues": [\(cueList)],
                  "value": {"kind": "count", "text": "\(value)"},
                  "citations": [{"source": "wire", "quote": "Acme Tools cut \(value) jobs."}]\(status)}]}
      """
    return try FactBase.load([("test.json", Array(json.utf8))])
  }

  @Test func aCueOfAConceptBringsItsOtherTerms() {
    let cues = AttributeLexicon.expandedCues(["layoffs"], attribute: "jobs cut")
    #expect(cues.first == "layoffs")
    #expect(cues.contains("job cuts") && cues.contains("redundancies") && cues.contains("laid off"))
    #expect(!cues.contains("revenue"))
  }

  @Test func theHeadOfTheAttributeNamesTheConceptAndWhatQualifiesItDoesNot() {
    // "budget" is what is measured; "launch" only dates it.
    #expect(AttributeLexicon.expandedCues([], attribute: "original budget of the bridge").contains("budgeted"))
    #expect(AttributeLexicon.expandedCues([], attribute: "share price rise after the launch") == [])
    #expect(AttributeLexicon.expandedCues(["weather"], attribute: "rainfall") == ["weather"])
  }

  @Test func aDraftUsingAnotherTermOfTheConceptIsChecked() throws {
    let checker = Checker(factBase: try Self.base(cues: ["layoffs"], attribute: "layoffs in March"))
    let findings = checker.check("Acme announced 300 job cuts in March.\n")
    #expect(findings.map(\.rule) == [.conflict])
    #expect(findings.first?.replacement == "250")
    // Without a word of the concept nothing binds the figure.
    #expect(checker.check("Acme sold 300 hammers in March.\n").isEmpty)
  }

  @Test func aFindingOnAProposedFactIsAnUnreviewedWarning() throws {
    let checker = Checker(factBase: try Self.base(cues: ["layoffs"], attribute: "layoffs in March", proposed: true))
    let finding = try #require(checker.check("Acme announced 300 layoffs in March.\n").first)
    #expect(finding.rule == .conflict)
    #expect(finding.severity == .warning)
    #expect(finding.isUnreviewed)
    #expect(finding.message.contains("unreviewed"))
    // The extracted attribute is not spelled out as if it were a phrase: the source's words say what the figure is.
    #expect(!finding.message.contains("layoffs in March"))
    #expect(finding.message.hasPrefix("Acme Tools: the sources give 250 (“Acme Tools cut 250 jobs.”), not 300"), "\(finding.message)")
    // A configured severity does not raise it to an error.
    let policy = RulePolicy([.conflict: .on(.error)])
    #expect(policy.apply([finding]).first?.severity == .warning)
  }
}
