import OrgAdvisor

extension CompletionScript {
    /// The zsh script: saved as `_orgadvisor` in a directory of `$fpath`, or sourced
    /// after `compinit`. It completes with descriptions (commands, options) and lets
    /// `compadd` quote values with spaces.
    var zsh: String {
        var out = """
            #compdef orgadvisor
            # zsh completion for orgadvisor, written by 'orgadvisor completion zsh' from
            # its commands and the rule base \(source)

            _orgadvisor() {
                local command=evaluate cur=${words[CURRENT]} prev=${words[CURRENT-1]}
                if (( CURRENT > 2 )) && [[ ${words[2]} != -* ]]; then
                    command=${words[2]}
                fi
                local -a values entries
                if [[ $prev == -* ]]; then
                    case "$command $prev" in

            """
        for command in commands {
            for option in command.options where option.takesValue {
                let keys = option.names.map { Self.bashQuoted("\(command.name) \($0)") }
                out += "        (" + keys.joined(separator: "|") + ")\n"
                out += "            " + Self.zshValues(option.values) + " ;;\n"
            }
        }
        out += """
                    esac
                fi
                if [[ $cur == -* ]]; then
                    case $command in

            """
        for command in commands {
            let entries = command.options.flatMap { option in
                option.names.map { Self.zshEntry($0, option.help) }
            }
            out +=
                "        (\(Self.bashQuoted(command.name))) entries=(\(entries.joined(separator: " "))) ;;\n"
        }
        out += """
                    esac
                    _describe -t options option entries
                elif (( CURRENT == 2 )); then
                    entries=(\(commands.map { Self.zshEntry($0.name, $0.summary) }.joined(separator: " ")))
                    _describe -t commands command entries
                else
                    case $command in

            """
        for command in commands where command.arguments != .files {
            out += "        (\(Self.bashQuoted(command.name))) "
            out += Self.zshValues(command.arguments) + " ;;\n"
        }
        out += """
                    (*) _files ;;
                    esac
                fi
            }

            if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then
                _orgadvisor "$@"
            else
                compdef _orgadvisor orgadvisor
            fi

            """
        return out
    }

    /// The completion of a value, for a `case` branch (it returns).
    private static func zshValues(_ values: Values) -> String {
        switch values {
        case .none: return "return 1"
        case .files: return "_files; return"
        case .words(let words):
            return
                "values=(\(words.map(bashQuoted).joined(separator: " "))); compadd -a values; return"
        }
    }

    /// `'name:description'` for `_describe` (a colon in the name escaped).
    private static func zshEntry(_ name: String, _ description: String) -> String {
        bashQuoted(name.replacingEvery(":", with: "\\:") + ":" + description)
    }
}
