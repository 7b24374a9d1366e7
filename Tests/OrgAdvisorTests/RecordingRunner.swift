import OrgAdvisorRules
import Synchronization

/// A ``PartRunner`` for tests: it runs the parts on the calling thread, the last first
/// (a result that depended on their order would show it), and records how many parts
/// each run had.
final class RecordingRunner: Sendable {
    private let runs = Mutex<[Int]>([])
    /// The threads the runner stands for.
    let width: Int

    init(width: Int) {
        self.width = width
    }

    /// The number of parts of each run so far, in order.
    var counts: [Int] { runs.withLock { $0 } }

    /// Forgets the runs so far.
    func reset() { runs.withLock { $0 = [] } }

    /// The runner.
    var runner: PartRunner {
        PartRunner(width: width) { [self] count, body in
            runs.withLock { $0.append(count) }
            for part in (0..<count).reversed() { body(part) }
        }
    }
}
