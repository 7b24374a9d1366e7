import OrgAdvisorEngine
import OrgAdvisorRules

extension MarkdownReport {
    /// The course page in Markdown: the report (recommendation, profile, ranking,
    /// what is not known, advice) with the ranking chart, every rule that fired, the
    /// what-if, and `sections` appended before the rule base line.
    ///
    /// The chart is the inline SVG of ``RankingChartSVG``, in an HTML block: Markdown
    /// renderers that build HTML pages (Pandoc, MkDocs, Hugo, Jekyll) keep it, and one
    /// that strips HTML (GitHub) loses only the picture, since the ranking table above
    /// it has every number. The rules that fired come with the evaluation's trace;
    /// `effects` and `whatIf` are the analyses of its profile that the page shows
    /// (`ruleBase.unknownCriterionEffects(of: evaluation)`,
    /// `ruleBase.whatIf(evaluation.profile)`), as for ``HTMLReport``.
    public func renderCoursePage(
        _ evaluation: Evaluation, effects: [UnknownCriterionEffect], whatIf: WhatIf,
        sections: [ReportSection] = []
    ) -> String {
        let content = CoursePageContent(
            evaluation, effects: effects, whatIf: whatIf, language: language)
        return render(
            evaluation, effects: effects, headline: content.headline, coursePage: content,
            sections: sections)
    }

    func chart(_ content: CoursePageContent) -> String {
        let caption = HTMLText.escape(CoursePageStrings.of(language).chartCaption)
        return "<figure>\n"
            + MarkdownReport.htmlBlock(
                RankingChartSVG(language: language).render(content.evaluation))
            + "\n<figcaption>\(caption)</figcaption>\n</figure>\n\n"
    }

    /// HTML for an HTML block: its blank lines removed, since a blank line ends an HTML
    /// block in Markdown and would turn the rest (text from the rules included) into
    /// Markdown.
    static func htmlBlock(_ html: String) -> String {
        html.split(separator: "\n").filter { !$0.allSatisfy { $0.isWhitespace } }.joined(
            separator: "\n")
    }

    func explanation(_ content: CoursePageContent) -> String {
        let rules = content.evaluation.ruleBase
        let page = CoursePageStrings.of(language)
        let strings = ReportStrings.of(language)
        let e = MarkdownReport.escape
        var out = "### \(e(page.explanation))\n\n"
        guard !content.fired.isEmpty else { return out + e(page.noRuleFired) + "\n\n" }
        out += e(page.explanationIntro) + "\n\n"
        for (number, fired) in content.fired.enumerated() {
            let points = fired.contributions.map { contribution in
                "\(e(rules.forms[contribution.form].label.text(language))) "
                    + "**\(contribution.score.signedDescription)** (\(strings.weight) "
                    + "\(contribution.weight) × \(contribution.points.signedDescription))"
            }.joined(separator: ", ")
            // Continuation lines are indented to the item's text, or they leave the list.
            let marker = "\(number + 1). "
            let indent = String(repeating: " ", count: marker.count)
            let condition = MarkdownReport.code(fired.rule.condition.source.text, inTable: false)
            out += "\(marker)\(condition): \(points)\\\n"
            out += "\(indent)\(e(page.valuesRead))\(content.colon) \(e(fired.reads))"
            if audience.showsSources {
                out += "; \(e(fired.rule.id)), \(e(fired.rule.location.pathAndLine))"
            }
            out += "\n\n"
            out += "\(indent)> \(e(fired.rule.because.text(language)))\n\n"
        }
        return out
    }

    func whatIf(_ content: CoursePageContent) -> String {
        let page = CoursePageStrings.of(language)
        let e = MarkdownReport.escape
        var out = "### \(e(page.whatIf))\n\n\(e(page.whatIfIntro))\n\n"
        for (title, rows) in [
            (page.oneCriterion, content.single), (page.twoCriteria, content.pairs),
        ] {
            out += "#### \(e(title))\n\n"
            guard !rows.isEmpty else {
                out += "_\(e(page.none))_\n\n"
                continue
            }
            out += "| \(e(page.change)) | \(e(page.newRecommendation)) | "
            out += "\(e(ReportStrings.of(language).score)) |\n|---|---|---:|\n"
            for row in rows {
                out += "| \(e(row.text)) (\(MarkdownReport.code(row.code))) "
                out += "| \(e(content.label(row.newWinner))) "
                out += "| \(row.score.signedDescription) |\n"
            }
            out += "\n"
        }
        return out
    }

    /// An appended section: its fragment as an HTML block.
    func extra(_ section: ReportSection) -> String {
        var out = "### \(MarkdownReport.escape(section.title))\n\n<figure>\n"
        out += MarkdownReport.htmlBlock(section.inlineFragment)
        if let caption = section.caption {
            out += "\n<figcaption>\(HTMLText.escape(caption))</figcaption>"
        }
        return out + "\n</figure>\n\n"
    }
}
