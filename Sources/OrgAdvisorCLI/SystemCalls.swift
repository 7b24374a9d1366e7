#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `read(2)`, named apart from the `read` methods of the standard library's types.
let systemRead = read
/// `write(2)`, named apart from the `write` methods of the standard library's types.
let systemWrite = write
