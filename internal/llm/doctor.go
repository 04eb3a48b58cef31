package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/openai/openai-go/v3"

	"github.com/quizstats/quizstats/internal/quiz"
)

// The checks of a Report, in the order they are shown.
const (
	CheckServer     = "server"            // the base URL answers and speaks the OpenAI API
	CheckKey        = "key"               // the API key is accepted
	CheckModel      = "model"             // the model is served
	CheckQuota      = "quota"             // credit left and not rate limited
	CheckStructured = "structured_output" // json_schema, or json_object as a fallback
	CheckStreaming  = "streaming"         // replies arrive as server-sent events
	CheckVision     = "vision"            // image parts are taken
	CheckCompletion = "completion"        // a one-question quiz is answered, and how fast
)

var checkOrder = []string{CheckServer, CheckKey, CheckModel, CheckQuota, CheckStructured, CheckStreaming, CheckVision, CheckCompletion}

// Statuses of one check.
const (
	StatusOK   = "ok"
	StatusWarn = "warn" // works, with a caveat
	StatusFail = "fail" // analysis will not work until it is fixed
	StatusOff  = "off"  // not supported, and analysis does without
	StatusSkip = "skip" // not checked, because an earlier check failed
)

// CheckResult is one line of a Report.
type CheckResult struct {
	Name   string `json:"name"`
	Status string `json:"status"`
	// Detail is what was found, in plain words; Fix what to do about it.
	Detail string `json:"detail"`
	Fix    string `json:"fix,omitempty"`
}

// Report is what the doctor found about a model.
type Report struct {
	// OK is true when analysis will work.
	OK        bool          `json:"ok"`
	BaseURL   string        `json:"base_url"`
	Model     string        `json:"model"`
	CheckedAt time.Time     `json:"checked_at"`
	Checks    []CheckResult `json:"checks"`
	// Capabilities are what analyses should use (set on the Client).
	Capabilities Capabilities `json:"capabilities"`
	// LatencyMS is the time of the one-question completion.
	LatencyMS float64 `json:"latency_ms,omitempty"`
	// Models are the models the server lists (up to 50).
	Models []string `json:"models,omitempty"`
}

// Failed returns the first failed check, or nil.
func (r *Report) Failed() *CheckResult {
	for i := range r.Checks {
		if r.Checks[i].Status == StatusFail {
			return &r.Checks[i]
		}
	}
	return nil
}

// Problem says in one line what is wrong and what to do, or "" when
// analysis will work.
func (r *Report) Problem() string {
	c := r.Failed()
	if c == nil {
		return ""
	}
	if c.Fix == "" {
		return c.Name + ": " + c.Detail
	}
	return c.Name + ": " + c.Detail + "; " + c.Fix
}

// Check returns the named check's result.
func (r *Report) Check(name string) CheckResult {
	for _, c := range r.Checks {
		if c.Name == name {
			return c
		}
	}
	return CheckResult{Name: name, Status: StatusSkip}
}

// DefaultBaseURL is OpenAI's API, used when no base URL is set.
const DefaultBaseURL = "https://api.openai.com/v1"

// maxListBody bounds a GET /models answer (OpenAI's is about 20 KB).
const maxListBody = 1 << 20

// onePixel is a 1×1 PNG, the image of the vision probe.
const onePixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

// Diagnose checks that the model of cfg will answer quizzes: the server,
// the key, the model, quota, structured output, streaming, vision and the
// latency of a one-question completion. It makes one GET /models and two
// or three one-question completions; it does not retry.
func Diagnose(ctx context.Context, cfg Config) *Report { return diagnose(ctx, cfg, false) }

// diagnose runs the checks; quick ones stop after GET /models (free: no
// completion), which finds a refused key, a wrong URL or a missing model.
func diagnose(ctx context.Context, cfg Config, quick bool) *Report {
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	cfg.BaseURL = strings.TrimSuffix(cfg.BaseURL, "/")
	cfg.Backoff = Backoff{Retries: 0, Base: time.Millisecond, Max: time.Millisecond}
	d := &doctor{cfg: cfg, results: map[string]CheckResult{}, r: &Report{BaseURL: cfg.BaseURL, Model: cfg.Model, CheckedAt: time.Now().UTC().Truncate(time.Second)}}
	if quick {
		d.checkList(ctx)
	} else {
		d.run(ctx)
	}
	for _, name := range checkOrder {
		c, ok := d.results[name]
		if !ok {
			c = CheckResult{Name: name, Status: StatusSkip, Detail: "not checked"}
			if d.firstFail() != "" {
				c.Detail = "not checked, since an earlier check failed"
			}
		}
		c.Detail, c.Fix = d.redact(c.Detail), d.redact(c.Fix)
		d.r.Checks = append(d.r.Checks, c)
	}
	d.r.OK = d.r.Failed() == nil
	return d.r
}

type doctor struct {
	cfg     Config
	r       *Report
	results map[string]CheckResult
	order   []string // names as they were set, to find the first failure
}

func (d *doctor) set(name, status, detail, fix string) {
	if _, done := d.results[name]; !done {
		d.order = append(d.order, name)
	}
	d.results[name] = CheckResult{Name: name, Status: status, Detail: detail, Fix: fix}
}

func (d *doctor) firstFail() string {
	for _, n := range d.order {
		if d.results[n].Status == StatusFail {
			return n
		}
	}
	return ""
}

// redact keeps the API key out of everything the report says: servers
// echo parts of it in their errors.
func (d *doctor) redact(s string) string {
	if k := d.cfg.APIKey; len(k) >= 8 {
		s = strings.ReplaceAll(s, k, "[redacted]")
	}
	return s
}

func (d *doctor) httpClient() *http.Client {
	if d.cfg.HTTPClient != nil {
		return d.cfg.HTTPClient
	}
	return &http.Client{Timeout: 15 * time.Second}
}

func (d *doctor) run(ctx context.Context) {
	if !d.checkList(ctx) {
		return
	}
	caps, ok := d.checkCompletion(ctx)
	if !ok {
		return
	}
	d.checkVision(ctx, &caps)
	d.r.Capabilities = caps
}

// listAnswer is a GET /models answer.
type listAnswer struct {
	status int
	ids    []string
	isList bool // a JSON {"data": [...]} body
	apiErr string
	err    error
}

func (d *doctor) getModels(ctx context.Context, base string) listAnswer {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/models", nil)
	if err != nil {
		return listAnswer{err: err}
	}
	if d.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+d.cfg.APIKey)
	}
	resp, err := d.httpClient().Do(req)
	if err != nil {
		return listAnswer{err: err}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxListBody))
	if err != nil {
		return listAnswer{status: resp.StatusCode, err: err}
	}
	la := listAnswer{status: resp.StatusCode}
	var v struct {
		Data *[]struct {
			ID string `json:"id"`
		} `json:"data"`
		Error json.RawMessage `json:"error"`
	}
	if json.Unmarshal(body, &v) == nil {
		if v.Data != nil {
			la.isList = true
			for _, m := range *v.Data {
				la.ids = append(la.ids, m.ID)
			}
		}
		la.apiErr = errorMessage(v.Error)
	}
	return la
}

// errorMessage reads an OpenAI-style error: {"message": ...} or a string.
func errorMessage(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var e struct {
		Message string `json:"message"`
	}
	if json.Unmarshal(raw, &e) == nil && e.Message != "" {
		return truncate(e.Message, 200)
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return truncate(s, 200)
	}
	return truncate(string(raw), 200)
}

// checkList asks GET /models: the server, the key and the model. It
// returns false when nothing further can be checked.
func (d *doctor) checkList(ctx context.Context) bool {
	base := d.cfg.BaseURL
	la := d.getModels(ctx, base)
	if la.err != nil {
		d.set(CheckServer, StatusFail, fmt.Sprintf("cannot reach %s: %s", base, netReason(la.err)),
			"start the model server (Ollama: ollama serve), or point OPENAI_BASE_URL (--base-url) at where it listens")
		return false
	}
	if !la.isList && la.status != http.StatusUnauthorized && la.status != http.StatusForbidden && !strings.HasSuffix(base, "/v1") {
		// Many servers answer the OpenAI API under /v1 only.
		if alt := d.getModels(ctx, base+"/v1"); alt.err == nil && (alt.isList || alt.apiErr != "") {
			d.set(CheckServer, StatusFail, fmt.Sprintf("%s is not the API's base URL: the OpenAI API answers at %s/v1", base, base),
				fmt.Sprintf("set OPENAI_BASE_URL=%s/v1 (or --base-url)", base))
			return false
		}
	}
	switch {
	case la.status == http.StatusUnauthorized || la.status == http.StatusForbidden:
		d.set(CheckServer, StatusOK, base+" speaks the OpenAI API", "")
		d.keyRefused(la.status, la.apiErr)
		return false
	case la.status == http.StatusPaymentRequired || la.status == http.StatusTooManyRequests:
		d.set(CheckServer, StatusOK, base+" speaks the OpenAI API", "")
		d.set(CheckKey, StatusOK, "the API key is accepted", "")
		// The completion below says which: quota or rate limit.
	case la.isList:
		d.set(CheckServer, StatusOK, base+" speaks the OpenAI API", "")
		d.set(CheckKey, StatusOK, d.keyAccepted(), "")
		d.r.Models = la.ids[:min(len(la.ids), 50)]
		if !d.checkModelListed(la.ids) {
			return false
		}
	case la.status == http.StatusNotFound && strings.HasSuffix(base, "/v1"):
		// An OpenAI-compatible server without the model list: the
		// completion below checks the rest.
		d.set(CheckServer, StatusOK, base+" answers (it lists no models at GET /models)", "")
	case la.status >= 500:
		d.set(CheckServer, StatusFail, fmt.Sprintf("%s answered GET /models with %d %s", base, la.status, la.apiErr),
			"the model server is failing; see its logs, or try again later")
		return false
	default:
		what := fmt.Sprintf("%s does not speak the OpenAI API: GET %s/models answered %d", base, base, la.status)
		if la.apiErr != "" {
			what += " (" + la.apiErr + ")"
		}
		d.set(CheckServer, StatusFail, what, "point OPENAI_BASE_URL (--base-url) at an OpenAI-compatible API, such as http://127.0.0.1:11434/v1 for Ollama")
		return false
	}
	return true
}

func (d *doctor) keyAccepted() string {
	if d.cfg.APIKey == "" {
		return "the server needs no API key"
	}
	return "the API key is accepted"
}

func (d *doctor) keyRefused(status int, msg string) {
	detail := fmt.Sprintf("the API key was refused (%d", status)
	if msg != "" {
		detail += ": " + msg
	}
	detail += ")"
	fix := "check OPENAI_API_KEY (or OPENAI_API_KEY_FILE): it must be a current key of this server's account"
	switch {
	case d.cfg.APIKey == "":
		detail = fmt.Sprintf("the server wants an API key and none is set (%d)", status)
		fix = "set OPENAI_API_KEY (or OPENAI_API_KEY_FILE)"
	case status == http.StatusForbidden:
		fix = "the key may not use this API or model: check the key's project, permissions and the model's access in the provider's settings"
	}
	d.set(CheckKey, StatusFail, detail, fix)
}

// retired are OpenAI model names that no longer answer, with what to use.
var retired = map[string]string{
	"text-davinci-003":          "gpt-4o-mini",
	"text-davinci-002":          "gpt-4o-mini",
	"gpt-3.5-turbo-0301":        "gpt-4o-mini",
	"gpt-3.5-turbo-0613":        "gpt-4o-mini",
	"gpt-3.5-turbo-16k-0613":    "gpt-4o-mini",
	"gpt-4-0314":                "gpt-4o",
	"gpt-4-32k":                 "gpt-4o",
	"gpt-4-32k-0314":            "gpt-4o",
	"gpt-4-vision-preview":      "gpt-4o",
	"gpt-4-1106-vision-preview": "gpt-4o",
}

func (d *doctor) checkModelListed(ids []string) bool {
	model := d.cfg.Model
	if slices.Contains(ids, model) || slices.Contains(ids, model+":latest") {
		d.set(CheckModel, StatusOK, fmt.Sprintf("model %s is served", model), "")
		return true
	}
	d.modelMissing(ids, "")
	return false
}

func (d *doctor) modelMissing(ids []string, msg string) {
	model := d.cfg.Model
	detail := fmt.Sprintf("model %q is not served here", model)
	if msg != "" {
		detail += " (" + msg + ")"
	}
	fix := "set --model (QUIZSTATS_MODEL) to a model this server lists"
	if repl, ok := retired[model]; ok {
		detail = fmt.Sprintf("model %q is retired", model)
		fix = fmt.Sprintf("use a current model, such as --model %s", repl)
	}
	if best := Closest(model, ids); best != "" {
		fix = fmt.Sprintf("did you mean --model %s?", best)
	}
	if len(ids) > 0 {
		shown := ids[:min(len(ids), 8)]
		fix += "; it serves " + strings.Join(shown, ", ")
		if len(ids) > len(shown) {
			fix += fmt.Sprintf(" and %d more", len(ids)-len(shown))
		}
	} else if ids != nil {
		fix = "the server lists no models: load or pull one (Ollama: ollama pull llama3.1), then set --model"
	}
	d.set(CheckModel, StatusFail, detail, fix)
}

// probeQuestion is the doctor's one-question quiz.
var probeQuestion = quiz.Question{Text: "Which of these is a colour?", Options: []string{"Seven", "Blue", "Tuesday"}, Kind: quiz.KindSingle}

// ask makes one streamed completion of the probe quiz, as an analysis
// would, and returns how long it took and what went wrong.
func (d *doctor) ask(ctx context.Context, q quiz.Question, caps Capabilities) (time.Duration, string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	c := New(d.cfg)
	qs := []quiz.Question{q}
	m := newMerger(qs, 1, nil)
	start := time.Now()
	r, err := c.stream(ctx, qs, 0, []int{0}, permutations(qs, 0), caps, m)
	took := time.Since(start)
	problem := r.general
	if problem == "" {
		problem = r.problems[0]
	}
	if err == nil && problem == "" && !m.has(0, 0) {
		problem = "the reply has no answer"
	}
	return took, problem, err
}

// checkCompletion answers the probe quiz with json_schema, and with
// json_object when json_schema is refused.
func (d *doctor) checkCompletion(ctx context.Context) (Capabilities, bool) {
	caps := Capabilities{}
	took, problem, err := d.ask(ctx, probeQuestion, caps)
	if err != nil && formatRefused(err) {
		schemaErr := apiMessage(err)
		caps.JSONObject = true
		took, problem, err = d.ask(ctx, probeQuestion, caps)
		switch {
		case err == nil:
			d.set(CheckStructured, StatusWarn, fmt.Sprintf("json_schema is refused (%s); JSON mode (json_object) is used instead", schemaErr),
				"replies are checked but not constrained, so expect more invalid answers; a server with structured output (Ollama ≥ 0.5, vLLM, llama.cpp, current OpenAI models) does better")
		case formatRefused(err):
			d.set(CheckStructured, StatusFail, fmt.Sprintf("the model refuses structured output: json_schema (%s) and json_object (%s)", schemaErr, apiMessage(err)),
				"use a model and server with structured output (Ollama ≥ 0.5, vLLM, llama.cpp, current OpenAI models)")
			return caps, false
		}
	}
	if err != nil {
		d.completionFailed(err)
		return caps, false
	}
	d.set(CheckQuota, StatusOK, "the account can make completions", "")
	if _, listed := d.results[CheckModel]; !listed {
		d.set(CheckModel, StatusOK, fmt.Sprintf("model %s answers", d.cfg.Model), "")
	}
	d.set(CheckStreaming, StatusOK, "replies stream, so answers show as they are written", "")
	if problem != "" {
		d.set(CheckStructured, StatusFail, "the reply is not the JSON answer asked for: "+truncate(problem, 200),
			"use a model that follows structured output (a current instruction-tuned model; small models often fail)")
		return caps, false
	}
	if _, set := d.results[CheckStructured]; !set {
		d.set(CheckStructured, StatusOK, "structured output (json_schema) works", "")
	}
	d.r.LatencyMS = float64(took.Microseconds()) / 1000
	status, fix := StatusOK, ""
	if took > 10*time.Second {
		status, fix = StatusWarn, "answers will be slow; a long quiz may outlast --model-timeout (30 s): raise it, or use a faster model"
	}
	d.set(CheckCompletion, status, fmt.Sprintf("a one-question quiz was answered in %s", took.Round(time.Millisecond)), fix)
	return caps, true
}

// completionFailed explains a failed probe completion.
func (d *doctor) completionFailed(err error) {
	if errors.Is(err, errNotStreamed) {
		d.set(CheckStreaming, StatusFail, "the server ignored \"stream\": true and sent the whole reply at once",
			"quizstats needs streaming: use a server that streams chat completions, or remove the proxy in between that buffers them")
		return
	}
	apiErr, ok := errors.AsType[*openai.Error](err)
	if !ok {
		if errors.Is(err, context.DeadlineExceeded) {
			d.set(CheckCompletion, StatusFail, "a one-question quiz got no answer within 30 s", "the model is overloaded or too slow; try a smaller model, or check the server's load")
			return
		}
		d.set(CheckCompletion, StatusFail, "a one-question quiz failed: "+truncate(netReason(err), 200), "check the model server's logs")
		return
	}
	msg := apiMessage(err)
	switch code := apiErr.StatusCode; {
	case code == http.StatusUnauthorized || code == http.StatusForbidden:
		d.keyRefused(code, msg)
	case code == http.StatusNotFound:
		d.modelMissing(d.r.Models, msg)
	case code == http.StatusPaymentRequired || (code == http.StatusTooManyRequests && quotaError(apiErr)):
		d.set(CheckQuota, StatusFail, fmt.Sprintf("the account has no credit or quota left (%d: %s)", code, msg),
			"add credit or raise the quota in the provider's billing settings (OpenAI: https://platform.openai.com/settings/organization/billing); a new key does not help")
	case code == http.StatusTooManyRequests:
		wait := ""
		if apiErr.Response != nil {
			if after := retryAfter(apiErr.Response.Header, time.Now()); after > 0 {
				wait = fmt.Sprintf(" in %s", after.Round(time.Second))
			}
		}
		d.set(CheckQuota, StatusFail, fmt.Sprintf("rate limited: the provider allows no more requests just now (429: %s)", msg),
			"not a billing problem: wait and run again"+wait+"; if it persists, raise the account's rate limits")
	case code == http.StatusBadRequest || code == http.StatusUnprocessableEntity:
		if strings.Contains(strings.ToLower(msg), "stream") {
			d.set(CheckStreaming, StatusFail, "the server refuses streaming ("+msg+")", "quizstats needs streaming: use a server that streams chat completions")
			return
		}
		d.set(CheckCompletion, StatusFail, fmt.Sprintf("the server refused a one-question quiz (%d: %s)", code, msg), "check that the model is a chat model")
	default:
		d.set(CheckCompletion, StatusFail, fmt.Sprintf("the server failed a one-question quiz (%d: %s)", code, msg), "the model server is failing; see its logs, or try again later")
	}
}

// checkVision sends the probe quiz with a one-pixel image.
func (d *doctor) checkVision(ctx context.Context, caps *Capabilities) {
	q := probeQuestion
	q.Images = []quiz.Image{{URL: onePixel}}
	vcaps := *caps
	vcaps.Vision = true
	_, _, err := d.ask(ctx, q, vcaps)
	switch {
	case err == nil:
		caps.Vision = true
		d.set(CheckVision, StatusOK, "the model takes images: image questions are shown with their pictures", "")
	case imageRefused(err):
		d.set(CheckVision, StatusOff, "the model takes no images ("+apiMessage(err)+"): image questions are answered from their text and marked so",
			"for image questions, use a vision model (gpt-4o-mini, llava, qwen2.5vl)")
	default:
		d.set(CheckVision, StatusOff, "the image probe failed ("+truncate(apiMessage(err), 200)+"): image questions are answered from their text and marked so", "")
	}
}

// formatRefused reports whether err is a server refusing the response
// format (json_schema or json_object).
func formatRefused(err error) bool {
	apiErr, ok := errors.AsType[*openai.Error](err)
	if !ok || (apiErr.StatusCode != http.StatusBadRequest && apiErr.StatusCode != http.StatusUnprocessableEntity) {
		return false
	}
	msg := strings.ToLower(apiErr.Message + " " + apiErr.Param + " " + apiErr.RawJSON())
	return strings.Contains(msg, "response_format") || strings.Contains(msg, "json_schema") || strings.Contains(msg, "json_object")
}

func quotaError(e *openai.Error) bool {
	s := strings.ToLower(e.Code + " " + e.Type + " " + e.RawJSON())
	return strings.Contains(s, "insufficient_quota") || strings.Contains(s, "billing") || strings.Contains(s, "credit")
}

// apiMessage is the server's own message of an error, briefly.
func apiMessage(err error) string {
	if apiErr, ok := errors.AsType[*openai.Error](err); ok {
		if apiErr.Message != "" {
			return truncate(apiErr.Message, 200)
		}
		if m := errorMessage(json.RawMessage(apiErr.RawJSON())); m != "" {
			return m
		}
		return http.StatusText(apiErr.StatusCode)
	}
	return truncate(err.Error(), 200)
}

// netReason is a network error without the URL the caller already names.
func netReason(err error) string {
	if ue, ok := errors.AsType[*url.Error](err); ok {
		err = ue.Err
	}
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 && strings.HasPrefix(s, "dial") {
		s = s[i+2:]
	}
	return s
}

// Closest returns the name in names nearest to name (edit distance,
// ignoring case and an Ollama ":latest" tag), or "" when none is near.
func Closest(name string, names []string) string {
	norm := func(s string) string { return strings.TrimSuffix(strings.ToLower(s), ":latest") }
	target := norm(name)
	best, bestD := "", -1
	for _, n := range names {
		cand := norm(n)
		d := editDistance(target, cand)
		if strings.HasPrefix(cand, target) || strings.HasPrefix(target, cand) {
			d = min(d, abs(len(cand)-len(target))/2)
		}
		if bestD < 0 || d < bestD {
			best, bestD = n, d
		}
	}
	if best == "" || bestD > max(3, len(target)/3) {
		return ""
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance is the Levenshtein distance of a and b (bytes).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
