/// A small command-line reader: flags, options with values (`--x V` or
/// `--x=V`), repeated options, and positional arguments.
struct Arguments {
  private(set) var positional: [String] = []
  private var options: [String: [String]] = [:]
  private var flags: Set<String> = []

  /// `valued` lists options that take a value; `known` the flags.
  init(_ args: [String], valued: Set<String>, flags known: Set<String>) throws {
    var i = 0
    var onlyPositional = false
    while i < args.count {
      let arg = args[i]
      i += 1
      if onlyPositional || !arg.hasPrefix("-") || arg == "-" { positional.append(arg); continue }
      if arg == "--" { onlyPositional = true; continue }
      var name = arg
      var inline: String? = nil
      if let eq = arg.firstIndex(of: "=") {
        name = String(arg[..<eq])
        inline = String(arg[arg.index(after: eq)...])
      }
      if valued.contains(name) {
        guard let value = inline ?? (i < args.count ? args[i] : nil) else { throw UsageError("option \(name) needs a value") }
        if inline == nil { i += 1 }
        options[name, default: []].append(value)
      } else if known.contains(name), inline == nil {
        flags.insert(name)
      } else {
        let all = valued.union(known)
        throw UsageError("unknown option '\(arg)'\(Suggestion.hint(for: name, in: all)) (known options: \(all.sorted().joined(separator: ", ")))")
      }
    }
  }

  func values(_ name: String) -> [String] { options[name] ?? [] }
  func value(_ name: String) -> String? { options[name]?.last }
  func has(_ name: String) -> Bool { flags.contains(name) }
}
