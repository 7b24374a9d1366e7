/// What a command produced: it is written only once the command has finished, so a
/// failure never leaves half an output behind.
struct CommandOutput {
    /// Text for standard output.
    var stdout = ""
    /// Text for standard error.
    var stderr = ""
    /// The exit code.
    var code: Int32 = ExitCode.success
}
