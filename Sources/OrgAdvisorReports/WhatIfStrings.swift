import OrgAdvisorRules

/// The texts of a what-if analysis in each language (``WhatIfText``, ``WhatIfMarkdown``).
struct WhatIfStrings: BilingualStrings {
    let title: String
    let single: String
    let pairs: String
    let none: String
    let and: String

    static let english = WhatIfStrings(
        title: "What would change the recommendation (%@)", single: "One criterion",
        pairs: "Two criteria, where neither alone does", none: "none", and: " and ")

    static let french = WhatIfStrings(
        title: "Ce qui changerait la recommandation (%@)", single: "Un seul critère",
        pairs: "Deux critères, aucun des deux ne suffisant seul", none: "aucun", and: " et ")
}
