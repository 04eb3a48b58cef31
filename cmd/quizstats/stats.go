package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/charmbracelet/x/term"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/tui"
)

// statsConfig is the configuration of quizstats stats.
type statsConfig struct {
	serverFlags
	once  bool
	width int
}

func parseStats(args []string, getenv func(string) string, stderr io.Writer) (*statsConfig, error) {
	cfg := &statsConfig{}
	fs := newCommandFlags("quizstats stats", getenv, stderr, `Usage: quizstats stats [flags]

Shows a quizstats server's live stats in this terminal: the current analysis
filling in question by question, vote bars, running totals. It reconnects by
itself; q quits. The token is read from QUIZSTATS_TOKEN (or QUIZSTATS_TOKEN_FILE).

Flags:
`)
	cfg.define(fs, "the server's URL")
	fs.BoolVar(&cfg.once, "once", false, "print the current state as plain text and exit (for scripts)")
	fs.IntVar(&cfg.width, "width", 80, "line width of --once")
	rest, err := fs.parse(args)
	if err != nil {
		return nil, err
	}
	if len(rest) > 0 {
		return nil, fmt.Errorf("stats takes no arguments, got %q", rest)
	}
	if cfg.width < 40 {
		return nil, fmt.Errorf("--width %d: at least 40 columns", cfg.width)
	}
	if err := cfg.load(getenv); err != nil {
		return nil, err
	}
	return cfg, nil
}

func runStats(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := parseStats(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	c, err := client.New(cfg.server, cfg.token)
	if err != nil {
		return err
	}
	opts := tui.Options{Server: c.BaseURL(), Width: cfg.width}
	if cfg.once {
		return tui.Once(ctx, c, stdout, opts)
	}
	// The live display redraws a screen; into a file or a pipe it would
	// write escape codes nobody reads.
	if f, ok := stdout.(interface{ Fd() uintptr }); !ok || !term.IsTerminal(f.Fd()) {
		return errors.New("stats draws a live display and needs a terminal; use --once for plain text")
	}
	opts.Width = 0
	_, err = tui.Run(ctx, c, stdin, stdout, opts)
	return err
}
