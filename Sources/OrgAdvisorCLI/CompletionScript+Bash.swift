import OrgAdvisor

extension CompletionScript {
    /// The bash script: `source <(orgadvisor completion bash)`, or saved in
    /// bash-completion's directory. It defines `_orgadvisor` and registers it.
    var bash: String {
        """
        # bash completion for orgadvisor, written by 'orgadvisor completion bash' from
        # its commands and the rule base \(source)

        _orgadvisor() {
            local cur=${COMP_WORDS[COMP_CWORD]} prev=
            (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}
            local command=evaluate
            if (( COMP_CWORD > 1 )) && [[ ${COMP_WORDS[1]} != -* ]]; then
                command=${COMP_WORDS[1]}
            fi
            local option=
            if [[ $cur == = ]]; then
                option=$prev
                cur=
            elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then
                option=${COMP_WORDS[COMP_CWORD-2]}
            elif [[ $prev == -* ]]; then
                option=$prev
            fi
            local kind= word
            local -a words=()
            if [[ -n $option ]]; then
                case "$command $option" in
        \(bashOptionValueCases)
                esac
            fi
            if [[ -z $kind ]]; then
                if [[ $cur == -* ]]; then
                    kind=words
                    case $command in
        \(bashOptionNameCases)
                    esac
                elif (( COMP_CWORD == 1 )); then
                    kind=words
                    words=(\(Self.bashWords(commandNames)))
                else
                    case $command in
        \(bashArgumentCases)
                    *) kind=files ;;
                    esac
                fi
            fi
            COMPREPLY=()
            case $kind in
            words)
                for word in "${words[@]}"; do
                    [[ $word == "$cur"* ]] && COMPREPLY+=("$word")
                done
                ;;
            files)
                compopt -o filenames 2>/dev/null
                local IFS=$'\\n'
                COMPREPLY=($(compgen -f -- "$cur"))
                ;;
            esac
        }

        complete -F _orgadvisor orgadvisor

        """
    }

    /// The `case` branches of the options that take a value: what the value completes to.
    private var bashOptionValueCases: String {
        var lines: [String] = []
        for command in commands {
            for option in command.options where option.values != .none || option.takesValue {
                let keys = option.names.map { Self.bashQuoted("\(command.name) \($0)") }
                lines.append("        " + keys.joined(separator: "|") + ")")
                lines.append("            " + Self.bashValues(option.values) + " ;;")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The `case` branches of each command's option names.
    private var bashOptionNameCases: String {
        commands.map { command in
            let names = Self.bashWords(command.options.flatMap(\.names))
            return "            \(Self.bashQuoted(command.name))) words=(\(names)) ;;"
        }.joined(separator: "\n")
    }

    /// The `case` branches of the commands whose arguments are not file names.
    private var bashArgumentCases: String {
        commands.filter { $0.arguments != .files }.map { command in
            "            \(Self.bashQuoted(command.name))) \(Self.bashValues(command.arguments)) ;;"
        }.joined(separator: "\n")
    }

    /// `kind=…` and the words, for a `case` branch.
    private static func bashValues(_ values: Values) -> String {
        switch values {
        case .none: return "kind=none"
        case .files: return "kind=files"
        case .words(let words): return "kind=words; words=(\(bashWords(words)))"
        }
    }

    /// Words as they are inserted on the command line (spaces and other characters the
    /// shell would split or expand escaped with a backslash), each single-quoted.
    private static func bashWords(_ words: [String]) -> String {
        words.map { bashQuoted(bashEscaped($0)) }.joined(separator: " ")
    }

    /// `text` with a backslash before each character the shell treats specially.
    static func bashEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if " \t'\"\\$`!&|;<>()[]{}*?#~".contains(character) {
                out.append("\\")
            }
            out.append(character)
        }
        return out
    }

    /// `text` in single quotes, for bash and zsh: `'it'\''s'`.
    static func bashQuoted(_ text: String) -> String {
        "'" + text.replacingEvery("'", with: "'\\''") + "'"
    }
}
