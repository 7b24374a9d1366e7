/// A growable array of values in memory it owns, read through a raw pointer: no
/// retain, no bounds check and no copy-on-write test per element. The program's
/// constants live in these (``ProgramMemory``), so that evaluation reads them in place.
///
/// It cannot be copied, and frees its memory when it ends. Once filled it is only read,
/// so sharing it between threads (inside a ``Program``) is safe.
package struct RawArray<Element>: ~Copyable, @unchecked Sendable {
    /// The first element (room for one even when empty).
    package private(set) var base: UnsafeMutablePointer<Element>
    /// The number of elements.
    package private(set) var count = 0
    /// The number of elements it holds without growing.
    private var capacity: Int

    /// An empty array.
    package init() {
        base = .allocate(capacity: 1)
        capacity = 1
    }

    /// An array of the elements of `elements`.
    package init(_ elements: [Element]) {
        self.init()
        append(contentsOf: elements)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// The element at `index` (unchecked in release builds). Once filled, the elements
    /// are only read.
    @inline(__always)
    package subscript(index: Int) -> Element {
        assert(index >= 0 && index < count, "RawArray index out of range")
        return base[index]
    }

    /// The elements as a buffer.
    package var buffer: UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(start: base, count: count)
    }

    /// The valid indices.
    package var indices: Range<Int> { 0..<count }

    /// Whether there is no element.
    package var isEmpty: Bool { count == 0 }

    /// Appends one element.
    package mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Appends the elements of an array.
    package mutating func append(contentsOf elements: [Element]) {
        if count + elements.count > capacity { grow(to: count + elements.count) }
        elements.withUnsafeBufferPointer { source in
            guard let start = source.baseAddress else { return }
            (base + count).initialize(from: start, count: source.count)
        }
        count += elements.count
    }

    /// Makes room for at least `minimum` elements in all, so that appending that many
    /// does not move them.
    package mutating func reserveCapacity(_ minimum: Int) {
        if minimum > capacity { grow(to: minimum) }
    }

    /// Moves the elements to storage for at least `minimum` elements (doubling).
    private mutating func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
