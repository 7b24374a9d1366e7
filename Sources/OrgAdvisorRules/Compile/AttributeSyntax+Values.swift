extension AttributeSyntax {
    /// The attribute's text, when it is a text.
    var text: LocalizedText? {
        if case .text(let text) = value { return text.text }
        return nil
    }

    /// The attribute's string, when it is a string.
    package var string: String? {
        if case .string(let string) = value { return string }
        return nil
    }

    /// The attribute's condition, when it is a condition.
    var condition: ConditionSyntax? {
        if case .condition(let condition) = value { return condition }
        return nil
    }
}
