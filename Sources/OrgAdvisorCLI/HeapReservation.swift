import CMallocOptions
import OrgAdvisor

#if canImport(Glibc)
    import Glibc
#endif

/// Prepares the process's heap for a large rule base, before it is loaded.
///
/// Loading thousands of rules makes tens of thousands of small allocations, and the
/// rows of their tables: a few megabytes, which the heap would grow into one 4 KiB page
/// at a time, each first touch a page fault (about 1,800 of them, a third of the run,
/// for 3,000 rules and one profile). With glibc, this lets the heap grow in one step
/// of about eight times the rule base's bytes, advised to use transparent huge pages
/// where the system allows them, and keeps blocks of up to that size on the heap too:
/// the same run then takes a few hundred faults. A small rule base, like the built-in
/// one, is left as it is: a huge page it would mostly not use costs more than it saves.
/// Elsewhere this does nothing.
enum HeapReservation {
    /// The smallest rule input, in bytes, for which the heap is prepared.
    static let threshold = 256 << 10
    /// The heap is prepared to grow by this many times the rule input's bytes.
    static let factor = 8
    /// The most it is prepared to grow by at once.
    static let ceiling = 16 << 20

    /// Prepares the heap for the rule file, directory of rule files or archive at `path`
    /// (its bytes: the file's size, or the sum of the directory's rule files').
    static func prepare(forRulesAt path: String) {
        prepare(forBytes: bytes(at: path))
    }

    /// Prepares the heap for a rule input of `bytes` bytes (nothing below ``threshold``).
    static func prepare(forBytes bytes: Int) {
        guard bytes >= threshold else { return }
        #if canImport(Glibc)
            let hugePage = 2 << 20
            let reserve = min(bytes * factor, ceiling) / hugePage * hugePage
            guard reserve > 0, cmallocoptions_prepare_heap(reserve) == 1,
                let block = malloc(reserve)
            else { return }
            // The heap has grown past the block by the reserve; its huge pages, now.
            free(block)
            let start = (Int(bitPattern: block) + hugePage - 1) / hugePage * hugePage
            let end = Int(bitPattern: sbrk(0)) / hugePage * hugePage
            if end > start, let first = UnsafeMutableRawPointer(bitPattern: start) {
                _ = madvise(first, end - start, MADV_HUGEPAGE)
            }
        #endif
    }

    /// The bytes of the rule input at `path`: 0 when it cannot be read (the load that
    /// follows says why).
    private static func bytes(at path: String) -> Int {
        guard FileSystem.isDirectory(path) else {
            return Int(FileSystem.stamp(path)?.size ?? 0)
        }
        let names = (try? FileSystem.list(path)) ?? []
        return names.filter { $0.hasSuffix("." + RuleBase.fileExtension) }.reduce(0) {
            $0 + Int(FileSystem.stamp(path + "/" + $1)?.size ?? 0)
        }
    }
}
