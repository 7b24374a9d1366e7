import OrgAdvisor
let args = Array(CommandLine.arguments.dropFirst())
do {
    let rb = try RuleBase(path: args[0])
    var given: [String: String] = [:]
    var i = 1
    while i + 1 < args.count { given[String(args[i].dropFirst(2))] = args[i+1]; i += 2 }
    let p = try rb.profile(given)
    let e = rb.evaluate(p)
    print(TextReport(language: .english, explain: .full).render(e), terminator: "")
    print(e.json(language: .english).serialized(pretty: true))
} catch let e as RuleBaseError { print(e) } catch { print(error) }
