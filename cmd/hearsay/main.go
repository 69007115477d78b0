// Command hearsay reads news articles and tells who said what, according
// to whom, and how well it is sourced.
//
//	hearsay analyze [flags] [FILE|DIR|- ...]
//
// Run "hearsay help" for the commands and their flags.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

const usage = `hearsay reads news articles and tells who said what, according to whom.

Usage:
  hearsay analyze [flags] [FILE|DIR|- ...]   analyse articles (text, HTML, JSON, JSONL)
  hearsay help                               this text

Run "hearsay analyze -h" for its flags.
`

// Main runs the command with args and returns the exit status: 0 on
// success, 1 when some input failed, 2 on a usage error.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "analyze", "analyse":
		return (&analyzeCmd{stdin: stdin, stdout: stdout, stderr: stderr}).run(ctx, args[1:])
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "hearsay: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
}
