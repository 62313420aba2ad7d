package main

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/align"
)

// completion prints a completion script for bash, zsh or fish. The
// commands and their flags are read from the flag sets themselves, so the
// script cannot fall behind them; paths complete as files.
func (e env) completion(args []string) int {
	const use = "usage: factcheck completion bash|zsh|fish\n\nprint a shell completion script, e.g. source <(factcheck completion bash)\n"
	if len(args) != 1 {
		fmt.Fprintf(e.stderr, "factcheck: completion: want one shell: bash, zsh or fish\n%s", use)
		return exitInput
	}
	switch args[0] {
	case "-h", "-help", "--help":
		return e.write(use)
	case "bash":
		return e.write(bashCompletion(e))
	case "zsh":
		return e.write("#compdef factcheck\nautoload -U +X bashcompinit && bashcompinit\n" + bashCompletion(e))
	case "fish":
		return e.write(fishCompletion(e))
	}
	fmt.Fprintf(e.stderr, "factcheck: completion: unknown shell %q (want bash, zsh or fish)\n", args[0])
	return exitInput
}

// commandFlags lists a command's flags ("format", "o"…), sorted, read
// from the usage its flag set prints.
func commandFlags(e env, name string) []string {
	var out bytes.Buffer
	run([]string{name, "-h"}, strings.NewReader(""), &out, io.Discard)
	var flags []string
	for _, l := range strings.Split(out.String(), "\n") {
		if !strings.HasPrefix(l, "  -") {
			continue
		}
		f := strings.Fields(l)[0]
		flags = append(flags, strings.TrimPrefix(f, "-"))
	}
	sort.Strings(flags)
	return flags
}

func commandNames() []string {
	cs := commands()
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.name
	}
	return append(names, "help")
}

func bashCompletion(e env) string {
	var b strings.Builder
	b.WriteString("# bash completion for factcheck: source <(factcheck completion bash)\n")
	b.WriteString("_factcheck() {\n\tlocal cur=${COMP_WORDS[COMP_CWORD]}\n")
	fmt.Fprintf(&b, "\tif [ \"$COMP_CWORD\" -eq 1 ]; then\n\t\tCOMPREPLY=($(compgen -W %q -- \"$cur\"))\n\t\treturn\n\tfi\n", strings.Join(commandNames(), " ")+" --version --help")
	b.WriteString("\tlocal words=\n\tcase ${COMP_WORDS[1]} in\n")
	for _, c := range commands() {
		var words []string
		for _, f := range commandFlags(e, c.name) {
			words = append(words, "--"+f)
		}
		switch c.name {
		case "completion":
			words = []string{"bash", "zsh", "fish"}
		case "explain":
			words = align.CheckNames()
		}
		fmt.Fprintf(&b, "\t%s) words=%q ;;\n", c.name, strings.Join(words, " "))
	}
	fmt.Fprintf(&b, "\thelp) words=%q ;;\n", strings.Join(commandNames(), " "))
	b.WriteString("\tesac\n")
	b.WriteString("\tif [[ $cur == -* || ${COMP_WORDS[1]} == completion || ${COMP_WORDS[1]} == explain || ${COMP_WORDS[1]} == help ]]; then\n")
	b.WriteString("\t\tCOMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n\telse\n\t\tCOMPREPLY=($(compgen -f -- \"$cur\"))\n\tfi\n}\n")
	b.WriteString("complete -o default -o filenames -F _factcheck factcheck\n")
	return b.String()
}

func fishCompletion(e env) string {
	var b strings.Builder
	b.WriteString("# fish completion for factcheck: factcheck completion fish | source\n")
	b.WriteString("complete -c factcheck -n __fish_use_subcommand -l version -d 'print the version'\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "complete -c factcheck -n __fish_use_subcommand -f -a %s -d %s\n", c.name, fishQuote(c.summary))
	}
	fmt.Fprintf(&b, "complete -c factcheck -n __fish_use_subcommand -f -a help -d %s\n", fishQuote("show a command's help"))
	for _, c := range commands() {
		cond := "'__fish_seen_subcommand_from " + c.name + "'"
		for _, f := range commandFlags(e, c.name) {
			opt := "-l " + f
			if len(f) == 1 {
				opt = "-s " + f
			}
			fmt.Fprintf(&b, "complete -c factcheck -n %s %s\n", cond, opt)
		}
	}
	fmt.Fprintf(&b, "complete -c factcheck -n '__fish_seen_subcommand_from completion' -f -a 'bash zsh fish'\n")
	fmt.Fprintf(&b, "complete -c factcheck -n '__fish_seen_subcommand_from explain' -f -a %s\n", fishQuote(strings.Join(align.CheckNames(), " ")))
	fmt.Fprintf(&b, "complete -c factcheck -n '__fish_seen_subcommand_from help' -f -a %s\n", fishQuote(strings.Join(commandNames(), " ")))
	return b.String()
}

func fishQuote(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
}
