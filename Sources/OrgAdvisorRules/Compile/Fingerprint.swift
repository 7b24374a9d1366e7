/// A short content fingerprint of rule files: FNV-1a, 64 bits, over each file's name
/// (without directories) and bytes, in load order.
enum Fingerprint {
    /// 16 lower-case hex digits.
    static func of(_ files: [SourceFile]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for file in files {
            let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
            for byte in name.utf8 { mix(byte) }
            mix(0)
            for byte in file.bytes { mix(byte) }
            mix(0)
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension CheckedRuleBase {
    /// The fingerprint (``fingerprint``) that a rule base compiled from `files` has.
    public static func fingerprint(of files: [SourceFile]) -> String {
        Fingerprint.of(files)
    }
}
