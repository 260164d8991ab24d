import Foundation
import Testing

/// `factlint check --format html` as an editor sees it: the page rendered in
/// headless Chromium (Debian's `chromium`, installed by `.ci/run`), read back
/// from the DOM Chromium built, with a screenshot kept as an artifact.
@Suite struct HTMLReportTests {
  static let chromium = EditorTests.installed("chromium")
  /// Where the screenshot of the examples' report is written, to be looked at.
  static let screenshot = Factlint.packageRoot.appendingPathComponent(".build/artifacts/html-report.png")

  struct Page {
    /// The DOM as Chromium serialized it after loading the page.
    var dom: String
    /// The text a reader sees, whitespace collapsed.
    var text: String { Self.visibleText(dom) }

    /// A draft's section: its text, the text of each finding's item and of
    /// each highlighted claim.
    struct Section {
      var text: String
      var items: [String]
      var marked: [String]
    }

    /// One `<section>` per draft with findings.
    var sections: [Section] {
      dom.components(separatedBy: "<section").dropFirst().map { html in
        Section(text: Self.visibleText(html), items: html.components(separatedBy: "<li class=\"finding").dropFirst().map(Self.visibleText),
                marked: Self.marked(html))
      }
    }

    /// The text of every `<mark>` (the highlighted claims).
    var marked: [String] { Self.marked(dom) }

    static func marked(_ html: String) -> [String] {
      html.components(separatedBy: "<mark").dropFirst().map { visibleText("<mark" + ($0.components(separatedBy: "</mark>").first ?? "")) }
    }

    /// Tags dropped (Chromium quotes every attribute value with `"` and
    /// escapes `"` inside it, but not `<` or `>`), entities decoded.
    static func visibleText(_ html: String) -> String {
      let body = html.range(of: "<body").map { String(html[$0.lowerBound...]) } ?? html
      var text = ""
      var inTag = false, inQuote = false
      for ch in body {
        if inTag {
          if ch == "\"" { inQuote.toggle() } else if ch == ">" && !inQuote { inTag = false; text += " " }
        } else if ch == "<" {
          inTag = true
        } else {
          text.append(ch)
        }
      }
      text = text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&nbsp;", with: " ").replacing("&quot;", with: "\"").replacing("&amp;", with: "&")
      return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
  }

  enum ChromiumError: Error { case timedOut, failed(Int32, String) }

  /// Runs headless Chromium on `page` with `arguments`; returns its stdout.
  private func runChromium(_ page: URL, _ arguments: [String]) throws -> String {
    let dir = try Factlint.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.chromium!)
    process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + dir.appendingPathComponent("profile").path]
      + arguments + [page.absoluteString]
    var env = ProcessInfo.processInfo.environment
    env["HOME"] = dir.path
    process.environment = env
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning { process.terminate(); process.waitUntilExit(); throw ChromiumError.timedOut }
    try out.close()
    try err.close()
    guard process.terminationStatus == 0 else {
      throw ChromiumError.failed(process.terminationStatus, String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
    return String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
  }

  /// The HTML report of `paths`, written to a file and loaded in Chromium.
  private func render(_ paths: [String], in directory: URL? = nil, screenshot: URL? = nil) throws -> (html: String, page: Page) {
    let result = try Factlint.run(["check", "--format", "html"] + paths, in: directory)
    #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
    let file = try Factlint.temporaryDirectory().appendingPathComponent("report.html")
    try result.stdout.write(to: file, atomically: true, encoding: .utf8)
    if let screenshot {
      try FileManager.default.createDirectory(at: screenshot.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? FileManager.default.removeItem(at: screenshot)
      _ = try runChromium(file, ["--hide-scrollbars", "--window-size=1200,3000", "--screenshot=" + screenshot.path])
    }
    return (result.stdout, Page(dom: try runChromium(file, ["--dump-dom"])))
  }

  /// Checks that the rendered report of `paths` shows every finding of
  /// `--format json` in its draft's section: the claim highlighted, the
  /// sourced value, the message and where it is.
  private func expectEveryFinding(_ paths: [String], in directory: URL? = nil, screenshot: URL? = nil) throws {
    let json = try Factlint.json(try Factlint.run(["check", "--format", "json"] + paths, in: directory).stdout)
    let files = try #require(json["files"] as? [[String: Any]])
    let (html, page) = try render(paths, in: directory, screenshot: screenshot)
    let sections = page.sections

    var total = 0
    for file in files {
      let path = try #require(file["path"] as? String)
      let findings = try #require(file["findings"] as? [[String: Any]])
      total += findings.count
      #expect(page.text.contains(path))
      guard !findings.isEmpty else { continue }
      let matching = sections.filter { $0.text.contains(path) }
      try #require(matching.count == 1, "one section for \(path)")
      let section = matching[0]
      #expect(section.items.count == findings.count, "\(path): one item per finding")
      for finding in findings {
        let claim = try #require(finding["text"] as? String)
        let sourced = try #require((finding["expected"] as? String) ?? (finding["replacement"] as? String), "a sourced value for \(claim)")
        let start = try #require((finding["range"] as? [String: [String: Int]])?["start"])
        let message = try #require(finding["message"] as? String)
        let at = "line \(start["line"]!), column \(start["column"]!)"
        let item = try #require(section.items.first { $0.contains(message) && $0.contains(at) }, "\(path): a finding at \(at) says \(message)")
        #expect(item.contains("Draft says \(claim) "), "\(path): \(claim)")
        #expect(item.contains(" \(sourced) "), "\(path): \(claim) → \(sourced)")
        #expect(section.marked.contains(claim), "\(path): \(claim) highlighted in the draft")
      }
    }
    #expect(total > 0)
    #expect(page.text.contains("\(total) finding\(total == 1 ? "" : "s") in"))
    #expect(sections.flatMap(\.marked).count == total)
    // Self-contained: nothing loaded from elsewhere, no script.
    for fetch in ["<script", "<link", "<img", "src=", "url(", "@import"] { #expect(!html.contains(fetch), "\(fetch)") }
  }

  @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium)"))
  func everyFindingOfTheExamplesAppearsWithItsSourcedValue() throws {
    // Run in `shared/`, so the page shows the paths an editor would know.
    let paths = try FileManager.default.contentsOfDirectory(atPath: Factlint.examples.path)
      .filter { $0.hasSuffix(".md") }.sorted().map { "examples/" + $0 }
    try expectEveryFinding(paths, in: Factlint.shared, screenshot: Self.screenshot)
    let png = try Data(contentsOf: Self.screenshot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG screenshot at \(Self.screenshot.path)")
  }

  @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium)"))
  func everyFindingOfManyDraftsAppearsWithItsSourcedValue() throws {
    // Our labelled drafts and the seed articles: long texts, many findings.
    try expectEveryFinding([Factlint.packageRoot.appendingPathComponent("Tests/Fixtures/drafts").path, Factlint.seeds.path + "/*.txt"])
  }

  @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium)"))
  func draftsAndPathsAreShownAsWrittenNeverAsMarkup() throws {
    let dir = try Factlint.temporaryDirectory()
    let draft = dir.appendingPathComponent("R&D <i>notes \"q\" &amp;.md")
    let heading = "# <script>alert(1)</script> & \"Co\" <!-- not a comment -->"
    try "\(heading)\n\nMuse Spark <b>launched</b> on April 7, 2026 & scored 52 on the Artificial Analysis Intelligence Index.\n"
      .write(to: draft, atomically: true, encoding: .utf8)
    let (html, page) = try render([draft.path])
    #expect(!html.contains("<script>") && !html.contains("<i>") && !html.contains("<b>"), "markup from the draft is escaped")
    #expect(!page.dom.contains("<script") && !page.dom.contains("<i>") && !page.dom.contains("<b>"), "no element made from the draft")
    #expect(page.text.contains(heading), "the draft's text shows as written")
    #expect(page.text.contains("Muse Spark <b>launched</b> on April 7, 2026 1 & scored 52"), "the claim, its finding's number, the rest")
    #expect(page.text.contains(draft.path), "the path shows as written")
    #expect(page.marked == ["April 7, 2026"])
    #expect(page.text.contains("Draft says April 7, 2026 Sourced value April 8, 2026"))
  }

  @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium)"))
  func threeShortDraftsPrintOnAPageOrTwo() throws {
    let dir = try Factlint.temporaryDirectory()
    let facts = dir.appendingPathComponent("story.json")
    try #"""
      {"version": 1, "sources": [{"id": "s1", "title": "Harbour Hall reopens", "publisher": "The Ledger"}],
       "entities": [{"id": "hall", "name": "Harbour Hall", "kind": "organization", "aliases": ["Harbour Hall"]}],
       "facts": [{"id": "hall.seats", "entity": "hall", "attribute": "seats", "cues": ["seats"], "value": {"kind": "count", "text": "1,200"},
                  "citations": [{"source": "s1", "quote": "Harbour Hall seats 1,200"}]}]}
      """#.write(to: facts, atomically: true, encoding: .utf8)
    var drafts: [String] = []
    for n in 1...3 {
      let draft = dir.appendingPathComponent("draft-\(n).md")
      try "# Draft \(n)\n\nThe renovated Harbour Hall seats 1,500 since March.\n".write(to: draft, atomically: true, encoding: .utf8)
      drafts.append(draft.path)
    }
    let report = try Factlint.run(["check", "--format", "html", "--no-default-facts", "--facts", facts.path] + drafts)
    let page = dir.appendingPathComponent("report.html"), pdf = dir.appendingPathComponent("report.pdf")
    try report.stdout.write(to: page, atomically: true, encoding: .utf8)
    _ = try runChromium(page, ["--no-pdf-header-footer", "--print-to-pdf=" + pdf.path])
    // Chromium writes each page as an object of /Type /Page (the tree's root is /Pages).
    let bytes = String(decoding: try Data(contentsOf: pdf), as: Unicode.ASCII.self)
    let pages = bytes.matches(of: /\/Type\s*\/Page[^s]/).count
    // (A page per draft made it four: the summary's, then one for each draft.)
    #expect(pages >= 1 && pages <= 2, "three drafts of a finding each, printed: \(pages) pages")
  }

  @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium)"))
  func cleanDraftsAreSaidToBeClean() throws {
    let dir = try Factlint.temporaryDirectory()
    let clean = dir.appendingPathComponent("clean.md")
    try "# Launch\n\nMuse Spark launched on April 8, 2026, and scored 52 on the Artificial Analysis Intelligence Index.\n"
      .write(to: clean, atomically: true, encoding: .utf8)
    let (_, page) = try render([clean.path])
    #expect(page.text.contains("No findings in 1 draft"), "\(page.text)")
    #expect(page.text.contains("\(clean.path) ✓ clean"))
    #expect(page.sections.isEmpty && page.marked.isEmpty)
  }
}
