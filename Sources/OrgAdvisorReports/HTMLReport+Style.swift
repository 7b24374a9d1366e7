extension HTMLReport {
    /// A small square in the form's chart colour.
    static func swatch(_ form: Int) -> String {
        "<span class=\"swatch\" style=\"background:\(RankingChartSVG.color(ofForm: form))\"></span>"
    }

    /// The page's style: readable on screen, clean on paper, no outside resource.
    package static let style = """
        :root { --ink: #1d232a; --muted: #5d6773; --line: #d9dee4; --soft: #f3f5f8;
          --accent: #0b5394; color-scheme: light; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: #ffffff; color: var(--ink);
          font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
            Arial, sans-serif; }
        main { max-width: 54rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
        header { border-bottom: 3px solid var(--accent); padding-bottom: 1rem; }
        .kicker { margin: 0; color: var(--muted); text-transform: uppercase;
          letter-spacing: .06em; font-size: .8rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: .2rem 0 .8rem; }
        h1 .winner { color: var(--accent); }
        nav ol { display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; margin: 0; padding: 0;
          list-style: none; counter-reset: part; font-size: .92rem; }
        nav li { counter-increment: part; }
        nav li::before { content: counter(part) ". "; color: var(--muted); }
        nav a { color: var(--accent); text-decoration: none; }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 .8rem; padding-bottom: .25rem;
          border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .5rem; }
        p { margin: .5rem 0; }
        table { width: 100%; border-collapse: collapse; font-size: .93rem; margin: .5rem 0; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .6rem;
          border-bottom: 1px solid var(--line); }
        th { background: var(--soft); font-weight: 600; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .not-given { color: var(--muted); font-size: .93rem; }
        .not-given strong { color: var(--ink); }
        tr.derived td { background: #fbf7e9; }
        tr.first td { font-weight: 600; }
        td.form { white-space: nowrap; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono",
          monospace; font-size: .86em; background: var(--soft); padding: .05rem .3rem;
          border-radius: 3px; }
        td code { color: var(--muted); }
        .badge { display: inline-block; font-size: .75rem; line-height: 1.4; padding: 0 .45rem;
          border-radius: .7rem; background: #f3e3a6; color: #5c4a00; }
        .loc, .calc, .read, .note, figcaption { color: var(--muted); font-size: .87rem; }
        .because { font-size: .87rem; font-style: italic; }
        .recommended { font-size: 1.5rem; margin: .3rem 0; }
        .recommended .winner { font-weight: 700; color: var(--accent); }
        .recommended .score { color: var(--muted); font-size: 1.1rem; margin-left: .4rem; }
        blockquote { margin: .5rem 0; padding: .35rem .9rem; border-left: 3px solid var(--line);
          background: var(--soft); font-style: italic; }
        figure { margin: .5rem 0 1rem; }
        svg { max-width: 100%; height: auto; }
        ol.rules { padding-left: 1.4rem; }
        ol.rules > li { margin-bottom: 1.1rem; }
        ol.rules p { margin: .15rem 0; }
        ul.points { display: flex; flex-wrap: wrap; gap: .2rem 1.1rem; list-style: none;
          margin: .25rem 0; padding: 0; font-size: .93rem; }
        ul.points li.minus strong { color: #a4262c; }
        ul.points li.plus strong { color: #1b6e3a; }
        .swatch { display: inline-block; width: .75rem; height: .75rem; border-radius: 2px;
          vertical-align: -.05rem; }
        ul.effects li, ul.advice li { margin-bottom: .4rem; }
        ul.advice { padding-left: 1.2rem; }
        .advice-title { margin-bottom: 0; }
        footer { margin-top: 3rem; padding-top: .8rem; border-top: 1px solid var(--line);
          color: var(--muted); font-size: .85rem; }
        @media print {
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          nav { display: none; }
          h2, h3 { break-after: avoid; }
          figure, tr, ol.rules > li, ul.advice > li { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """
}
