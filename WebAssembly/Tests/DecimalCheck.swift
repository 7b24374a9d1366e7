// Checks the module's decimal parsing (C/decimal.c, compiled natively for this test)
// against the native Double(String) on many inputs: numbers as JSON, the rule language and
// profiles write them, the shortest and long forms of random doubles, the exact midpoints
// between neighbouring doubles and numbers just above and below them, out-of-range and
// malformed texts. Run by build.sh; exits 1 and lists the first differences.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@_silgen_name("orgadvisor_decimal_to_double")
private func decimalToDouble(
    _ text: UnsafePointer<CChar>, _ result: UnsafeMutablePointer<Double>
) -> UnsafePointer<CChar>?

/// What Double(String) gives with the module's C function (the standard library's wrapper
/// refuses an empty text and leading white space before calling it).
private func viaModule(_ text: String) -> Double? {
    guard let first = text.utf8.first, !" \t\n\u{B}\u{C}\r".utf8.contains(first) else {
        return nil
    }
    var value = 0.0
    let complete = text.withCString { pointer -> Bool in
        guard let end = decimalToDouble(pointer, &value) else { return false }
        return end.pointee == 0
    }
    return complete ? value : nil
}

/// SplitMix64, so that every run checks the same inputs.
private struct Generator {
    var state: UInt64 = 0x6465_6369_6D61_6C73
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(Unicode.Scalar(UInt8(48 + below(10)))) })
    }
}

private func formatted(_ format: String, _ value: any CVarArg) -> String {
    var buffer = [CChar](repeating: 0, count: 1200)
    _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, format, $0) }
    return String(cString: buffer)
}

private var inputs: [String] = [
    "0", "-0", "+0", "0.0", "00012", "1.", ".5", "-.5", "+.5e-3", ".", "-", "+", "e5", "1e",
    "1e+", "1e-", "--1", "+-1", "1.5.3", "1e5e5", "12a", "", " 1", "1 ", "0x10", "1_0",
    "inf", "-inf", "+INF", "Infinity", "-infinity", "infinit", "nan", "-nan", "NaN", "nan(abc)",
    "nan(", "1e400", "-1e400", "1e-400", "-1e-400", "0e999999999", "0e-999999999",
    "1e999999999999999999999", "1e-999999999999999999999", "4.9e-324", "5e-324", "2e-324",
    "2.4703282292062327e-324", "2.4703282292062328e-324", "2.2250738585072011e-308",
    "2.2250738585072014e-308", "1.7976931348623157e308", "1.7976931348623158e308",
    "1.7976931348623159e308", "9007199254740993", "9007199254740992.5", "0.1", "0.3",
    "123456789012345678901234567890", "1" + String(repeating: "0", count: 308),
    "1" + String(repeating: "0", count: 309), "0." + String(repeating: "0", count: 400) + "1",
    String(repeating: "9", count: 1000), "1." + String(repeating: "0", count: 2000) + "1",
    "2.5", "12", "-3", "1e3", "1E3", "1.2e+3", "5.", "3.14159", "1200", "49", "50",
    "0x", "0x.", "0xg", "0x1p", "0x1.8p3", "-0X1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075",
    "0x1.0000000000001p-1075", "0x.8p1", "0x10000000000000000001", "0x1.00000000000008p0",
    "0x1.000000000000081p0", "0x1p99999999999", "0x1p-99999999999", "snan", "-snan", "SNaN",
    "snan(1)", "snan ",
]

private var generator = Generator()
for _ in 0..<40_000 {
    // Numbers as JSON and profiles write them.
    var text = generator.below(4) == 0 ? "-" : ""
    text += generator.digits(1 + generator.below(generator.below(3) == 0 ? 40 : 17))
    if generator.below(2) == 0 { text += "." + generator.digits(1 + generator.below(25)) }
    if generator.below(2) == 0 {
        text += ["e", "E", "e+", "e-", "E-"][generator.below(5)] + String(generator.below(400))
    }
    inputs.append(text)
}
for _ in 0..<20_000 {
    // Texts of the characters a profile value may use.
    let alphabet = Array("0123456789+-.eE")
    inputs.append(String((0..<(1 + generator.below(8))).map { _ in alphabet[generator.below(15)] }))
}
for _ in 0..<5_000 {
    // Hexadecimal numbers, which strtod reads too.
    var text = (generator.below(3) == 0 ? "-" : "") + "0x"
    text += String(generator.next(), radix: 16) + String(generator.below(1 << 20), radix: 16)
    if generator.below(2) == 0 { text += "." + String(generator.next(), radix: 16) }
    if generator.below(2) == 0 { text += "p" + String(generator.below(2300) - 1150) }
    inputs.append(text)
}
for _ in 0..<20_000 {
    // Random doubles, shortest and long forms.
    let value = Double(bitPattern: generator.next())
    guard value.isFinite else { continue }
    inputs.append("\(value)")
    inputs.append(formatted("%.17e", value))
    inputs.append(formatted("%.\(generator.below(30))e", value))
}
#if arch(x86_64)
    for index in 0..<20_000 {
        // Exact midpoints between neighbours (ties), and numbers a hair above and below.
        var value = Double(bitPattern: generator.next() >> 1)
        if index % 4 == 0 { value = Double(bitPattern: generator.next() % (1 << 53)) }  // tiny
        guard value.isFinite, value.nextUp.isFinite else { continue }
        let low = Float80(value)
        let middle = low + (Float80(value.nextUp) - low) / 2
        let exact = formatted("%.800Le", middle)
        inputs.append(exact)
        if let e = exact.firstIndex(of: "e") {
            var mantissa = String(exact[..<e])
            while mantissa.last == "0" { mantissa.removeLast() }
            inputs.append(mantissa + "1" + exact[e...])
            inputs.append(String(mantissa.prefix(22)) + exact[e...])
        }
    }
#endif

var differences = 0
for text in inputs {
    let expected = Double(text)
    let actual = viaModule(text)
    if expected?.bitPattern != actual?.bitPattern
        && !(expected?.isNaN == true && actual?.isNaN == true
            && expected?.sign == actual?.sign
            && expected?.isSignalingNaN == actual?.isSignalingNaN)
    {
        differences += 1
        if differences <= 20 {
            let shown = text.count > 120 ? String(text.prefix(120)) + "…" : text
            print(
                "decimal check: '\(shown)': native \(String(describing: expected)), module \(String(describing: actual))"
            )
        }
    }
}
if differences > 0 {
    print("decimal check: \(differences) of \(inputs.count) inputs differ from Double(String)")
    exit(1)
}
print("decimal check: \(inputs.count) inputs, every one parsed as Double(String) parses it")
