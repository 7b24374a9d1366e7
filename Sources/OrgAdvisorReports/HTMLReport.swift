import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders an evaluation as one self-contained HTML5 page for a course: the profile,
/// the recommendation, the ranking as an inline SVG chart, the explanation of every
/// rule that fired, what the criteria not given could change, the what-if and the
/// advice, then any sections the caller appends (a decision map, for example).
///
/// The page needs nothing outside itself: the style is inline, the chart is inline
/// SVG, and there is no script, image, font or link to another file. Every text from
/// the rule base is escaped, and the page is also well-formed XML (polyglot markup), so
/// tools can parse it. The same evaluation gives byte-identical output.
///
/// ```swift
/// let evaluation = rules.evaluate(profile)
/// var report = HTMLReport(language: .french)
/// report.sections.append(
///     ReportSection(id: "decision-map", title: "Carte", fragment: svg, caption: "…"))
/// let page = report.render(
///     evaluation, effects: rules.unknownCriterionEffects(of: evaluation),
///     whatIf: rules.whatIf(profile))
/// ```
public struct HTMLReport: Sendable {
    /// The language of the page.
    public var language: Language
    /// Sections appended after the built-in ones, in order, each listed in the contents.
    public var sections: [ReportSection]
    /// Who reads the page: a student's page leaves out rule ids, file paths and lines,
    /// and the fingerprint (``ReportAudience``).
    public var audience: ReportAudience

    /// Creates a renderer.
    public init(
        language: Language, sections: [ReportSection] = [], audience: ReportAudience = .teacher
    ) {
        self.language = language
        self.sections = sections
        self.audience = audience
    }

    /// A copy with one more section at the end.
    public func appending(_ section: ReportSection) -> HTMLReport {
        var copy = self
        copy.sections.append(section)
        return copy
    }

    /// The page, ending with a newline. The explanation comes with the evaluation's
    /// trace (`evaluate(_:trace: true)`, the default). `effects` is what the criteria
    /// not given could each change (`ruleBase.unknownCriterionEffects(of: evaluation)`)
    /// and `whatIf` the what-if of the evaluation's profile
    /// (`ruleBase.whatIf(evaluation.profile)`): the renderer computes nothing.
    public func render(
        _ evaluation: Evaluation, effects: [UnknownCriterionEffect], whatIf: WhatIf
    ) -> String {
        let content = CoursePageContent(
            evaluation, effects: effects, whatIf: whatIf, language: language)
        let page = CoursePageStrings.of(language)
        let e = HTMLText.escape
        let title = ReportStrings.fill(
            page.pageTitle, content.headline.shortText(colon: content.colon))
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"generator\" content=\"orgadvisor\"/>\n"
        out += "<title>\(e(title))</title>\n<style>\n\(Self.style)</style>\n</head>\n<body>\n"
        out += "<main>\n" + body(content, idPrefix: "") + "</main>\n</body>\n</html>\n"
        return FrenchTypography.typeset(out, french: language == .french)
    }

    /// The page's content, from its header to its footer: the part between `<main>` and
    /// `</main>` in ``render(_:effects:whatIf:)``, and inside the fragment's `<div>`.
    /// Section ids start with `idPrefix`, and so do the contents' links to them.
    func body(_ content: CoursePageContent, idPrefix: String) -> String {
        let rules = content.evaluation.ruleBase
        let strings = ReportStrings.of(language)
        let page = CoursePageStrings.of(language)
        let e = HTMLText.escape
        let headline = content.headline
        let builtIn: [(id: String, title: String, body: String)] = [
            ("profile", strings.profile, profileSection(content)),
            ("recommendation", page.recommendation, recommendationSection(content)),
            ("ranking", strings.ranking, rankingSection(content)),
            ("explanation", page.explanation, explanationSection(content)),
            ("unknown", page.unknowns, unknownSection(content)),
            ("what-if", page.whatIf, whatIfSection(content)),
            ("advice", strings.advice, adviceSection(content)),
        ]
        let extra = sections.map { section in
            var body = "<figure>\n\(section.inlineFragment)\n"
            if let caption = section.caption {
                body += "<figcaption>\(e(caption))</figcaption>\n"
            }
            return (id: "extra-" + section.anchor, title: section.title, body: body + "</figure>\n")
        }
        let all = builtIn + extra
        var out = "<header>\n"
        if let ruleBaseTitle = rules.title {
            out += "<p class=\"kicker\">\(e(ruleBaseTitle.text(language)))</p>\n"
        }
        out += "<h1>\(e(headline.title))\(content.colon) "
        out +=
            headline.form != nil
            ? "<span class=\"winner\">\(e(headline.subject))</span></h1>\n"
            : "\(e(headline.subject))</h1>\n"
        out += "<nav aria-label=\"\(e(page.contents))\"><ol>\n"
        for section in all {
            out += "<li><a href=\"#\(idPrefix)\(section.id)\">\(e(section.title))</a></li>\n"
        }
        out += "</ol></nav>\n</header>\n"
        for section in all {
            out += "<section id=\"\(idPrefix)\(section.id)\">\n<h2>\(e(section.title))</h2>\n"
            out += section.body + "</section>\n"
        }
        out += "<footer>\(e(page.generated)) <strong>\(e(rules.name))</strong> "
        out += e(rules.version)
        if audience.showsSources { out += " (\(e(rules.fingerprint)))" }
        return out + "</footer>\n"
    }

    // MARK: Sections

    private func profileSection(_ content: CoursePageContent) -> String {
        let strings = ReportStrings.of(language)
        let page = CoursePageStrings.of(language)
        let e = HTMLText.escape
        var out = ""
        let known = content.profile.filter {
            if case .unknown = $0.source { return false }
            return true
        }
        if !known.isEmpty {
            out += "<table class=\"profile\">\n<thead><tr><th>\(e(strings.criterion))</th>"
            out += "<th>\(e(strings.value))</th><th>\(e(strings.source))</th></tr></thead>\n"
            out += "<tbody>\n"
        }
        for row in known {
            let label = e(row.criterion.label.text(language))
            let id = "<code>\(e(row.criterion.id))</code>"
            if case .derived(let derivation) = row.source {
                out += "<tr class=\"derived\"><td>\(label) \(id)</td><td>\(e(row.value))"
                out += " <span class=\"badge\">\(e(page.derivedMark))</span></td>"
                out += "<td>\(e(strings.derived)) (\(e(strings.from)) "
                out += "<code>\(e(derivation.condition.source.text))</code>)"
                if audience.showsSources {
                    out += " <span class=\"loc\">\(e(derivation.location.pathAndLine))</span>"
                }
                if let because = derivation.because {
                    out += "<br/><span class=\"because\">\(e(because.text(language)))</span>"
                }
                out += "</td></tr>\n"
            } else {
                out += "<tr class=\"given\"><td>\(label) \(id)</td><td>\(e(row.value))</td>"
                out += "<td>\(e(strings.given))</td></tr>\n"
            }
        }
        if !known.isEmpty { out += "</tbody>\n</table>\n" }
        let unknown = content.profile.filter {
            if case .unknown = $0.source { return true }
            return false
        }
        if !unknown.isEmpty {
            out += "<p class=\"not-given\"><strong>\(e(strings.notGiven))</strong>\(content.colon) "
            out += unknown.map { row in
                "\(e(row.criterion.label.text(language))) <code>\(e(row.criterion.id))</code>"
            }.joined(separator: ", ")
            out += "</p>\n"
        }
        return out
    }

    private func recommendationSection(_ content: CoursePageContent) -> String {
        let evaluation = content.evaluation
        let rules = evaluation.ruleBase
        let strings = ReportStrings.of(language)
        let page = CoursePageStrings.of(language)
        let e = HTMLText.escape
        let headline = content.headline
        let winner = rules.forms[evaluation.ranking[0]]
        var out = "<p class=\"recommended status-\(evaluation.status.rawValue)\">"
        out += "\(e(headline.title))\(content.colon) "
        if headline.form != nil {
            out += "<span class=\"winner\">\(e(headline.subject))</span> "
            out +=
                "<span class=\"score\">\(evaluation.scores[winner.index].signedDescription)</span>"
        } else {
            out += e(headline.subject)
        }
        out += "</p>\n"
        if !headline.stillPossible.isEmpty {
            out += "<p class=\"note\">\(e(strings.stillPossible))\(content.colon) "
            out += "\(e(headline.stillPossible.joined(separator: ", ")))"
            out += "\(e(headline.stillPossibleMark))</p>\n"
        }
        if let next = headline.nextQuestion {
            out += "<p class=\"note next-question\">\(e(strings.nextQuestion))\(content.colon) "
            out += "\(e(next.text)) (<code>\(e(next.criterion))</code>)</p>\n"
        }
        let description = winner.description.text(language)
        if headline.form != nil && !description.isEmpty {
            out += "<p class=\"lead-in\">\(e(page.courseDescription))\(content.colon)</p>\n"
            out += "<blockquote>\(e(description))</blockquote>\n"
        }
        switch evaluation.status {
        case .decided: out += "<p class=\"note\">\(e(page.stable))</p>\n"
        case .provisional: out += "<p class=\"note\">\(e(page.mayChange))</p>\n"
        case .tie, .nothingGiven: break
        }
        return out
    }

    private func rankingSection(_ content: CoursePageContent) -> String {
        let evaluation = content.evaluation
        let strings = ReportStrings.of(language)
        let page = CoursePageStrings.of(language)
        let e = HTMLText.escape
        var out = "<figure class=\"chart\">\n"
        out += RankingChartSVG(language: language).render(evaluation) + "\n"
        out += "<figcaption>\(e(page.chartCaption))</figcaption>\n</figure>\n"
        out += "<table class=\"ranking\">\n<thead><tr><th class=\"num\">#</th>"
        out += "<th>\(e(strings.form))</th><th class=\"num\">\(e(strings.score))</th>"
        out += "<th class=\"num\">\(e(strings.range))</th></tr></thead>\n<tbody>\n"
        for (position, form) in evaluation.ranking.enumerated() {
            let bounds = evaluation.bounds[form]
            out += position == 0 ? "<tr class=\"first\">" : "<tr>"
            out += "<td class=\"num\">\(position + 1)</td><td>\(Self.swatch(form)) "
            out += "\(e(content.label(form)))</td>"
            out += "<td class=\"num\">\(evaluation.scores[form].signedDescription)</td>"
            out += "<td class=\"num\">\(bounds.lowerBound) … \(bounds.upperBound)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if !evaluation.boundsAreExact {
            out += "<p class=\"note\">\(e(strings.notExact))</p>\n"
        }
        return out
    }

    private func explanationSection(_ content: CoursePageContent) -> String {
        let rules = content.evaluation.ruleBase
        let strings = ReportStrings.of(language)
        let page = CoursePageStrings.of(language)
        let e = HTMLText.escape
        guard !content.fired.isEmpty else {
            return "<p>\(e(page.noRuleFired))</p>\n"
        }
        var out = "<p>\(e(page.explanationIntro))</p>\n<ol class=\"rules\">\n"
        for fired in content.fired {
            out +=
                "<li>\n<p class=\"rule-head\"><code>\(e(fired.rule.condition.source.text))</code>"
            if audience.showsSources {
                out += " <span class=\"loc\">\(e(fired.rule.id)) · "
                out += "\(e(fired.rule.location.pathAndLine))</span>"
            }
            out += "</p>\n"
            out += "<p class=\"read\">\(e(page.valuesRead))\(content.colon) \(e(fired.reads))</p>\n"
            out += "<ul class=\"points\">\n"
            for contribution in fired.contributions {
                let sign = contribution.score.micro > 0 ? "plus" : "minus"
                out += "<li class=\"\(sign)\">\(Self.swatch(contribution.form)) "
                out += "\(e(rules.forms[contribution.form].label.text(language))) "
                out += "<strong>\(contribution.score.signedDescription)</strong> "
                out += "<span class=\"calc\">(\(e(strings.weight)) \(contribution.weight) × "
                out += "\(contribution.points.signedDescription))</span></li>\n"
            }
            out += "</ul>\n"
            out += "<blockquote>\(e(fired.rule.because.text(language)))</blockquote>\n</li>\n"
        }
        return out + "</ol>\n"
    }

    private func unknownSection(_ content: CoursePageContent) -> String {
        let evaluation = content.evaluation
        let rules = evaluation.ruleBase
        let strings = ReportStrings.of(language)
        let e = HTMLText.escape
        guard !evaluation.unknownCriteria.isEmpty else {
            return "<p>\(e(strings.allGiven))</p>\n"
        }
        var out = "<p>\(e(strings.notGiven))\(content.colon) "
        out += evaluation.unknownCriteria.map { e(rules.criteria[$0].label.text(language)) }
            .joined(separator: ", ")
        out += "</p>\n"
        guard evaluation.winnerCouldChange else {
            return out + "<p>\(e(strings.cannotChange))</p>\n"
        }
        let others = evaluation.otherPossibleWinners
        out += "<p>\(e(strings.couldStillWin))\(content.colon) "
        out += others.map { e(content.label($0)) }.joined(separator: ", ") + "</p>\n"
        out += "<ul class=\"effects\">\n"
        for effect in content.effects {
            out += "<li>\(e(effect.text)) <code>\(e(effect.code))</code> "
            out += e(ReportStrings.fill(strings.wouldMakeLead, content.label(effect.newWinner)))
            out += " (\(effect.score.signedDescription))</li>\n"
        }
        return out + "</ul>\n"
    }

    private func whatIfSection(_ content: CoursePageContent) -> String {
        let page = CoursePageStrings.of(language)
        let e = HTMLText.escape
        var out = "<p>\(e(page.whatIfIntro))</p>\n"
        for (title, rows) in [
            (page.oneCriterion, content.single), (page.twoCriteria, content.pairs),
        ] {
            out += "<h3>\(e(title))</h3>\n"
            guard !rows.isEmpty else {
                out += "<p class=\"note\">\(e(page.none))</p>\n"
                continue
            }
            out += "<table class=\"what-if\">\n<thead><tr><th>\(e(page.change))</th>"
            out += "<th>\(e(page.newRecommendation))</th>"
            out += "<th class=\"num\">\(e(ReportStrings.of(language).score))</th></tr></thead>\n"
            out += "<tbody>\n"
            for row in rows {
                let change = row.parts.map(e).joined(separator: "<br/>\(e(row.and)) ")
                out += "<tr><td>\(change)<br/><code>\(e(row.code))</code></td>"
                out += "<td class=\"form\">\(Self.swatch(row.newWinner)) "
                out += "\(e(content.label(row.newWinner)))</td>"
                out += "<td class=\"num\">\(row.score.signedDescription)</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out
    }

    private func adviceSection(_ content: CoursePageContent) -> String {
        let evaluation = content.evaluation
        let rules = evaluation.ruleBase
        let e = HTMLText.escape
        guard !evaluation.advice.isEmpty else {
            return "<p class=\"note\">\(e(CoursePageStrings.of(language).none))</p>\n"
        }
        var out = "<ul class=\"advice\">\n"
        for index in evaluation.advice {
            let item = rules.advice[index]
            out += "<li><p class=\"advice-title\"><strong>\(e(item.title.text(language)))</strong>"
            if audience.showsSources {
                out += " <span class=\"loc\">\(e(item.location.pathAndLine))</span>"
            }
            out += "</p>\n"
            out += "<p>\(e(item.text.text(language)))</p></li>\n"
        }
        return out + "</ul>\n"
    }
}
