// libFuzzer entry point for compiled rule archives (`RuleBase(archive:)`): the decoder of
// the checked rule base and of the compiled tables, and their checks. Built by
// Fuzz/run.sh against the library compiled once with testing enabled (so internal names
// are visible).

@testable import OrgAdvisor
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Builds the default rule base once, before the first input, so that its lasting
/// allocations are not taken for leaks of an input.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = RuleBase.builtIn.rules.count
    return 0
}

/// Runs one fuzzer input as an archive's contents, trapping when a property does not hold.
///
/// The input is sealed (``RuleBaseArchive/seal(_:)``: first line, length and checksum) so
/// that it reaches the decoder past the checksum, which any change of a real archive
/// fails; it is also read as it is, a whole archive, which reaches the first line's and
/// the checksum's checks. For every input:
/// - reading never crashes, traps, hangs or overflows: it gives a rule base or a reason;
/// - a rule base read evaluates and explains profiles (empty, and a representative of
///   classes of each criterion drawn from the input), as text and JSON;
/// - its archive reads back to the same archive, which gives the same evaluations.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArchive(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var writer = ArchiveWriter()
    writer.raw(bytes)
    for archive in [RuleBaseArchive.seal(writer), bytes] {
        let rules: RuleBase
        do throws(RuleBaseArchive.Failure) {
            rules = try RuleBase(archive: archive)
        } catch {
            if error.description.isEmpty { fatalError("a refusal without a reason") }
            continue
        }
        _ = evaluations(rules, seed: bytes.reduce(0) { $0 &* 31 &+ UInt64($1) })
        let again = rules.archive()
        do throws(RuleBaseArchive.Failure) {
            let copy = try RuleBase(archive: again)
            if copy.archive() != again { fatalError("the archive changes when read and written") }
            if evaluations(copy, seed: 0) != evaluations(rules, seed: 0) {
                fatalError("the archive of a rule base read gives other results")
            }
        } catch {
            fatalError("the archive of a rule base read does not read: \(error)")
        }
    }
    return 0
}

/// The JSON of a few evaluations, after rendering them as text too.
func evaluations(_ rules: RuleBase, seed: UInt64) -> [String] {
    var results: [String] = []
    var state = seed
    for round in 0..<3 {
        var profile = Profile(for: rules)
        for criterion in rules.criteria.indices where round > 0 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let classes = rules.representatives[criterion]
            let pick = Int(state >> 33) % (classes.count + 1)
            if pick < classes.count { profile.setRawValue(classes[pick], at: criterion) }
        }
        let evaluation = rules.evaluate(profile)
        let effects = rules.unknownCriterionEffects(of: evaluation)
        _ = TextReport(language: round == 1 ? .french : .english, explain: .full)
            .render(evaluation, effects: effects, whatIf: rules.whatIf(profile, maximumPairs: 2))
        results.append(evaluation.json(language: .english).serialized())
    }
    return results
}
