import OrgAdvisorEngine
import OrgAdvisorRules

extension HTMLReport {
    /// The class of the fragment's outer `<div>`, which every selector of its style
    /// starts with.
    public static let fragmentClass = "orgadvisor-report"

    /// The page's content alone, to paste into another page (a course page, a learning
    /// platform's HTML block), ending with a newline: one
    /// `<div class="orgadvisor-report">` holding a `<style>` and the page's body, with no
    /// `<html>`, `<head>` or `<body>`.
    ///
    /// Every selector of the style starts with `.orgadvisor-report` (what the page styles
    /// as `:root`, `html`, `body` and `main` is the `<div>` itself), so the fragment
    /// styles nothing of the host page; and it restates the colour, font and table
    /// layout the host's own element rules (`p { color: … }`, `table { display: … }`)
    /// would otherwise impose inside it. Section ids start with `orgadvisor-`. The
    /// arguments are those of ``render(_:effects:whatIf:)``.
    public func renderFragment(
        _ evaluation: Evaluation, effects: [UnknownCriterionEffect], whatIf: WhatIf
    ) -> String {
        let content = CoursePageContent(
            evaluation, effects: effects, whatIf: whatIf, language: language)
        var out = "<div class=\"\(Self.fragmentClass)\" lang=\"\(language.rawValue)\">\n"
        out += "<style>\n\(Self.fragmentStyle)</style>\n"
        out += body(content, idPrefix: "orgadvisor-") + "</div>\n"
        return FrenchTypography.typeset(out, french: language == .french)
    }

    /// The fragment's style: resets against the host page's element rules, then the
    /// page's style (``style``) scoped under ``fragmentClass``.
    package static let fragmentStyle: String = {
        let scope = "." + fragmentClass
        let texts = [
            "h1", "h2", "h3", "p", "ol", "ul", "li", "table", "th", "td", "section", "header",
            "footer", "nav", "figure", "figcaption", "blockquote", "span", "strong", "a",
        ]
        var out = "\(scope) { display: block; text-align: left; }\n"
        out += texts.map { "\(scope) \($0)" }.joined(separator: ",\n")
        out += " {\n  color: inherit; font-family: inherit; font-size: inherit;\n"
        out += "  visibility: visible; float: none; }\n"
        for (element, display) in [
            ("table", "table"), ("thead", "table-header-group"), ("tbody", "table-row-group"),
            ("tr", "table-row"), ("th, td", "table-cell"),
        ] {
            let selectors = element.split(separator: ",").map {
                "\(scope) \($0.filter { $0 != " " })"
            }
            out += "\(selectors.joined(separator: ", ")) { display: \(display); }\n"
        }
        return out + scoped(style, under: scope)
    }()

    /// A style sheet with every selector of its rules prefixed by `scope` (a class
    /// selector), `@media` blocks kept with their rules scoped the same way. The page's
    /// root selectors (`:root`, `html`, `body`, `main`) become `scope` itself and `*`
    /// becomes `scope` and its descendants. The sheet must have no comments and no
    /// braces inside strings (the page's own style has neither).
    package static func scoped(_ sheet: String, under scope: String) -> String {
        var out = ""
        var prelude = ""
        var depth = 0  // the number of open `@media` blocks
        var inDeclarations = false
        for character in sheet {
            if inDeclarations {
                out.append(character)
                if character == "}" { inDeclarations = false }
                continue
            }
            switch character {
            case "{":
                let head = prelude.trimmingSpaces
                let indent = String(prelude.prefix { $0 == " " || $0 == "\n" })
                if head.hasPrefix("@") {
                    out += indent + head + " {"
                    depth += 1
                } else {
                    let selectors = splitSelectors(head).flatMap { scopedSelector($0, scope) }
                    out += indent + selectors.joined(separator: ", ") + " {"
                    inDeclarations = true
                }
                prelude = ""
            case "}" where depth > 0 && prelude.trimmingSpaces.isEmpty:
                out += prelude + "}"
                prelude = ""
                depth -= 1
            default:
                prelude.append(character)
            }
        }
        return out + prelude
    }

    /// A selector list split at its top-level commas, each selector trimmed and its
    /// line breaks made spaces.
    private static func splitSelectors(_ list: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var parentheses = 0
        for character in list {
            switch character {
            case "(": parentheses += 1
            case ")": parentheses -= 1
            case "," where parentheses == 0:
                parts.append(current.trimmingSpaces)
                current = ""
                continue
            default: break
            }
            current.append(character == "\n" ? " " : character)
        }
        parts.append(current.trimmingSpaces)
        return parts.filter { !$0.isEmpty }
    }

    /// One selector under `scope`.
    private static func scopedSelector(_ selector: String, _ scope: String) -> [String] {
        switch selector {
        case ":root", "html", "body", "main": return [scope]
        case "*": return [scope, scope + " *"]
        default:
            for root in ["html ", "body ", "main "] where selector.hasPrefix(root) {
                return [scope + " " + selector.dropFirst(root.count)]
            }
            return [scope + " " + selector]
        }
    }
}

extension String {
    /// The text without its leading and trailing spaces and line breaks.
    fileprivate var trimmingSpaces: String {
        let isSpace = { (c: Character) in c == " " || c == "\n" || c == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
