package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/export"
)

// exportConfig is the configuration of quizstats export.
type exportConfig struct {
	serverFlags
	format       string
	out          string
	since, until time.Time
}

func parseExport(args []string, getenv func(string) string, stderr io.Writer) (*exportConfig, error) {
	cfg := &exportConfig{}
	fs := newCommandFlags("quizstats export", getenv, stderr, `Usage: quizstats export [flags]

Exports a quizstats server's history, or the part of it between --since and
--until, with a row per question × model (an audit has one per model): CSV for
a spreadsheet, or JSON. The token comes from QUIZSTATS_TOKEN (or
QUIZSTATS_TOKEN_FILE).

Flags:
`)
	cfg.define(fs, "quizstats server to export from")
	fs.StringVar(&cfg.format, "format", "csv", "csv or json")
	fs.StringVar(&cfg.out, "out", "", "write to this file instead of standard output")
	since := fs.String("since", "", "only analyses made at or after this time (2026-12-01 or 2026-12-01T09:00:00Z)")
	until := fs.String("until", "", "only analyses made before this time (a date alone: before that day starts)")
	rest, err := fs.parse(args)
	if err != nil {
		return nil, err
	}
	if len(rest) > 0 {
		return nil, fmt.Errorf("export takes no arguments, got %q", rest)
	}
	if cfg.since, err = parseWhen("--since", *since); err != nil {
		return nil, err
	}
	if cfg.until, err = parseWhen("--until", *until); err != nil {
		return nil, err
	}
	if err := cfg.load(getenv); err != nil {
		return nil, err
	}
	return cfg, cfg.validate()
}

func (c *exportConfig) validate() error {
	if !slices.Contains(export.Formats, c.format) {
		return fmt.Errorf("--format %q: use csv or json", c.format)
	}
	if !c.since.IsZero() && !c.until.IsZero() && !c.until.After(c.since) {
		return fmt.Errorf("--until %s is not after --since %s", c.until.Format(time.RFC3339), c.since.Format(time.RFC3339))
	}
	return nil
}

// parseWhen reads a time as RFC 3339 or a date (midnight UTC).
func parseWhen(flag, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%s %q: want a date (2026-12-01) or a time (2026-12-01T09:00:00Z)", flag, v)
}

// exportPage is how many history entries each listing asks for.
const exportPage = 100

func runExport(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseExport(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	srv, err := client.New(cfg.server, cfg.token)
	if err != nil {
		return err
	}
	rows, n, err := historyRows(ctx, srv, cfg.since, cfg.until)
	if err != nil {
		return fmt.Errorf("read the history of %s: %w", cfg.server, err)
	}
	w := stdout
	var f *os.File
	if cfg.out != "" {
		if f, err = os.Create(cfg.out); err != nil {
			return fmt.Errorf("--out: %w", err)
		}
		w = f
	}
	bw := bufio.NewWriter(w)
	err = export.Write(bw, cfg.format, rows)
	if err == nil {
		err = bw.Flush()
	}
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("write the export: %w", err)
	}
	fmt.Fprintf(stderr, "exported %d analyses, %d rows\n", n, len(rows))
	return nil
}

// historyRows reads the analyses made in [since, until) (a zero bound is
// open), oldest first, and returns their rows. The history lists newest
// first, so the listing stops at the first analysis older than since.
func historyRows(ctx context.Context, srv *client.Client, since, until time.Time) ([]export.Row, int, error) {
	var ids []string
	before := ""
	for {
		page, err := srv.Analyses(ctx, before, exportPage)
		if err != nil {
			return nil, 0, err
		}
		done := page.Next == ""
		for _, s := range page.Analyses {
			if !since.IsZero() && s.CreatedAt.Before(since) {
				done = true
				break
			}
			if until.IsZero() || s.CreatedAt.Before(until) {
				ids = append(ids, s.ID)
			}
		}
		if done {
			break
		}
		before = page.Next
	}
	slices.Reverse(ids)
	var rows []export.Row
	for _, id := range ids {
		a, err := srv.Analysis(ctx, id)
		if err != nil {
			return nil, 0, fmt.Errorf("analysis %s: %w", id, err)
		}
		rows = append(rows, export.Rows(a)...)
	}
	return rows, len(ids), nil
}
