import OrgAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The WebAssembly module that pages run: built by `WebAssembly/build.sh` (not by
/// `swift build`), as `.build/wasm/orgadvisor-page.wasm` with its gzipped copy beside it.
/// `orgadvisor page` takes it from `--module PATH`, else from beside the executable (an
/// installed copy), else from the `.build/wasm` of the build the executable belongs to.
struct PageModule {
    /// The module's file name.
    static let fileName = "orgadvisor-page.wasm"
    /// Where it was read.
    let path: String
    /// The module.
    let bytes: [UInt8]
    /// The same, gzipped (`PATH.gz`, when there is one): what a page inlines.
    let gzipped: [UInt8]?

    /// What `--module` says, else the first module found where a build puts it.
    static func locate(_ option: String?, command: String) throws(CLIError) -> PageModule {
        if let option { return try read(option) }
        for candidate in candidates() where access(candidate, R_OK) == 0 {
            return try read(candidate)
        }
        throw .input(
            "no WebAssembly module '\(fileName)' beside orgadvisor or in '.build/wasm'; build it"
                + " with 'WebAssembly/build.sh' (about 3 minutes), or give '--module PATH'")
    }

    /// Beside the executable, then `.build/wasm` of the build it is in, then of the
    /// current directory.
    static func candidates() -> [String] {
        var paths: [String] = []
        if let executable = FileSystem.absolutePath("/proc/self/exe")
            ?? FileSystem.absolutePath(CommandLine.arguments[0])
        {
            var directory = executable.split(separator: "/", omittingEmptySubsequences: false)
            directory.removeLast()
            paths.append(directory.joined(separator: "/") + "/" + fileName)
            while let last = directory.last {
                if last == ".build" {
                    paths.append(directory.joined(separator: "/") + "/wasm/" + fileName)
                    break
                }
                directory.removeLast()
            }
        }
        paths.append(".build/wasm/" + fileName)
        return paths
    }

    private static func read(_ path: String) throws(CLIError) -> PageModule {
        let limit = ReadLimit(bytes: 64 << 20, note: "the limit for a WebAssembly module")
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path, limit: limit)
        } catch {
            throw .input(error.description)
        }
        guard bytes.starts(with: [0x00, 0x61, 0x73, 0x6D]) else {
            throw .input("'\(path)' is not a WebAssembly module (it does not start with '\\0asm')")
        }
        var gzipped: [UInt8]?
        if access(path + ".gz", R_OK) == 0,
            let zipped = try? FileSystem.read(path + ".gz", limit: limit),
            zipped.starts(with: [0x1F, 0x8B])
        {
            gzipped = zipped
        }
        return PageModule(path: path, bytes: bytes, gzipped: gzipped)
    }
}
