import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

// The functions the WebAssembly module exports, for the interactive course page and its
// JavaScript API (`orgadvisor page`). Compiled only for the WebAssembly build, after the
// library modules (see build.sh).
//
// Strings cross the boundary as UTF-8 bytes in the module's memory: the caller gets a
// buffer with `orgadvisor_alloc`, writes into it, passes pointer and length, and frees
// it with `orgadvisor_free`. A result is one block, freed the same way:
//
//     offset 0: status, u32 little-endian (0: the result's text, 1: an error message)
//     offset 4: length of the text in bytes, u32 little-endian
//     offset 8: the text, UTF-8, not terminated
//
// The module holds one current rule base, which `orgadvisor_load` sets from an archive
// (`orgadvisor compile`, or the one `orgadvisor page` inlines); the calls that score use
// it. `language` is 0 for English, 1 for French. Two modules are linked from these
// objects: `orgadvisor.wasm` exports every function; `orgadvisor-page.wasm`, which pages
// inline, leaves out `orgadvisor_evaluate_builtin` and `orgadvisor_evaluate_rules`, so
// that neither the built-in rules nor the rule compiler are in it. (The functions are
// `@_cdecl` only, not `@_expose(wasm)`: the linker's `--export` list decides what each
// module exports, and drops what no export reaches.)

/// A buffer of `size` bytes in the module's memory, or null when there is no memory left.
@_cdecl("orgadvisor_alloc")
public func orgadvisorAlloc(_ size: Int32) -> UnsafeMutableRawPointer? {
    guard size >= 0 else { return nil }
    return UnsafeMutableRawPointer.allocate(byteCount: Int(size), alignment: 8)
}

/// Frees a buffer from `orgadvisor_alloc` or a result block; null is ignored.
@_cdecl("orgadvisor_free")
public func orgadvisorFree(_ pointer: UnsafeMutableRawPointer?) {
    pointer?.deallocate()
}

/// Loads a rule base from an archive (`orgadvisor compile`, or the one a page inlines)
/// and makes it the current one, replacing (and freeing) the one before; the result is
/// its catalog (as `orgadvisor_catalog`). A damaged archive leaves the current one.
@_cdecl("orgadvisor_load")
public func orgadvisorLoad(_ archive: UnsafePointer<UInt8>?, _ length: Int32)
    -> UnsafeMutableRawPointer?
{
    let rules: RuleBase
    do throws(RuleBaseArchive.Failure) {
        rules = try RuleBase(archive: WebAssemblyCall.bytes(archive, length))
    } catch {
        return WebAssemblyCall.block(.failure("rules: \(error.description)"))
    }
    WebAssemblyCall.current = rules
    return WebAssemblyCall.block(.success(WebAssemblyCall.catalog(rules)))
}

/// The current rule base's catalog as JSON (`orgadvisor.catalog/1`): its identity, its
/// criteria (as `orgadvisor criteria --format json`: questions and value labels in both
/// languages) and its forms (as `orgadvisor forms --format json`, with each form's
/// colour and tint in the report's pictures).
@_cdecl("orgadvisor_catalog")
public func orgadvisorCatalog() -> UnsafeMutableRawPointer? {
    guard let rules = WebAssemblyCall.current else { return WebAssemblyCall.notLoaded }
    return WebAssemblyCall.block(.success(WebAssemblyCall.catalog(rules)))
}

/// Evaluates a profile (a JSON object of criteria, as for `orgadvisor --profile`) with
/// the current rule base; the result holds what `orgadvisor --profile FILE --format json`
/// prints, byte for byte.
@_cdecl("orgadvisor_evaluate")
public func orgadvisorEvaluate(
    _ profile: UnsafePointer<UInt8>?, _ profileLength: Int32, _ language: Int32
) -> UnsafeMutableRawPointer? {
    guard let rules = WebAssemblyCall.current else { return WebAssemblyCall.notLoaded }
    return WebAssemblyCall.block(
        WebAssemblyCall.evaluate(profile, profileLength, rules: rules, language: language))
}

/// Evaluates a profile with the built-in rule base, as `orgadvisor_evaluate` does with
/// the current one (`orgadvisor.wasm` only).
@_cdecl("orgadvisor_evaluate_builtin")
public func orgadvisorEvaluateBuiltIn(
    _ profile: UnsafePointer<UInt8>?, _ profileLength: Int32, _ language: Int32
) -> UnsafeMutableRawPointer? {
    WebAssemblyCall.block(
        WebAssemblyCall.evaluate(profile, profileLength, rules: .builtIn, language: language))
}

/// The what-if of a profile with the current rule base: what
/// `orgadvisor whatif --profile FILE --format json` prints.
@_cdecl("orgadvisor_whatif")
public func orgadvisorWhatIf(_ profile: UnsafePointer<UInt8>?, _ profileLength: Int32)
    -> UnsafeMutableRawPointer?
{
    guard let rules = WebAssemblyCall.current else { return WebAssemblyCall.notLoaded }
    let result = WebAssemblyCall.withProfile(profile, profileLength, rules) { profile in
        rules.whatIf(profile).json(ruleBase: rules).serialized(pretty: true) + "\n"
    }
    return WebAssemblyCall.block(result)
}

/// The next best question for a profile, leaving out the criteria named in `excluded`
/// (ids separated by commas, e.g. questions a student skipped): `{"nextQuestion": …}`
/// with the object of the evaluation JSON's `nextQuestion` (null when no question is
/// left that could change the answer).
@_cdecl("orgadvisor_next_question")
public func orgadvisorNextQuestion(
    _ profile: UnsafePointer<UInt8>?, _ profileLength: Int32,
    _ excluded: UnsafePointer<UInt8>?, _ excludedLength: Int32, _ language: Int32
) -> UnsafeMutableRawPointer? {
    guard let rules = WebAssemblyCall.current else { return WebAssemblyCall.notLoaded }
    let names = String(decoding: WebAssemblyCall.bytes(excluded, excludedLength), as: UTF8.self)
    var indices: [Int] = []
    for name in names.split(separator: ",") {
        guard let criterion = rules.criteria.first(where: { $0.id == name }) else {
            return WebAssemblyCall.block(.failure("excluded: unknown criterion '\(name)'"))
        }
        indices.append(criterion.index)
    }
    let result = WebAssemblyCall.withProfile(profile, profileLength, rules) { profile in
        let evaluation = rules.evaluate(profile, trace: false)
        let json = evaluation.json(
            language: WebAssemblyCall.language(language), includeTrace: false,
            nextQuestion: rules.nextQuestion(for: evaluation, excluding: indices))
        let next: JSONValue = json["nextQuestion"] ?? .null
        return JSONValue.object([("nextQuestion", next)]).serialized(pretty: true) + "\n"
    }
    return WebAssemblyCall.block(result)
}

/// The body of the course page `orgadvisor report --profile FILE` writes (what is
/// inside its `<main>` element: headline, profile, recommendation, ranking chart,
/// explanation, what the criteria not given could change, what-if, advice), for the
/// interactive page to show.
@_cdecl("orgadvisor_report")
public func orgadvisorReport(
    _ profile: UnsafePointer<UInt8>?, _ profileLength: Int32, _ language: Int32
) -> UnsafeMutableRawPointer? {
    guard let rules = WebAssemblyCall.current else { return WebAssemblyCall.notLoaded }
    let result = WebAssemblyCall.withProfile(profile, profileLength, rules) { profile in
        let evaluation = rules.evaluate(profile, trace: true)
        let page = HTMLReport(language: WebAssemblyCall.language(language)).render(
            evaluation, effects: rules.unknownCriterionEffects(of: evaluation),
            whatIf: rules.whatIf(profile))
        return WebAssemblyCall.mainElementContent(page)
    }
    return WebAssemblyCall.block(result)
}

/// Evaluates a profile against the rule base compiled from `rules` (the text of one rule
/// file, shown as `rules.orgrules` in messages and traces); errors in the rule text come
/// back as the compiler's diagnostics. The current rule base is left as it is
/// (`orgadvisor.wasm` only).
@_cdecl("orgadvisor_evaluate_rules")
public func orgadvisorEvaluateRules(
    _ rules: UnsafePointer<UInt8>?, _ rulesLength: Int32,
    _ profile: UnsafePointer<UInt8>?, _ profileLength: Int32, _ language: Int32
) -> UnsafeMutableRawPointer? {
    let file = SourceFile(path: "rules.orgrules", bytes: WebAssemblyCall.bytes(rules, rulesLength))
    let ruleBase: RuleBase
    do throws(RuleBaseError) {
        ruleBase = try RuleBase(files: [file])
    } catch {
        return WebAssemblyCall.block(.failure(error.description))
    }
    return WebAssemblyCall.block(
        WebAssemblyCall.evaluate(profile, profileLength, rules: ruleBase, language: language))
}
