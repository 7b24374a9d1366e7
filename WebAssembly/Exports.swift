import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

// The functions the WebAssembly module exports: a small, provisional interface to
// exercise the core (the JavaScript API is designed later). Compiled only for the
// WebAssembly build, after the library modules (see build.sh).
//
// Strings cross the boundary as UTF-8 bytes in the module's memory: the caller gets a
// buffer with `orgadvisor_alloc`, writes into it, passes pointer and length, and frees
// it with `orgadvisor_free`. A result is one block, freed the same way:
//
//     offset 0: status, u32 little-endian (0: evaluation JSON, 1: error message)
//     offset 4: length of the text in bytes, u32 little-endian
//     offset 8: the text, UTF-8, not terminated

/// A buffer of `size` bytes in the module's memory, or null when there is no memory left.
@_expose(wasm, "orgadvisor_alloc")
@_cdecl("orgadvisor_alloc")
public func orgadvisorAlloc(_ size: Int32) -> UnsafeMutableRawPointer? {
    guard size >= 0 else { return nil }
    return UnsafeMutableRawPointer.allocate(byteCount: Int(size), alignment: 8)
}

/// Frees a buffer from `orgadvisor_alloc` or a result block; null is ignored.
@_expose(wasm, "orgadvisor_free")
@_cdecl("orgadvisor_free")
public func orgadvisorFree(_ pointer: UnsafeMutableRawPointer?) {
    pointer?.deallocate()
}

/// Evaluates a profile (a JSON object of criteria, as for `orgadvisor --profile`)
/// against the built-in rule base; the result holds what `orgadvisor --format json`
/// prints. `language`: 0 English, 1 French.
@_expose(wasm, "orgadvisor_evaluate")
@_cdecl("orgadvisor_evaluate")
public func orgadvisorEvaluate(
    _ profile: UnsafePointer<UInt8>?, _ profileLength: Int32, _ language: Int32
) -> UnsafeMutableRawPointer? {
    let result = WebAssemblyCall.evaluate(
        profile: WebAssemblyCall.bytes(profile, profileLength), rules: RuleBase.builtIn,
        language: language)
    return WebAssemblyCall.block(result)
}

/// Evaluates a profile against the rule base compiled from `rules` (the text of one rule
/// file, shown as `rules.orgrules` in messages and traces); errors in the rule text come
/// back as the compiler's diagnostics.
@_expose(wasm, "orgadvisor_evaluate_rules")
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
    let result = WebAssemblyCall.evaluate(
        profile: WebAssemblyCall.bytes(profile, profileLength), rules: ruleBase,
        language: language)
    return WebAssemblyCall.block(result)
}

/// What the exported functions share.
enum WebAssemblyCall {
    /// The text of a result: evaluation JSON, or an error message.
    enum Outcome {
        case success(String)
        case failure(String)
    }

    /// The bytes at a pointer and length given by the caller.
    static func bytes(_ pointer: UnsafePointer<UInt8>?, _ length: Int32) -> [UInt8] {
        guard let pointer, length > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: pointer, count: Int(length)))
    }

    /// Reads the profile and evaluates it as `orgadvisor --profile FILE --format json` does.
    static func evaluate(profile bytes: [UInt8], rules: RuleBase, language code: Int32) -> Outcome {
        let language: Language = code == 1 ? .french : .english
        let json: JSONValue
        do throws(JSONParseError) {
            json = try JSONParser.parse(bytes)
        } catch {
            return .failure("profile:\(error.line):\(error.column): \(error.summary)")
        }
        let profile: Profile
        do throws(ProfileJSONError) {
            profile = try rules.profile(fromJSON: json)
        } catch {
            return .failure("profile: \(error.message)")
        }
        let evaluation = rules.evaluate(profile, trace: true)
        let result = evaluation.json(
            language: language, nextQuestion: rules.nextQuestion(for: evaluation))
        return .success(result.serialized(pretty: true) + "\n")
    }

    /// The outcome as a result block (see the top of this file).
    static func block(_ outcome: Outcome) -> UnsafeMutableRawPointer? {
        var (status, text): (UInt32, String) =
            switch outcome {
            case .success(let json): (0, json)
            case .failure(let message): (1, message)
            }
        return text.withUTF8 { utf8 in
            let block = UnsafeMutableRawPointer.allocate(byteCount: 8 + utf8.count, alignment: 8)
            block.storeBytes(of: status.littleEndian, as: UInt32.self)
            block.storeBytes(of: UInt32(utf8.count).littleEndian, toByteOffset: 4, as: UInt32.self)
            if let base = utf8.baseAddress {
                (block + 8).copyMemory(from: base, byteCount: utf8.count)
            }
            return block
        }
    }
}
