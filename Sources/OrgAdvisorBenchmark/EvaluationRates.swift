import OrgAdvisor

/// In-process evaluations per second of a rule base on one core, without and with
/// trace and analysis, printed with `label`.
func evaluationRates(_ rules: RuleBase, label: String) {
    let sample = profiles(rules, count: 10_000)
    var scores: [Score] = []
    var checksum: Int64 = 0
    let plain = measure(seconds: quick ? 0.3 : 1) {
        for profile in sample {
            rules.score(profile, into: &scores)
            checksum &+= scores[0].micro
        }
    }
    // One profile after another until the time is up (one profile can take long).
    var evaluated = 0
    let start = now()
    repeat {
        checksum &+= rules.evaluate(sample[evaluated % sample.count], trace: true).scores[0].micro
        evaluated += 1
    } while now() - start < (quick ? 0.3 : 1)
    let traced = (now() - start) / Double(evaluated) * 1000
    print(
        "\(label): \(format(Double(sample.count) / plain / 1e6, 2)) M evaluations/s without trace, "
            + "\(format(1000 / traced / 1e3, 1)) k/s with trace and analysis (checksum \(checksum % 1000))"
    )
}

/// How a rule base's rules fold into tables, and how many of the benchmark's profiles the
/// tables' one-pass analysis answers (the others go to the general analysis).
func tableCoverage(_ rules: RuleBase) {
    let sample = profiles(rules, count: 10_000)
    var answered = 0
    var scores = [Int64](repeating: 0, count: rules.forms.count)
    var ranking = [Int](repeating: 0, count: rules.forms.count)
    for profile in sample {
        let mask = profile.values.withUnsafeBufferPointer { given in
            rules.program.analyse(given.baseAddress!, scores: &scores, ranking: &ranking)
        }
        if mask != nil { answered += 1 }
    }
    print(
        "  \(rules.program.memory.groups.count) tables, "
            + "\(rules.program.memory.rowCount) rows, "
            + "\(rules.program.memory.genericRules.count) rules evaluated alone; "
            + "one-pass analysis answered \(format(Double(answered) / 100, 1)) % of the profiles")
}
