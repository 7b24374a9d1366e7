import TestSupport
import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// Compiled archives (`RuleBase.archive(sources:)`, `RuleBase(archive:)`): a rule base read
/// from its archive is the same in every field of its checked rule base and of its
/// compiled program, and any other bytes are refused with a reason, never a crash.
@Suite("Rule base archives")
struct RuleBaseArchiveTests {
    /// Every field of a rule base's program, by name: each element of each array as text.
    /// A field added to `ProgramMemory` must be added here (and to `ProgramTables` when
    /// the tables hold it).
    static func programFields(_ rules: RuleBase) -> [String: [String]] {
        let memory = rules.program
        func describe<Element>(_ array: borrowing RawArray<Element>) -> [String] {
            array.buffer.map { String(describing: $0) }
        }
        return [
            "criterionCount": ["\(memory.memory.criterionCount)"],
            "formCount": ["\(memory.memory.formCount)"],
            "maxStack": ["\(memory.memory.maxStack)"],
            "instructions": describe(memory.memory.instructions),
            "sets": describe(memory.memory.sets),
            "ruleCode": describe(memory.memory.ruleCode),
            "ruleContributions": describe(memory.memory.ruleContributions),
            "contributionForm": describe(memory.memory.contributionForm),
            "contributionScore": describe(memory.memory.contributionScore),
            "derivations": describe(memory.memory.derivations),
            "derivationTargets": describe(memory.memory.derivationTargets),
            "genericRules": describe(memory.memory.genericRules),
            "genericCriteriaMask": ["\(memory.memory.genericCriteriaMask)"],
            "classCount": describe(memory.memory.classCount),
            "classBoundsStart": describe(memory.memory.classBoundsStart),
            "classBounds": describe(memory.memory.classBounds),
            "classOffset": describe(memory.memory.classOffset),
            "groups": describe(memory.memory.groups),
            "slotCriterion": describe(memory.memory.slotCriterion),
            "slotGroup": describe(memory.memory.slotGroup),
            "slotMaps": describe(memory.memory.slotMaps),
            "slotMapStart": describe(memory.memory.slotMapStart),
            "slotCodes": describe(memory.memory.slotCodes),
            "slotStride": describe(memory.memory.slotStride),
            "slotLocalCount": describe(memory.memory.slotLocalCount),
            "groupRules": describe(memory.memory.groupRules),
            "rows": describe(memory.memory.rows),
            "wideRows": describe(memory.memory.wideRows),
            "criterionSlotStart": describe(memory.memory.criterionSlotStart),
            "criterionSlots": describe(memory.memory.criterionSlots),
            "eventStart": describe(memory.memory.eventStart),
            "events": describe(memory.memory.events),
            "scratchWords": ["\(memory.scratchWords)"],
        ]
    }

    /// Every field of a rule base, as text: its checked rule base (but the warnings, which
    /// an archive does not keep; the rules' texts as made, however they are held), its
    /// value classes and its program.
    static func fields(_ rules: RuleBase) -> [String: [String]] {
        var checked = rules.checked
        checked.warnings = []
        checked.rules = checked.rules.map { rule in
            Rule(
                id: rule.id, index: rule.index, condition: rule.condition, points: rule.points,
                weight: rule.weight, weightSource: rule.weightSource, because: .text(rule.because),
                card: rule.card, note: rule.note.map { .text($0) }, location: rule.location,
                criteria: rule.criteria)
        }
        var fields = programFields(rules)
        fields["checked"] = [String(describing: checked)]
        fields["valueClasses"] = rules.valueClasses.map { String(describing: $0) }
        fields["representatives"] = rules.representatives.map { String(describing: $0) }
        return fields
    }

    /// The names of the fields that differ between two rule bases.
    static func differences(_ lhs: RuleBase, _ rhs: RuleBase) -> [String] {
        let (left, right) = (fields(lhs), fields(rhs))
        return left.keys.sorted().filter { left[$0] != right[$0] }
    }

    /// A rule base whose rules do not all fit in tables (some are evaluated one by one).
    static let genericSource: String = {
        var source = """
            rulebase "budget" version "1"
            criterion p: integer from 0 to 1000
                label "p"
            criterion q: integer from 0 to 1000
                label "q"
            form a
                label "A"
                description "Form A."
            form b
                label "B"
                description "Form B."

            """
        for index in 0..<20 {
            let list = (1...60).map { String($0 * 10 + index) }.joined(separator: ", ")
            source += """

                rule r\(index)
                    when p in [\(list)] and not (q in [\(list)] or p < \(index))
                    points \(index % 2 == 0 ? "a" : "b") +1
                    because "Large."

                """
        }
        return source
    }()

    @Test(
        "a rule base read from its archive equals it in every field",
        arguments: [
            RuleBase.builtIn,
            try! RuleBase(source: CompletionAnalysisTableTests.mixedSource, path: "mixed"),
            try! RuleBase(source: ProgramAnalyseTests.tiesSource, path: "ties"),
            try! RuleBase(source: RuleBaseArchiveTests.genericSource, path: "budget.orgrules"),
        ])
    func roundTrip(_ rules: RuleBase) throws {
        let archive = rules.archive()
        let copy = try RuleBase(archive: archive)
        #expect(Self.differences(rules, copy) == [])
        #expect(copy.archive() == archive)
        // Without tables, the tables are built: the same again.
        let built = try RuleBase(archive: RuleBaseArchive.encode(rules.checked))
        #expect(Self.differences(rules, built) == [])
    }

    @Test("random rule bases read from their archives equal them in every field", arguments: 1...3)
    func randomRoundTrip(seed: UInt64) throws {
        var generator = SeededGenerator(state: 900 + seed)
        for number in 0..<30 {
            let base = RandomRuleBase.random(using: &generator)
            let rules = try RuleBase(source: base.source, path: "random-\(number).orgrules")
            let copy = try RuleBase(archive: rules.archive())
            #expect(Self.differences(rules, copy) == [], "\(base.source)")
        }
    }

    /// Explanations as a rule holds them, and what each language reads: its own text, else
    /// the other language's, else nothing (as `LocalizedText.text(_:)` falls back).
    static let storedTexts: [(StoredText, english: String, french: String)] = [
        (
            .utf8(english: ArraySlice("Because.".utf8), french: ArraySlice("Parce que.".utf8)),
            "Because.", "Parce que."
        ),
        (.utf8(english: nil, french: ArraySlice("élevé".utf8)), "élevé", "élevé"),
        (.utf8(english: ArraySlice("high".utf8), french: nil), "high", "high"),
        (.utf8(english: nil, french: nil), "", ""),
        (.text(LocalizedText(english: "Because.", french: "Parce que.")), "Because.", "Parce que."),
        (.text(LocalizedText(english: nil, french: "Parce que.")), "Parce que.", "Parce que."),
        (.text(LocalizedText()), "", ""),
    ]

    @Test("an explanation's bytes in one language are that language's text", arguments: storedTexts)
    func storedTextBytes(_ stored: StoredText, english: String, french: String) {
        for (language, expected) in [(Language.english, english), (.french, french)] {
            let bytes = stored.withUTF8(in: language) { Array($0) }
            #expect(bytes == Array(expected.utf8))
            #expect(stored.text.text(language) == expected)
        }
    }

    @Test("every rule's explanation in each language, as bytes, is its text")
    func becauseBytes() throws {
        var generator = SeededGenerator(state: 950)
        var bases = [RuleBase.builtIn, try RuleBase(archive: RuleBase.builtIn.archive())]
        for number in 0..<10 {
            let base = RandomRuleBase.random(using: &generator)
            let rules = try RuleBase(source: base.source, path: "random-\(number).orgrules")
            bases += [rules, try RuleBase(archive: rules.archive())]
        }
        for rules in bases {
            for rule in rules.rules {
                for language in [Language.english, .french] {
                    let bytes = rule.withBecauseUTF8(in: language) { Array($0) }
                    #expect(bytes == Array(rule.because.text(language).utf8), "\(rule.id)")
                }
            }
        }
    }

    /// A condition's text kept as a `String` and as UTF-8 bytes shared with a file or an
    /// archive: the bytes as written, which must read, compare and hash as the text.
    static let sourceTexts: [(text: String, bytes: [UInt8])] = [
        ("sites >= 3", Array("sites >= 3".utf8)),
        ("volume = élevé", Array("volume = élevé".utf8)),
        ("", []),
        // Invalid UTF-8 reads as U+FFFD, as the rule files' text does.
        ("a \u{FFFD} b", [0x61, 0x20, 0xFF, 0x20, 0x62]),
    ]

    @Test("a condition's text read from shared bytes equals its text", arguments: sourceTexts)
    func sharedSourceText(_ text: String, _ bytes: [UInt8]) {
        let location = SourceLocation(path: "rules.orgrules", line: 3, column: 10)
        // The bytes as a part of a larger buffer, as an archive or a file holds them.
        let buffer = [0x7B] + bytes + [0x7D]
        let shared = ConditionSource(utf8: buffer[1..<(1 + bytes.count)], location: location)
        #expect(shared.text == text)
        // Valid bytes are the text's own: kept either way, the sources are equal.
        guard text.utf8.elementsEqual(bytes) else { return }
        let kept = ConditionSource(utf8: ArraySlice(text.utf8), location: location)
        #expect(shared == kept)
        #expect(shared.hashValue == kept.hashValue)
        #expect(shared != ConditionSource(utf8: ArraySlice((text + " ").utf8), location: location))
    }

    @Test("Base64 text of an archive decodes to its bytes; other text does not decode")
    func archiveText() {
        var generator = SeededGenerator(state: 5)
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = ArchiveText.encode(bytes, lineLength: 8)
            #expect(ArchiveText.decode(text) == bytes)
            #expect(text.utf8.count == (length + 2) / 3 * 4 + (length + 5) / 6)
        }
        for text in ["QQ=", "Q===", "QQ=Q", "QQ==QQ==", "QUJD!", "QUJDRA"] {
            #expect(ArchiveText.decode(text) == nil, "\(text)")
        }
        #expect(ArchiveText.decode("QUJD\nRA==\n") == Array("ABCD".utf8))
    }

    @Test("where the rule files were is kept")
    func sources() throws {
        let sources = RuleBaseArchive.Sources(
            path: "rules", absolutePath: "/home/teacher/rules",
            files: [.init(path: "/home/teacher/rules/a.orgrules", size: 12, modified: -3)])
        var found: RuleBaseArchive.Sources?
        _ = try RuleBase(archive: RuleBase.builtIn.archive(sources: sources), sources: &found)
        #expect(found == sources)
    }
}

/// Archives that are not what `RuleBase(archive:)` reads: refused with a reason.
@Suite("Rule base archives: damage")
struct RuleBaseArchiveDamageTests {
    /// An archive of a small rule base with tables, derivations and every kind of
    /// criterion (bytes only: a rule base kept in a global would be reported as leaked by
    /// LeakSanitizer, as `Tests/lsan-suppressions.txt` explains).
    static let archive = try! RuleBase(
        source: CompletionAnalysisTableTests.mixedSource, path: "mixed.orgrules"
    ).archive()

    /// The reason an archive is refused, or nil when it loads.
    static func refusal(_ bytes: [UInt8]) -> String? {
        do {
            _ = try RuleBase(archive: bytes)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("an archive cut anywhere is refused")
    func cut() {
        for length in 0..<Self.archive.count {
            let reason = Self.refusal(Array(Self.archive.prefix(length)))
            #expect(reason != nil, "cut at \(length)")
            if length > RuleBaseArchive.headerSize {
                #expect(reason?.hasPrefix("cut short: \(length) bytes, expected") == true)
            }
        }
    }

    @Test("any changed byte is refused")
    func changedByte() {
        for offset in Self.archive.indices {
            var damaged = Self.archive
            damaged[offset] ^= 0x20
            #expect(Self.refusal(damaged) != nil, "byte \(offset)")
        }
    }

    @Test(
        "another format, version or tables version is refused by name",
        arguments: [
            ("orgadvisor-archive/3", "orgadvisor-archive/2", "format 'orgadvisor-archive/2'"),
            (
                "orgadvisor-tables/2", "orgadvisor-tables/0",
                "tables of format 'orgadvisor-tables/0'"
            ),
        ])
    func otherVersion(found: String, replacement: String, message: String) throws {
        var damaged = Self.archive
        let pattern = Array(found.utf8)
        let start = try #require(
            damaged.indices.first { damaged[$0...].starts(with: pattern) })
        damaged.replaceSubrange(start..<start + pattern.count, with: Array(replacement.utf8))
        RuleBaseArchive.reseal(&damaged)
        let reason = try #require(Self.refusal(damaged))
        #expect(reason.contains(message), "\(reason)")
    }

    @Test("tables of version 1 (one per set of criteria) are read as before")
    func tablesVersionOne() throws {
        var older = Self.archive
        let pattern = Array(ProgramTables.version.utf8)
        let start = try #require(older.indices.first { older[$0...].starts(with: pattern) })
        older.replaceSubrange(
            start..<start + pattern.count, with: Array("orgadvisor-tables/1".utf8))
        RuleBaseArchive.reseal(&older)
        let rules = try RuleBase(archive: older)
        #expect(RuleBaseArchiveTests.differences(rules, try RuleBase(archive: Self.archive)) == [])
    }

    @Test("bytes that are not an archive are refused")
    func notAnArchive() {
        for bytes in [[], Array("rulebase \"x\"\n".utf8), [UInt8](repeating: 0xFF, count: 64)] {
            #expect(
                Self.refusal(bytes)
                    == "not a rule archive; expected one starting 'orgadvisor-archive/3'")
        }
    }

    @Test("damaged contents under a valid checksum are refused or load, never a crash")
    func resealed() {
        var generator = SeededGenerator(state: 17)
        var refused = 0
        for round in 0..<1500 {
            var damaged = Self.archive
            for _ in 0...(round % 3) {
                let offset = Int.random(
                    in: RuleBaseArchive.headerSize..<damaged.count, using: &generator)
                damaged[offset] = UInt8.random(in: 0...255, using: &generator)
            }
            RuleBaseArchive.reseal(&damaged)
            guard let rules = try? RuleBase(archive: damaged) else {
                refused += 1
                continue
            }
            // What loads evaluates and explains any profile.
            var profile = Profile(for: rules)
            for index in rules.criteria.indices where index % 2 == round % 2 {
                profile.setRawValue(rules.representatives[index].first ?? 0, at: index)
            }
            _ = rules.evaluate(profile)
        }
        #expect(refused > 1000)
    }

    @Test("the format is pinned: a change of what is written changes a version")
    func pinned() throws {
        // The checksum of the archive of a rule base of every construct, written by format
        // 3 with tables 2. When it changes and the fixture did not, bump
        // `RuleBaseArchive.formatVersion` (the rule base's part) or `ProgramTables.version`
        // (the tables), and record the new checksum and versions here.
        let path = "Tests/OrgAdvisorTests/Fixtures/valid/every-construct.orgrules"
        let rules = try RuleBase(source: try TestFiles.text(path), path: path)
        let checksum = rules.archive().withUnsafeBytes { ArchiveChecksum.of($0) }
        #expect(RuleBaseArchive.format == "orgadvisor-archive/3")
        #expect(ProgramTables.version == "orgadvisor-tables/2")
        #expect(checksum == 5_148_212_369_633_221_901, "checksum \(checksum)")
    }
}
