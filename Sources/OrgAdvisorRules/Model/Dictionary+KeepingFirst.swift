extension Dictionary {
    /// A dictionary of key–value pairs where the first pair of a repeated key wins (as
    /// `Dictionary(_:uniquingKeysWith:)` with `{ first, _ in first }`, which Embedded Swift,
    /// the WebAssembly build of the core, does not have).
    package init(keepingFirst pairs: some Sequence<(Key, Value)>) {
        self.init()
        for (key, value) in pairs where self[key] == nil { self[key] = value }
    }
}
