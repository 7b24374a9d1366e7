import Foundation
import Testing

/// `orgadvisor test --coverage`: the coverage after the results as text, or alone as
/// JSON in the schema `orgadvisor.coverage/1`, with the exit code of the cases.
@Suite("orgadvisor test --coverage")
struct TestCoverageCommandTests {
    @Test("the course scenarios: every rule fires, one value is never reached")
    func courseScenariosText() throws {
        let result = try BinaryRunner.run(["test", "Examples", "--coverage"])
        #expect(result.code == 0)
        #expect(result.stderr.isEmpty)
        let coverage = result.stdout.components(separatedBy: "\n\nCoverage of ").last ?? ""
        #expect(
            coverage.hasSuffix(
                """
                  rules fired     32 of 32  100.0 %
                  values reached  40 of 41   97.6 %
                  advice applied   6 of 6   100.0 %
                  forms winning    5 of 5   100.0 %
                Values no case reaches (given or derived):
                  hours = extended

                """))
        #expect(result.stdout.contains("passed, 0 failed\n\nCoverage of "))
    }

    @Test("--format json gives the coverage alone, in its schema")
    func courseScenariosJSON() throws {
        let result = try BinaryRunner.run(["test", "Examples", "--coverage", "--format", "json"])
        #expect(result.code == 0)
        let object =
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "orgadvisor.coverage/1")
        let summary = object?["summary"] as? [String: [String: Int]]
        #expect(summary?["rules"] == ["reached": 32, "total": 32])
        #expect(summary?["forms"] == ["reached": 5, "total": 5])
        let uncovered = object?["uncovered"] as? [String: [Any]]
        #expect(uncovered?["rules"]?.isEmpty == true)
        #expect(uncovered?["values"]?.count == 1)
    }

    @Test("failing cases still give the coverage, and exit 1")
    func failing() throws {
        let result = try BinaryRunner.run([
            "test", "Tests/OrgAdvisorCLITests/Fixtures/failing.orgtests", "--coverage", "--format",
            "json",
        ])
        #expect(result.code == 1)
        let object =
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["failed"] as? [String])?.isEmpty == false)
    }

    @Test("--format without --coverage is a usage error")
    func formatAlone() throws {
        let result = try BinaryRunner.run(["test", "Examples", "--format", "json"])
        #expect(result.code == 2)
        #expect(
            result.stderr.hasPrefix("Error: '--format' applies to the coverage; add '--coverage'\n")
        )
    }
}
