import OrgAdvisorRules

extension RuleBaseAudit {
    /// Turns the merged tally of the whole space into findings, matches them with the
    /// rule base's `accept` lines, and reports the `accept` lines that explain nothing.
    public func report(_ tally: AuditTally) -> AuditReport {
        let complete = isComplete
        var findings = ruleFindings(tally) + derivationFindings()
        findings += complete ? formFindings(tally) + tieFindings(tally) : incompleteFindings()
        explain(&findings)
        findings.sort(by: comesBefore)
        var criteria = Set<Int>()
        for component in components { criteria.formUnion(component.criteria) }
        return AuditReport(
            ruleBase: ruleBase, findings: findings, criteria: criteria.sorted(),
            factProfiles: tally.factProfiles, profiles: complete ? tally.profiles : profileCount,
            silentProfiles: tally.silentProfiles, isComplete: complete,
            wins: complete ? tally.wins : [])
    }

    /// A profile of the tally's example, if any.
    private func example(_ found: AuditTally.Example?) -> Profile? {
        found.map { profile(at: $0.position) }
    }

    /// Rules that never fire, and (with the whole space checked) rules that never
    /// change a ranking.
    private func ruleFindings(_ tally: AuditTally) -> [AuditFinding] {
        let complete = isComplete
        let rules = ruleBase.rules
        var findings: [AuditFinding] = []
        let fires: [Bool?] =
            complete ? tally.ruleFires.map { $0 > 0 } : rules.indices.map(canFire)
        for rule in rules {
            if fires[rule.index] == false {
                findings.append(
                    AuditFinding(
                        kind: .neverTrue, subject: .rule(rule.index),
                        message:
                            "rule '\(rule.id)' can never fire: its condition is true in no profile",
                        location: rule.location, length: rule.id.count))
            } else if complete, !tally.ruleChangesRanking[rule.index] {
                let count = tally.ruleFires[rule.index]
                findings.append(
                    AuditFinding(
                        kind: .noEffect, subject: .rule(rule.index),
                        message:
                            "rule '\(rule.id)' never changes a ranking: in \(count == 1 ? "the one profile" : "each of the \(NumberFormatting.grouped(count)) profiles") where it fires, the ranking is the same without its points",
                        location: rule.location, length: rule.id.count,
                        example: example(tally.ruleExample[rule.index]), count: count))
            }
        }
        return findings
    }

    /// Derivations that never apply.
    private func derivationFindings() -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for component in derivationComponents where component.isEnumerated {
            for index in component.derivations where !component.applies.contains(index) {
                let derivation = ruleBase.derivations[index]
                let target = ruleBase.criteria[derivation.target].id
                let why =
                    component.conditionHolds.contains(index)
                    ? "whenever its condition is true, '\(target)' is already given or derived"
                    : "its condition is true in no profile"
                findings.append(
                    AuditFinding(
                        kind: .neverApplies, subject: .derivation(index),
                        message: "derivation '\(derivation.id)' never applies: \(why)",
                        location: derivation.location, length: derivation.id.count))
            }
        }
        return findings
    }

    /// Forms that never win (with the whole space checked).
    private func formFindings(_ tally: AuditTally) -> [AuditFinding] {
        let forms = ruleBase.forms
        var findings: [AuditFinding] = []
        for form in forms where tally.bestRank[form.index] != 1 {
            let best = tally.bestRank[form.index]
            let message =
                best == .max
                ? "form '\(form.id)' never wins: no rule fires in any profile"
                : "form '\(form.id)' never wins: its best rank is \(best) of \(forms.count)"
            findings.append(
                AuditFinding(
                    kind: .neverWins, subject: .form(form.index), message: message,
                    location: form.location,
                    length: form.id.count,
                    example: example(tally.bestRankExample[form.index]),
                    forms: [form.index], bestRank: best == .max ? nil : best))
        }
        return findings
    }

    /// Forms that share the top score (with the whole space checked).
    private func tieFindings(_ tally: AuditTally) -> [AuditFinding] {
        let forms = ruleBase.forms
        var findings: [AuditFinding] = []
        for (tied, tie) in tally.ties {
            let first = forms[tied[0]]
            let names = tied.map { "'\(forms[$0].id)'" }
            let list = names.dropLast().joined(separator: ", ") + " and " + names.last!
            findings.append(
                AuditFinding(
                    kind: .tie, subject: .form(first.index),
                    message:
                        "\(list) share the top score in \(NumberFormatting.grouped(tie.count)) profile\(tie.count == 1 ? "" : "s"); '\(first.id)' is ranked first by declaration order",
                    location: first.location, length: first.id.count,
                    related: tied.dropFirst().map { forms[$0].location },
                    example: profile(at: tie.example.position), count: tie.count, forms: tied))
        }
        return findings
    }

    /// When the space is too large to enumerate: forms that another form always
    /// outscores (ties broken by declaration order), and the note that the space was
    /// too large.
    private func incompleteFindings() -> [AuditFinding] {
        let forms = ruleBase.forms
        var findings: [AuditFinding] = []
        if let lowest = lowestDifferences() {
            for form in forms {
                let ahead = forms.first { other in
                    other.index < form.index
                        ? lowest[other.index][form.index] >= 0
                        : other.index > form.index && lowest[other.index][form.index] > 0
                }
                guard let ahead else { continue }
                let how =
                    ahead.index < form.index
                    ? "scores at least as much in every profile and is declared before it"
                    : "scores more in every profile"
                findings.append(
                    AuditFinding(
                        kind: .neverWins, subject: .form(form.index),
                        message: "form '\(form.id)' never wins: '\(ahead.id)' \(how)",
                        location: form.location, length: form.id.count,
                        related: [ahead.location], forms: [form.index]))
            }
        }
        let size =
            factCount.map { "\(NumberFormatting.grouped($0)) fact profiles" }
            ?? "too many fact profiles"
        findings.append(
            AuditFinding(
                kind: .spaceTooLarge, subject: .ruleBase,
                message:
                    "the space (\(size)) is larger than the limit of \(NumberFormatting.grouped(limit)): rules and derivations were checked one by one over the criteria they read; the no-effect and tie checks did not run, and a form is only found never to win when another always outscores it",
                location: nil))
        return findings
    }

    /// Matches the findings with the `accept` lines that explain them, and adds a
    /// finding for each `accept` line that explains nothing (of what was fully checked).
    private func explain(_ findings: inout [AuditFinding]) {
        let complete = isComplete
        var used = Set<Int>()
        for index in findings.indices {
            let finding = findings[index]
            let subjects: [Acceptance.Subject] =
                finding.kind == .tie ? [finding.subject, .ruleBase] : [finding.subject]
            for subject in subjects {
                if let match = ruleBase.acceptances.firstIndex(where: {
                    $0.kind == finding.kind && $0.subject == subject
                }) {
                    findings[index].acceptance = ruleBase.acceptances[match]
                    used.insert(match)
                    break
                }
            }
        }
        for (index, acceptance) in ruleBase.acceptances.enumerated() where !used.contains(index) {
            // Only what was fully checked can be said to explain nothing.
            let checked: Bool
            switch acceptance.kind {
            case .neverTrue, .neverApplies: checked = true
            default: checked = complete
            }
            guard checked else { continue }
            findings.append(
                AuditFinding(
                    kind: .unusedAccept, subject: acceptance.subject,
                    message:
                        "'accept \(acceptance.kind.rawValue)' on \(describe(acceptance.subject)) explains no finding; remove it",
                    location: acceptance.location, length: "accept".count))
        }
    }

    /// The order of findings: those without a location first, then by place in the rule
    /// base, then by kind, then by forms.
    private func comesBefore(_ lhs: AuditFinding, _ rhs: AuditFinding) -> Bool {
        let order = AuditFinding.Kind.allCases
        switch (lhs.location, rhs.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case (let l?, let r?) where l != r: return position(l) < position(r)
        default: break
        }
        if lhs.kind != rhs.kind {
            return order.firstIndex(of: lhs.kind)! < order.firstIndex(of: rhs.kind)!
        }
        return lhs.forms.lexicographicallyPrecedes(rhs.forms)
    }

    /// A location's place in the rule base: file order, then line and column.
    private func position(_ location: SourceLocation) -> (Int, Int, Int) {
        (ruleBase.paths.firstIndex(of: location.path) ?? -1, location.line, location.column)
    }

    private func describe(_ subject: Acceptance.Subject) -> String {
        switch subject {
        case .ruleBase: return "the rule base"
        case .rule(let index): return "rule '\(ruleBase.rules[index].id)'"
        case .derivation(let index): return "derivation '\(ruleBase.derivations[index].id)'"
        case .form(let index): return "form '\(ruleBase.forms[index].id)'"
        }
    }

    /// Whether a rule fires in some profile, checked over the options of the
    /// components it reads only (the fallback when the whole space is too large);
    /// nil when even those are too many.
    func canFire(_ rule: Int) -> Bool? {
        let read = Set(ruleBase.rules[rule].criteria)
        let involved = components.filter { !read.isDisjoint(with: $0.read) }
        guard involved.allSatisfy({ $0.isEnumerated }) else { return nil }
        var total = 1
        for component in involved {
            let (product, overflow) = total.multipliedReportingOverflow(by: component.options.count)
            if overflow || product > componentLimit { return nil }
            total = product
        }
        var values = [Double](repeating: .nan, count: ruleBase.criteria.count)
        let program = ruleBase.program
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) {
            stack in
            for position in 0..<total {
                var rest = position
                for component in involved.reversed() {
                    let option = component.options[rest % component.options.count]
                    rest /= component.options.count
                    for (offset, criterion) in component.read.enumerated() {
                        values[criterion] = option.facts[offset]
                    }
                }
                let truth = values.withUnsafeMutableBufferPointer { buffer in
                    program.ruleTruth(rule, buffer, stack: stack.baseAddress!)
                }
                if truth == 1 { return true }
            }
            return false
        }
    }
}
