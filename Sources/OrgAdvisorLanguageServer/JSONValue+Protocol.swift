import OrgAdvisorEngine

/// Reading the members of protocol messages, and writing the protocol's structures.
extension JSONValue {
    /// The string, when it is one.
    var protocolString: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The whole number, when it is one that fits an `Int`.
    var protocolInt: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }

    /// The elements, when it is an array.
    var protocolArray: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    /// True for an object.
    var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// The member at a path of keys, when every step is an object that has it.
    subscript(path keys: String...) -> JSONValue? {
        var value: JSONValue? = self
        for key in keys { value = value?[key] }
        return value
    }

    /// A position: `{"line": L, "character": C}`.
    static func position(_ position: Position) -> JSONValue {
        .object([("line", .int(position.line)), ("character", .int(position.character))])
    }

    /// A range: `{"start": …, "end": …}`.
    static func range(_ start: Position, _ end: Position) -> JSONValue {
        .object([("start", .position(start)), ("end", .position(end))])
    }

    /// The position a protocol value names, when it is one.
    var protocolPosition: Position? {
        guard let line = self["line"]?.protocolInt, let character = self["character"]?.protocolInt
        else { return nil }
        return Position(line: line, character: character)
    }
}
