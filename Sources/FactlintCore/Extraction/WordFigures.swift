/// Figures written only in words, which the `ValueScanner` leaves alone
/// because a draft's "a decade" or "double" is too loose to check: "for a
/// decade" (10 years), "nearly double the $72.2 billion" (nearly 2x), "a
/// million daily users" (1 million), "roughly one gigawatt" (about 1). A source is another matter: they are
/// figures a fact base wants, written in the form the loader reads
/// (`ValueWriter.canonical`), with the words kept in the quote. A weekday
/// ("on Wednesday") is the source's one full date on that weekday.
enum WordFigures {
  private static let multiples: [TokenText: Double] = ["double": 2, "triple": 3, "quadruple": 4]
  /// Words after "double" that make it a comparison with another figure ("double the $72.2 billion").
  private static let comparedWith: Set<TokenText> = ["the", "its", "their", "that", "what", "last", "this"]
  private static let scales: [TokenText: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]
  /// Units of measure a small number in words counts: "roughly one gigawatt".
  private static let measures: Set<TokenText> = [
    "gigawatt", "gigawatts", "megawatt", "megawatts", "terawatt", "terawatts", "kilowatt", "kilowatts", "gigawatt-hours", "terawatt-hours",
    "ton", "tons", "tonne", "tonnes", "barrel", "barrels", "mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "acre", "acres",
  ]

  /// `weekdays`: for a weekday (1 = Sunday), the one full date of the source that falls on it.
  static func scan(_ a: SentenceAnalysis, weekdays: [Int: DateValue] = [:]) -> [ValueMention] {
    let tokens = a.tokens
    var taken = Array(repeating: false, count: tokens.count)
    for v in a.values {
      for k in v.tokens where k < tokens.count { taken[k] = true }
      if let w = v.weekdayRange { for k in tokens.indices where w.overlaps(tokens[k].range) { taken[k] = true } }
    }
    var found: [ValueMention] = []
    for k in tokens.indices where tokens[k].kind == .word && !taken[k] {
      let next = k + 1 < tokens.count ? tokens[k + 1] : nil
      // "Meta's shares rose 9% on Wednesday", in a story whose one Wednesday is April 8, 2026.
      if k > 0, tokens[k - 1].text == "on", let day = DateValue.weekdayNames.firstIndex(where: { TokenText($0.lowercased()) == tokens[k].text }),
         let date = weekdays[day + 1], next.map({ $0.kind != .number && !$0.classes.contains(.month) && $0.text != "," }) ?? true {
        found.append(ValueMention(range: tokens[k].range, value: .date(date), hedge: .exact, style: ValueStyle(), tokens: k..<(k + 1)))
        continue
      }
      var figure: (value: Quantity, tokens: Range<Int>)? = nil
      if tokens[k].text == "a", let next, next.kind == .word, !taken[k + 1] {
        if next.text == "decade" {
          figure = (Quantity(.duration, 120, resolution: 12), k..<(k + 2))
        } else if let scale = scales[next.text], k == 0 || tokens[k - 1].text != "$" {
          figure = (Quantity(.count, scale, resolution: scale / 10), k..<(k + 2))
        }
      } else if let n = NumberWords.smallWords.firstIndex(where: { TokenText($0) == tokens[k].text }), n > 0, let next, measures.contains(next.text) {
        figure = (Quantity(.count, Double(n), resolution: 1), k..<(k + 1))
      } else if let multiple = multiples[tokens[k].text], let next, comparedWith.contains(next.text) {
        figure = (Quantity(.multiplier, multiple, resolution: 1), k..<(k + 1))
      }
      guard let figure else { continue }
      found.append(ValueMention(range: tokens[figure.tokens.lowerBound].range.lowerBound..<tokens[figure.tokens.upperBound - 1].range.upperBound,
                                value: .quantity(figure.value), hedge: hedge(before: figure.tokens.lowerBound, in: tokens), style: ValueStyle(),
                                tokens: figure.tokens))
    }
    return found
  }

  /// "nearly double", "more than a decade".
  private static func hedge(before k: Int, in tokens: [Token]) -> Hedge {
    for (words, hedge) in Hedge.phrases {
      let first = k - words.count
      guard first >= 0 else { continue }
      if words.enumerated().allSatisfy({ tokens[first + $0.offset].kind == .word && tokens[first + $0.offset].text == $0.element }) { return hedge }
    }
    return .exact
  }
}
