/// The checksum of an archive's contents (``RuleBaseArchive``): 64 bits that change with
/// any change of the bytes (a damaged or cut archive), computed at a few bytes a cycle.
///
/// Four lanes each take one 8-byte word of every 32 bytes: `lane = (lane ^ word) * k`,
/// then rotate, so that the multiplications of the lanes overlap. The bytes after the last
/// whole block and the length are mixed in last. Not a cryptographic hash: it detects
/// damage, not forgery.
package enum ArchiveChecksum {
    private static let prime: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The checksum of `bytes`.
    package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (
            0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0,
            0x082E_FA98_EC4E_6C89
        )
        @inline(__always) func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
            let product = (lane ^ word) &* prime
            return (product << 29) | (product >> 35)
        }
        var index = 0
        if let base = bytes.baseAddress {
            while index + 32 <= bytes.count {
                let block = base + index
                lanes.0 = mix(lanes.0, UInt64(littleEndian: block.loadUnaligned(as: UInt64.self)))
                lanes.1 = mix(
                    lanes.1, UInt64(littleEndian: (block + 8).loadUnaligned(as: UInt64.self)))
                lanes.2 = mix(
                    lanes.2, UInt64(littleEndian: (block + 16).loadUnaligned(as: UInt64.self)))
                lanes.3 = mix(
                    lanes.3, UInt64(littleEndian: (block + 24).loadUnaligned(as: UInt64.self)))
                index += 32
            }
        }
        var hash = mix(mix(mix(mix(UInt64(bytes.count), lanes.0), lanes.1), lanes.2), lanes.3)
        while index < bytes.count {
            hash = mix(hash, UInt64(bytes[index]))
            index += 1
        }
        return mix(hash, prime)
    }
}
