import Foundation
import Testing

/// `orgadvisor interview` driven by scripted answers, as a course exercise would.
@Suite("orgadvisor interview")
struct InterviewTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        var arguments: [String] = []
        /// The answers, one per line.
        let answers: [String]
        /// Texts the conversation and result contain, in order.
        let expected: [String]
        /// Texts it must not contain.
        var absent: [String] = []
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "stops as soon as decided",
            answers: ["1", "1", "1", "1", "1", "1", "1"],
            expected: [
                "Question 1: Are there experienced users", "> 1", "Question 5:",
                "→ Recommended: Hotline", "The recommendation is decided.",
                "\nRecommended: Hotline\n",
            ],
            absent: ["Question 6"]),
        Case(
            name: "don't know, then back",
            answers: ["yes", "low", "?", "back", "low", "centralised", "small"],
            expected: [
                "Question 3: How complex", "> ?", "Question 4:", "> back",
                "Taken back: Complexity of support requests = not known", "Question 3: How complex",
                "> low",
                "The recommendation is decided.", "\nRecommended: Hotline\n",
            ]),
        Case(
            name: "French labels and accents",
            arguments: ["--lang", "fr"],
            answers: ["oui", "faible", "FAIBLE", "centralisé", "petite"],
            expected: [
                "Question 1\u{202F}: Y a-t-il des utilisateurs expérimentés", "> centralisé",
                "→ Recommandation\u{202F}: Hotline", "La recommandation est décidée.",
                "\nRecommandation\u{202F}: Hotline\n",
            ]),
        Case(
            name: "French: don't know, back, and a word that is no answer",
            arguments: ["--lang", "fr"],
            answers: ["je ne sais pas", "retour", "peut-être", "oui", "fin"],
            expected: [
                "> je ne sais pas", "> retour",
                "Réponse annulée\u{202F}: Utilisateurs expérimentés (power users) disponibles = inconnu",
                "«\u{202F}peut-être\u{202F}» n’est pas une réponse à cette question.", "> oui",
                "Arrêt demandé.", "\nEn tête, non décidé\u{202F}: Power-User-Organisation\n",
            ],
            absent: ["Recommandation\u{202F}:"]),
        Case(
            name: "criteria given as options count as answered",
            arguments: ["--powerusers", "yes", "--size", "small"],
            answers: ["low", "low", "centralised"],
            expected: [
                "Question 1: How many support requests come in", "Question 2: How complex",
                "\nRecommended: Hotline\n",
            ],
            absent: ["(powerusers)", "(size)"]),
        Case(
            name: "nothing to take back, then the end of the input",
            answers: ["back"],
            expected: [
                "Nothing to take back.", "End of the answers.",
                "\nNo recommendation: no criterion given\n",
            ]),
    ]

    @Test("scripted answers", arguments: cases)
    func scripted(_ test: Case) throws {
        let result = try BinaryRunner.run(
            ["interview"] + test.arguments,
            stdin: test.answers.map { $0 + "\n" }.joined())
        #expect(result.code == 0, "\(result.stderr)")
        var rest = Substring(result.stdout)
        for text in test.expected {
            guard let range = rest.range(of: text) else {
                Issue.record("missing, in order: \(text)\n\(result.stdout)")
                return
            }
            rest = rest[range.upperBound...]
        }
        for text in test.absent {
            #expect(!result.stdout.contains(text), "\(text)")
        }
    }

    @Test("--format json: the questions on standard error, the transcript on standard output")
    func transcript() throws {
        let result = try BinaryRunner.run(
            ["interview", "--format", "json"], stdin: "yes\nlow\n?\nback\nlow\nx\n")
        #expect(result.code == 0)
        #expect(result.stderr.contains("Question 1: Are there experienced users"))
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "orgadvisor.interview/1")
        #expect(json["stopped"] as? String == "end-of-input")
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(
            steps.map { $0["action"] as? String } == [
                "answer", "answer", "dont-know", "back", "answer", "invalid",
            ])
        #expect(
            steps.map { $0["criterion"] as? String } == [
                "powerusers", "volume", "complexity", "complexity", "complexity", "structure",
            ])
        #expect(steps[0]["value"] as? String == "yes")
        #expect(steps.count == 6 && steps[5]["input"] as? String == "x")
        let result0 = try #require(json["result"] as? [String: Any])
        #expect(result0["status"] as? String == "provisional")
        #expect((result0["profile"] as? [String: Any])?["complexity"] as? String == "low")
    }

    @Test("'--profile -' is refused: standard input carries the answers")
    func profileFromStandardInput() throws {
        let result = try BinaryRunner.run(["interview", "--profile", "-"], stdin: "{}\n")
        #expect(result.code == 2)
        #expect(result.stderr.contains("'--profile -' reads standard input"))
        #expect(result.stdout.isEmpty)
    }
}
