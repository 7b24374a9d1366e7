import Synchronization

/// Runs the independent parts of a computation on every core, keeping their results in
/// part order so that what is printed does not depend on the number of threads.
enum Parallel {
    /// The number of cores online (at least 1).
    static var cores: Int { SystemCalls.cores }

    /// `body(part)` for every part in `0..<count`, on up to every core; the results in
    /// part order. One thread per core takes the parts in turn, the calling thread among
    /// them; the others start at once (``SystemCalls/runOnThreads(_:_:)``): a dispatch
    /// queue's second worker took about 4 ms to start, as long as the work of a next
    /// question split in two.
    static func map<Result>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count)
        let next = PartCounter()
        withoutActuallyEscaping(body) { body in
            // Every thread is joined before this returns: `body` does not outlive it.
            SystemCalls.runOnThreads(min(cores, count)) { _ in
                while let part = next.take(below: count) { slots.store(body(part), at: part) }
            }
        }
        return slots.all
    }

    /// The value of `--jobs N` (1 to 1024), or the number of cores when it is not given.
    static func jobs(_ parsed: ParsedArguments, command: String) throws(CLIError) -> Int {
        guard let text = parsed.value("jobs") else { return cores }
        guard let value = Int(text), value >= 1, value <= 1024 else {
            throw .invalidUsage(.invalidJobs(text), command: command)
        }
        return value
    }
}

/// One slot per part, each written by the thread of its part only and read after every
/// thread has finished.
private final class Slots<Value>: @unchecked Sendable {
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

    func store(_ value: Value, at index: Int) { slots[index] = value }

    var all: [Value] { (0..<count).map { slots[$0]! } }
}

/// The next part to take, shared by the threads of ``Parallel/map(_:_:)``.
private final class PartCounter: Sendable {
    private let next = Atomic<Int>(0)

    /// The next part below `count`, or nil when every part is taken.
    func take(below count: Int) -> Int? {
        let part = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return part < count ? part : nil
    }
}
