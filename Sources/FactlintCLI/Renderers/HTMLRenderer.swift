import FactlintCore
import FactlintWorkspace
import Foundation

/// `--format html`: one self-contained page for an editor who does not use a
/// terminal — inline CSS, no script, nothing fetched. A summary (drafts,
/// findings by rule), then each draft with findings: its text with the flagged
/// claims marked, and per finding the claim, the sourced value, the fix, the
/// quotes and their sources. Drafts with no findings are listed as clean.
struct HTMLRenderer {
  private typealias Entry = FileReport.Entry

  /// The fact bases the drafts were checked against, and when: the page names both.
  var provenance: [FactBaseProvenance] = []
  var date = Date()

  func render(_ reports: [FileReport], summary: Summary) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="factlint \(FactlintVersion.current)">
      <title>Fact-check report: \(count(summary.findings, "finding")) in \(count(summary.files, "draft"))</title>
      <style>
      \(HTMLStyle.css)
      </style>
      </head>
      <body>
      <main>

      """
    out += overview(reports, summary)
    for (index, report) in reports.enumerated() where !report.entries.isEmpty {
      out += draftSection(report, id: "d\(index + 1)")
    }
    out += "<footer>Checked by factlint \(FactlintVersion.current) on \(ReportDate.text(date)).</footer>\n</main>\n</body>\n</html>\n"
    return out
  }

  // MARK: Summary

  private func overview(_ reports: [FileReport], _ summary: Summary) -> String {
    let flagged = reports.filter { !$0.entries.isEmpty }.count
    var out = "<header class=\"card\">\n<h1>Fact-check report</h1>\n"
    if summary.findings == 0 {
      out += "<p class=\"lede\"><span class=\"ok\">No findings</span> in \(count(summary.files, "draft")): nothing contradicts the sources.</p>\n"
    } else {
      out += "<p class=\"lede\"><strong>\(count(summary.findings, "finding"))</strong> in \(flagged) of \(count(summary.files, "draft")) checked against the sources.</p>\n"
      out += "<h3>Findings by rule</h3>\n<table class=\"rules\">\n<thead><tr><th>Rule</th><th>Meaning</th><th>Findings</th></tr></thead>\n<tbody>\n"
      for rule in Rule.allCases {
        guard let n = summary.rules[rule.rawValue], n > 0 else { continue }
        out += "<tr><td>\(badge(rule, rule.defaultSeverity))</td><td>\(escape(rule.summary))</td><td class=\"count\">\(n)</td></tr>\n"
      }
      out += "</tbody>\n</table>\n"
    }
    out += checkedAgainst()
    var notes: [String] = []
    if summary.silenced > 0 { notes.append("\(count(summary.silenced, "finding")) silenced by comments in the drafts") }
    if summary.baselined > 0 { notes.append("\(count(summary.baselined, "finding")) already in the baseline") }
    if summary.skipped > 0 { notes.append("\(count(summary.skipped, "file")) could not be checked (see the command's messages)") }
    if !notes.isEmpty { out += "<p class=\"notes\">Not shown: " + escape(notes.joined(separator: "; ")) + ".</p>\n" }
    out += "<h3>Drafts</h3>\n<table class=\"drafts\">\n<thead><tr><th>Draft</th><th>Findings</th></tr></thead>\n<tbody>\n"
    for (index, report) in reports.enumerated() {
      if report.entries.isEmpty {
        out += "<tr><td class=\"path\">\(escape(report.path))</td><td class=\"count\"><span class=\"ok\">✓ clean</span></td></tr>\n"
      } else {
        out += "<tr><td class=\"path\"><a href=\"#d\(index + 1)\">\(escape(report.path))</a></td><td class=\"count\">\(report.entries.count)</td></tr>\n"
      }
    }
    out += "</tbody>\n</table>\n</header>\n"
    return out
  }

  /// When the report was made, the fact base (built-in, files, how many
  /// facts) and the sources its facts rest on.
  private func checkedAgainst() -> String {
    var out = "<dl class=\"provenance\">\n<dt>Made</dt><dd><time datetime=\"\(ReportDate.iso(date))\">\(ReportDate.text(date))</time></dd>\n"
    for p in provenance {
      var base = escape(p.description) + " (\(count(p.factCount, "fact")))"
      if let folder = p.sourcesFolder { base += "; source texts in <code>\(escape(folder))</code>" }
      out += "<dt>Fact base</dt><dd>\(base)</dd>\n"
    }
    var seen: Set<String> = []
    let sources = provenance.flatMap(\.sources).filter { seen.insert($0.id).inserted }
    if !sources.isEmpty {
      out += "<dt>Sources</dt><dd><ul class=\"sources\">\n"
      for s in sources {
        var line = "<cite>\(escape(s.title))</cite>"
        let details = [s.publisher, s.published].compactMap { $0 }.filter { !$0.isEmpty }
        if !details.isEmpty { line += " — " + escape(details.joined(separator: ", ")) }
        if let url = s.url, let link = HTMLEscaping.webLink(url) { line += " · <a href=\"\(link)\">\(escape(url))</a>" }
        out += "<li>\(line)</li>\n"
      }
      out += "</ul></dd>\n"
    }
    return out + "</dl>\n"
  }

  // MARK: One draft

  private func draftSection(_ report: FileReport, id: String) -> String {
    var out = "<section class=\"draft card\" id=\"\(id)\">\n"
    out += "<div class=\"draft-head\"><h2>\(escape(report.path))</h2><span class=\"count\">\(count(report.entries.count, "finding"))</span></div>\n"
    let marks = markIDs(report.entries, id: id)
    if let draft = report.draft {
      out += "<h3>Draft</h3>\n<div class=\"text\">\(markedDraft(draft, report.entries, marks: marks, id: id))</div>\n"
    }
    out += "<h3>Findings</h3>\n<ol class=\"findings\">\n"
    for (n, entry) in report.entries.enumerated() {
      out += finding(entry, number: n + 1, id: "\(id)-f\(n + 1)", mark: report.draft == nil ? nil : marks[n])
    }
    out += "</ol>\n</section>\n"
    return out
  }

  /// Findings whose ranges overlap share one mark in the draft; this is the
  /// id of the mark each finding belongs to, in entry order.
  private func markIDs(_ entries: [Entry], id: String) -> [String] {
    var ids = Array(repeating: "", count: entries.count)
    var current: (end: Int, id: String)? = nil
    for i in positionOrder(entries) {
      let range = entries[i].finding.range
      if let c = current, range.lowerBound < c.end {
        ids[i] = c.id
        current = (max(c.end, range.upperBound), c.id)
      } else {
        ids[i] = "\(id)-m\(i + 1)"
        current = (range.upperBound, ids[i])
      }
    }
    return ids
  }

  private func positionOrder(_ entries: [Entry]) -> [Int] {
    entries.indices.sorted { (entries[$0].finding.range.lowerBound, $0) < (entries[$1].finding.range.lowerBound, $1) }
  }

  /// The draft as written, escaped, with each flagged claim in a `<mark>`
  /// followed by the numbers of its findings.
  private func markedDraft(_ bytes: [UInt8], _ entries: [Entry], marks: [String], id: String) -> String {
    var groups: [(range: Range<Int>, members: [Int])] = []
    for i in positionOrder(entries) {
      let r = entries[i].finding.range.clamped(to: 0..<bytes.count)
      if let last = groups.last, marks[i] == marks[last.members[0]] {
        groups[groups.count - 1] = (last.range.lowerBound..<max(last.range.upperBound, r.upperBound), last.members + [i])
      } else {
        groups.append((r, [i]))
      }
    }
    var out = ""
    var cursor = 0
    for group in groups {
      let start = max(cursor, group.range.lowerBound)
      out += escape(String(decoding: bytes[cursor..<start], as: UTF8.self))
      let members = group.members.map { entries[$0].finding }
      let severity = members.map(\.severity).max() ?? .error
      let title = members.map(\.message).joined(separator: "\n")
      out += "<mark class=\"\(severity.rawValue)\" id=\"\(marks[group.members[0]])\" title=\"\(escape(title))\">"
      out += escape(String(decoding: bytes[start..<max(start, group.range.upperBound)], as: UTF8.self)) + "</mark>"
      out += "<sup>" + group.members.map { "<a href=\"#\(id)-f\($0 + 1)\">\($0 + 1)</a>" }.joined(separator: ",") + "</sup>"
      cursor = max(start, group.range.upperBound)
    }
    out += escape(String(decoding: bytes[cursor...], as: UTF8.self))
    return out
  }

  // MARK: One finding

  private func finding(_ entry: Entry, number: Int, id: String, mark: String?) -> String {
    let f = entry.finding
    var out = "<li class=\"finding \(f.severity.rawValue)\" id=\"\(id)\">\n<div class=\"finding-head\">"
    out += mark.map { "<a class=\"num\" href=\"#\($0)\">\(number)</a>" } ?? "<span class=\"num\">\(number)</span>"
    out += badge(f.rule, f.severity)
    out += "<span class=\"where\">line \(entry.start.line), column \(entry.start.column)</span></div>\n"
    out += "<p class=\"message\">\(escape(f.message))</p>\n<dl class=\"values\">\n"
    // A disputed claim is one side of the sources, so it is not struck out.
    out += "<dt>Draft says</dt><dd class=\"claim\(f.rule == .disputed ? "" : " wrong")\">\(escape(entry.text))</dd>\n"
    if let expected = f.expected ?? f.replacement {
      out += "<dt>\(expectedLabel(f.rule))</dt><dd class=\"sourced\">\(escape(expected))</dd>\n"
    }
    if let replacement = f.replacement {
      out += "<dt>Suggested fix</dt><dd>replace “\(escape(entry.text))” with “\(escape(replacement))”</dd>\n"
    }
    out += "</dl>\n"
    if !f.sources.isEmpty {
      out += "<ul class=\"quotes\">\n"
      for s in f.sources { out += "<li>\(citation(s))</li>\n" }
      out += "</ul>\n"
    }
    if let fact = f.factID { out += "<p class=\"fact\">Fact <code>\(escape(fact))</code></p>\n" }
    out += "</li>\n"
    return out
  }

  private func expectedLabel(_ rule: Rule) -> String {
    switch rule {
    case .conflict, .scale: return "Sourced value"
    case .disputed: return "Other sources say"
    case .weekday: return "Calendar says"
    }
  }

  private func citation(_ s: SourceCitation) -> String {
    // (The id is for tools; the printed page leaves it out, with its separator.)
    var cite = "— <cite>\(escape(s.title))</cite><span class=\"source-id\"> · source <code>\(escape(s.id))</code></span>"
    var details: [String] = []
    if let at = s.location { details.append("line \(at.line), column \(at.column)") }
    if let value = s.value { details.append("gives \(escape(value))") }
    for detail in details { cite += " · " + detail }
    if let url = s.url, let link = HTMLEscaping.webLink(url) { cite += " · <a href=\"\(link)\">\(escape(url))</a>" }
    return "<blockquote>“\(escape(s.quote))”</blockquote><p class=\"cite\">\(cite)</p>"
  }

  // MARK: Helpers

  private func badge(_ rule: Rule, _ severity: Severity) -> String {
    "<span class=\"badge \(severity.rawValue)\" title=\"\(severity.rawValue)\">\(rule.rawValue)</span>"
  }

  private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

  private func escape(_ text: some StringProtocol) -> String { HTMLEscaping.escape(text) }
}
