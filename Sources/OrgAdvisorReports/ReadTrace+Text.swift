import OrgAdvisorEngine
import OrgAdvisorRules

extension RuleBase {
    /// The values a condition read, as people read them: `sites = 5, volume = high`, an
    /// unknown value as `?` and a derived one followed by `derivedSuffix`.
    func readsText(_ reads: [ReadTrace], in language: Language, derivedSuffix: String)
        -> String
    {
        reads.map { read in
            let criterion = criteria[read.criterion]
            let value = describe(read.value, of: criterion, in: language)
            switch read.source {
            case .derived: return "\(criterion.id) = \(value)\(derivedSuffix)"
            case .unknown: return "\(criterion.id) = ?"
            case .given: return "\(criterion.id) = \(value)"
            }
        }.joined(separator: ", ")
    }
}
