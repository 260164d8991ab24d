import FactlintCore

/// The `factlint` command line: dispatches to a subcommand and turns errors
/// into messages on stderr and exit statuses.
public enum Factlint {
  static let usage = """
    factlint \(FactlintVersion.current) — checks the figures in drafts against a sourced fact base

    usage: factlint check [options] PATHS…     check drafts (see factlint check --help)
           factlint facts extract|merge|validate|list|explain|dump
           factlint lsp [--stdio]                  the language server, on stdin/stdout
           factlint help COMMAND                   help on check, facts or lsp
           factlint --version
    """

  static let commands = ["check", "facts", "lsp", "help", "version"]
  static let helpTopics = ["check": CheckCommand.usage, "facts": FactsCommand.usage, "lsp": LSPCommand.usage]

  public static func main(_ arguments: [String]) -> Int32 {
    let console = Console()
    do {
      guard let command = arguments.first else { console.err(usage + "\n"); return ExitCode.usage.rawValue }
      let rest = Array(arguments.dropFirst())
      switch command {
      case "check": return try CheckCommand(console: console).run(rest).rawValue
      case "facts": return try FactsCommand(console: console).run(rest).rawValue
      case "lsp": return try LSPCommand(console: console).run(rest)
      case "--version", "version": console.out("factlint \(FactlintVersion.current)\n"); return 0
      case "--help", "-h", "help":
        // `factlint help check` is `factlint check --help`.
        guard let topic = rest.first else { console.out(usage + "\n"); return 0 }
        guard let text = helpTopics[topic] else {
          throw UsageError("no help on '\(topic)'\(Suggestion.hint(for: topic, in: helpTopics.keys)) (topics: \(helpTopics.keys.sorted().joined(separator: ", ")))")
        }
        console.out(text + "\n")
        return 0
      default:
        throw UsageError("unknown command '\(command)'\(Suggestion.hint(for: command, in: commands))\n" + usage)
      }
    } catch let error as FactBaseError {
      console.err("factlint: the fact base is broken:\n" + error.summarized(optOut: "--no-default-facts").map { "  \($0)" }.joined(separator: "\n") + "\n")
    } catch let error as UsageError {
      console.err("factlint: \(error)\n")
    } catch {
      console.err("factlint: \(error)\n")
    }
    return ExitCode.usage.rawValue
  }
}
