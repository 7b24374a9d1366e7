/// A progress line on standard error: records, rate and, for files, the time left.
struct Progress {
    let total: Int?
    var lastDraw = 0.0

    mutating func draw(bytes: Int, records: Int, elapsed: Double, final: Bool = false) {
        guard final || elapsed - lastDraw >= 0.1 else { return }
        lastDraw = elapsed
        let rate = elapsed > 0 ? Int(Double(records) / elapsed) : 0
        var line = "\r\u{1B}[K\(records) records, \(rate)/s"
        if let total, total > 0 {
            let fraction = min(1, Double(bytes) / Double(total))
            let width = 24
            let filled = Int(fraction * Double(width))
            line +=
                "  [" + String(repeating: "█", count: filled)
                + String(repeating: " ", count: width - filled) + "]"
            line += " \(Int(fraction * 100))%"
            if fraction > 0 && fraction < 1 {
                line += ", \(Int(elapsed / fraction - elapsed) + 1) s left"
            }
        }
        if final { line = "\r\u{1B}[K" }
        Terminal.write(line, to: 2)
    }
}
