package llm

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Model states a Monitor reports.
const (
	ModelUnverified = "unverified" // not checked yet (or checks are off)
	ModelOK         = "ok"
	ModelFailing    = "failing"
)

// Monitor keeps the doctor's latest word on a model, so that readiness
// tells the truth: the model is checked when the server starts (logged
// once), checked again in full every interval while it fails, so that a
// fixed key or a topped-up account clears the failure by itself, and,
// while it works, its model list is asked every interval (a free request)
// so that a key revoked meanwhile is noticed. An analysis failing the way
// a configuration does (a refused key, an unknown model, no credit) asks
// for a check at once.
type Monitor struct {
	cfg    Config
	client *Client
	every  time.Duration
	logger *slog.Logger
	kick   chan struct{}

	mu     sync.Mutex
	report *Report
	state  string
}

// NewMonitor returns a Monitor of client's model, configured as cfg. An
// interval of zero checks nothing: the model stays unverified.
func NewMonitor(cfg Config, client *Client, every time.Duration, logger *slog.Logger) *Monitor {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	m := &Monitor{cfg: cfg, client: client, every: every, logger: logger, kick: make(chan struct{}, 1), state: ModelUnverified}
	client.onConfigFailure = m.Kick
	return m
}

// Kick asks for a full check as soon as possible.
func (m *Monitor) Kick() {
	select {
	case m.kick <- struct{}{}:
	default:
	}
}

// Run checks the model until ctx ends.
func (m *Monitor) Run(ctx context.Context) {
	if m.every <= 0 {
		return
	}
	m.full(ctx, true)
	t := time.NewTicker(m.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-m.kick:
			m.full(ctx, false)
		case <-t.C:
			if state, _ := m.Status(); state == ModelFailing {
				m.full(ctx, false)
				continue
			}
			if quick := diagnose(ctx, m.cfg, true); !quick.OK {
				m.full(ctx, false)
			}
		}
	}
}

// Check runs the doctor now and keeps its report.
func (m *Monitor) Check(ctx context.Context) *Report { return m.full(ctx, false) }

func (m *Monitor) full(ctx context.Context, first bool) *Report {
	r := Diagnose(ctx, m.cfg)
	if ctx.Err() != nil {
		return r // shutting down: an interrupted check says nothing
	}
	m.mu.Lock()
	was := m.state
	m.report = r
	m.state = ModelFailing
	if r.OK {
		m.state = ModelOK
	}
	m.mu.Unlock()
	if r.OK {
		m.client.SetCapabilities(r.Capabilities)
	}
	switch {
	case first && r.OK:
		m.logger.Info("model checked", "model", r.Model, "base_url", r.BaseURL, "latency_ms", r.LatencyMS,
			"json_object", r.Capabilities.JSONObject, "vision", r.Capabilities.Vision, "warnings", r.warnings())
	case first || (was != ModelFailing && !r.OK):
		c := r.Failed()
		m.logger.Warn("model check failed; analyses will fail until it is fixed", "model", r.Model, "base_url", r.BaseURL,
			"check", c.Name, "problem", c.Detail, "fix", c.Fix, "recheck_every", m.every)
	case was == ModelFailing && r.OK:
		m.logger.Info("model check passes again", "model", r.Model, "latency_ms", r.LatencyMS)
	}
	return r
}

func (r *Report) warnings() []string {
	var out []string
	for _, c := range r.Checks {
		if c.Status == StatusWarn {
			out = append(out, c.Name+": "+c.Detail)
		}
	}
	return out
}

// Status returns the state and the latest report (nil before the first).
func (m *Monitor) Status() (string, *Report) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.state, m.report
}

// Readiness says the model's state in one line, and returns an error
// saying the failing check and its fix while the model fails.
func (m *Monitor) Readiness() (string, error) {
	state, r := m.Status()
	switch state {
	case ModelOK:
		return fmt.Sprintf("ok (checked at %s)", r.CheckedAt.Format(time.RFC3339)), nil
	case ModelFailing:
		return "", fmt.Errorf("%s (checked at %s)", r.Problem(), r.CheckedAt.Format(time.RFC3339))
	}
	return "unverified", nil
}
