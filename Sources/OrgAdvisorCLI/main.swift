#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

let terminal = Terminal.current()
let output = OrgAdvisorCommand.run(Array(CommandLine.arguments.dropFirst()), terminal: terminal)
if !output.stdout.isEmpty { Terminal.write(output.stdout, to: 1) }
if !output.stderr.isEmpty { Terminal.write(output.stderr, to: 2) }
exit(output.code)
