/// Finds the names a source text mentions — runs of capitalized words, with
/// the numbers that belong to them ("Llama 4", "Claude Opus 4.6", "GPT-5.4")
/// — and guesses what each is: a model, a person, a lab, a company.
///
/// A capitalized word that opens a sentence counts only when the text never
/// writes it in lower case; function words, months, titles and common
/// acronyms ("AI", "CEO", "GPU") never start or end a name on their own.
struct EntityGuesser {
  struct Guess: Equatable {
    var name: String
    var kind: String
    var aliases: [String]
  }

  let masked: [UInt8]
  let sentences: [Range<Int>]

  private struct Word {
    var text: String
    var range: Range<Int>
    var possessive: Bool
    /// Punctuation right after the word (a comma, a period, a closing bracket) ends a name.
    var breaksAfter: Bool
    var breaksBefore: Bool
    /// Written in brackets: "(MSL)".
    var parenthesized: Bool
    var sentenceStart: Bool
    /// "Mobile, Ala.": a short abbreviation after a name and a comma qualifies that place; no name of its own.
    var placeAbbreviation = false
  }

  static let notNames: Set<String> = [
    "a", "an", "the", "in", "on", "at", "for", "but", "and", "or", "if", "as", "when", "while", "this", "that", "these",
    "those", "it", "its", "he", "she", "they", "we", "i", "our", "their", "his", "her", "after", "before", "by", "from",
    "with", "without", "since", "until", "over", "under", "what", "why", "how", "who", "where", "which", "asked",
    "according", "still", "yet", "so", "also", "even", "meanwhile", "however", "there", "here", "then", "now", "today",
    "yesterday", "tomorrow",
    "chief", "officer", "president", "vice", "director", "head", "minister", "senator", "mayor", "governor", "ceo",
    "cto", "cfo", "coo", "q1", "q2", "q3", "q4", "h1", "h2", "mr",
    "mrs", "ms", "dr", "prof", "no", "not", "all", "some", "many", "most", "more", "each", "every", "one", "two",
    "american", "chinese", "european", "british", "french", "german", "japanese", "korean", "indian", "canadian",
    "said", "says", "first", "last", "new", "our", "your", "my", "do", "did", "does", "is", "was", "are", "were",
    "unlike", "despite", "although", "though", "because", "during", "among", "across", "through", "within", "amid",
    "beyond", "inside", "outside", "yes", "instead", "indeed", "perhaps", "maybe", "only", "just", "both", "either",
    "neither", "whether", "once", "twice", "rather", "thus", "hence", "therefore", "besides", "otherwise", "moreover",
    "furthermore", "plus", "whereas", "like", "near", "via", "per", "sources", "source", "read", "see", "note",
  ]
  /// Common acronyms: part of a name after a name word ("Scale AI", "Meta AI"), never a name alone.
  static let acronyms: Set<String> = [
    "ai", "api", "apis", "gpu", "gpus", "cpu", "us", "u.s", "uk", "u.k", "eu", "un", "llm", "llms", "phd", "ipo", "agi",
    "arr", "gw", "mw", "tv", "pr", "hr", "faq", "ui", "ux", "os", "id", "vr", "ar", "xr", "iot", "saas", "b2b",
  ]
  private static let labWords: Set<String> = ["Labs", "Lab", "Research", "Institute", "University", "College", "Laboratory"]
  private static let organizationWords: Set<String> = ["Council", "Department", "Agency", "Authority", "Commission", "Board", "Ministry", "Court", "Association", "Foundation", "Center", "Centre", "Committee", "Office", "Service", "School", "Hospital", "Journal", "Times", "Post", "News"]
  private static let companyWords: Set<String> = ["Inc", "Corp", "Corporation", "Ltd", "LLC", "Company", "Co", "Technologies", "Platforms", "Group", "Holdings", "Partners", "Ventures", "Capital", "Bank", "Systems", "Motors", "Industries", "Robotics", "Energy", "Airlines",
                                                        "Construction", "Engineering", "Builders", "Logistics", "Media", "Networks", "Solutions", "Foods", "Brands", "Airways", "Railways", "Insurance"]

  func guess() -> [Guess] {
    let words = sentences.flatMap(words(in:))
    var lowercaseSeen: Set<String> = []
    for w in words where w.text.first?.isLowercase == true { lowercaseSeen.insert(w.text) }

    // Runs of name words.
    var runs: [(words: [Word], acronym: String?)] = []
    var current: [Word] = []
    func close(acronymAfter next: Word?) {
      while let first = current.first, isFiller(first, lowercaseSeen), !(first.text == "The" && !first.sentenceStart && current.count > 1) { current.removeFirst() }
      while let last = current.last, isFiller(last, lowercaseSeen) || isNumber(last.text) && current.count == 1 { current.removeLast() }
      if !current.isEmpty, current.contains(where: { $0.text.contains(where: \.isLetter) }) {
        var acronym: String? = nil
        if let next, next.parenthesized {
          let inner = next.text
          if inner.count >= 2, inner.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" }) { acronym = inner }
        }
        runs.append((current, acronym))
      }
      current = []
    }
    for (k, w) in words.enumerated() {
      let next = k + 1 < words.count ? words[k + 1] : nil
      let lower = w.text.lowercased()
      if Self.acronyms.contains(lower) && current.isEmpty { continue }
      // Titles and function words end a name: "Meta CTO Andrew Bosworth" is two.
      // A capital "The" inside a sentence belongs to the name it opens: "by The Information".
      let opensName = w.text == "The" && !w.sentenceStart && current.isEmpty && next.map { isNameWord($0.text) && !Self.notNames.contains($0.text.lowercased()) } == true
      if w.placeAbbreviation { close(acronymAfter: nil); continue }
      if !opensName, Self.notNames.contains(lower) || Self.notNames.contains(lower.trimmingSuffix(".")) { close(acronymAfter: nil); continue }
      if isNameWord(w.text) || (!current.isEmpty && isNumber(w.text)) {
        if w.sentenceStart || w.breaksBefore, !current.isEmpty { close(acronymAfter: w) }
        current.append(w)
        if w.possessive || w.breaksAfter { close(acronymAfter: next) }
      } else {
        close(acronymAfter: w)
      }
    }
    close(acronymAfter: nil)

    // Names, in order of first appearance, with their acronyms.
    var names: [String] = []
    var acronyms: [String: String] = [:]
    var alone: Set<String> = []
    // A surname alone counts even at the start of a sentence ("Whitfield said…").
    for run in runs where run.words.count == 1 { alone.insert(run.words[0].text) }
    var midSentence: Set<String> = []
    for run in runs where !run.words[0].sentenceStart { midSentence.insert(run.words.map(\.text).joined(separator: " ")) }
    // "PORTSMOUTH, Va. —": a dateline shouts a name the text writes in mixed case.
    let mixedCase = Set(runs.flatMap { $0.words.map(\.text) }.filter { $0.contains(where: \.isLowercase) }.map { $0.uppercased() })
    for run in runs {
      let name = run.words.map(\.text).joined(separator: " ")
      if run.words.allSatisfy({ mixedCase.contains($0.text) }) { continue }
      // "(UNW)" with no name before it to stand for: a dateline's credit, not a subject.
      // ("State (DOT) | $120m": an agency in brackets elsewhere is a name.)
      if run.words.count == 1, run.words[0].parenthesized, run.words[0].text.allSatisfy({ $0.isUppercase || $0.isNumber }), !acronyms.values.contains(name),
         isBeforeDash(run.words[0]) { continue }
      // A single word seen only at the start of sentences is more likely a common word ("Commitments", "Crucially").
      if run.words.count == 1, !midSentence.contains(name), !name.contains(where: \.isNumber), !name.dropFirst().contains(where: \.isUppercase) { continue }
      if !names.contains(name) { names.append(name) }
      if let a = run.acronym { acronyms[name] = a }
    }
    // "FTA Capital Investment Grants" where the text also writes "FTA" and "Capital Investment Grants" alone: an
    // acronym's name and another name side by side. ("Meta Superintelligence Labs" is one name, which its owner's opens.)
    let found = Set(names)
    names.removeAll { name in
      let parts = name.split(separator: " ")
      return parts.count >= 2 && parts[0].count >= 2 && parts[0].allSatisfy(\.isUppercase) && found.contains(String(parts[0]))
        && found.contains(parts.dropFirst().joined(separator: " "))
    }
    let text = String(decoding: masked, as: UTF8.self)
    var guesses: [Guess] = []
    var absorbed: Set<String> = Set(acronyms.values)
    for name in names {
      let parts = name.split(separator: " ").map(String.init)
      let isPerson = (2...3).contains(parts.count) && parts.allSatisfy { $0.allSatisfy(\.isLetter) && $0.first!.isUppercase && $0.count > 1 && !$0.allSatisfy(\.isUppercase) }
        && alone.contains(parts.last!) && !names.contains(where: { $0.hasPrefix(parts.last! + " ") }) && !Self.labWords.contains(parts.last!) && !Self.organizationWords.contains(parts.last!) && !Self.companyWords.contains(parts.last!)
      if isPerson { absorbed.insert(parts.last!) }
    }
    for name in names where !absorbed.contains(name) && !Self.acronyms.contains(name.lowercased()) {
      let parts = name.split(separator: " ").map(String.init)
      var aliases = [name]
      if let a = acronyms[name] { aliases.append(a) }
      let kind: String
      // "the Muse Spark model"; a single word before "model" is too often its maker ("a Meta model").
      if name.contains(where: \.isNumber) || parts.count > 1 && (text.contains(name + " model") || text.contains("model " + name)) {
        kind = "model"
      } else if Self.labWords.contains(parts.last!) {
        kind = "lab"
      } else if Self.organizationWords.contains(parts.last!) {
        kind = "organization"
      } else if Self.companyWords.contains(parts.last!) || parts.count == 1 {
        kind = "company"
      } else if (2...3).contains(parts.count), absorbed.contains(parts.last!), parts.allSatisfy({ $0.allSatisfy(\.isLetter) }) {
        kind = "person"
        aliases.append(parts.last!)
      } else {
        kind = "other"
      }
      guesses.append(Guess(name: name, kind: kind, aliases: aliases))
    }
    // A surname is the alias of one person only.
    var surnameOwners: [String: Int] = [:]
    for g in guesses where g.kind == "person" { surnameOwners[g.aliases.last!, default: 0] += 1 }
    for k in guesses.indices where guesses[k].kind == "person" && surnameOwners[guesses[k].aliases.last!]! > 1 { guesses[k].aliases.removeLast() }
    return guesses
  }

  /// A word followed, past its closing bracket and spaces, by a dash: "(AP) —".
  private func isBeforeDash(_ w: Word) -> Bool {
    var i = w.range.upperBound
    while i < masked.count, masked[i] == 0x29 || masked[i] == 0x20 { i += 1 }
    if i + 2 < masked.count, masked[i] == 0xE2, masked[i + 1] == 0x80, masked[i + 2] == 0x94 || masked[i + 2] == 0x93 { return true }
    return i + 1 < masked.count && masked[i] == 0x2D && masked[i + 1] == 0x2D
  }

  private func isNameWord(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter else { return false }
    if DateValue.monthNames.contains(text) || DateValue.weekdayNames.contains(text) { return false }
    // "Nov.", "Sept.", "Four", "Third": a month or a number written at a sentence's start, not a name.
    let lower = TokenText(text.lowercased())
    if NumberWords.months[lower] != nil || NumberWords.cardinals[lower] != nil || NumberWords.ordinals[lower] != nil { return false }
    // "N.C.", "N.Y.": a place abbreviated letter by letter stands beside the name it qualifies.
    if text.count >= 3, text.split(separator: ".").allSatisfy({ $0.count == 1 }), text.contains(".") { return false }
    // "We're", "Don't": a contraction, not a name.
    for suffix in ["'re", "’re", "'t", "’t", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m"] where text.hasSuffix(suffix) { return false }
    // "AI-focused", "Chinese-made": a compound adjective, not a name.
    if let hyphen = text.firstIndex(of: "-"), text[text.index(after: hyphen)...].first?.isLowercase == true { return false }
    return first.isUppercase || text.dropFirst().contains(where: \.isUppercase)
  }

  private func isNumber(_ text: String) -> Bool {
    !text.isEmpty && text.first!.isNumber && text.allSatisfy { $0.isNumber || $0 == "." }
  }

  private func isFiller(_ w: Word, _ lowercaseSeen: Set<String>) -> Bool {
    let lower = w.text.lowercased()
    return Self.notNames.contains(lower) || Self.notNames.contains(lower.trimmingSuffix(".")) || (w.sentenceStart && lowercaseSeen.contains(lower))
  }

  /// The words of a sentence, split at spaces, with surrounding punctuation
  /// and a possessive "'s" taken off.
  private func words(in sentence: Range<Int>) -> [Word] {
    var result: [Word] = []
    var cellStart = false
    var i = sentence.lowerBound
    while i < sentence.upperBound {
      while i < sentence.upperBound, Bytes.isSpace(masked[i]) { i += 1 }
      let start = i
      while i < sentence.upperBound, !Bytes.isSpace(masked[i]) { i += 1 }
      guard i > start else { continue }
      var text = Bytes.string(masked, start..<i)
      let leading: Set<Character> = ["\"", "“", "‘", "'", "(", "[", "*", "_"]
      let trailing: Set<Character> = [",", ".", ";", ":", "!", "?", ")", "]", "”", "’", "\"", "'", "*", "_"]
      var breaks = false
      var parenthesized = false
      while let c = text.last, trailing.contains(c) {
        if c == ")" { parenthesized = text.hasPrefix("(") }
        text.removeLast()
        breaks = true
      }
      var breaksBefore = false
      while let c = text.first, leading.contains(c) { text.removeFirst(); breaksBefore = true }
      var possessive = false
      for suffix in ["'s", "’s"] where text.hasSuffix(suffix) {
        text.removeLast(2)
        possessive = true
      }
      if text.isEmpty { continue }
      // A table's cell separator: the next word opens a cell, as a sentence's first word does.
      if text == "|" {
        cellStart = true
        continue
      }
      defer { cellStart = false }
      let afterComma = start >= 2 && masked[start - 2] == UInt8(ascii: ",") && masked[start - 1] == UInt8(ascii: " ")
      let abbreviated = afterComma && Bytes.string(masked, start..<i).hasPrefix(text + ".") && (2...4).contains(text.count) && text.first!.isUppercase
        && text.dropFirst().allSatisfy(\.isLowercase)
      result.append(Word(text: text, range: start..<i, possessive: possessive, breaksAfter: breaks, breaksBefore: breaksBefore,
                         parenthesized: parenthesized, sentenceStart: result.isEmpty || cellStart || opensQuote(start), placeAbbreviation: abbreviated))
    }
    return result
  }
}

extension EntityGuesser {
  /// Quoted speech starts a sentence of its own: “We’re cooking it.”
  fileprivate func opensQuote(_ i: Int) -> Bool {
    masked[i] == UInt8(ascii: "\"") || Bytes.hasPrefix(masked, at: i, Array("“".utf8)) || Bytes.hasPrefix(masked, at: i, Array("‘".utf8))
  }
}
