// orgadvisor-embed-rules: regenerates Sources/OrgAdvisorEngine/BuiltIn/BuiltInRuleFiles.swift
// from Rules/*.orgrules (`swift run orgadvisor-embed-rules`), or checks it (`--check`).
import OrgAdvisorRuleEmbedding

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

let outcome = EmbedRulesCommand.run(Array(CommandLine.arguments.dropFirst()))
for (descriptor, text) in [(Int32(1), outcome.stdout), (2, outcome.stderr)] {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 { break }
            offset += written
        }
    }
}
exit(outcome.code)
