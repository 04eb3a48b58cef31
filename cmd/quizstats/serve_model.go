package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/quizstats/quizstats/internal/analyze"
	"github.com/quizstats/quizstats/internal/llm"
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
