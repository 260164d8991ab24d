import Foundation
import Testing

/// Every command's help is where a user looks for it, and a mistyped command,
/// subcommand or option gets "did you mean".
@Suite struct HelpAndSuggestionsTests {
  @Test(arguments: [
    (["facts", "--help"], "usage: factlint facts extract"),
    (["facts", "help"], "usage: factlint facts extract"),
    (["lsp", "--help"], "usage: factlint lsp"),
    (["help", "check"], "usage: factlint check"),
    (["help", "facts"], "usage: factlint facts"),
    (["help", "lsp"], "usage: factlint lsp"),
    (["check", "--help"], "--stdin-filename"),
  ])
  func helpIsPrinted(_ arguments: [String], _ expected: String) throws {
    let result = try Factlint.run(arguments)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    #expect(result.stdout.hasPrefix(expected) || result.stdout.contains(expected), "\(arguments): \(result.stdout)")
  }

  @Test(arguments: [
    (["chekc", "draft.md"], "unknown command 'chekc'; did you mean 'check'?"),
    (["facts", "lsit"], "unknown subcommand 'facts lsit'; did you mean 'list'?"),
    (["check", "--formt", "json", "x.md"], "unknown option '--formt'; did you mean '--format'?"),
    (["lsp", "--stdi"], "unknown option '--stdi'; did you mean '--stdio'?"),
    (["help", "chek"], "no help on 'chek'; did you mean 'check'?"),
  ])
  func aMistakeGetsASuggestion(_ arguments: [String], _ expected: String) throws {
    let result = try Factlint.run(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
  }

  @Test func somethingFarFromAnyCommandGetsNoGuess() throws {
    let result = try Factlint.run(["publish"])
    #expect(result.status == 2 && !result.stderr.contains("did you mean"))
  }
}
