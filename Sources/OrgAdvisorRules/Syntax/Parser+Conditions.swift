/// The condition grammar of `when` lines.
extension Parser {
    /// condition := and ("or" and)*, one node for the whole chain.
    mutating func parseCondition() throws(Abandon) -> ConditionSyntax {
        try nest()
        defer { depth -= 1 }
        return try parseChain(isOr: true)
    }

    /// or := and ("or" and)*, and := unary ("and" unary)*: one node for each whole chain.
    private mutating func parseChain(isOr: Bool) throws(Abandon) -> ConditionSyntax {
        let keyword = isOr ? words.or : words.and
        let first = try isOr ? parseChain(isOr: false) : parseUnary()
        guard isKeyword(keyword) else { return first }
        var parts = [first]
        while isKeyword(keyword) {
            try expectOperand(after: advance())
            parts.append(try isOr ? parseChain(isOr: false) : parseUnary())
        }
        let range = first.range.union(parts[parts.count - 1].range)
        return isOr ? .or(parts, range: range) : .and(parts, range: range)
    }

    /// One level deeper into a condition (the caller steps back out with
    /// `defer { depth -= 1 }`); abandons the condition beyond 200 levels.
    private mutating func nest() throws(Abandon) {
        guard depth + 1 < 200 else {
            error("condition nested too deeply (more than 200 levels)", at: current)
            throw Abandon()
        }
        depth += 1
    }

    /// After `and`, `or` or `not`, which a condition must follow: it may go on on the next
    /// line, but a line that does not start a test (a word followed by a comparison, `in`
    /// or `not in`, or `not`, or `(`) means it was left unfinished, most often before its
    /// `points` line. The error then points at the word left dangling, and the next line
    /// is read as what it is, not reported too.
    private mutating func expectOperand(after keyword: Token) throws(Abandon) {
        guard current.isFirstOnLine || current.kind == .endOfFile else { return }
        switch current.kind {
        case .leftParen: return
        case .identifier where current.text == words.not: return
        case .identifier where position + 1 < tokens.count:
            let next = tokens[position + 1]
            if Self.comparison(next.kind) != nil { return }
            if next.kind == .identifier, !next.isFirstOnLine,
                next.text == words.in || next.text == words.not
            {
                return
            }
        default: break
        }
        error(
            "expected a condition after '\(text(keyword))', found the end of the "
                + (current.kind == .endOfFile ? "file" : "line"),
            at: keyword,
            help: "write the condition after '\(text(keyword))' on its line, or remove it")
        throw Abandon()
    }

    /// The comparison a token spells (`=`, `!=`, `<`, `<=`, `>`, `>=`), or nil.
    private static func comparison(_ kind: Token.Kind) -> ComparisonOperator? {
        switch kind {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessOrEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterOrEqual
        default: return nil
        }
    }

    private func isKeyword(_ keyword: Int32) -> Bool {
        current.kind == .identifier && current.text == keyword
    }

    private mutating func parseUnary() throws(Abandon) -> ConditionSyntax {
        let token = current
        if token.kind == .identifier, token.text == words.not {
            try expectOperand(after: advance())
            try nest()
            defer { depth -= 1 }
            let operand = try parseUnary()
            return .not(operand, range: range(token).union(operand.range))
        }
        if token.kind == .leftParen {
            _ = advance()
            let inner = try parseCondition()
            let file = self.file  // for the message, made only when the ')' is missing
            let close = try expect(
                .rightParen,
                "')' to close the '(' at column \(file.column(of: token.range.lowerBound))")
            return .group(inner, range: range(token).union(range(close)))
        }
        return try parseTest()
    }

    private mutating func parseTest() throws(Abandon) -> ConditionSyntax {
        let criterion = try expectIdentifier("a criterion, 'not' or '('")
        let operatorToken = current
        if let comparison = Self.comparison(operatorToken.kind) {
            _ = advance()
            let value = try parseValue()
            return .compare(
                name(criterion), comparison, value, range: range(criterion).union(value.range))
        }
        var negated = false
        if operatorToken.kind == .identifier, operatorToken.text == words.not {
            _ = advance()
            negated = true
        }
        guard current.kind == .identifier, current.text == words.in else {
            error(
                "expected a comparison ('=', '!=', '<', '<=', '>', '>=', 'in' or 'not in') after '\(text(criterion))', found \(shown(current))",
                at: current)
            throw Abandon()
        }
        _ = advance()
        _ = try expect(.leftBracket, "'[' and a list of values")
        var values: [ValueSyntax] = [try parseValue()]
        while current.kind == .comma {
            _ = advance()
            values.append(try parseValue())
        }
        let close = try expect(.rightBracket, "',' or ']' to close the list")
        return .member(
            name(criterion), values, negated: negated, range: range(criterion).union(range(close)))
    }
}
