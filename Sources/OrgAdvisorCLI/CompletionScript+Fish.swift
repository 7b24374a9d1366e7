import OrgAdvisor

extension CompletionScript {
    /// The fish script: saved as `orgadvisor.fish` in `~/.config/fish/completions`.
    var fish: String {
        var out = """
            # fish completion for orgadvisor, written by 'orgadvisor completion fish' from
            # its commands and the rule base \(source)

            function __orgadvisor_command --description 'the subcommand being completed is one of the arguments'
                set -l words (commandline -opc)
                set -l command evaluate
                if set -q words[2]; and not string match -q -- '-*' $words[2]
                    set command $words[2]
                end
                contains -- $command $argv
            end

            function __orgadvisor_first --description 'no argument is given yet'
                test (count (commandline -opc)) -eq 1
            end

            function __orgadvisor_values --description 'the values of an option of a command'
                switch "$argv[1] $argv[2]"

            """
        for command in commands {
            for option in command.options {
                guard case .words(let words) = option.values else { continue }
                out += "        case \(Self.fishQuoted("\(command.name) \(option.names[0])"))\n"
                out +=
                    "            printf '%s\\n' \(words.map(Self.fishQuoted).joined(separator: " "))\n"
            }
        }
        out += """
                end
            end

            complete -c orgadvisor -f

            """
        for command in commands {
            out +=
                "complete -c orgadvisor -n __orgadvisor_first -a \(Self.fishQuoted(command.name))"
            out += " -d \(Self.fishQuoted(command.summary))\n"
        }
        for command in commands {
            let condition = Self.fishQuoted("__orgadvisor_command \(command.name)")
            for option in command.options {
                out += "complete -c orgadvisor -n \(condition) " + Self.fishOption(option, command)
                out += " -d \(Self.fishQuoted(option.help))\n"
            }
            switch command.arguments {
            case .none: break
            case .files: out += "complete -c orgadvisor -n \(condition) -F\n"
            case .words(let words):
                out += "complete -c orgadvisor -n \(condition) -a "
                out += Self.fishQuoted(words.joined(separator: " ")) + "\n"
            }
        }
        return out
    }

    /// `-l name [-s x]` and what its value completes to.
    private static func fishOption(_ option: Option, _ command: Subcommand) -> String {
        var out = ""
        for name in option.names {
            out += name.hasPrefix("--") ? "-l \(name.dropFirst(2)) " : "-s \(name.dropFirst()) "
        }
        switch option.values {
        case .none: out += option.takesValue ? "-x" : ""
        case .files: out += "-r -F"
        case .words:
            let call = "(__orgadvisor_values \(command.name) \(option.names[0]))"
            out += (option.takesValue ? "-x " : "") + "-a " + fishQuoted(call)
        }
        return out.hasSuffix(" ") ? String(out.dropLast()) : out
    }

    /// `text` in fish's single quotes (a backslash before `\` and `'`).
    static func fishQuoted(_ text: String) -> String {
        "'" + text.replacingEvery("\\", with: "\\\\").replacingEvery("'", with: "\\'") + "'"
    }
}
