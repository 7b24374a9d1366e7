/// Raw memory, aligned for vectors, that a batch worker lends to the analysis of each of
/// its profiles in turn (``Program/analysisScratchBytes``), so that analysing a profile
/// allocates nothing.
///
/// A worker is used by one thread at a time, and so is its scratch space: hence
/// `@unchecked Sendable`.
final class ScratchSpace: @unchecked Sendable {
    /// The memory, uninitialised between uses.
    let bytes: UnsafeMutableRawBufferPointer

    /// Allocates `byteCount` bytes (at least 64), aligned to 64.
    init(byteCount: Int) {
        bytes = .allocate(byteCount: max(byteCount, 64), alignment: 64)
    }

    deinit { bytes.deallocate() }
}
