/// Runs the independent parts of a computation, possibly at the same time: how a large
/// rule base is compiled on several cores.
///
/// The rule language and the engine have no threads of their own (they also build for
/// WebAssembly, which has none): a program that has threads passes a runner that uses
/// them, such as `PartRunner.threads` of the `OrgAdvisor` library. What is compiled does
/// not depend on the runner: every part's result is kept in part order, and where a
/// split could change a diagnostic, the work is done again in one piece.
public struct PartRunner: Sendable {
    /// How many parts can run at once: the work is split in this many parts (1: it is
    /// not split).
    public let width: Int
    private let runParts: @Sendable (_ count: Int, _ body: @Sendable (Int) -> Void) -> Void

    /// A runner of `width` parts at once at most, where `run(count, body)` calls
    /// `body(part)` once for every part in `0..<count`, in any order and on any thread,
    /// and returns once every call has returned.
    public init(
        width: Int,
        run: @escaping @Sendable (_ count: Int, _ body: @Sendable (Int) -> Void) -> Void
    ) {
        self.width = max(width, 1)
        self.runParts = run
    }

    /// Runs the parts one after the other on the calling thread.
    public static let serial = PartRunner(width: 1) { count, body in
        for part in 0..<count { body(part) }
    }

    /// The results of `body(part)` for every part in `0..<count`, in part order, so that
    /// they do not depend on the number of threads; on the calling thread alone for
    /// one part or a runner of width 1.
    public func map<Result>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1 && width > 1 else { return (0..<count).map { body($0) } }
        let slots = PartResults<Result>(count)
        runParts(count) { part in slots.store(body(part), at: part) }
        return slots.all
    }
}

/// One slot per part, each written by its part only, and read once every part has
/// returned: no two threads touch the same slot, and the runner's return orders the
/// writes before the reads.
private final class PartResults<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(_ count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: Value, at part: Int) { slots[part] = value }

    var all: [Value] { (0..<count).map { slots[$0]! } }
}
