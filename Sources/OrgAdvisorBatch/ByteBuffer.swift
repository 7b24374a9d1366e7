import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// A growable run of bytes that batch results are written into: room is reserved,
/// then written through a pointer with no capacity check per byte, and the bytes
/// written are handed on (to `write(2)`, to an array) without an intermediate copy.
///
/// A buffer owns its memory and cannot be copied. Emptying it keeps its capacity, so a
/// buffer reused from chunk to chunk stops allocating once it is large enough. It may
/// be sent to another thread (its owner is then that thread).
public struct ByteBuffer: ~Copyable, @unchecked Sendable {
    /// The storage: `capacity` bytes, the first `count` written; nil before the first
    /// byte is reserved.
    private var base: UnsafeMutablePointer<UInt8>?
    /// The number of bytes written.
    public private(set) var count = 0
    /// The number of bytes the buffer holds without growing.
    public private(set) var capacity = 0

    /// Creates an empty buffer with room for at least `capacity` bytes.
    public init(capacity: Int = 0) {
        if capacity > 0 { grow(to: capacity) }
    }

    deinit {
        base?.deallocate()
    }

    /// Whether no byte has been written.
    public var isEmpty: Bool { count == 0 }

    /// Forgets the bytes written, keeping the storage.
    public mutating func removeAll() {
        count = 0
    }

    /// Makes room for at least `minimumCapacity` bytes in all.
    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        if minimumCapacity > capacity { grow(to: minimumCapacity) }
    }

    /// Appends one byte.
    public mutating func append(_ byte: UInt8) {
        let end = reserve(1)
        end.pointee = byte
        count += 1
    }

    /// Appends bytes.
    public mutating func append(contentsOf bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        let end = reserve(bytes.count)
        UnsafeMutableRawPointer(end).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    /// Appends the bytes of a sequence (an array, a string's UTF-8 view).
    public mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        let copied: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            append(contentsOf: UnsafeRawBufferPointer(buffer))
        }
        if copied == nil {
            for byte in bytes { append(byte) }
        }
    }

    /// The bytes written, valid until the buffer is next written to, grown or freed (for
    /// a write of several buffers in one system call).
    package var writtenBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base, count: count)
    }

    /// Calls `body` with the bytes written; the pointer is valid only during the call.
    public func withUnsafeBytes<Result, Failure: Error>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// The bytes written, as an array.
    public var bytes: [UInt8] {
        withUnsafeBytes { Array($0) }
    }

    // MARK: Writing through a pointer

    /// Where the next byte goes, with room for at least `room` more bytes: write them
    /// through the pointer, then call ``commit(upTo:)``.
    @inline(__always)
    mutating func reserve(_ room: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity - count < room { grow(to: count + room) }
        return base.unsafelyUnwrapped + count
    }

    /// Counts as written the bytes before `end`, a pointer into the room returned by
    /// the last ``reserve(_:)``.
    @inline(__always)
    mutating func commit(upTo end: UnsafeMutablePointer<UInt8>) {
        count = end - base.unsafelyUnwrapped
    }

    /// Grows the storage to at least `minimumCapacity` bytes, at least doubling it.
    private mutating func grow(to minimumCapacity: Int) {
        let newCapacity = max(minimumCapacity, 2 * capacity, 64)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        if let base {
            grown.update(from: base, count: count)
            base.deallocate()
        }
        base = grown
        capacity = newCapacity
    }
}
