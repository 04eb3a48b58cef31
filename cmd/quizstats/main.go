// Command quizstats reads the multiple-choice questions of a web page, asks
// a language model which options are right, and streams the answers to live
// stats displays.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// version is set at build time (-ldflags "-X main.version=v1.2.3").
var version = ""

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args, os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, errQuiet) {
			fmt.Fprintln(os.Stderr, "quizstats:", err)
		}
		os.Exit(exitCode(err))
	}
}

// exitError carries a specific exit status.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// errQuiet ends a command whose message was already printed.
var errQuiet = errors.New("")

func exitCode(err error) int {
	if e, ok := errors.AsType[*exitError](err); ok {
		return e.code
	}
	return 1
}

const usage = `quizstats reads the multiple-choice questions of a web page, asks a language
model which options are right, and streams the answers to live stats displays.

Usage:
  quizstats serve    [flags]        run the server: API, event stream, dashboard
  quizstats stats    [flags]        watch a server's live stats in this terminal
  quizstats scrape   [flags] URL    read the quiz on a page (headless) and send it, or print it (--json)
  quizstats audit    [flags] URL    audit the quiz on a page for its author: models × samples, evidence per question
  quizstats export   [flags]        export the history (or a time range) as CSV or JSON, a row per question × model
  quizstats watch    [flags] [URL]  open a browser where a shortcut (Alt+Shift+Q) sends the quiz in view
  quizstats extension DIR           write the browser extension into DIR, for the browser's "Load unpacked"
  quizstats doctor   [flags]        check the model: server, key, model, quota, structured output, streaming, vision
  quizstats delete   [flags] ID     delete an analysis from a server's history (--before TIME: all older ones)
  quizstats version                 print the version

Run "quizstats <command> -h" for a command's flags.
`

// run is the whole program; main only supplies the outside world, so
// tests can run it in-process.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) < 2 {
		fmt.Fprint(stderr, usage)
		return &exitError{code: 2, err: errQuiet}
	}
	cmd, rest := args[1], args[2:]
	switch cmd {
	case "serve":
		return runServe(ctx, rest, getenv, stdout, stderr)
	case "stats":
		return runStats(ctx, rest, getenv, stdin, stdout, stderr)
	case "scrape":
		return runScrape(ctx, rest, getenv, stdout, stderr)
	case "audit":
		return runAudit(ctx, rest, getenv, stdout, stderr)
	case "export":
		return runExport(ctx, rest, getenv, stdout, stderr)
	case "watch":
		return runWatch(ctx, rest, getenv, stdout, stderr)
	case "extension":
		return runExtension(rest, stdout, stderr)
	case "doctor":
		return runDoctor(ctx, rest, getenv, stdout, stderr)
	case "delete":
		return runDelete(ctx, rest, getenv, stdout, stderr)
	case "version", "--version", "-version":
		printVersion(stdout)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprintf(stderr, "quizstats: unknown command %q\n\n%s", cmd, usage)
		return &exitError{code: 2, err: errQuiet}
	}
}

// buildVersion is the version stamped at build time, or the module version
// Go recorded: for a go build from a checkout, a pseudo-version that names
// the commit (v0.0.0-20261202071400-2d8d9d1abcde, +dirty when modified).
func buildVersion() string {
	info, _ := debug.ReadBuildInfo()
	return versionOf(info)
}

func versionOf(info *debug.BuildInfo) string {
	if version != "" {
		return version
	}
	if info == nil {
		return "unknown (no build information)"
	}
	v := info.Main.Version
	if v != "" && v != "(devel)" {
		return v
	}
	// Built without VCS stamping (go run, -buildvcs=false): the revision,
	// if any, is all there is.
	if rev := setting(info, "vcs.revision"); rev != "" {
		v = "devel+" + rev[:min(12, len(rev))]
		if setting(info, "vcs.modified") == "true" {
			v += "+dirty"
		}
		return v
	}
	return "(devel)"
}

func setting(info *debug.BuildInfo, key string) string {
	for _, s := range info.Settings {
		if s.Key == key {
			return s.Value
		}
	}
	return ""
}

// printVersion prints the version, the module, the VCS revision and the
// Go version, as the build recorded them.
func printVersion(w io.Writer) {
	info, _ := debug.ReadBuildInfo()
	fmt.Fprintln(w, "quizstats", versionOf(info))
	if info == nil {
		return
	}
	fmt.Fprintln(w, "module  ", info.Main.Path)
	if rev := setting(info, "vcs.revision"); rev != "" {
		line := rev
		if t := setting(info, "vcs.time"); t != "" {
			line += " (" + t + ")"
		}
		if setting(info, "vcs.modified") == "true" {
			line += ", with uncommitted changes"
		}
		fmt.Fprintln(w, "revision", line)
	} else {
		fmt.Fprintln(w, "revision", "unknown (built without VCS information)")
	}
	fmt.Fprintln(w, "go      ", info.GoVersion)
}
