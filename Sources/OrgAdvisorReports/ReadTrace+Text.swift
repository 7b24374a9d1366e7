import OrgAdvisorEngine
import OrgAdvisorRules

extension RuleBase {
    /// The values a condition read, as people read them: `sites = 5, volume = high`, an
    /// unknown value as `?` and a derived one followed by `derivedSuffix`.
    func readsText(_ reads: [ReadTrace], in language: Language, derivedSuffix: String)
        -> String
    {
        var out: [UInt8] = []
        appendReadsText(reads, in: language, derivedSuffix: derivedSuffix, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``readsText(_:in:derivedSuffix:)`` to `out`, as UTF-8.
    func appendReadsText(
        _ reads: [ReadTrace], in language: Language, derivedSuffix: String,
        to out: inout [UInt8]
    ) {
        let criteria = self.criteria
        for (position, read) in reads.enumerated() {
            if position > 0 { out.append(utf8: ", ") }
            out.append(utf8: criteria[read.criterion].id)
            out.append(utf8: " = ")
            switch read.source {
            case .unknown:
                out.append(UInt8(ascii: "?"))
            case .derived:
                out.append(utf8: describe(read.value, of: criteria[read.criterion], in: language))
                out.append(utf8: derivedSuffix)
            case .given:
                out.append(utf8: describe(read.value, of: criteria[read.criterion], in: language))
            }
        }
    }
}
