import OrgAdvisorBatch
import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

extension RuleBase {
    /// The extension of rule files.
    public static let fileExtension = "orgrules"

    /// Loads a rule base from a file, or from every `.orgrules` file of a directory
    /// (sorted by name, not recursive); a file may also be a compiled archive
    /// (``RuleBaseArchive``, see ``init(archive:path:)``).
    ///
    /// - Parameters:
    ///   - limit: the most bytes one rule file may have.
    ///   - archiveLimit: the most bytes an archive may have.
    ///   - runner: the threads that compile a large rule base (see ``PartRunner``): by
    ///     default one per core.
    /// - Throws: ``RuleBaseError`` with a diagnostic naming the path when it cannot
    ///   be read, or with every diagnostic of the files.
    public convenience init(
        path: String, limit: ReadLimit = .ruleFile, archiveLimit: ReadLimit = .ruleArchive,
        runner: PartRunner = .threads
    ) throws(RuleBaseError) {
        if !FileSystem.isDirectory(path) {
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.read(path, limit: limit, archiveLimit: archiveLimit)
            } catch {
                throw RuleBaseError(diagnostics: [
                    Diagnostic(severity: .error, message: error.description)
                ])
            }
            if RuleBaseArchive.isArchive(bytes) {
                try self.init(archive: bytes, path: path)
                return
            }
            try self.init(files: [SourceFile(path: path, bytes: bytes)], runner: runner)
            return
        }
        try self.init(files: RuleBase.sourceFiles(at: path, limit: limit), runner: runner)
    }

    /// The source files at a path: the file itself (anything that ends, a pipe too), or
    /// the `.orgrules` files of a directory (regular files only, a named pipe or a device
    /// among them is an error); each at most `limit` bytes.
    public static func sourceFiles(at path: String, limit: ReadLimit = .ruleFile)
        throws(RuleBaseError) -> [SourceFile]
    {
        do {
            if FileSystem.isDirectory(path) {
                let names = try FileSystem.list(path).filter { $0.hasSuffix("." + fileExtension) }
                guard !names.isEmpty else {
                    throw RuleBaseError(diagnostics: [
                        Diagnostic(
                            severity: .error,
                            message:
                                "no rule files in '\(path)'; expected files ending in '.\(fileExtension)'"
                        )
                    ])
                }
                let directory = path.hasSuffix("/") ? String(path.dropLast()) : path
                var files: [SourceFile] = []
                for name in names {
                    let filePath = directory + "/" + name
                    files.append(
                        SourceFile(
                            path: filePath,
                            bytes: try FileSystem.readRegularFile(filePath, limit: limit)))
                }
                return files
            }
            return [SourceFile(path: path, bytes: try FileSystem.read(path, limit: limit))]
        } catch let failure as FileSystem.Failure {
            throw RuleBaseError(diagnostics: [
                Diagnostic(severity: .error, message: failure.description)
            ])
        } catch let error as RuleBaseError {
            throw error
        } catch {
            throw RuleBaseError(diagnostics: [Diagnostic(severity: .error, message: "\(error)")])
        }
    }
}
