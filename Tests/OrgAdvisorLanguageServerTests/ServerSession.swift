import OrgAdvisorEngine
import OrgAdvisorLanguageServer
import OrgAdvisorRules

/// A language server driven in process: messages written as JSON text in, the messages
/// it sends out, parsed.
struct ServerSession {
    var server: LanguageServer
    private var nextID = 1

    /// The rule base of the tests: criteria in one file, forms and rules in another.
    static let directory = "/rules"
    static let criteriaPath = directory + "/criteria.orgrules"
    static let rulesPath = directory + "/rules.orgrules"
    static let criteriaURI = "file://" + criteriaPath
    static let rulesURI = "file://" + rulesPath

    static let criteria = """
        criterion volume: level
            label en "Support request rate" fr "Taux de demande de support"
            question en "How many requests come in?" fr "Combien de demandes arrivent ?"
            weight 3
            value low en "low" fr "faible"
            value high en "high" fr "élevé" alias "beaucoup"

        criterion powerusers: yesno
            label en "Experienced users" fr "Utilisateurs expérimentés"

        """

    /// The criteria with an error after an emoji and accented text on line 6: `oops`
    /// at scalar column 56, UTF-16 character 56 (0-based: 55 scalars, the emoji two
    /// units), and so `volume` left with one value.
    static let brokenCriteria = criteria.replacingEvery(
        "value high en \"high\" fr \"élevé\" alias \"beaucoup\"",
        with: "value high en \"high 📞\" fr \"élevé\" alias \"beaucoup\" oops")

    static let rules = """
        form hotline
            label "Hotline"
            description fr "C’est la forme la plus simple d’une unité de support centralisée."
                        en "The simplest form of a centralised support unit."
            card "Hotline"

        form call-center
            label "Call-center"
            description fr "Une centrale d’appel intelligente 📞."

        rule many-calls
            when volume = high
            points call-center +3, hotline -2
            because fr "« reçoit ses appels »" en "Many calls."

        rule no-power-users
            when powerusers = no
            points call-center +1
            because "No experienced users."

        """

    init(files: [String: String] = [criteriaPath: criteria, rulesPath: rules]) {
        server = LanguageServer(version: "9.9.9", disk: .inMemory(files))
    }

    /// Sends one message (JSON text) as a client would, framed; the messages sent back.
    mutating func send(_ json: String) -> [JSONValue] {
        var framer = MessageFramer()
        framer.append(MessageFramer.frame(Array(json.utf8)))
        var out: [JSONValue] = []
        while let frame = framer.next() { out += server.handle(frame) }
        return out
    }

    /// A request with the next id; the messages sent back.
    mutating func request(_ method: String, _ params: String = "null") -> [JSONValue] {
        defer { nextID += 1 }
        return send(
            #"{"jsonrpc":"2.0","id":\#(nextID),"method":"\#(method)","params":\#(params)}"#)
    }

    /// The result of a request (the last message, which answers it).
    mutating func result(_ method: String, _ params: String = "null") -> JSONValue? {
        request(method, params).last?["result"]
    }

    mutating func notify(_ method: String, _ params: String = "null") -> [JSONValue] {
        send(#"{"jsonrpc":"2.0","method":"\#(method)","params":\#(params)}"#)
    }

    /// `initialize` and `initialized`.
    mutating func start(capabilities: String = "{}") {
        _ = request("initialize", #"{"processId":null,"capabilities":\#(capabilities)}"#)
        _ = notify("initialized", "{}")
    }

    mutating func open(_ uri: String, _ text: String, version: Int = 1) -> [JSONValue] {
        notify(
            "textDocument/didOpen",
            #"{"textDocument":{"uri":"\#(uri)","languageId":"orgrules","version":\#(version),"text":\#(Self.quoted(text))}}"#
        )
    }

    /// `textDocument` and `position` params.
    static func at(_ uri: String, _ line: Int, _ character: Int) -> String {
        #"{"textDocument":{"uri":"\#(uri)"},"position":{"line":\#(line),"character":\#(character)}}"#
    }

    static func quoted(_ text: String) -> String {
        JSONValue.string(text).serialized()
    }
}

extension JSONValue {
    /// The element at an index of an array.
    subscript(index: Int) -> JSONValue? {
        if case .array(let values) = self, values.indices.contains(index) { return values[index] }
        return nil
    }

    /// The text of a string, or of a number.
    var text: String? {
        switch self {
        case .string(let text), .number(let text): return text
        default: return nil
        }
    }

    /// The elements of an array (none otherwise).
    var elements: [JSONValue] {
        if case .array(let values) = self { return values }
        return []
    }

    /// `line:character-line:character` of a protocol range.
    var shownRange: String {
        let parts = [
            self["start"]?["line"], self["start"]?["character"], self["end"]?["line"],
            self["end"]?["character"],
        ]
        let texts = parts.map { $0?.text ?? "?" }
        return "\(texts[0]):\(texts[1])-\(texts[2]):\(texts[3])"
    }
}
