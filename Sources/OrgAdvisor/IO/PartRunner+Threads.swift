import OrgAdvisorBatch
import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension PartRunner {
    /// The number of cores online (at least 1).
    public static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// A runner on every core: ``threads(width:)`` with one thread per core.
    public static var threads: PartRunner { threads(width: cores) }

    /// A runner on `width` threads at most: the calling thread and threads started at
    /// once (a dispatch queue's second worker took about 4 ms to start, as long as the
    /// work it was given), each taking the next part until none is left.
    public static func threads(width: Int) -> PartRunner {
        PartRunner(width: width) { count, body in
            let next = NextPart()
            withoutActuallyEscaping(body) { body in
                // Every thread is joined before this returns: `body` does not outlive it.
                runOnThreads(min(width, count)) { _ in
                    while let part = next.take(below: count) { body(part) }
                }
            }
        }
    }

    /// Runs `body(thread)` for every thread in `0..<count`, thread 0 being the calling
    /// one and each other started at once; returns when every one is done. A thread
    /// that cannot be started runs its part on the calling thread.
    static func runOnThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        final class Part: @unchecked Sendable {
            let body: @Sendable (Int) -> Void
            let index: Int
            init(_ body: @escaping @Sendable (Int) -> Void, _ index: Int) {
                self.body = body
                self.index = index
            }
        }
        var threads: [pthread_t] = []
        var left: [Int] = []
        for index in 1..<max(count, 1) {
            let part = Unmanaged.passRetained(Part(body, index)).toOpaque()
            var thread = pthread_t()
            let started = pthread_create(
                &thread, nil,
                { raw in
                    let part = Unmanaged<Part>.fromOpaque(raw!).takeRetainedValue()
                    part.body(part.index)
                    return nil
                }, part)
            if started == 0 {
                threads.append(thread)
            } else {
                Unmanaged<Part>.fromOpaque(part).release()
                left.append(index)
            }
        }
        if count > 0 { body(0) }
        for index in left { body(index) }
        for thread in threads { pthread_join(thread, nil) }
    }
}

/// The next part to take, shared by the threads of ``PartRunner/threads(width:)``.
private final class NextPart: Sendable {
    private let next = Atomic<Int>(0)

    /// The next part below `count`, or nil when every part is taken.
    func take(below count: Int) -> Int? {
        let part = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return part < count ? part : nil
    }
}
