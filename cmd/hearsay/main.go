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
	"runtime/debug"
)

func main() {
	// The pipeline makes many short-lived objects: collecting half as
	// often costs some memory (still flat in input size) and buys speed,
	// most on several cores. GOGC in the environment wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

const usage = `hearsay reads news articles and tells who said what, according to whom.

Usage:
  hearsay analyze [flags] [FILE|DIR|- ...]   analyse articles (text, HTML, JSON, JSONL, RSS/Atom, WARC)
  hearsay ingest [flags] SOURCE...           analyse and store articles in a corpus (SQLite or PostgreSQL)
  hearsay query [flags]                      quotes by speaker, entity, outlet, grade, date, text
  hearsay lineage [flags] QUOTE-ID|"text"    a statement's printings, first publisher, and how it mutated
  hearsay entities [flags] [NAME]            people and organisations across the corpus, with aliases
  hearsay outlets [flags]                    each outlet's sourcing profile and whom it cites
  hearsay timeline [flags] PERSON [PERSON]   a person's or a pair's events in time order, with sources
  hearsay export [flags]                     quotes as W3C Web Annotations or schema.org Claims (JSON-LD)
  hearsay help                               this text

Run "hearsay COMMAND -h" for a command's flags.
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
	case "ingest":
		return (&ingestCmd{stdin: stdin, stdout: stdout, stderr: stderr, isTerminal: isTerminal(stderr)}).run(ctx, args[1:])
	case "query":
		return (&queryCmd{stdout: stdout, stderr: stderr}).run(ctx, args[1:])
	case "lineage":
		return (&lineageCmd{stdout: stdout, stderr: stderr}).run(ctx, args[1:])
	case "entities":
		return (&entitiesCmd{stdout: stdout, stderr: stderr}).run(ctx, args[1:])
	case "outlets":
		return (&outletsCmd{stdout: stdout, stderr: stderr}).run(ctx, args[1:])
	case "timeline":
		return (&timelineCmd{stdout: stdout, stderr: stderr}).run(ctx, args[1:])
	case "export":
		return (&exportCmd{stdout: stdout, stderr: stderr}).run(ctx, args[1:])
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "hearsay: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
