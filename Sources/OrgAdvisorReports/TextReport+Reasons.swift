import OrgAdvisorEngine
import OrgAdvisorRules

/// The reasons of a text report: why the leader leads (or the tied forms share the top),
/// and every rule's outcome for `--explain=full|fails`.
extension TextReport {
    /// Why the leader leads (for a tie, why each tied form is at the top); nothing when no
    /// criterion is given.
    func why(_ evaluation: Evaluation) -> String {
        switch evaluation.status {
        case .nothingGiven:
            return ""
        case .tie:
            let rules = evaluation.ruleBase
            let names = RecommendationHeadline.list(
                evaluation.tiedAtTop.map { rules.forms[$0].label.text(language) },
                and: strings.and)
            var out =
                paint(
                    String(
                        wrap(
                            ReportStrings.fill(strings.whyTied, names) + colon, indent: 0,
                            hanging: 2
                        )
                        .dropLast()), "1") + "\n"
            guard evaluation.topFormsHaveReasons else {
                return out + wrap(strings.noneFired, indent: 2) + "\n"
            }
            for form in evaluation.tiedAtTop {
                out += "  " + rules.forms[form].label.text(language) + colon + "\n"
                out += reasons(for: form, evaluation, indent: 2)
            }
            return out + "\n"
        case .decided, .provisional:
            let leader = evaluation.ranking[0]
            let label = evaluation.ruleBase.forms[leader].label.text(language)
            let out = paint(ReportStrings.fill(strings.why, label) + colon, "1") + "\n"
            return out + reasons(for: leader, evaluation, indent: 0) + "\n"
        }
    }

    /// The rules that gave a form points, the largest first.
    func reasons(for form: Int, _ evaluation: Evaluation, indent: Int) -> String {
        guard let trace = evaluation.trace else { return "" }
        let label = evaluation.ruleBase.forms[form].label.text(language)
        // The rules' traces by index (a loop over them would copy each).
        let traced = trace.rules
        var reasons: [(entry: Int, contribution: Contribution)] = []
        for index in traced.indices where traced[index].outcome == .true {
            if let contribution = traced[index].contributions.first(where: {
                $0.form == form && $0.score != .zero
            }) {
                reasons.append((index, contribution))
            }
        }
        reasons.sort { lhs, rhs in
            lhs.contribution.score.micro.magnitude != rhs.contribution.score.micro.magnitude
                ? lhs.contribution.score.micro.magnitude > rhs.contribution.score.micro.magnitude
                : traced[lhs.entry].rule < traced[rhs.entry].rule
        }
        if reasons.isEmpty {
            return wrap(ReportStrings.fill(strings.nothingFired, label), indent: 2 + indent)
        }
        // Written as UTF-8 into one buffer, each reason's first line in another kept from
        // one reason to the next: a report of a large rule base has hundreds of reasons.
        var out: [UInt8] = []
        out.reserveCapacity(reasons.count * 128)
        var line: [UInt8] = []
        let weight = strings.weight
        for (entry, contribution) in reasons {
            appendReason(
                traced[entry].rule, reads: traced[entry].reads, contribution, evaluation,
                indent: indent, weight: weight, line: &line, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one reason to `out`: the points, what `rule` read (`reads`), its weight
    /// times its points and where it is written, then its explanation. `weight` is the
    /// word for the weight; `line` is scratch space.
    func appendReason(
        _ rule: Int, reads: [ReadTrace], _ contribution: Contribution, _ evaluation: Evaluation,
        indent: Int, weight: String, line: inout [UInt8], to out: inout [UInt8]
    ) {
        let rules = evaluation.ruleBase.rules
        let score = contribution.score.signedDescription
        line.removeAll(keepingCapacity: true)
        line.append(utf8: contribution.score > .zero ? paint(score, "32") : paint(score, "31"))
        line.append(UInt8(ascii: " "))
        evaluation.ruleBase.appendReadsText(
            reads, in: language, derivedSuffix: "*", to: &line)
        line.append(utf8: " (")
        line.append(utf8: weight)
        line.append(UInt8(ascii: " "))
        line.append(utf8: contribution.weight.description)
        line.append(utf8: " × ")
        line.append(utf8: contribution.points.signedDescription)
        line.append(utf8: ") ")
        let location = rules[rule].location
        paint("2", into: &line) { location.appendPathAndLine(to: &$0) }
        wrap(line, indent: indent + 2 + max(0, 4 - score.count), hanging: indent + 8, into: &out)
        rules[rule].withBecauseUTF8(in: language) { wrap($0, indent: indent + 8, into: &out) }
    }

    /// Every rule's outcome (`--explain=full`), or only those that did not fire
    /// (`--explain=fails`): its mark, id and place, its condition and what decided it, the
    /// values it read and its points. Written as UTF-8 into one buffer, as the reasons
    /// are: with thousands of rules, this is most of the report.
    func allRules(_ evaluation: Evaluation, onlyFails: Bool) -> String {
        let ruleBase = evaluation.ruleBase
        guard let trace = evaluation.trace else { return "" }
        let strings = self.strings
        let space = UInt8(ascii: " ")
        let newline = UInt8(ascii: "\n")
        var out: [UInt8] = []
        out += paint((onlyFails ? strings.failsHeading : strings.rules) + colon, "1").utf8
        out.append(newline)
        let rules = ruleBase.rules
        let traced = trace.rules
        let marks = (fired: paint("✓", "32"), notFired: paint("✗", "31"), unknown: paint("?", "33"))
        var line: [UInt8] = []
        var shown = 0
        // The rules' traces by index (a loop over them would copy each).
        for index in traced.indices where !(onlyFails && traced[index].outcome == .true) {
            shown += 1
            let outcome = traced[index].outcome
            let rule = traced[index].rule
            let mark: String
            let outcomeText: String
            switch outcome {
            case .true:
                mark = marks.fired
                outcomeText = strings.fired
            case .false:
                mark = marks.notFired
                outcomeText = strings.notFired
            case .unknown:
                mark = marks.unknown
                outcomeText = strings.unknown
            }
            out += "  ".utf8
            out += mark.utf8
            out.append(space)
            out += rules[rule].id.utf8
            out += "  ".utf8
            out += paint(rules[rule].location.pathAndLine, "2").utf8
            out.append(newline)
            let source = rules[rule].condition.source.text
            line.removeAll(keepingCapacity: true)
            line += "when ".utf8
            line += source.utf8
            line += " → ".utf8
            line += outcomeText.utf8
            if outcome != .true, traced[index].decidingClause.text != source {
                line += colon.utf8
                line.append(space)
                line += traced[index].decidingClause.text.utf8
            }
            if outcome == .unknown {
                line += " (".utf8
                line += strings.unknownBecause.utf8
                line += ")".utf8
            }
            wrap(line, indent: 6, hanging: 8, into: &out)
            line.removeAll(keepingCapacity: true)
            ruleBase.appendReadsText(
                traced[index].reads, in: language, derivedSuffix: "*", to: &line)
            wrap(line, indent: 6, hanging: 8, into: &out)
            line.removeAll(keepingCapacity: true)
            for (position, contribution) in traced[index].contributions.enumerated() {
                if position > 0 { line += ", ".utf8 }
                line += ruleBase.forms[contribution.form].id.utf8
                line.append(space)
                line += contribution.weight.description.utf8
                line += " × ".utf8
                line += contribution.points.signedDescription.utf8
                if outcome == .true {
                    line += " = ".utf8
                    line += contribution.score.signedDescription.utf8
                }
            }
            wrap(line, indent: 6, into: &out)
        }
        if shown == 0 {
            out += "  ".utf8
            out += strings.noFails.utf8
            out.append(newline)
        }
        out.append(newline)
        return String(decoding: out, as: UTF8.self)
    }
}
