#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

Terminal.reserveStandardDescriptors()
let terminal = Terminal.current()
let output = OrgAdvisorCommand.run(Array(CommandLine.arguments.dropFirst()), terminal: terminal)
exit(Terminal.emit(output, terminal: terminal))
