import OrgAdvisor

/// The interactive page `orgadvisor page` writes: one HTML file with everything inline
/// (the WebAssembly module, the rule archive, the script and the style), so that it
/// works from a file, offline, in a learning platform's frame. Its Content Security
/// Policy allows no request at all: nothing outside the file can be loaded.
struct PageDocument {
    /// The page's first language (a switch on the page changes it).
    var language: Language
    /// The module, as `orgadvisor.wasm` or gzipped (the script tells them apart).
    var module: [UInt8]
    /// The rule base's archive (`RuleBase.archive()`).
    var archive: [UInt8]
    /// The rule base's title and name, for the page's heading before the first result.
    var ruleBaseTitle: String

    /// The page, ending with a newline.
    func render() -> String {
        let strings = PageStrings.of(language)
        let e = Self.escape
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.policy)\"/>\n"
        out += "<meta name=\"generator\" content=\"orgadvisor\"/>\n"
        out += "<title>\(e(strings.title))</title>\n"
        out += "<style>\n\(HTMLReport.style)\(Self.style)</style>\n</head>\n<body>\n"
        out += "<div class=\"page\">\n"
        out += "<form id=\"oa-form\" class=\"controls\" aria-labelledby=\"oa-controls-title\">\n"
        out += "<p class=\"kicker\">\(e(ruleBaseTitle))</p>\n"
        out += "<h2 id=\"oa-controls-title\">\(e(strings.text("oa-controls-title")))</h2>\n"
        out += "<fieldset class=\"lang\"><legend id=\"oa-lang-legend\">"
        out += "\(e(strings.text("oa-lang-legend")))</legend>\n"
        for (code, name) in [("fr", "Français"), ("en", "English")] {
            let checked = code == language.rawValue ? " checked=\"checked\"" : ""
            out += "<label lang=\"\(code)\"><input type=\"radio\" name=\"oa-lang\" "
            out += "value=\"\(code)\"\(checked)/> \(name)</label>\n"
        }
        out += "</fieldset>\n"
        out +=
            "<p id=\"oa-unknown-hint\" class=\"hint\">\(e(strings.text("oa-unknown-hint")))</p>\n"
        out += "<div id=\"oa-fields\"></div>\n"
        out += "<button type=\"button\" id=\"oa-reset\">\(e(strings.text("oa-reset")))</button>\n"
        out += "</form>\n"
        out += "<div class=\"output\">\n"
        out += "<p id=\"oa-problem\" class=\"problem\" role=\"alert\" hidden=\"hidden\"></p>\n"
        // Screen readers hear the recommendation after a change, not the whole result.
        out += "<p id=\"oa-status\" class=\"visually-hidden\" role=\"status\"></p>\n"
        out += "<main id=\"oa-results\">\n"
        out += "<p id=\"oa-loading\" class=\"note\">\(e(strings.text("oa-loading")))</p>\n"
        out += "<noscript><p>\(e(Self.noScript(language)))</p></noscript>\n"
        out += "</main>\n</div>\n</div>\n"
        out += "<script type=\"application/json\" id=\"oa-strings\">"
        out += Self.scriptSafe(PageStrings.json) + "</script>\n"
        out += "<script type=\"application/octet-stream\" id=\"oa-module\">\n"
        out += Base64.encode(module, lineLength: 120) + "</script>\n"
        out += "<script type=\"application/octet-stream\" id=\"oa-rules\">\n"
        out += Base64.encode(archive, lineLength: 120) + "</script>\n"
        out += "<script>\n\(PageScript.engine)\(PageScript.page)</script>\n"
        out += "</body>\n</html>\n"
        return out
    }

    /// Nothing may be fetched; inline script and style, and compiling the inline module.
    static let policy =
        "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval';"
        + " style-src 'unsafe-inline'; img-src data:"

    private static func noScript(_ language: Language) -> String {
        language == .french
            ? "Cette page calcule la recommandation avec JavaScript et WebAssembly : activez JavaScript."
            : "This page scores with JavaScript and WebAssembly: turn JavaScript on."
    }

    /// Text safe in HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// JSON that cannot end the script element it is in: `</` becomes `<\/`.
    static func scriptSafe(_ json: String) -> String {
        var out = ""
        var previous: Character = " "
        for character in json {
            if previous == "<" && character == "/" { out += "\\" }
            out.append(character)
            previous = character
        }
        return out
    }

    /// The page's own style, after the report's (``HTMLReport``): the controls beside
    /// the result on a wide screen, above it on a narrow one, and not on paper.
    static let style = """
        .page { display: grid; grid-template-columns: minmax(15rem, 21rem) minmax(0, 1fr);
          max-width: 84rem; margin: 0 auto; }
        .controls { position: sticky; top: 0; align-self: start; max-height: 100vh;
          overflow-y: auto; padding: 1.5rem 1rem 2rem; background: var(--soft);
          border-right: 1px solid var(--line); }
        .controls h2 { margin: .2rem 0 .8rem; }
        .controls .field { margin: 0 0 .9rem; }
        .controls label { display: block; font-size: .9rem; margin-bottom: .2rem; }
        .controls .question { display: block; font-weight: 600; line-height: 1.35; }
        .controls .criterion, .hint { color: var(--muted); font-size: .8rem; }
        .controls select, .controls input[type=number] { width: 100%; font: inherit;
          padding: .3rem .4rem; border: 1px solid #8a949f; border-radius: 4px;
          background: #ffffff; color: var(--ink); }
        .controls fieldset { border: 0; margin: 0 0 .6rem; padding: 0; }
        .controls legend { font-weight: 600; font-size: .9rem; padding: 0; }
        .controls fieldset label { display: inline-block; margin-right: 1rem; }
        button { font: inherit; font-size: .9rem; padding: .3rem .8rem; border-radius: 4px;
          border: 1px solid #8a949f; background: #ffffff; color: var(--ink); cursor: pointer; }
        button.answer { margin-left: .4rem; padding: .05rem .6rem; }
        :focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
        .output { min-width: 0; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
          clip: rect(0 0 0 0); white-space: nowrap; }
        .problem { margin: 1rem 1.5rem 0; padding: .5rem .8rem; border-left: 4px solid #a4262c;
          background: #fbeaea; color: #7a1c21; }
        @media (max-width: 52rem) {
          .page { display: block; }
          .controls { position: static; max-height: none; border-right: 0;
            border-bottom: 1px solid var(--line); }
        }
        @media print {
          .controls, .problem, button.answer { display: none; }
          .page { display: block; }
        }

        """
}
