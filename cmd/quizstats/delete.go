package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/quiz"
)

// deleteConfig is the configuration of quizstats delete.
type deleteConfig struct {
	serverFlags
	id     string
	before time.Time
}

func parseDelete(args []string, getenv func(string) string, stderr io.Writer) (*deleteConfig, error) {
	cfg := &deleteConfig{}
	fs := newCommandFlags("quizstats delete", getenv, stderr, `Usage: quizstats delete ID
       quizstats delete --before TIME

Deletes one analysis from a quizstats server's history, or every analysis
created before TIME (RFC 3339, such as 2026-01-31T18:00:00Z, or a date, such
as 2026-01-31, which is midnight UTC). A deleted analysis is no longer
answered from the cache: the same quiz is asked of the model again. The
token is read from QUIZSTATS_TOKEN (or QUIZSTATS_TOKEN_FILE).

Flags:
`)
	cfg.define(fs, "the server's URL")
	before := fs.String("before", "", "delete every analysis created before this time instead of one")
	rest, err := fs.parse(args)
	if err != nil {
		return nil, err
	}
	switch {
	case *before != "" && len(rest) > 0:
		return nil, errors.New("delete takes an ID or --before, not both")
	case *before != "":
		t, ok := quiz.ParseTime(*before)
		if !ok {
			return nil, fmt.Errorf("--before %q: want RFC 3339 (2026-01-31T18:00:00Z) or a date (2026-01-31)", *before)
		}
		cfg.before = t
	case len(rest) == 1:
		cfg.id = rest[0]
	default:
		return nil, errors.New("delete takes one analysis ID, or --before TIME")
	}
	if err := cfg.load(getenv); err != nil {
		return nil, err
	}
	return cfg, nil
}

func runDelete(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseDelete(args, getenv, stderr)
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
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if cfg.id != "" {
		if err := c.Delete(ctx, cfg.id); err != nil {
			return fmt.Errorf("delete %s: %w", cfg.id, err)
		}
		fmt.Fprintf(stdout, "deleted %s\n", cfg.id)
		return nil
	}
	n, err := c.DeleteBefore(ctx, cfg.before)
	if err != nil {
		return fmt.Errorf("delete before %s: %w", cfg.before.UTC().Format(time.RFC3339), err)
	}
	fmt.Fprintf(stdout, "deleted %d analyses created before %s\n", n, cfg.before.UTC().Format(time.RFC3339))
	return nil
}
