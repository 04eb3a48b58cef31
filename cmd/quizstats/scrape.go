package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/extract"
	"github.com/quizstats/quizstats/internal/quiz"
)

// scrapeConfig is the configuration of quizstats scrape.
type scrapeConfig struct {
	serverFlags
	url        string
	json       bool
	screenshot string
	chrome     string
	timeout    time.Duration
	strategies string
	wait       time.Duration
	extract    extract.Options // from strategies and wait
	ask        askFlags
}

// askFlags are what a capture asks of the server beyond the questions:
// samples, models, fresh and the author's key; with audit set (quizstats
// audit), the evidence and its table.
type askFlags struct {
	audit       bool
	samples     int
	models      []string
	fresh       bool
	answerKey   string
	choicesOnly bool
	seed        int64
}

func (a *askFlags) define(fs *commandFlags, audit bool) *string {
	a.audit = audit
	fs.IntVar(&a.samples, "samples", 0, "samples per model: completions that each see the options in another order and vote (default: the server's, 1)")
	models := fs.String("models", "", "comma-separated models to ask, from the server's allowlist (serve --models); the first is the analysis' own (default: the server's model)")
	fs.BoolVar(&a.fresh, "fresh", false, "ask the model again even if the quiz is cached")
	fs.StringVar(&a.answerKey, "answer-key", "", `the correct options, to score the answers: a JSON file ([[2],[0,3]]: 0-based option indices per question sent) or a CSV file (question,choices per line: 3,B or 5.2,"A C", the question as printed)`)
	if audit {
		fs.BoolVar(&a.choicesOnly, "choices-only", false, "also ask each sample with the questions' text withheld (one more call per sample): flags options that give the answer away")
		fs.Int64Var(&a.seed, "seed", -1, "fix the samples' option orders (the audit prints the seed it used, to repeat it)")
	}
	return models
}

func (a *askFlags) parse(models string) error {
	for _, m := range strings.Split(models, ",") {
		if m = strings.TrimSpace(m); m != "" {
			if slices.Contains(a.models, m) {
				return fmt.Errorf("--models names %s twice", m)
			}
			a.models = append(a.models, m)
		}
	}
	if a.samples < 0 || a.samples > quiz.MaxSamples {
		return fmt.Errorf("--samples %d: must be from 1 to %d", a.samples, quiz.MaxSamples)
	}
	if len(a.models) > quiz.MaxModels {
		return fmt.Errorf("--models names %d models; the server takes at most %d", len(a.models), quiz.MaxModels)
	}
	return nil
}

// apply puts the flags into the request of a captured quiz.
func (a *askFlags) apply(cq *extract.Capture) error {
	r := &cq.Request
	r.Samples = a.samples
	r.Fresh = a.fresh
	switch {
	case len(a.models) == 1 && !a.audit:
		r.Model = a.models[0]
	case len(a.models) > 0:
		r.Models = a.models
	}
	if a.audit {
		r.Probes = &quiz.Probes{ChoicesOnly: a.choicesOnly}
		if a.seed >= 0 {
			seed := uint64(a.seed)
			r.Seed = &seed
		}
	}
	if a.answerKey != "" {
		key, err := readAnswerKey(a.answerKey, *cq)
		if err != nil {
			return err
		}
		r.AnswerKey = key
	}
	return nil
}

const scrapeUsage = `Usage: quizstats scrape [flags] URL

Reads the quiz on the page at URL in a headless Chromium. With --json it prints
what it read; without, it sends the questions to a quizstats server and prints
the answers as the model gives them. Exit status 2 means the page had no
questions. The token for the server comes from QUIZSTATS_TOKEN (or
QUIZSTATS_TOKEN_FILE).

Flags:
`

const auditUsage = `Usage: quizstats audit [flags] URL

Audits the quiz on the page at URL for its author: reads it as scrape does, asks
every model of --models (default: the server's) --samples times, each sample
seeing the options in another order, and prints per question and model how
often the models were right (with --answer-key), how often a new order changed
their pick, which wrong options they picked and, with --choices-only, whether
the options alone give the answer away; then per model the position bias and
calibration (Brier score, expected calibration error). The audit is kept in the
server's history, where the dashboard shows it and export exports it.

Flags:
`

func parseScrape(args []string, getenv func(string) string, stderr io.Writer) (*scrapeConfig, error) {
	return parseCapture("scrape", args, getenv, stderr)
}

// parseCapture parses the flags of scrape and audit, which read a page
// the same way.
func parseCapture(command string, args []string, getenv func(string) string, stderr io.Writer) (*scrapeConfig, error) {
	cfg := &scrapeConfig{}
	usage := scrapeUsage
	if command == "audit" {
		usage = auditUsage
	}
	fs := newCommandFlags("quizstats "+command, getenv, stderr, usage)
	if command == "scrape" {
		fs.BoolVar(&cfg.json, "json", false, "print the questions read as JSON and exit, without sending them")
	}
	models := cfg.ask.define(fs, command == "audit")
	cfg.define(fs, "quizstats server to send the questions to")
	fs.StringVar(&cfg.screenshot, "screenshot", "", "also save a PNG screenshot of the page to this file")
	fs.StringVar(&cfg.chrome, "chrome", "", "Chromium or Chrome to run (QUIZSTATS_CHROME; default: chromium, chromium-browser or google-chrome on PATH)")
	fs.DurationVar(&cfg.timeout, "timeout", 2*time.Minute, "give up after this long, page load and answers included")
	fs.StringVar(&cfg.strategies, "strategies", "all", "extraction strategies: all (platform adapters and generic), or generic (what a page of a platform without an adapter gets)")
	fs.DurationVar(&cfg.wait, "wait", extract.DefaultAppear, "on a page that shows no question yet, watch this long for one to appear (0: read at once)")
	fs.env("chrome", "QUIZSTATS_CHROME")
	rest, err := fs.parse(args)
	if err != nil {
		return nil, err
	}
	if len(rest) != 1 {
		fs.Usage()
		return nil, &exitError{code: 2, err: fmt.Errorf("%s takes one URL, got %d arguments", command, len(rest))}
	}
	if err := cfg.ask.parse(*models); err != nil {
		return nil, err
	}
	cfg.url = pageURL(rest[0])
	if err := cfg.load(getenv); err != nil {
		return nil, err
	}
	return cfg, cfg.validate()
}

func (c *scrapeConfig) validate() error {
	u, err := url.Parse(c.url)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "file") || (u.Scheme != "file" && u.Host == "") {
		return fmt.Errorf("%q is not a page address: give an http(s):// URL or a saved .html file", c.url)
	}
	if c.timeout <= 0 {
		return errors.New("--timeout must be positive")
	}
	if c.wait < 0 {
		return fmt.Errorf("--wait %s: must not be negative", c.wait)
	}
	st, err := extract.ParseStrategies(c.strategies)
	if err != nil {
		return fmt.Errorf("--%w", err)
	}
	c.extract = extract.Options{Strategies: st, Settle: extract.Settle{Appear: c.wait}}
	if c.wait == 0 {
		c.extract.Settle.Appear = -1
	}
	return nil
}

// pageKeyNote says what the page showed of its answer key, and whether
// the answers are scored against it; "" when it showed none.
func pageKeyNote(cq extract.Capture) string {
	n := 0
	for _, k := range cq.PageKey {
		if len(k) > 0 {
			n++
		}
	}
	switch {
	case n == 0:
		return ""
	case n == len(cq.Request.Questions):
		return fmt.Sprintf("answer key: the page shows it (%d questions); the answers are scored against it", n)
	}
	return fmt.Sprintf("answer key: the page shows it for %d of %d questions; those are scored (give the rest with --answer-key)", n, len(cq.Request.Questions))
}

// pageURL turns what a person typed into a URL: a saved page on disk
// becomes a file:// URL, a bare host name gets https://.
func pageURL(arg string) string {
	if strings.Contains(arg, "://") {
		return arg
	}
	if fi, err := os.Stat(arg); err == nil && !fi.IsDir() {
		if abs, err := filepath.Abs(arg); err == nil {
			return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
		}
	}
	return "https://" + arg
}

func runScrape(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return runCapture(ctx, "scrape", args, getenv, stdout, stderr)
}

func runAudit(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return runCapture(ctx, "audit", args, getenv, stdout, stderr)
}

// runCapture reads a page and sends its quiz: scrape, or audit, which
// adds the evidence's table to what scrape prints.
func runCapture(ctx context.Context, command string, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseCapture(command, args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	chrome, err := findChrome(cfg.chrome, getenv)
	if err != nil {
		return err
	}
	var srv *client.Client
	if !cfg.json {
		// Before the browser starts: a wrong --server is the quicker error.
		if srv, err = client.New(cfg.server, cfg.token); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.timeout)
	defer cancel()

	pg, err := extract.ReadPage(ctx, chrome, cfg.url, cfg.extract, cfg.screenshot != "")
	if err != nil {
		return err
	}
	// Where a person looks: what was found, and what it took.
	fmt.Fprintln(stderr, pg.Result.Summary())
	if cfg.screenshot != "" {
		if err := os.WriteFile(cfg.screenshot, pg.Screenshot, 0o644); err != nil {
			return fmt.Errorf("save the screenshot: %w", err)
		}
	}
	res := pg.Result
	if cfg.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return err
		}
	}
	if len(res.Questions) == 0 {
		return noQuestions(res)
	}
	if cfg.json {
		return nil
	}

	cq := extract.ToRequest(res)
	for _, s := range cq.Skipped {
		fmt.Fprintln(stderr, "not sent:", s)
	}
	if len(cq.Request.Questions) == 0 {
		return &exitError{code: 2, err: fmt.Errorf("none of the %d questions on %s can be sent", len(res.Questions), res.URL)}
	}
	if err := cfg.ask.apply(&cq); err != nil {
		return err
	}
	if note := pageKeyNote(cq); note != "" && cfg.ask.answerKey == "" {
		fmt.Fprintln(stderr, note)
	}
	title := oneLine(res.Title, 200)
	if title == "" {
		title = oneLine(res.URL, 200)
	}
	fmt.Fprintf(stdout, "%s\n%d questions from %s → %s\n\n", title, len(cq.Request.Questions), res.URL, cfg.server)
	answered, err := sendAndPrint(ctx, srv, cq, stdout, stderr, isTerminal(stderr))
	if err != nil {
		return sendError(cfg.server, cq, err)
	}
	fmt.Fprintf(stdout, "\n%s\n", summary(answered))
	if answered.Score != nil {
		fmt.Fprintf(stdout, "score: %d of %d right · answerability %.0f%%\n", answered.Score.Correct, answered.Score.Total, 100*answered.Score.Answerability)
	}
	if answered.Audit != nil {
		printAudit(stdout, cq, answered.Audit)
	}
	return nil
}

// noQuestions is the error of a page without questions: exit status 2,
// with what the page itself says about it.
func noQuestions(res *extract.Result) error {
	msg := "no questions found on " + res.URL
	if res.Notice != "" {
		msg += "\n" + res.Notice
	}
	return &exitError{code: 2, err: errors.New(msg)}
}

// isTerminal reports whether w is a terminal: a spinner there, plain lines
// into a pipe or a file.
func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}
