import OrgAdvisor

/// `orgadvisor map --x CRITERION --y CRITERION [--CRITERION VALUE]...`: the winner over
/// a grid of two criteria, and each form's share of the whole profile space.
enum MapCommand {
    static let command = Command(
        name: "map", summary: "the winner over a grid of two criteria, and each form's share",
        usage: "orgadvisor map --x CRITERION --y CRITERION [--CRITERION VALUE]... [options]",
        details: """
            Each axis has one column or row per class of values the rules tell
            apart (numbers split at the rules' thresholds). The other criteria
            are given as for the default command (see 'orgadvisor --help') or
            left unknown: a cell then lists the forms that could still win.
            Below the map, each form's share of all fully given profiles,
            counted exactly.
            """,
        options: [
            OptionSpec(
                name: "x", arity: .value("CRITERION"),
                help: "the criterion across (columns), one column per class of its values",
                expected: "a criterion"),
            OptionSpec(
                name: "y", arity: .value("CRITERION"),
                help: "the criterion down (rows), one row per class of its values",
                expected: "a criterion"),
            .profile(
                help:
                    "read the other criteria from a JSON file ('-' for standard input); flags override its fields, the axes replace them"
            ),
            .weight(), .format(Format.self, help: "output format (default text)"), .output,
        ] + OptionSpec.ruleBaseOptions,
        run: run)

    /// The output formats.
    enum Format: String, CaseIterable {
        case text, markdown, csv, json, svg
    }

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        var axes: (x: Criterion, y: Criterion)?
        let scoring = try context.scoringInput(for: command) { (parsed, rules) throws(CLIError) in
            axes = try Self.axes(parsed, rules)
        }
        guard let input = scoring, let (x, y) = axes else { return command.help(context) }
        let map = Self.map(input.rules, x: x.index, y: y.index, base: input.profile)
        let language = input.language
        let text: String
        switch input.parsed.value("format", default: Format.text) {
        case .markdown: text = DecisionMapMarkdown(language: language).render(map)
        case .csv: text = DecisionMapCSV().render(map)
        case .json: text = map.json(language: language).serialized(pretty: true) + "\n"
        case .svg: text = DecisionMapSVG(language: language).document(map)
        case .text: text = DecisionMapText(language: language, width: context.width).render(map)
        }
        if let path = input.parsed.outputFile {
            try AtomicOutputFile.write(text, to: path, command: command.name)
            return CommandOutput()
        }
        return CommandOutput(stdout: text)
    }

    /// The criteria of `--x` and `--y`: two different ones, neither also given a value.
    private static func axes(_ parsed: ParsedArguments, _ rules: RuleBase) throws(CLIError) -> (
        x: Criterion, y: Criterion
    ) {
        let x = try axis("x", parsed, rules)
        let y = try axis("y", parsed, rules)
        if x.index == y.index {
            throw .invalidUsage(.sameAxes(x.id), command: command.name)
        }
        for axis in [("x", x), ("y", y)] where parsed.has(axis.1.id) {
            throw .invalidUsage(.axisAlsoGiven(axis.1.id, axis: axis.0), command: command.name)
        }
        return (x, y)
    }

    /// The criterion named by `--x` or `--y`.
    private static func axis(_ name: String, _ parsed: ParsedArguments, _ rules: RuleBase)
        throws(CLIError) -> Criterion
    {
        guard let text = parsed.value(name) else {
            throw .invalidUsage(.missingAxis(name, rules: rules), command: command.name)
        }
        return try criterion(text, option: name, rules, command: command.name)
    }

    /// The criterion named `text` in option `--option`, or a usage error that suggests
    /// the nearest criterion.
    static func criterion(
        _ text: String, option: String, _ rules: RuleBase, command: String
    ) throws(CLIError) -> Criterion {
        guard let criterion = rules.criterion(text) else {
            throw .invalidUsage(
                .unknownAxis(text, option: option, rules: rules), command: command)
        }
        return criterion
    }

    /// The decision map of `x` and `y` with its whole-space shares, each computed on every
    /// core: the cells in runs of rows and columns, the shares in ranges of the space,
    /// put together in order (the same map whatever the number of threads).
    static func map(_ rules: RuleBase, x: Int, y: Int, base: Profile) -> DecisionMap {
        let space = ProfileSpace(rules)
        let total = space.classes[x].count * space.classes[y].count
        // One part for a small map: threads would cost more than its cells.
        let ranges = WinShares.ranges(of: total, parts: total < 64 ? 1 : PartRunner.cores * 4)
        let parts = PartRunner.threads.map(ranges.count) {
            rules.decisionMapCells(x: x, y: y, base: base, range: ranges[$0])
        }
        var map = rules.decisionMap(x: x, y: y, base: base, cells: parts.flatMap { $0 })
        map.shares = shares(rules)
        return map
    }

    /// Each form's share of the fully given profiles, counted on every core: the space
    /// is cut into one range per thread and the parts are merged in order.
    static func shares(_ rules: RuleBase) -> WinShares {
        let space = ProfileSpace(rules)
        guard WinShares.canEnumerate(space), let total = space.fullCount else {
            return .notEnumerated(space)
        }
        // A few parts per core even out threads that finish early.
        let ranges = WinShares.ranges(of: total, parts: total < 4096 ? 1 : PartRunner.cores * 4)
        let parts = PartRunner.threads.map(ranges.count) {
            rules.winShares(in: space, range: ranges[$0])
        }
        return WinShares.merged(parts, space: space)
    }
}
