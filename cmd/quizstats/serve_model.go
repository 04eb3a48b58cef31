package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/quizstats/quizstats/internal/analyze"
	"github.com/quizstats/quizstats/internal/llm"
	"github.com/quizstats/quizstats/internal/server"
)

// modelClient builds the model client from the configuration, or returns
// nil when no model is configured (and no local Ollama answers).
func modelClient(ctx context.Context, cfg *serveConfig, logger *slog.Logger, obs llm.Observer) *llm.Client {
	if cfg.apiKey == "" && cfg.baseURL == "" {
		ollama, model := findOllama(ctx, cfg.ollamaURL)
		if ollama == "" {
			logger.Warn("no model configured; analysis answers 503 until one is", "how", analyze.NoModelMessage)
			return nil
		}
		cfg.baseURL = ollama
		if !cfg.modelSet && model != "" {
			cfg.model = model
		}
		logger.Info("using the local Ollama server", "base_url", cfg.baseURL, "model", cfg.model)
	}
	return llm.New(llm.Config{
		BaseURL:         cfg.baseURL,
		APIKey:          cfg.apiKey,
		Model:           cfg.model,
		Logger:          logger,
		Observer:        obs,
		BreakerCooldown: cfg.breakerCooldown,
	})
}

// otherModels builds a client for each model of --models besides the
// configured one: on the same server and key, or at the base URL --models
// gives it (name=URL; the key is sent there too, and servers that need
// none, such as Ollama, ignore it).
func otherModels(cfg *serveConfig, client *llm.Client, logger *slog.Logger, obs llm.Observer) []analyze.Model {
	if client == nil {
		return nil
	}
	var out []analyze.Model
	for _, name := range cfg.models {
		if name == client.Model() {
			continue
		}
		base := cfg.baseURL
		if url, ok := cfg.modelURLs[name]; ok {
			base = url
		}
		out = append(out, llm.New(llm.Config{
			BaseURL:         base,
			APIKey:          cfg.apiKey,
			Model:           name,
			Logger:          logger,
			Observer:        obs,
			BreakerCooldown: cfg.breakerCooldown,
		}))
	}
	return out
}

// modelChecks are the model's readiness check and GET /api/v1/model: with
// no model, both say how to configure one; otherwise the monitor's word.
func modelChecks(cfg *serveConfig, mon *llm.Monitor) (server.Check, func(context.Context, bool) any) {
	if mon == nil {
		check := server.Check{Name: "model", Fn: func(context.Context) error { return errors.New(analyze.NoModelMessage) }}
		return check, func(context.Context, bool) any {
			return map[string]any{"state": "none", "ok": false, "problem": analyze.NoModelMessage}
		}
	}
	// A failing model degrades the server rather than taking it out of
	// service: the model is shared by every replica, and history and
	// displays work without it.
	check := server.Check{Name: "model", Degrades: true, Report: func(context.Context) (string, error) { return mon.Readiness() }}
	status := func(ctx context.Context, fresh bool) any {
		if fresh {
			mon.Check(ctx)
		}
		state, r := mon.Status()
		out := map[string]any{"state": state, "ok": state == llm.ModelOK, "model": cfg.model, "base_url": baseOrDefault(cfg.baseURL)}
		if r != nil {
			out["report"] = r
			if p := r.Problem(); p != "" {
				out["problem"] = p
			}
		}
		return out
	}
	return check, status
}

func baseOrDefault(base string) string {
	if base == "" {
		return llm.DefaultBaseURL
	}
	return base
}

// findOllama looks for an Ollama server at base (its native API) and
// returns its OpenAI-compatible URL and first model, or "" when none
// answers quickly.
func findOllama(ctx context.Context, base string) (string, string) {
	if base == "" || base == "off" {
		return "", ""
	}
	ctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel()
	base = strings.TrimSuffix(base, "/")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/tags", nil)
	if err != nil {
		return "", ""
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", ""
	}
	defer resp.Body.Close()
	var tags struct {
		Models []struct {
			Name string `json:"name"`
		} `json:"models"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&tags) != nil {
		return "", ""
	}
	model := ""
	if len(tags.Models) > 0 {
		model = tags.Models[0].Name
	}
	return base + "/v1", model
}
