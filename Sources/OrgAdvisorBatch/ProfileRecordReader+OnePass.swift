import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// The one-pass reader: a flat record read straight into a profile, or false when it
/// needs the strict path.
extension ProfileRecordReader {
    /// The one-pass reader; false when the record needs the strict path.
    ///
    /// One function of about 180 lines on purpose: it is batch's per-byte loop, and its
    /// steps share the position and the key and value state; it is not split into calls
    /// on that path.
    func fastRead(
        _ bytes: UnsafeBufferPointer<UInt8>, limit: Int,
        into values: UnsafeMutableBufferPointer<Double>,
        passThrough: inout PassThrough
    ) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        let entries = tables.entries.base
        let criterionCount = tables.entries.count
        var index = 0
        ProfileRecordReader.skipSpace(base, &index, count)
        guard index < count, base[index] == UInt8(ascii: "{") else { return false }
        index += 1
        ProfileRecordReader.skipSpace(base, &index, count)
        var seen: UInt64 = 0
        var seenID = false
        var seenName = false
        var seenOther: [Range<Int>] = []
        let patternSlots = tables.patternSlots.base
        let patternMultiplier = tables.patternMultiplier
        let keyPatterns = tables.keyPatterns.base
        if index < count && base[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                guard index < count else { return false }
                if base[index] <= 0x20 { ProfileRecordReader.skipSpace(base, &index, count) }
                guard index < count, base[index] == UInt8(ascii: "\"") else { return false }
                // Usually: the key's pattern (`"key":`) is in the slot of its first bytes.
                if index &+ 16 <= limit {
                    let slot = Int(
                        patternSlots[
                            ProfileRecordReader.patternSlot(
                                ProfileRecordReader.load(base + index),
                                multiplier: patternMultiplier)
                        ])
                    if slot >= 0 {
                        let pattern = keyPatterns[slot]
                        if index &+ pattern.length <= count && pattern.matches(base + index) {
                            index &+= pattern.length
                            if index < count && base[index] <= 0x20 {
                                ProfileRecordReader.skipSpace(base, &index, count)
                            }
                            guard index < count else { return false }
                            if slot >= 2 {
                                let criterion = slot &- 2
                                guard criterion < 64, seen & (1 &<< UInt64(criterion)) == 0 else {
                                    return false
                                }
                                seen |= 1 &<< UInt64(criterion)
                                let entry = entries + criterion
                                // Usually a value id, read here rather than by a call.
                                let value: Double
                                if base[index] == UInt8(ascii: "\"")
                                    && entry.pointee.kind.rawValue >= Kind.listed.rawValue
                                {
                                    var found = patternValue(base, &index, limit, entry: entry)
                                    if found < 0 {
                                        found = spelledValue(
                                            base, &index, count, limit: limit, criterion: criterion)
                                    }
                                    guard found >= 0 else { return false }
                                    value = Double(found)
                                } else {
                                    guard
                                        let read = fastValue(
                                            base, &index, count, limit: limit, entry: entry,
                                            criterion: criterion)
                                    else { return false }
                                    value = read
                                }
                                values[criterion] = value
                            } else {
                                if slot == 0 {
                                    guard !seenID else { return false }
                                    seenID = true
                                } else {
                                    guard !seenName else { return false }
                                    seenName = true
                                }
                                var escaped = false
                                guard
                                    let scalar = fastScalar(
                                        base, &index, count, escaped: &escaped)
                                else { return false }
                                passThrough.set(isName: slot != 0, scalar, escaped: escaped)
                            }
                            guard index < count else { return false }
                            if base[index] <= 0x20 {
                                ProfileRecordReader.skipSpace(base, &index, count)
                            }
                            guard index < count else { return false }
                            if base[index] == UInt8(ascii: ",") {
                                index &+= 1
                                continue
                            }
                            guard base[index] == UInt8(ascii: "}") else { return false }
                            index &+= 1
                            break
                        }
                    }
                }
                // Otherwise the key is read to its end and looked for among the criteria.
                let keyStart = index + 1
                let keyEnd = ProfileRecordReader.stringEnd(base, keyStart, count)
                guard keyEnd >= 0 else { return false }
                let length = keyEnd - keyStart
                let words = ProfileRecordReader.words(base, keyStart, keyEnd, count)
                var criterion = -1
                for candidate in 0..<criterionCount
                where matches(entries[candidate].key, base, keyStart, length, words) {
                    criterion = candidate
                    break
                }
                index = keyEnd + 1
                if index < count && base[index] <= 0x20 {
                    ProfileRecordReader.skipSpace(base, &index, count)
                }
                guard index < count, base[index] == UInt8(ascii: ":") else { return false }
                index += 1
                if index < count && base[index] <= 0x20 {
                    ProfileRecordReader.skipSpace(base, &index, count)
                }
                guard index < count else { return false }
                if criterion >= 0 {
                    guard criterion < 64, seen & (1 << UInt64(criterion)) == 0 else { return false }
                    seen |= 1 << UInt64(criterion)
                    guard
                        let value = fastValue(
                            base, &index, count, limit: limit, entry: entries + criterion,
                            criterion: criterion)
                    else { return false }
                    values[criterion] = value
                } else {
                    // Not a criterion: only id, name and _keys pass, each once, plain values only.
                    // "id" and "name" as little-endian words.
                    let isID = length == 2 && words.0 == 0x6469
                    let isName = length == 4 && words.0 == 0x656D_616E
                    guard isID || isName || (length > 0 && base[keyStart] == UInt8(ascii: "_"))
                    else {
                        return false
                    }
                    if isID {
                        guard !seenID else { return false }
                        seenID = true
                    } else if isName {
                        guard !seenName else { return false }
                        seenName = true
                    } else {
                        // A few ignored keys are compared here; more go to the strict
                        // path, whose check of duplicates is linear.
                        let key = keyStart..<keyEnd
                        guard seenOther.count < ProfileRecordReader.ignoredKeysCompared,
                            !seenOther.contains(where: { other in
                                other.count == key.count
                                    && zip(other, key).allSatisfy { base[$0] == base[$1] }
                            })
                        else {
                            return false
                        }
                        seenOther.append(key)
                    }
                    var escaped = false
                    guard let scalar = fastScalar(base, &index, count, escaped: &escaped) else {
                        return false
                    }
                    if isID || isName {
                        passThrough.set(isName: isName, scalar, escaped: escaped)
                    }
                }
                guard index < count else { return false }
                if base[index] <= 0x20 { ProfileRecordReader.skipSpace(base, &index, count) }
                guard index < count else { return false }
                if base[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard base[index] == UInt8(ascii: "}") else { return false }
                index += 1
                break
            }
        }
        ProfileRecordReader.skipSpace(base, &index, count)
        return index >= count
    }

    /// A string (with its quotes) or a number: the range of its bytes, or nil; `escaped`
    /// tells a string with escapes, whose bytes are not its value.
    func fastScalar(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, escaped: inout Bool
    ) -> Range<Int>? {
        let byte = base[index]
        let start = index
        if byte == UInt8(ascii: "\"") {
            var end = ProfileRecordReader.stringEnd(base, start + 1, count)
            if end < 0 {
                guard let checked = ProfileRecordReader.checkedStringEnd(base, start + 1, count)
                else { return nil }
                end = checked.end
                escaped = checked.escaped
            }
            index = end + 1
            return start..<index
        }
        if byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
            guard number(base, &index, count) != nil else { return nil }
            return start..<index
        }
        return nil
    }

    /// The value whose spelling's pattern (`"spelling"`: an id, a label or an alias as
    /// written or folded, of fourteen bytes at most) the bytes at `index` start with,
    /// with `index` moved past it; -1 when none does or sixteen bytes cannot be read. A
    /// match may run past the record only where the record is cut inside the string,
    /// which the caller's next check (`index < count`) then refuses.
    @inline(__always)
    func patternValue(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ limit: Int,
        entry: UnsafePointer<Entry>
    ) -> Int {
        guard index &+ 16 <= limit else { return -1 }
        let key = UInt32(truncatingIfNeeded: ProfileRecordReader.load(base + index) &>> 8) & 0xFFFF
        let bucket = tables.valueBuckets.base[
            entry.pointee.firstBucket
                &+ ProfileRecordReader.bucket(key, shift: entry.pointee.bucketShift)]
        let spellings = tables.valueSpellings.base
        var candidate = Int(bucket.first)
        let end = candidate &+ Int(bucket.count)
        while candidate < end {
            let pattern = spellings[candidate].pattern
            if pattern.matches(base + index) {
                index &+= pattern.length
                return spellings[candidate].value
            }
            candidate &+= 1
        }
        return -1
    }

    /// A criterion's value, checked; nil when the strict path must decide. The usual
    /// cases (a value id, a plain number) here, labels and aliases in
    /// ``spelledValue(_:_:_:limit:criterion:)``, the others in ``otherValue``.
    @inline(__always)
    func fastValue(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, limit: Int,
        entry: UnsafePointer<Entry>, criterion: Int
    ) -> Double? {
        let kind = entry.pointee.kind
        let byte = base[index]
        if byte == UInt8(ascii: "\"") && (kind == .listed || kind == .yesNo) {
            var value = patternValue(base, &index, limit, entry: entry)
            if value < 0 {
                value = spelledValue(base, &index, count, limit: limit, criterion: criterion)
            }
            return value >= 0 ? Double(value) : nil
        } else if kind == .integer || kind == .decimal,
            byte == UInt8(ascii: "-") || byte &- UInt8(ascii: "0") < 10
        {
            guard let value = number(base, &index, count) else { return nil }
            if kind == .integer && Double(Int64(value)) != value { return nil }
            if value < entry.pointee.minimum || value > entry.pointee.maximum { return nil }
            return value
        }
        return otherValue(base, &index, count, entry: entry, criterion: criterion)
    }

    /// A criterion's value that is not a string of a listed criterion nor a plain
    /// number: `null`, `true` or `false`, a number as a string; nil when the strict path
    /// must decide.
    @inline(never)
    func otherValue(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int,
        entry: UnsafePointer<Entry>, criterion: Int
    ) -> Double? {
        let kind = entry.pointee.kind
        let byte = base[index]
        if byte == UInt8(ascii: "n") {
            return ProfileRecordReader.literal(base, &index, count, "null") ? .nan : nil
        }
        if byte == UInt8(ascii: "\"") && (kind == .integer || kind == .decimal) {
            return numberInString(base, &index, count, entry: entry)
        }
        if kind == .yesNo && byte == UInt8(ascii: "t") {
            return ProfileRecordReader.literal(base, &index, count, "true") ? 0 : nil
        }
        if kind == .yesNo && byte == UInt8(ascii: "f") {
            return ProfileRecordReader.literal(base, &index, count, "false") ? 1 : nil
        }
        return nil
    }

    @inline(__always)
    static func literal(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, _ word: StaticString
    ) -> Bool {
        let length = word.utf8CodeUnitCount
        guard count - index >= length else { return false }
        for offset in 0..<length where base[index + offset] != word.utf8Start[offset] {
            return false
        }
        index += length
        return true
    }

    /// A JSON number's value, with `index` moved past it: integers and plain decimals
    /// only (at most 15 significant digits, so that the value is exact); nil otherwise.
    @inline(__always)
    func number(_ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int)
        -> Double?
    {
        var position = index
        var negative = false
        if position < count && base[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var mantissa: Int64 = 0
        var digits = 0
        let integerStart = position
        guard Self.digits(base, &position, count, into: &mantissa, counted: &digits),
            digits > 0, !(digits > 1 && base[integerStart] == UInt8(ascii: "0"))
        else { return nil }
        var scale = 0
        if position < count && base[position] == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            guard Self.digits(base, &position, count, into: &mantissa, counted: &digits) else {
                return nil
            }
            scale = position - fractionStart
            guard scale > 0 else { return nil }
        }
        if position < count {
            let next = base[position]
            if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") || next == UInt8(ascii: ".") {
                return nil
            }
        }
        var value = scale == 0 ? Double(mantissa) : Double(mantissa) / tables.powers.base[scale]
        if negative { value = -value }
        index = position
        return value
    }

    /// Reads decimal digits from `position` on into `mantissa`, counting them in
    /// `digits`; false beyond 15 digits in all, which may not be exact (the strict path
    /// decides then).
    @inline(__always)
    static func digits(
        _ base: UnsafePointer<UInt8>, _ position: inout Int, _ count: Int,
        into mantissa: inout Int64, counted digits: inout Int
    ) -> Bool {
        while position < count {
            let digit = base[position] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            if digits == 15 { return false }
            mantissa = mantissa &* 10 &+ Int64(digit)
            digits += 1
            position += 1
        }
        return true
    }
}
