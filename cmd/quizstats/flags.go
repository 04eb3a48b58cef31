package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
)

// commandFlags is the flag set of one command, with the environment
// variables that give its flags their defaults. An environment value goes
// through its flag's own parser, so QUIZSTATS_MODEL_TIMEOUT=5 is refused
// just as --model-timeout 5 is, instead of silently keeping the default.
type commandFlags struct {
	*flag.FlagSet
	getenv func(string) string
	vars   []envVar
}

type envVar struct{ flag, name string }

func newCommandFlags(name string, getenv func(string) string, stderr io.Writer, usage string) *commandFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	return &commandFlags{FlagSet: fs, getenv: getenv}
}

// env makes the environment variable name the default of the flag, which
// must be defined already.
func (f *commandFlags) env(flagName, name string) {
	if f.Lookup(flagName) == nil {
		panic("env for undefined flag --" + flagName)
	}
	f.vars = append(f.vars, envVar{flagName, name})
}

// parse applies the environment, then parses args: flags before or after
// the positional arguments (quizstats scrape URL --json), which flag.Parse
// alone stops at. It returns the positional arguments. A bad value, in a
// flag or in the environment, ends the command with status 2.
func (f *commandFlags) parse(args []string) ([]string, error) {
	for _, v := range f.vars {
		val := f.getenv(v.name)
		if val == "" {
			continue
		}
		if err := f.Set(v.flag, val); err != nil {
			return nil, &exitError{code: 2, err: fmt.Errorf("invalid value %q for %s (the default of --%s): %v", val, v.name, v.flag, err)}
		}
	}
	var positional []string
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			// The flag package has printed the error and the usage.
			return nil, &exitError{code: 2, err: errQuiet}
		}
		args = f.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// logLevel defines --log-level (QUIZSTATS_LOG_LEVEL), the level of the JSON
// log on stderr.
func (f *commandFlags) logLevel(level *slog.Level, def slog.Level) {
	*level = def
	f.TextVar(level, "log-level", def, "level of the JSON log on stderr: debug, info, warn, error (QUIZSTATS_LOG_LEVEL)")
	f.env("log-level", "QUIZSTATS_LOG_LEVEL")
}

// serverFlags are the flags of the commands that talk to a quizstats
// server: scrape, watch and stats.
type serverFlags struct {
	server string
	token  string
}

const defaultServer = "http://127.0.0.1:8080"

// define defines --server (QUIZSTATS_SERVER); the token has no flag, as a
// flag would show it in the process list: it comes from QUIZSTATS_TOKEN or
// QUIZSTATS_TOKEN_FILE when load runs.
func (s *serverFlags) define(f *commandFlags, usage string) {
	f.StringVar(&s.server, "server", defaultServer, usage+" (QUIZSTATS_SERVER)")
	f.env("server", "QUIZSTATS_SERVER")
}

// load reads the token.
func (s *serverFlags) load(getenv func(string) string) error {
	var err error
	s.token, err = secret(getenv, "QUIZSTATS_TOKEN")
	return err
}

// secret reads NAME, or the file named by NAME_FILE (as Docker and
// Kubernetes secrets are mounted).
func secret(getenv func(string) string, name string) (string, error) {
	if v := getenv(name); v != "" {
		return strings.TrimSpace(v), nil
	}
	path := getenv(name + "_FILE")
	if path == "" {
		return "", nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("%s_FILE: %w", name, err)
	}
	return strings.TrimSpace(string(b)), nil
}
