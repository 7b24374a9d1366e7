import Foundation
import OrgAdvisor
import TestSupport
import Testing

/// The page's size and speed in headless Chromium, measured, not asserted: run by
/// `Benchmarks/page/measure.sh` (which sets `ORGADVISOR_PAGE_MEASURE`), skipped otherwise.
@Suite("page measurement")
struct PageMeasurement {
    static let enabled = ProcessInfo.processInfo.environment["ORGADVISOR_PAGE_MEASURE"] != nil
    let base = PageTests()

    @Test(
        "size, time to the first result, time per change",
        .enabled(if: enabled, "set ORGADVISOR_PAGE_MEASURE (Benchmarks/page/measure.sh)"))
    func measure() throws {
        let (browser, directory) = try base.setUp()
        defer { try? FileManager.default.removeItem(at: directory) }
        var lines: [String] = []
        for language in ["en", "fr"] {
            let url = try base.page(language, in: directory)
            let size =
                try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
            lines.append("page (\(language)): \(size) bytes")
        }
        let url = try base.page("en", in: directory)
        var firsts: [Double] = []
        for _ in 0..<5 {
            let session = try base.open(url.absoluteString, browser, directory)
            firsts.append(
                try session.evaluate("window.orgadvisor.firstResultMilliseconds") as? Double ?? -1)
        }
        lines.append("first result after navigation start, 5 fresh loads: " + Self.spread(firsts))
        let session = try base.open(url.absoluteString, browser, directory)
        let profiles = PageTestProfiles.generate(count: 200, rules: RuleBase.builtIn)
            .map { PageTestProfiles.json($0) }
        let script = """
            (async () => {
              const profiles = [\(profiles.joined(separator: ","))];
              const changes = [], scores = [];
              const criteria = (await orgadvisor.catalog()).criteria;
              for (let round = 0; round < 2; round++) {
                for (const p of profiles) {
                  // One change: the controls set, the input event, the result shown and laid out.
                  const started = performance.now();
                  for (const c of criteria) {
                    document.getElementById("oa-c-" + c.id).value = p[c.id] === undefined ? "" : String(p[c.id]);
                  }
                  document.getElementById("oa-c-sites").dispatchEvent(new Event("input", { bubbles: true }));
                  document.getElementById("oa-results").getBoundingClientRect();
                  if (round === 1) changes.push(performance.now() - started);
                  const before = performance.now();
                  await orgadvisor.score(p);
                  if (round === 1) scores.push(performance.now() - before);
                }
              }
              return JSON.stringify({ changes, scores });
            })()
            """
        let text = try session.string(script)
        let times = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [Double]]
        lines.append(
            "a change (report body rendered, DOM updated, laid out), 200 profiles: "
                + Self.spread(times?["changes"] ?? []))
        lines.append(
            "score(profile) alone (evaluation JSON with trace), 200 profiles: "
                + Self.spread(times?["scores"] ?? []))
        let memory = try session.string(
            """
            (async () => {
              const profiles = [\(profiles.joined(separator: ","))];
              for (const p of profiles) await orgadvisor.score(p);
              const before = await orgadvisor.memory();
              for (let i = 0; i < 5000; i++) await orgadvisor.score(profiles[i % profiles.length]);
              const after = await orgadvisor.memory();
              return `bytes in use ${before.live}, heap ${before.heap}, linear memory ${before.memory};`
                + ` after 5,000 more: ${after.live}, ${after.heap}, ${after.memory}`;
            })()
            """)
        lines.append("memory after 200 evaluations: " + memory)
        let report = lines.joined(separator: "\n") + "\n"
        print(report)
        if let path = ProcessInfo.processInfo.environment["ORGADVISOR_PAGE_MEASURE_OUTPUT"] {
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// Median, 95th percentile and largest, in milliseconds.
    static func spread(_ values: [Double]) -> String {
        guard !values.isEmpty else { return "no values" }
        let sorted = values.sorted()
        let at = { (share: Double) in
            sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))]
        }
        return String(
            format: "median %.1f ms, 95th percentile %.1f ms, largest %.1f ms", at(0.5), at(0.95),
            sorted.last ?? 0)
    }
}
