import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// What the exported functions (Exports.swift) share: the current rule base, reading
/// the caller's bytes, and result blocks.
enum WebAssemblyCall {
    /// The text of a result: JSON or HTML, or an error message.
    enum Outcome {
        case success(String)
        case failure(String)
    }

    /// The rule base `orgadvisor_load` set; nil until then. The module runs on one thread
    /// (a page's main thread or a worker), so nothing else reads or writes it meanwhile.
    nonisolated(unsafe) static var current: RuleBase?

    /// The result of a call that needs a rule base before one is loaded.
    static var notLoaded: UnsafeMutableRawPointer? {
        block(.failure("no rule base: load one with 'orgadvisor_load' first"))
    }

    /// Evaluates a profile as `orgadvisor --profile FILE --format json` does.
    static func evaluate(
        _ pointer: UnsafePointer<UInt8>?, _ length: Int32, rules: RuleBase, language code: Int32
    ) -> Outcome {
        withProfile(pointer, length, rules) { profile in
            let evaluation = rules.evaluate(profile, trace: true)
            return evaluation.json(
                language: language(code), nextQuestion: rules.nextQuestion(for: evaluation)
            ).serialized(pretty: true) + "\n"
        }
    }

    /// The language of a code passed by the caller: 1 French, anything else English.
    static func language(_ code: Int32) -> Language {
        code == 1 ? .french : .english
    }

    /// The bytes at a pointer and length given by the caller.
    static func bytes(_ pointer: UnsafePointer<UInt8>?, _ length: Int32) -> [UInt8] {
        guard let pointer, length > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: pointer, count: Int(length)))
    }

    /// Reads a profile as `orgadvisor --profile FILE` does and gives it to `body`; a
    /// profile that cannot be read gives the command line's message (without `Error: `).
    static func withProfile(
        _ pointer: UnsafePointer<UInt8>?, _ length: Int32, _ rules: RuleBase,
        _ body: (Profile) -> String
    ) -> Outcome {
        let json: JSONValue
        do throws(JSONParseError) {
            json = try JSONParser.parse(bytes(pointer, length))
        } catch {
            return .failure("profile:\(error.line):\(error.column): \(error.summary)")
        }
        let profile: Profile
        do throws(ProfileJSONError) {
            profile = try rules.profile(fromJSON: json)
        } catch {
            return .failure("profile: \(error.message)")
        }
        return .success(body(profile))
    }

    /// The catalog of a rule base (see `orgadvisor_catalog`).
    static func catalog(_ rules: RuleBase) -> String {
        let criteria = rules.criteriaJSON["criteria"] ?? .array([])
        var forms: [JSONValue] = []
        if case .array(let listed) = rules.formsJSON["forms"] ?? .array([]) {
            for (index, form) in listed.enumerated() {
                guard case .object(let members) = form else { continue }
                forms.append(
                    .object(
                        members + [
                            ("color", .string(FormPalette.color(ofForm: index))),
                            ("tint", .string(FormPalette.tint(ofForm: index))),
                        ]))
            }
        }
        var members: [(String, JSONValue)] = [
            ("schema", .string("orgadvisor.catalog/1")), ("ruleBase", rules.jsonIdentity),
        ]
        if let title = rules.title {
            members.append(
                (
                    "title",
                    .object([
                        ("en", .string(title.text(.english))),
                        ("fr", .string(title.text(.french))),
                    ])
                ))
        }
        members += [("criteria", criteria), ("forms", .array(forms))]
        return JSONValue.object(members).serialized(pretty: true) + "\n"
    }

    /// What is between `<main>` and `</main>` in a page of `HTMLReport`.
    static func mainElementContent(_ page: String) -> String {
        let utf8 = Array(page.utf8)
        let open = Array("<main>\n".utf8)
        let close = Array("</main>".utf8)
        guard let start = find(open, in: utf8, from: 0),
            let end = find(close, in: utf8, from: start + open.count)
        else { return page }
        return String(decoding: utf8[(start + open.count)..<end], as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0]
                && haystack[index..<(index + needle.count)].elementsEqual(needle)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The outcome as a result block (see the top of Exports.swift).
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
