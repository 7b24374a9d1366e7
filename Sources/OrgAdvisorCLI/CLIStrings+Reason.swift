import OrgAdvisor

extension CLIStrings {
    /// Why a file could not be read, in the language: the system's own words (English)
    /// for an error the table does not name.
    func reason(_ failure: FileSystem.Failure) -> String {
        switch failure.systemError {
        case SystemCalls.noSuchFile?: return noSuchFile
        case SystemCalls.permissionDenied?: return permissionDenied
        case SystemCalls.isDirectory?: return isDirectory
        default: return failure.reason
        }
    }
}
