/// The stylesheet of the HTML report, inlined in the page so it needs nothing
/// from the network; system fonts only.
enum HTMLStyle {
  static let css = """
    :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --paper: #ffffff;
      --error: #b42318; --error-bg: #fde4e1; --warning: #8a5300; --warning-bg: #fff0c2;
      --info: #175cd3; --info-bg: #e0ebff; --ok: #1a7f37; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #f3f4f6; color: var(--ink);
      font: 17px/1.6 Charter, "Bitstream Charter", Georgia, "DejaVu Serif", serif; }
    main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
    h1, h2, h3, table, .label, .badge, .where, .num, .cite, .fact, .lede, .clean-note, footer, dt {
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
    h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.25rem; margin: 0; word-break: break-all; }
    h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 1.5rem 0 .5rem; }
    .lede { font-size: 1.1rem; margin: 0 0 1.25rem; color: var(--muted); }
    .lede strong { color: var(--ink); }
    .card { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 1.25rem 1.5rem; margin: 0 0 1.5rem; }
    table { border-collapse: collapse; width: 100%; font-size: .95rem; }
    th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
    td.count { text-align: right; font-variant-numeric: tabular-nums; width: 6rem; }
    td.path { word-break: break-all; }
    a { color: var(--info); }
    .ok { color: var(--ok); font-weight: 600; }
    .badge { display: inline-block; font-size: .75rem; font-weight: 700; letter-spacing: .03em; text-transform: uppercase;
      padding: .05rem .5rem; border-radius: 999px; border: 1px solid currentColor; }
    .badge.error { color: var(--error); background: var(--error-bg); }
    .badge.warning { color: var(--warning); background: var(--warning-bg); }
    .badge.information, .badge.hint { color: var(--info); background: var(--info-bg); }
    .draft-head { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap;
      border-bottom: 1px solid var(--line); padding-bottom: .6rem; }
    .draft-head .count { color: var(--muted); font-family: system-ui, sans-serif; font-size: .95rem; white-space: nowrap; }
    .text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; padding: 1rem 1.25rem; background: #fbfbfc;
      border-left: 4px solid var(--line); border-radius: 4px; }
    mark { border-radius: 3px; padding: 0 .1em; color: inherit; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    mark.error { background: var(--error-bg); box-shadow: inset 0 -2px 0 var(--error); }
    mark.warning { background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning); }
    mark.information, mark.hint { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
    sup a { text-decoration: none; font-family: system-ui, sans-serif; font-weight: 700; font-size: .75em; padding-left: .1em; }
    ol.findings { list-style: none; margin: 0; padding: 0; }
    .finding { border: 1px solid var(--line); border-left-width: 5px; border-radius: 6px; padding: .7rem 1rem; margin: 0 0 .8rem;
      break-inside: avoid; page-break-inside: avoid; }
    .finding.error { border-left-color: var(--error); }
    .finding.warning { border-left-color: var(--warning); }
    .finding.information, .finding.hint { border-left-color: var(--info); }
    .finding-head { display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; }
    .num { font-weight: 700; text-decoration: none; color: var(--ink); min-width: 1.5rem; }
    .where { color: var(--muted); font-size: .9rem; }
    .message { margin: .3rem 0 .5rem; font-size: 1.05rem; font-weight: 600; }
    dl.values { display: grid; grid-template-columns: 9.5rem 1fr; gap: .15rem 1rem; margin: 0 0 .6rem; }
    dt { color: var(--muted); font-size: .85rem; padding-top: .15rem; }
    dd { margin: 0; }
    .claim.wrong { text-decoration: line-through; text-decoration-color: var(--error); }
    .sourced { font-weight: 700; color: var(--ok); }
    .quotes { list-style: none; margin: 0; padding: 0; }
    .quotes li { margin: .45rem 0 0; }
    blockquote { margin: 0; padding: 0 0 0 1rem; border-left: 3px solid var(--line); font-style: italic; font-size: .97rem; }
    .cite { margin: .1rem 0 0 1rem; font-size: .82rem; line-height: 1.45; color: var(--muted); }
    .cite code { white-space: nowrap; }
    .cite cite { font-style: normal; color: var(--ink); font-weight: 600; }
    .fact { font-size: .8rem; color: var(--muted); margin: .6rem 0 0; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; }
    .clean-note { color: var(--ok); font-weight: 600; margin: .8rem 0 0; }
    footer { color: var(--muted); font-size: .8rem; text-align: center; }
    dl.provenance { display: grid; grid-template-columns: 6.5rem 1fr; gap: .2rem 1rem; margin: 0 0 1rem; font-size: .9rem; }
    dl.provenance dd { margin: 0; }
    ul.sources { margin: 0; padding: 0 0 0 1.1rem; }
    ul.sources li { margin: 0 0 .15rem; overflow-wrap: anywhere; }
    ul.sources cite { font-style: normal; font-weight: 600; }
    /* Printed, drafts follow one another (no page each) in a smaller type, so
       a few short drafts take a page or two, not one page each. */
    @page { margin: 1.5cm; }
    @media print {
      body { background: none; font-size: 9.5pt; line-height: 1.4; }
      main { max-width: none; padding: 0; }
      .card { border: none; padding: 0; margin-bottom: .8rem; }
      .draft { border-top: 1px solid var(--line); padding-top: .6rem; }
      h1 { font-size: 1.4rem; }
      h2 { font-size: 1.05rem; }
      h3 { margin: .7rem 0 .3rem; }
      .lede { margin-bottom: .6rem; }
      .text { background: none; padding: .3rem .6rem; }
      .finding { padding: .35rem .6rem; margin-bottom: .4rem; }
      .message { margin: .15rem 0 .25rem; font-size: 1rem; }
      /* A finding's values on one line, each quote with its source on one. */
      dl.values { display: flex; flex-wrap: wrap; gap: 0 .35rem; margin-bottom: .2rem; }
      dl.values dt { padding-top: 0; }
      dl.values dt::after { content: ":"; }
      dl.values dd { margin-right: .8rem; }
      .quotes li { margin-top: .15rem; }
      .quotes blockquote, .quotes .cite { display: inline; margin: 0; }
      /* Ids are for tools: the printed page names sources by title. */
      .fact, .cite .source-id { display: none; }
      .draft h3 { display: none; }
      .draft .text { margin: .3rem 0; }
      th, td { padding: .2rem .4rem; }
      a { color: inherit; text-decoration: none; }
      .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
