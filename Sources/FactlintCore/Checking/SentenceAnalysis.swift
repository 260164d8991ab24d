/// Everything the binder needs to know about one sentence (or table cell).
struct SentenceAnalysis {
  struct Cue {
    var token: Int
    /// Sorted: a cue word shared by many facts ("scored") is searched, not scanned.
    var facts: ArraySlice<Int>
    var length: Int
    /// Bit `f % 64` set for each fact `f` it names (`PhraseMatcher.Match.payloadBits`).
    var factBits: UInt64

    func names(_ fact: Int) -> Bool {
      var lo = facts.startIndex, hi = facts.endIndex
      while lo < hi {
        let mid = (lo + hi) / 2
        if facts[mid] < fact { lo = mid + 1 } else { hi = mid }
      }
      return lo < facts.endIndex && facts[lo] == fact
    }
  }

  var range: Range<Int>
  var tokens: [Token]
  var mentions: [EntityMention]
  var values: [ValueMention]
  var cues: [Cue]
  /// Clause number of each token.
  var clauseOf: [Int]
  /// Clauses opened by "behind", "than", "vs." and the like.
  var comparisonClauses: Clauses

  /// The years the sentence names, in order (found only when it has a value).
  private(set) var yearMentions: [(token: Int, clause: Int, year: Int)]
  /// Working lists, kept only to be handed back with the others.
  private var starts: [Int]
  private var names: [PhraseMatcher.Match]
  private var nameRanges: [Range<Int>]

  /// The lists an analysis fills, handed from one sentence's analysis to the
  /// next (`recycle(into:)`): once they have grown, analysing a sentence
  /// allocates nothing, where it made a dozen arrays and freed them again.
  struct Buffers {
    fileprivate var tokens: [Token] = []
    fileprivate var mentions: [EntityMention] = []
    fileprivate var values: [ValueMention] = []
    fileprivate var cues: [Cue] = []
    fileprivate var clauseOf: [Int] = []
    fileprivate var yearMentions: [(token: Int, clause: Int, year: Int)] = []
    fileprivate var starts: [Int] = []
    fileprivate var names: [PhraseMatcher.Match] = []
    fileprivate var nameRanges: [Range<Int>] = []
    fileprivate var cueMatches: [PhraseMatcher.Match] = []
  }

  /// An analysis with lists of its own (a lead-in kept for the run, a fact source).
  init(range: Range<Int>, masked: [UInt8], base: borrowing FactBase) {
    var buffers = Buffers()
    self.init(range: range, masked: masked, base: base, buffers: &buffers)
  }

  /// `findsCues`: false leaves the cue words out, for `findCues` to find if
  /// need be — they only bind a value to an entity's fact, and looking for
  /// them is a good part of the work.
  /// The lists come from `buffers` (emptied, their capacity kept).
  init(range: Range<Int>, masked: [UInt8], base: borrowing FactBase, findsCues: Bool = true, buffers: inout Buffers) {
    // (Built in locals and stored once at the end: filling the stored
    // properties in place made the compiler copy the whole analysis.)
    var starts = Self.take(&buffers.starts)
    PhraseMatcher.wordStarts(in: masked, range: range, into: &starts)
    var names = Self.take(&buffers.names)
    base.aliases.appendMatches(in: masked, range: range, starts: starts, longestOnly: true, to: &names)
    var nameRanges = Self.take(&buffers.nameRanges)
    for name in names { nameRanges.append(name.range) }
    var tokens = Self.take(&buffers.tokens)
    Tokenizer.tokens(of: masked, in: range, names: nameRanges, into: &tokens)
    var values = Self.take(&buffers.values)
    ValueScanner(bytes: masked, tokens: tokens).scan(into: &values)

    // Clauses: split at punctuation and coordinating words outside values;
    // and entity mentions by alias, in the same pass (a name's clause is
    // known once reached: the word opening a comparison comes first).
    var clause = 0, fresh = 0
    // The clause a relative clause set off by a comma interrupted.
    var parenthetical: Int? = nil
    var clauseOf = Self.take(&buffers.clauseOf)
    var comparison = Clauses()
    var mentions = Self.take(&buffers.mentions)
    // (Filled through a buffer: appending tested the list's uniqueness at every token.)
    clauseOf.append(contentsOf: repeatElement(0, count: tokens.count))
    clauseOf.withUnsafeMutableBufferPointer { clauseOf in
      var inValue = ValueCursor(values)
      var nameIndex = 0
      var sawSubject = false
      for (k, t) in tokens.enumerated() {
        if !inValue.contains(k, of: values) {
          // (A colon joins a label to its value, "Llama downloads: 1.2B", so it does not split.)
          // "**May 27** — 8,000 staff get notices": a figure that opens the
          // sentence and is set off by a dash labels what follows, and stays in its clause.
          // Nor does the comma after a weekday that names a date ("Saturday, March 21").
          if t.kind == .symbol, Self.splitsClause(t, masked), !(k > 0 && !values.isEmpty && values[0].tokens == 0..<k && Self.isDash(t, masked)),
             !(k > 0 && tokens[k - 1].kind == .word && NumberWords.weekday(tokens[k - 1].text) != nil && inValue.contains(k + 1, of: values)) {
            if let opened = parenthetical, masked[t.range.lowerBound] == UInt8(ascii: ",") {
              // "Opening weekend, when rides were free, drew 43,000 trips": the
              // comma that closes a relative clause resumes the clause it interrupted.
              clause = opened
              parenthetical = nil
            } else {
              fresh += 1
              clause = fresh
              parenthetical = nil
              if masked[t.range.lowerBound] == UInt8(ascii: ","), k > 0, k + 1 < tokens.count, tokens[k + 1].kind == .word,
                 Self.opensRelativeClause(tokens[k + 1].text) {
                parenthetical = clauseOf[k - 1]
              }
            }
          } else if t.kind == .word, t.classes.contains(.clauseWord), !(parenthetical != nil && k > 0 && tokens[k - 1].text == ","),
                    !Self.endsHedge(k, of: values) {
            fresh += 1
            clause = fresh
            if t.classes.contains(.comparisonMarker) { comparison.insert(clause) }
          }
        }
        clauseOf[k] = clause
        guard t.kind == .name else { continue }
        while nameIndex < names.count, names[nameIndex].range != t.range { nameIndex += 1 }
        guard nameIndex < names.count, let entity = names[nameIndex].payloads.first else { continue }
        if Self.beginsLongerName(after: k, tokens: tokens, masked: masked) { continue }
        var m = EntityMention(range: t.range, entity: entity, isReference: false, token: k)
        let possessive = Self.isPossessive(k, tokens)
        if comparison.contains(clause) { m.salience = .comparison } else if !possessive && !sawSubject { m.salience = .subject; sawSubject = true }
        mentions.append(m)
      }
    }
    if !values.isEmpty, !base.definiteNouns.isEmpty { Self.describedByFigure(tokens: tokens, values: values, base: base, into: &mentions) }
    // Years are read only to bind a value: a sentence without one needs none.
    var yearMentions = Self.take(&buffers.yearMentions)
    if !values.isEmpty { Self.yearMentions(tokens: tokens, values: values, clauseOf: clauseOf, into: &yearMentions) }

    var cues = Self.take(&buffers.cues)
    if findsCues { Self.appendCues(range: range, masked: masked, base: base, starts: starts, tokens: tokens, buffers: &buffers, to: &cues) }
    self.range = range
    self.tokens = tokens
    self.mentions = mentions
    self.values = values
    self.cues = cues
    self.clauseOf = clauseOf
    self.comparisonClauses = comparison
    self.yearMentions = yearMentions
    self.starts = starts
    self.names = names
    self.nameRanges = nameRanges
  }

  /// Clause numbers: a bit each below 64, listed beyond. (A sentence has
  /// few clauses; a `Set` hashed each number asked about.)
  struct Clauses {
    private var low: UInt64 = 0
    private var beyond: [Int] = []

    func contains(_ clause: Int) -> Bool { clause < 64 ? low >> UInt64(clause) & 1 != 0 : beyond.contains(clause) }
    var isEmpty: Bool { low == 0 && beyond.isEmpty }

    mutating func insert(_ clause: Int) {
      if clause < 64 { low |= 1 << UInt64(clause) } else { beyond.append(clause) }
    }
  }

  /// Whether a token lies in a value, asked of the tokens in order. The
  /// values come in order and apart (the scanner moves past each), so the
  /// first not yet passed answers: a flag per token was a list to fill.
  /// (Handed the values at each question rather than holding them: holding
  /// them retained the list.)
  private struct ValueCursor {
    private var next = 0
    private var span: Range<Int>

    init(_ values: [ValueMention]) {
      span = values.isEmpty ? Int.max..<Int.max : values[0].tokens
    }

    mutating func contains(_ k: Int, of values: [ValueMention]) -> Bool {
      while k >= span.upperBound {
        next += 1
        span = next < values.count ? values[next].tokens : Int.max..<Int.max
      }
      return k >= span.lowerBound
    }
  }

  /// A list of `buffers`, emptied with its capacity kept, for an analysis to fill.
  /// (Inlined: called, one generic function served every list, a dozen calls a sentence.)
  @inline(__always)
  private static func take<T>(_ list: inout [T]) -> [T] {
    var taken: [T] = []
    swap(&taken, &list)
    taken.clear()
    return taken
  }

  /// The cue words, when `init` was told not to find them.
  mutating func findCues(masked: [UInt8], base: borrowing FactBase, buffers: inout Buffers) {
    guard cues.isEmpty else { return }
    Self.appendCues(range: range, masked: masked, base: base, starts: starts, tokens: tokens, buffers: &buffers, to: &cues)
  }

  private static func appendCues(range: Range<Int>, masked: [UInt8], base: borrowing FactBase, starts: [Int], tokens: [Token],
                                 buffers: inout Buffers, to cues: inout [Cue]) {
    var cueMatches = take(&buffers.cueMatches)
    base.cues.appendMatches(in: masked, range: range, starts: starts, to: &cueMatches)
    let firstAcronym = cueMatches.count
    base.acronymCues.appendMatches(in: masked, range: range, starts: starts, to: &cueMatches)
    // Each matcher's come in order of where they start: sorted (stably) only
    // when an acronym starts before the last cue word.
    if firstAcronym > 0, firstAcronym < cueMatches.count, cueMatches[firstAcronym].range.lowerBound < cueMatches[firstAcronym - 1].range.lowerBound {
      cueMatches.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
    var t = 0
    for match in cueMatches {
      while t + 1 < tokens.count, tokens[t + 1].range.lowerBound <= match.range.lowerBound { t += 1 }
      // A name is no attribute word ("CoreWeave" as a cue would bind every
      // figure near the company), and a word inside a hyphenated compound is
      // another word ("investment" in "investment-grade").
      if t < tokens.count, tokens[t].kind == .name, match.range.upperBound <= tokens[t].range.upperBound { continue }
      if isCompoundPart(match.range, masked) { continue }
      // "Coding Index": a capitalised cue word after a capitalised word that
      // no cue or name covers ends a name the fact base does not know.
      if t > 0, Bytes.isUpper(masked[match.range.lowerBound]), tokens[t - 1].kind == .word, tokens[t - 1].range.count > 1,
         Bytes.isUpper(masked[tokens[t - 1].range.lowerBound]), Bytes.isLower(masked[tokens[t - 1].range.lowerBound + 1]),
         tokens[t - 1].classes.isDisjoint(with: [.month, .weekday]), !openingWords.contains(tokens[t - 1].text),
         !(cues.last.map { tokens[$0.token].range.lowerBound + $0.length > tokens[t - 1].range.lowerBound } ?? false) { continue }
      cues.append(Cue(token: t, facts: match.payloads, length: match.range.count, factBits: match.payloadBits))  // payloads come sorted
    }
    buffers.cueMatches = cueMatches
  }

  /// Whether the text at `range` is followed by a hyphen and a letter
  /// without being hyphenated itself: part of a compound such as "investment-grade".
  private static func isCompoundPart(_ range: Range<Int>, _ masked: [UInt8]) -> Bool {
    let end = range.upperBound
    guard end + 1 < masked.count, masked[end] == UInt8(ascii: "-"), Bytes.isLetter(masked[end + 1]) else { return false }
    return !masked[range].contains(UInt8(ascii: "-"))
  }

  /// Hands this analysis's lists back to `buffers` for the next sentence
  /// (swapped, not assigned: nothing is released or copied).
  mutating func recycle(into buffers: inout Buffers) {
    swap(&buffers.tokens, &tokens)
    swap(&buffers.mentions, &mentions)
    swap(&buffers.values, &values)
    swap(&buffers.cues, &cues)
    swap(&buffers.clauseOf, &clauseOf)
    swap(&buffers.yearMentions, &yearMentions)
    swap(&buffers.starts, &starts)
    swap(&buffers.names, &names)
    swap(&buffers.nameRanges, &nameRanges)
  }

  /// Whether a negation earlier in the value's clause denies it ("didn't score
  /// 57", "52, not 57"), or the clause is a condition ("if …", "unless …"):
  /// the writer does not claim the figure. "Not only" is no denial.
  func isDenied(_ value: ValueMention) -> Bool {
    let first = value.tokens.lowerBound
    guard first < tokens.count else { return false }
    if reportsAMistake(before: first) { return true }
    let clause = clauseOf[first]
    var k = first - 1
    while k >= 0, clauseOf[k] == clause {
      if tokens[k].kind == .word, tokens[k].classes.contains(.negation),
         !(tokens[k].text == "not" && k + 1 < tokens.count && tokens[k + 1].text == "only") { return true }
      k -= 1
    }
    // "If even 5% of shops defect, …", "…, even if 20,000 ride it": a
    // condition asserts nothing. (`k` stopped before the clause's first token,
    // which may be the comma that opened it.)
    var opening = k + 1
    if opening < first, tokens[opening].kind == .symbol { opening += 1 }
    if opening < first, tokens[opening].text == "even" || tokens[opening].text == "and" || tokens[opening].text == "but" { opening += 1 }
    // (A colon ends the condition: "Notes, if you have room: Meta laid off …".)
    return opening < first && tokens[opening].kind == .word && (tokens[opening].text == "if" || tokens[opening].text == "unless")
      && !tokens[opening..<first].contains { $0.kind == .symbol && $0.text == ":" }
  }

  /// Whether the sentence, before token `k`, reports what it goes on to say
  /// as a mistake: "An earlier version of this article said…", "…wrongly gave…".
  private func reportsAMistake(before k: Int) -> Bool {
    // (Every marker, and "version", is seven letters or more: shorter words are passed over unhashed.)
    for j in 0..<k where tokens[j].kind == .word && tokens[j].text.count >= 7 {
      if Self.mistakeMarkers.contains(tokens[j].text) { return true }
      // "an earlier version", "a previous version", "the original version"
      if tokens[j].text == "version", j > 0 {
        let before = tokens[j - 1].text
        if before == "earlier" || before == "previous" || before == "original" || before == "prior" { return true }
      }
    }
    return false
  }

  private static let risesAndFalls: Set<TokenText> = [
    "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "grew", "grow", "grows", "grown", "climbed", "climbs",
    "jumped", "jumps", "surged", "surges", "plunged", "plunges", "slumped", "tumbled", "soared", "dropped", "drops",
    "declined", "declines", "increased", "increases", "decreased", "decreases", "shrank", "shrinks",
  ]

  private static let mistakeMarkers = Set(ClaimWords.mistakeMarkers.map(TokenText.init))

  /// "fell by about 8,000", "up 19 cents": a change, not a level. Only a
  /// fact about a change ("share price rise", "hallucination reduction") can be about it.
  func isChange(_ value: ValueMention) -> Bool {
    // "43 percent more than": a difference (the scanner keeps only a percentage's).
    if value.tokens.upperBound + 1 < tokens.count, tokens[value.tokens.upperBound + 1].text == "than" {
      switch tokens[value.tokens.upperBound].text {
      case "more", "less", "higher", "lower", "fewer": return true
      default: break
      }
    }
    var k = value.tokens.lowerBound - 1
    // Skip the hedge ("by about 8,000"), save "up" ("up to"), which here is a change ("up 19 cents").
    while k >= 0, tokens[k].kind == .word, tokens[k].classes.contains(.hedgeWord), !tokens[k].classes.contains(.change) { k -= 1 }
    guard k >= 0, tokens[k].kind == .word else { return false }
    if tokens[k].text == "up" || tokens[k].text == "down" { return true }
    // "rose 25 points", "fell 8%": a verb of rising or falling right before
    // the figure ("rose to $1.8 billion" is a level).
    if Self.risesAndFalls.contains(tokens[k].text) { return !tokens[(k + 1)..<value.tokens.lowerBound].contains { $0.text == "to" } }
    guard tokens[k].text == "by", k > 0 else { return false }
    let clause = clauseOf[value.tokens.lowerBound]
    return (0..<k).contains { clauseOf[$0] == clause && tokens[$0].kind == .word && tokens[$0].classes.contains(.change) }
  }


  /// Whether the clause of token `k` (or the sentence, when not `inClause`)
  /// names something the fact base does not know before `k`: a capitalised word ("Oracle", "OpenAI") inside the
  /// sentence, not where any word is capitalised (the sentence's or a
  /// clause's first word, after a dash, colon or quotation mark). A figure in
  /// such a clause is about that name: "Alphabet guides to $180B, Meta to
  /// $125B and Oracle to $50B". (Acronyms such as "AI" or "CEO" are no names.)
  func namesUnknownBefore(_ k: Int, masked: [UInt8], inClause: Bool = true) -> Bool {
    guard k < tokens.count else { return false }
    let clause = inClause ? clauseOf[k] : 0
    let first = firstWord
    var j = k - 1
    while j > first, clauseOf[j] >= clause {
      if isCapitalisedWord(j, masked), !Self.capitalisesNext(tokens[j - 1], masked) { return true }
      j -= 1
    }
    // Any first word is capitalised, but two in a row are a name ("Advanced
    // Machine Intelligence Labs is in talks…", "The Information reported").
    return j == first && clauseOf[first] >= clause && k > first + 1 && isCapitalisedWord(first, masked) && isCapitalisedWord(first + 1, masked)
  }

  /// The sentence's first word: numbers and marks before it ("39:45 Follow
  /// the money", "3/ So", "2. Capex") are labels, and the word after them is
  /// capitalised as any first word is. A quotation opens with the speaker's
  /// words, not the sentence's: there the quotation mark is first.
  private var firstWord: Int {
    tokens.firstIndex { $0.kind == .word || $0.kind == .name || $0.kind == .symbol && ($0.text == "\"" || $0.text == "“" || $0.text == "'" || $0.text == "‘") } ?? 0
  }

  /// Whether another figure lies between token `from` and token `to` (a
  /// figure's end and a later word): the word is that figure's.
  func figureBetween(_ from: Int, _ to: Int) -> Bool {
    values.contains { $0.tokens.lowerBound >= from && $0.tokens.upperBound <= to }
  }

  /// Whether `clause` measures something on a name: "on Terminal-Bench
  /// 2.0", "68.1% on LiveCodeBench", "on GPQA Diamond" — a benchmark, which
  /// the fact base may know as a cue or not at all. "On" that opens the
  /// sentence governs all its clauses. (A month or a weekday after "on" is a date.)
  func measuresOnName(clause: Int, masked: [UInt8]) -> Bool {
    tokens.indices.dropLast().contains { k in
      guard clauseOf[k] == clause || k == 0, tokens[k].kind == .word, tokens[k].text == "on" else { return false }
      let t = tokens[k + 1]
      guard t.kind == .word, t.classes.isDisjoint(with: [.month, .weekday]), t.range.count > 1 else { return false }
      let first = masked[t.range.lowerBound], second = masked[t.range.lowerBound + 1]
      return Bytes.isUpper(first) && (Bytes.isLower(second) || Bytes.isUpper(second))
    }
  }

  /// Whether a cue word naming fact `f` is written with a capital: a name
  /// ("Artificial Analysis", "Intelligence Index"), not a common word.
  func namesByName(_ f: Int, masked: [UInt8]) -> Bool {
    cues.contains { cue in
      guard cue.names(f) else { return false }
      let b = masked[tokens[cue.token].range.lowerBound]
      return Bytes.isUpper(b)
    }
  }

  /// Whether the sentence opens with a capitalised word that may be a name:
  /// not a word of English's closed classes ("The", "In", "Its"), nor a cue
  /// word ("Revenue reached…"). "Nvidia reported revenue of $44.1 billion."
  func opensWithPossibleName(masked: [UInt8]) -> Bool {
    let first = firstWord
    guard tokens.count > first + 1, isCapitalisedWord(first, masked), !Self.openingWords.contains(tokens[first].text) else { return false }
    // A name is followed by its verb; a word followed by an article or "with"
    // is a verb itself, in the imperative ("Start with Yann LeCun", "Follow the money").
    if tokens[first + 1].kind == .word, Self.imperativeObjects.contains(tokens[first + 1].text) { return false }
    return !cues.contains { $0.token == first }
  }

  private static let openingWords = Set(ClaimWords.openingWords.map(TokenText.init))
  private static let imperativeObjects: Set<TokenText> = ["the", "a", "an", "with", "this", "these", "those", "our", "your", "my"]

  /// A word written with a capital and then a small letter, not a month, a
  /// weekday or part of a cue ("the Safety and Preparedness Report").
  private func isCapitalisedWord(_ j: Int, _ masked: [UInt8]) -> Bool {
    let t = tokens[j]
    guard t.kind == .word, t.classes.isDisjoint(with: [.month, .weekday]), t.range.count > 1 else { return false }
    if cues.contains(where: { cue in
      let start = tokens[cue.token].range.lowerBound
      return t.range.lowerBound >= start && t.range.lowerBound < start + cue.length
    }) { return false }
    let b = masked[t.range.lowerBound], c = masked[t.range.lowerBound + 1]
    return Bytes.isUpper(b) && Bytes.isLower(c)
  }

  /// "the 14.6-mile line", "the $2 billion bridge": "the", a figure and a
  /// noun that "the <noun>" names an entity by (`FactBase.definiteNouns`)
  /// mention that entity, as "the line" does.
  private static func describedByFigure(tokens: [Token], values: [ValueMention], base: borrowing FactBase, into mentions: inout [EntityMention]) {
    for v in values where v.tokens.lowerBound > 0 && tokens[v.tokens.lowerBound - 1].text == "the" {
      var n = v.tokens.upperBound
      // "the 19-station line": a hyphenated noun after the figure qualifies the head.
      if n + 2 < tokens.count, tokens[n].text == "-", tokens[n].attached, tokens[n + 1].kind == .word { n += 2 }
      guard n < tokens.count, tokens[n].kind == .word, let entity = base.definiteNouns[tokens[n].text],
            !mentions.contains(where: { $0.token == n }) else { continue }
      var m = EntityMention(range: tokens[v.tokens.lowerBound - 1].range.lowerBound..<tokens[n].range.upperBound, entity: entity, isReference: false, token: n)
      if !mentions.contains(where: { $0.salience == .subject }) && !mentions.contains(where: { $0.token < n }) { m.salience = .subject }
      let at = mentions.firstIndex { $0.token > n } ?? mentions.count
      mentions.insert(m, at: at)
    }
  }

  /// "Harwood Regional Airport", "Oakland Public Library": a known name
  /// followed by capitalised words that end in a word naming a place or an
  /// organisation is part of that longer name, not a mention of its own.
  static func beginsLongerName(after k: Int, tokens: [Token], masked: [UInt8]) -> Bool {
    var j = k + 1
    while j < tokens.count, j <= k + 3, tokens[j].kind == .word, tokens[j].range.count > 1 {
      let b = masked[tokens[j].range.lowerBound]
      guard Bytes.isUpper(b) else { return false }
      if ClaimWords.nameHeads.contains(tokens[j].text) { return true }
      j += 1
    }
    return false
  }

  /// Marks after which any word may be capitalised.
  private static func capitalisesNext(_ t: Token, _ masked: [UInt8]) -> Bool {
    guard t.kind == .symbol else { return false }
    switch masked[t.range.lowerBound] {
    case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: "*"), UInt8(ascii: "-"),
         UInt8(ascii: "|"), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "#"), 0xE2: return true
    default: return false
    }
  }

  /// Whether the name at token `k` is followed by "'s": it owns what follows.
  func isPossessive(_ k: Int) -> Bool { Self.isPossessive(k, tokens) }

  private static func isPossessive(_ k: Int, _ tokens: [Token]) -> Bool {
    k + 2 < tokens.count && tokens[k + 1].text == "'" && tokens[k + 1].attached && tokens[k + 2].text == "s"
  }

  /// Whether `clause` holds nothing but names, `value` and the small words
  /// that join them ("Claude Opus 4.6 at 55", "and GPT-5.4 57"): a clause
  /// whose verb is left out, as in a list of parallel figures.
  func isGapped(_ clause: Int, around value: ValueMention) -> Bool {
    // The clause before is a parallel one: a name and a figure of its own.
    guard clause > 0, values.contains(where: { clauseOf[$0.tokens.lowerBound] == clause - 1 }),
          tokens.indices.contains(where: { clauseOf[$0] == clause - 1 && tokens[$0].kind == .name }) else { return false }
    var named = false
    for k in tokens.indices where clauseOf[k] == clause && !value.tokens.contains(k) {
      switch tokens[k].kind {
      case .name: named = true
      case .word: if !Self.gapWords.contains(tokens[k].text) { return false }
      case .number: return false
      case .symbol: continue
      }
    }
    return named
  }

  /// Whether `clause` is a participle phrase set off by a comma after the
  /// noun it describes ("The layoffs, announced May 20, …", "The report,
  /// published two weeks after launch, …"): it names nothing of its own and
  /// opens with a word in "-ed". Its figure is about that noun.
  func describesThePrevious(_ clause: Int) -> Bool {
    // (The comma that opens a clause is its first token.)
    guard clause > 0, let comma = clauseOf.firstIndex(of: clause), tokens[comma].text == ",", comma + 1 < tokens.count,
          clauseOf[comma + 1] == clause, tokens[comma + 1].kind == .word, tokens[comma + 1].range.count > 4,
          tokens[comma + 1].text.hasSuffix("ed") else { return false }
    return !tokens.indices.contains { clauseOf[$0] == clause && tokens[$0].kind == .name }
  }

  private static let gapWords: Set<TokenText> = ["and", "at", "on", "with", "to", "for", "by", "of", "s", "while", "whereas", "but"]

  /// "$126 million a mile", "$4 per ride", "$10/share": the thing a figure is
  /// a rate of, when it is no period of time (those are the value's own
  /// `perPeriod`): the token of its noun. A rate is only ever a figure about that rate.
  func perUnit(_ value: ValueMention) -> Int? {
    guard value.perPeriod == nil else { return nil }
    let k = value.tokens.upperBound
    guard k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].classes.isDisjoint(with: [.cardinal, .ordinal, .month]) else { return nil }
    switch tokens[k].text {
    case "per", "each": return k + 1
    case "a", "an": return Self.rateNouns.contains(tokens[k + 1].text) ? k + 1 : nil
    case "/": return tokens[k].attached ? k + 1 : nil
    default: return nil
    }
  }

  /// Nouns that "a" makes a rate of ("$126 million a mile"): after "a", most
  /// nouns begin a new phrase ("8,000 a year ago" is a period, "52 a point behind" nothing).
  private static let rateNouns: Set<TokenText> = [
    "mile", "kilometre", "kilometer", "km", "share", "head", "person", "ride", "trip", "seat", "user", "unit", "token", "piece", "gallon", "litre", "liter", "household", "student", "resident", "ticket", "passenger", "rider",
  ]

  /// Whether token `k` opens its clause, after at most a joining word or
  /// "the": where a clause's subject stands ("; OpenAI last released…"), not
  /// inside a phrase ("on the Artificial Analysis index").
  func opensClause(_ k: Int) -> Bool {
    var j = k - 1
    while j >= 0, clauseOf[j] == clauseOf[k], tokens[j].kind == .word,
          tokens[j].text == "the" || tokens[j].classes.contains(.clauseWord) { j -= 1 }
    return j < 0 || clauseOf[j] != clauseOf[k] || tokens[j].kind == .symbol
  }

  /// Whether `clause` opens with a word that joins clauses ("and", "while",
  /// "which"…), not with a comma or a bracket: a clause with a verb of its own.
  func opensWithConjunction(_ clause: Int) -> Bool {
    guard let first = clauseOf.firstIndex(of: clause) else { return false }
    return tokens[first].kind == .word && tokens[first].classes.contains(.clauseWord)
  }

  /// "two of the four modes", "3 of its 19 stations": the first number counts
  /// a part of what the second counts, so it is no figure of the whole.
  func isPart(_ value: ValueMention) -> Bool {
    var k = value.tokens.upperBound
    guard k < tokens.count, tokens[k].kind == .word, tokens[k].text == "of" else { return false }
    k += 1
    if k < tokens.count, tokens[k].kind == .word, ["the", "its", "their", "his", "her", "our"].contains(tokens[k].text) { k += 1 }
    return k < tokens.count && (tokens[k].kind == .number || tokens[k].classes.contains(.cardinal))
  }

  /// "3.4 out of 5", "eight out of 10 riders": the number after "out of" is
  /// the scale or the whole the figure before it is read against, not a claim.
  func isScale(_ value: ValueMention) -> Bool {
    let k = value.tokens.lowerBound
    return k >= 3 && tokens[k - 1].text == "of" && tokens[k - 2].text == "out" && tokens[k - 2].kind == .word
      && (tokens[k - 3].kind == .number || tokens[k - 3].classes.contains(.cardinal))
  }

  /// "valued at $29 billion", "a $12 billion valuation": a figure whose
  /// clause calls it a valuation.
  func isValuation(_ value: ValueMention) -> Bool {
    let clause = clauseOf[value.tokens.lowerBound]
    // (Every valuation word is six letters or more: shorter words are passed over unhashed.)
    return tokens.indices.contains {
      clauseOf[$0] == clause && tokens[$0].kind == .word && tokens[$0].text.count >= 6 && Self.valuationWords.contains(tokens[$0].text)
    }
  }

  private static let valuationWords = Set(ClaimWords.valuationWords.map(TokenText.init))

  /// "Paragraph 3", "Table 2": a bare number after a label names something; it is no figure.
  func isLabelNumber(_ value: ValueMention) -> Bool {
    guard case .quantity(let q) = value.value, q.dimension == .number, value.tokens.count == 1 else { return false }
    // "indexed:0 read:3min": a field's value glued to its label in machine text.
    if value.tokens.lowerBound > 0, tokens[value.tokens.lowerBound].attached, tokens[value.tokens.lowerBound - 1].text == ":",
       tokens[value.tokens.lowerBound - 1].attached { return true }
    // "4/ The efficiency claim…": a thread's post number.
    if value.tokens.lowerBound == 0, tokens.count > 2, tokens[1].text == "/", tokens[1].attached, tokens[2].kind != .number { return true }
    // "4th" left unread as a place, "14h30" (a time of day): digits with a suffix glued on are no count.
    let next = value.tokens.upperBound
    if next < tokens.count, tokens[next].attached, tokens[next].kind == .word, ["st", "nd", "rd", "th", "h"].contains(tokens[next].text) { return true }
    let k = value.tokens.lowerBound - 1
    return k >= 0 && tokens[k].kind == .word && tokens[k].classes.contains(.numberedLabel)
  }

  private static func isDash(_ t: Token, _ bytes: [UInt8]) -> Bool {
    t.range.count == 3 && bytes[t.range.lowerBound] == 0xE2 && bytes[t.range.lowerBound + 1] == 0x80
  }

  /// Punctuation that ends a clause; an attached en dash is a range ("2025–2026"), not a break.
  /// Read from the token's bytes: comparing its text to each mark cost more.
  /// Whether token `k` ("than") ends the hedge of the value after it ("more
  /// than 43,000", "no fewer than 12"): part of the figure, it opens no clause.
  private static func endsHedge(_ k: Int, of values: [ValueMention]) -> Bool {
    values.contains { v in
      guard v.tokens.lowerBound == k + 1 else { return false }
      switch v.hedge {
      case .moreThan, .lessThan, .atLeast: return true
      case .exact, .approximately, .nearly, .atMost: return false
      }
    }
  }

  /// Whether `word` opens a relative clause set off by commas in
  /// mid-sentence. (Compared, not hashed: this runs at every comma.)
  private static func opensRelativeClause(_ word: TokenText) -> Bool {
    word == "which" || word == "who" || word == "whose" || word == "when" || word == "where"
  }

  private static func splitsClause(_ t: Token, _ bytes: [UInt8]) -> Bool {
    let b = bytes[t.range.lowerBound]
    switch b {
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")"): return true
    case 0xE2:
      // "—" (E2 80 94) always, "–" (E2 80 93) when it stands apart.
      guard t.range.count == 3, bytes[t.range.lowerBound + 1] == 0x80 else { return false }
      let last = bytes[t.range.lowerBound + 2]
      return last == 0x94 || (last == 0x93 && !t.attached)
    default: return false
    }
  }

  /// Reference words ("the model", "its") with the token they start at.
  func references() -> [(token: Int, length: Int, kinds: Set<String>?)] {
    var found: [(token: Int, length: Int, kinds: Set<String>?)] = []  // labelled as returned: no converting copy
    var k = 0
    while let ref = reference(from: &k) { found.append((ref.token, ref.length, ReferenceWords.phrases[ref.phrase].kinds)) }
    return found
  }

  /// The next reference phrase from token `k` on: the token it starts at, its
  /// length in tokens and its index in `ReferenceWords.phrases`; `k` moves
  /// past it. (One at a time: the checker makes no list of them.)
  func reference(from k: inout Int) -> (token: Int, length: Int, phrase: Int)? {
    while k < tokens.count {
      // (A pointer's tight loop: most tokens open no reference.)
      let t = tokens.withUnsafeBufferPointer { tokens in
        let first = tokens.baseAddress!, end = first + tokens.count
        var p = first + k
        while p < end, !p.pointee.classes.contains(.referenceStart) { p += 1 }
        return p - first
      }
      k = t + 1
      guard t < tokens.count, tokens[t].kind == .word,
            tokens[t].classes.contains(.referenceAlone) || (t + 1 < tokens.count && tokens[t + 1].classes.contains(.referenceWord)),
            let p = ReferenceWords.phrase(at: t, in: tokens) else { continue }
      let length = ReferenceWords.phrases[p].words.count
      k = t + length
      return (t, length, p)
    }
    return nil
  }

  /// Years named in the sentence outside `value`, by clause, in order.
  func years(excluding value: ValueMention) -> [(clause: Int, year: Int)] {
    yearMentions.filter { !value.tokens.contains($0.token) }.map { ($0.clause, $0.year) }
  }

  /// Every year the sentence names: dates with a year, and years glued to a
  /// quarter ("Q1 2026") that are not values but still periods.
  private static func yearMentions(tokens: [Token], values: [ValueMention], clauseOf: [Int],
                                   into result: inout [(token: Int, clause: Int, year: Int)]) {
    for v in values {
      if case .date(let d) = v.value, let y = d.year { result.append((v.tokens.lowerBound, clauseOf[v.tokens.lowerBound], y)) }
    }
    var inValue = ValueCursor(values)
    for (k, t) in tokens.enumerated() where t.kind == .number && !inValue.contains(k, of: values) {
      if let lit = t.number, lit.isInteger, t.range.count == 4, lit.value >= 1900, lit.value <= 2100 {
        result.append((k, clauseOf[k], Int(lit.value)))
      }
    }
    result.sort { $0.token < $1.token }
  }
}
