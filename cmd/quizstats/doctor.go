package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/quizstats/quizstats/internal/analyze"
	"github.com/quizstats/quizstats/internal/llm"
)

// doctorConfig is the configuration of quizstats doctor: the model part of
// serve's.
type doctorConfig struct {
	model     string
	modelSet  bool
	baseURL   string
	apiKey    string
	ollamaURL string
	json      bool
	timeout   time.Duration
}

func parseDoctor(args []string, getenv func(string) string, stderr io.Writer) (*doctorConfig, error) {
	cfg := &doctorConfig{}
	fs := newCommandFlags("quizstats doctor", getenv, stderr, `Usage: quizstats doctor [flags]

Checks the model quizstats serve would use, as serve would configure it
(OPENAI_API_KEY, OPENAI_BASE_URL, QUIZSTATS_MODEL, or a local Ollama): the
server, the key, the model, quota, structured output, streaming, vision and
the latency of a one-question quiz. One line per check, with what to do when
it fails. Exits 0 only when analysis will work.

Flags:
`)
	fs.StringVar(&cfg.model, "model", "", "model name (QUIZSTATS_MODEL; default gpt-4o-mini, or the first local Ollama model)")
	fs.env("model", "QUIZSTATS_MODEL")
	fs.StringVar(&cfg.baseURL, "base-url", "", "OpenAI-compatible API base URL (OPENAI_BASE_URL)")
	fs.env("base-url", "OPENAI_BASE_URL")
	fs.StringVar(&cfg.ollamaURL, "ollama-url", "http://127.0.0.1:11434", `local Ollama to offer when no model is configured; "off" to never look (QUIZSTATS_OLLAMA_URL)`)
	fs.env("ollama-url", "QUIZSTATS_OLLAMA_URL")
	fs.BoolVar(&cfg.json, "json", false, "print the checks as JSON, for scripts")
	fs.DurationVar(&cfg.timeout, "timeout", 90*time.Second, "time budget of all the checks")
	rest, err := fs.parse(args)
	if err != nil {
		return nil, err
	}
	if len(rest) > 0 {
		return nil, fmt.Errorf("doctor takes no arguments, got %q", rest)
	}
	cfg.modelSet = cfg.model != ""
	if cfg.model == "" {
		cfg.model = "gpt-4o-mini"
	}
	if cfg.apiKey, err = secret(getenv, "OPENAI_API_KEY"); err != nil {
		return nil, err
	}
	if cfg.baseURL != "" && !strings.HasPrefix(cfg.baseURL, "http://") && !strings.HasPrefix(cfg.baseURL, "https://") {
		return nil, fmt.Errorf("OPENAI_BASE_URL %q: want an http:// or https:// URL, such as http://127.0.0.1:11434/v1", cfg.baseURL)
	}
	if cfg.timeout <= 0 {
		return nil, fmt.Errorf("--timeout %s: must be positive", cfg.timeout)
	}
	return cfg, nil
}

// ollamaOffer is a local Ollama found when no model is configured.
type ollamaOffer struct {
	BaseURL string `json:"base_url"`
	Model   string `json:"model,omitempty"`
	// Command runs quizstats with it.
	Command string `json:"command"`
}

// doctorOutput is what --json prints.
type doctorOutput struct {
	*llm.Report
	Ollama *ollamaOffer `json:"ollama,omitempty"`
	// Problem is the first failed check and its fix, in one line.
	Problem string `json:"problem,omitempty"`
}

func runDoctor(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseDoctor(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.timeout)
	defer cancel()

	var offer *ollamaOffer
	if cfg.apiKey == "" && cfg.baseURL == "" {
		base, model := findOllama(ctx, cfg.ollamaURL)
		if base == "" {
			return doctorNoModel(cfg, stdout)
		}
		if !cfg.modelSet && model != "" {
			cfg.model = model
		}
		cfg.baseURL = base
		offer = &ollamaOffer{BaseURL: base, Model: cfg.model,
			Command: fmt.Sprintf("OPENAI_BASE_URL=%s QUIZSTATS_MODEL=%s quizstats serve", base, cfg.model)}
	}

	report := llm.Diagnose(ctx, llm.Config{BaseURL: cfg.baseURL, APIKey: cfg.apiKey, Model: cfg.model})
	if cfg.json {
		out := doctorOutput{Report: report, Ollama: offer, Problem: report.Problem()}
		b, _ := json.MarshalIndent(out, "", "  ")
		fmt.Fprintf(stdout, "%s\n", b)
	} else {
		if offer != nil {
			fmt.Fprintf(stdout, "No model is configured; a local Ollama answers at %s, which serve uses by itself. To name it:\n  %s\n\n", offer.BaseURL, offer.Command)
		}
		printReport(stdout, report)
	}
	if !report.OK {
		return &exitError{code: 1, err: errQuiet}
	}
	return nil
}

// doctorNoModel reports that nothing is configured and no Ollama answers.
func doctorNoModel(cfg *doctorConfig, stdout io.Writer) error {
	const fix = "set OPENAI_API_KEY for OpenAI, or OPENAI_BASE_URL for any OpenAI-compatible server (Ollama: start it with ollama serve, then OPENAI_BASE_URL=http://127.0.0.1:11434/v1)"
	if cfg.json {
		b, _ := json.MarshalIndent(map[string]any{
			"ok":      false,
			"model":   cfg.model,
			"checks":  []llm.CheckResult{{Name: llm.CheckServer, Status: llm.StatusFail, Detail: noModel(cfg.ollamaURL), Fix: fix}},
			"problem": analyze.NoModelMessage,
		}, "", "  ")
		fmt.Fprintf(stdout, "%s\n", b)
	} else {
		fmt.Fprintf(stdout, "%s %-18s %s\n%s → %s\n\nAnalysis will not work until a model is configured.\n",
			symbol(llm.StatusFail), "model server", noModel(cfg.ollamaURL), strings.Repeat(" ", 21), fix)
	}
	return &exitError{code: 1, err: errQuiet}
}

// checkLabels are the checks in plain words.
var checkLabels = map[string]string{
	llm.CheckServer:     "model server",
	llm.CheckKey:        "API key",
	llm.CheckModel:      "model",
	llm.CheckQuota:      "quota",
	llm.CheckStructured: "structured output",
	llm.CheckStreaming:  "streaming",
	llm.CheckVision:     "images (vision)",
	llm.CheckCompletion: "latency",
}

func symbol(status string) string {
	switch status {
	case llm.StatusOK:
		return "✓"
	case llm.StatusWarn:
		return "!"
	case llm.StatusFail:
		return "✗"
	case llm.StatusOff:
		return "–"
	default:
		return "·"
	}
}

// printReport prints one line per check, and the fix under each that has
// one.
func printReport(w io.Writer, r *llm.Report) {
	fmt.Fprintf(w, "quizstats doctor: model %s at %s\n\n", r.Model, r.BaseURL)
	for _, c := range r.Checks {
		fmt.Fprintf(w, "%s %-18s %s\n", symbol(c.Status), checkLabels[c.Name], c.Detail)
		if c.Fix != "" && c.Status != llm.StatusOK {
			fmt.Fprintf(w, "%s → %s\n", strings.Repeat(" ", 21), c.Fix)
		}
	}
	fmt.Fprintln(w)
	if r.OK {
		fmt.Fprintln(w, "Analysis will work.")
	} else {
		fmt.Fprintln(w, "Analysis will not work until the ✗ above is fixed.")
	}
}

func noModel(ollamaURL string) string {
	if ollamaURL == "" || ollamaURL == "off" {
		return "no model is configured"
	}
	return "no model is configured, and no local Ollama answers at " + ollamaURL
}
