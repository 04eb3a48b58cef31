// Package llmtest is a fake OpenAI-compatible chat completions server for
// tests. It is the one part of quizstats' world that cannot run for real
// here, so it behaves like one: it checks each request the way a strict
// server would, streams its reply in small server-sent-event chunks, and
// fails, stalls or talks nonsense on demand.
package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Question is a question as the fake received it.
type Question struct {
	Index   int      `json:"index"`
	Kind    string   `json:"kind"`
	Text    string   `json:"text"`
	Options []string `json:"options"`
	// Images are the numbers (1-based, in message order) of the image
	// parts that belong to this question.
	Images []int  `json:"images,omitempty"`
	Unseen string `json:"unseen,omitempty"`
}

// Call is one request the fake received.
type Call struct {
	N         int // 1-based
	Model     string
	System    string
	Questions []Question
	Header    http.Header
	// Format is the response format asked: json_schema or json_object.
	Format string
	// Images are the image parts of the user message (data URLs).
	Images []string
}

// Failure makes every endpoint of the fake fail the way real providers
// do, until it is set back to NoFailure.
type Failure int32

const (
	NoFailure       Failure = iota
	KeyRefused              // 401 invalid_api_key
	KeyForbidden            // 403, a key without access to the model
	QuotaExceeded           // 429 insufficient_quota: no credit left
	PaymentRequired         // 402, as some providers answer for billing
	RateLimited             // 429 rate_limit_exceeded with Retry-After
)

// DefaultModels are the models GET /v1/models lists when Models is nil.
var DefaultModels = []string{"gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "fake-model"}

// Action is what the fake does with a call.
type Action int

const (
	Answer     Action = iota // stream a valid reply
	Fail429                  // 429 with Retry-After (see RetryAfter)
	Fail500                  // 500
	Fail401                  // 401, as for a wrong API key
	Malformed                // 200 with a reply that is not JSON
	OutOfRange               // 200 with a choice index that does not exist
	DropMidway               // stream the first answer, then cut the connection
	Hang                     // accept, then say nothing until the client gives up
)

// Spoil is how the fake breaks its answer to one question, every time it
// is asked that question.
type Spoil int

const (
	Intact   Spoil = iota // a valid answer
	Garbage               // an answer object that is not valid JSON
	BadIndex              // an answer that picks an option that does not exist
	Omit                  // no answer for the question at all
	Truncate              // the stream is cut while the answer is being written
)

func (s Spoil) String() string {
	return [...]string{"intact", "garbage", "bad index", "omitted", "truncated"}[s]
}

// Spoils lists every way the fake can break an answer.
var Spoils = []Spoil{Garbage, BadIndex, Omit, Truncate}

// Fake is the fake model server.
type Fake struct {
	*httptest.Server
	// Errorf reports a request a real server would reject (t.Errorf in
	// tests).
	Errorf func(format string, args ...any)

	// Correct maps a question's text to the texts of its correct options.
	// Questions not in it are answered with their first option shown.
	Correct map[string][]string
	// ItemDelay is waited before each answer object is streamed, so tests
	// can see answers arrive one by one.
	ItemDelay time.Duration
	// Script picks the action for each call; nil means always Answer.
	Script func(c Call) Action
	// RetryAfter is sent with Fail429, in seconds ("0" sends none).
	RetryAfter string
	// Latency is waited before the reply starts, as a model thinks.
	Latency time.Duration
	// Choose, if set, picks the shown option indices for a question instead
	// of Correct, so tests can make samples disagree.
	Choose func(c Call, q Question) []int
	// BeforeItem, if set, runs before answer i of a reply is streamed; a
	// test can block in it to hold the rest of the reply back.
	BeforeItem func(c Call, i int)
	// Say, if set, is what the model writes as a question's explanation
	// (and a text question's answer): a test of what is done with text a
	// model server chose.
	Say func(c Call, q Question) string
	// Spoil, if set, says how to break the answer to a question.
	Spoil func(c Call, q Question) Spoil

	// Models, when set, are the only models served: a completion for
	// another answers 404 model_not_found. When nil any model is answered
	// and GET /v1/models lists DefaultModels.
	Models []string
	// NoJSONSchema answers 400 to response_format json_schema, as servers
	// without structured output do; NoJSONObject likewise for json_object.
	NoJSONSchema bool
	NoJSONObject bool
	// NoStreaming ignores "stream": true and sends the whole completion as
	// one JSON body, as some proxies and old servers do.
	NoStreaming bool
	// Vision accepts image parts; without it a message with an image is
	// refused with 400, as text-only models are.
	Vision bool

	failure atomic.Int32
	calls   atomic.Int64
	images  atomic.Int64
	mu      sync.Mutex
	log     []Call
}

// SetFailure makes every request fail as f says (NoFailure to stop).
func (f *Fake) SetFailure(x Failure) { f.failure.Store(int32(x)) }

// Images is how many image parts the completions received, in all.
func (f *Fake) Images() int { return int(f.images.Load()) }

// New starts a fake model server; it stops when the test ends. Its base URL
// for clients is URL() (with /v1).
func New(t testing.TB) *Fake {
	f := NewHandler(t.Errorf)
	f.Server = httptest.NewServer(f)
	t.Cleanup(f.Close)
	return f
}

// NewHandler returns a fake model that is not listening anywhere yet, for
// programs (the load tests) that serve it themselves.
func NewHandler(errorf func(format string, args ...any)) *Fake {
	return &Fake{Errorf: errorf, Correct: map[string][]string{}, RetryAfter: "1"}
}

// URL is the OpenAI-compatible base URL.
func (f *Fake) URL() string { return f.Server.URL + "/v1" }

// ServeHTTP serves the chat completions API.
func (f *Fake) ServeHTTP(w http.ResponseWriter, r *http.Request) { f.serve(w, r) }

// Calls is how many completion requests arrived.
func (f *Fake) Calls() int { return int(f.calls.Load()) }

// Log returns the calls received so far.
func (f *Fake) Log() []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Call(nil), f.log...)
}

type chatRequest struct {
	Model    string `json:"model"`
	Stream   bool   `json:"stream"`
	Messages []struct {
		Role string `json:"role"`
		// Content is a string, or a list of text and image_url parts.
		Content json.RawMessage `json:"content"`
	} `json:"messages"`
	ResponseFormat struct {
		Type       string `json:"type"`
		JSONSchema struct {
			Name   string          `json:"name"`
			Strict bool            `json:"strict"`
			Schema json.RawMessage `json:"schema"`
		} `json:"json_schema"`
	} `json:"response_format"`
	StreamOptions struct {
		IncludeUsage bool `json:"include_usage"`
	} `json:"stream_options"`
}

// fail answers an OpenAI-style error and records the test failure: a
// request the real API would reject is a bug in quizstats.
func (f *Fake) fail(w http.ResponseWriter, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	f.Errorf("fake model: bad request: %s", msg)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"message": msg, "type": "invalid_request_error"}})
}

func (f *Fake) serve(w http.ResponseWriter, r *http.Request) {
	if f.refuse(w) {
		return
	}
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/v1/models":
		f.serveModels(w)
		return
	case r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions":
		// As OpenAI answers a path it does not serve (a base URL without
		// /v1, say): a 404, not a test failure, since finding it is the
		// doctor's job.
		writeErrorCode(w, http.StatusNotFound, fmt.Sprintf("Invalid URL (%s %s)", r.Method, r.URL.Path), "invalid_request_error", "")
		return
	}
	var req chatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		f.fail(w, "body is not JSON: %v", err)
		return
	}
	if f.Models != nil && !slices.Contains(f.Models, req.Model) {
		writeErrorCode(w, http.StatusNotFound, fmt.Sprintf("The model `%s` does not exist or you do not have access to it.", req.Model), "invalid_request_error", "model_not_found")
		return
	}
	if len(req.Messages) != 2 || req.Messages[0].Role != "system" || req.Messages[1].Role != "user" {
		f.fail(w, "want a system and a user message, got %d messages", len(req.Messages))
		return
	}
	system, _, err := content(req.Messages[0].Content)
	if err != nil {
		f.fail(w, "system message: %v", err)
		return
	}
	user, images, err := content(req.Messages[1].Content)
	if err != nil {
		f.fail(w, "user message: %v", err)
		return
	}
	switch {
	case !req.Stream:
		f.fail(w, "stream is not set")
		return
	case req.ResponseFormat.Type == "json_schema" && f.NoJSONSchema:
		writeErrorCode(w, http.StatusBadRequest, "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", "invalid_request_error", "")
		return
	case req.ResponseFormat.Type == "json_object" && f.NoJSONObject:
		writeErrorCode(w, http.StatusBadRequest, "Invalid parameter: 'response_format' of type 'json_object' is not supported with this model.", "invalid_request_error", "")
		return
	case req.ResponseFormat.Type == "json_object":
		// OpenAI's rule for JSON mode: the messages must ask for JSON.
		if !strings.Contains(system, "JSON") {
			f.fail(w, "json_object response format, but the messages do not ask for JSON")
			return
		}
	case req.ResponseFormat.Type != "json_schema" || !req.ResponseFormat.JSONSchema.Strict || len(req.ResponseFormat.JSONSchema.Schema) == 0:
		f.fail(w, "no strict json_schema response format: %+v", req.ResponseFormat)
		return
	}
	if len(images) > 0 && !f.Vision {
		writeErrorCode(w, http.StatusBadRequest, "Invalid content type. image_url is only supported by certain models.", "invalid_request_error", "")
		return
	}
	for _, img := range images {
		if !strings.HasPrefix(img, "data:image/") || !strings.Contains(img, ";base64,") {
			f.fail(w, "image part %.40q is not a base64 data URL", img)
			return
		}
	}
	f.images.Add(int64(len(images)))
	var payload struct {
		Questions []Question `json:"questions"`
	}
	if err := json.Unmarshal([]byte(user), &payload); err != nil {
		f.fail(w, "the user message is not the questions as JSON data: %v", err)
		return
	}
	for _, q := range payload.Questions {
		for _, n := range q.Images {
			if n < 1 || n > len(images) {
				f.fail(w, "question %d names image %d of %d", q.Index, n, len(images))
				return
			}
		}
		if strings.Contains(system, q.Text) {
			f.fail(w, "question %d's text appears in the system message", q.Index)
			return
		}
	}

	n := int(f.calls.Add(1))
	call := Call{N: n, Model: req.Model, System: system, Questions: payload.Questions, Header: r.Header.Clone(), Format: req.ResponseFormat.Type, Images: images}
	f.mu.Lock()
	f.log = append(f.log, call)
	f.mu.Unlock()

	action := Answer
	if f.Script != nil {
		action = f.Script(call)
	}
	if f.Latency > 0 {
		select {
		case <-time.After(f.Latency):
		case <-r.Context().Done():
			return
		}
	}
	switch action {
	case Fail429:
		if f.RetryAfter != "0" {
			w.Header().Set("Retry-After", f.RetryAfter)
		}
		writeError(w, http.StatusTooManyRequests, "rate limit reached")
		return
	case Fail500:
		writeError(w, http.StatusInternalServerError, "the server had an error")
		return
	case Fail401:
		writeError(w, http.StatusUnauthorized, "incorrect API key provided")
		return
	case Hang:
		<-r.Context().Done()
		return
	}

	answers := make([]map[string]any, 0, len(payload.Questions))
	spoils := make([]Spoil, 0, len(payload.Questions))
	for _, q := range payload.Questions {
		a := f.answer(q)
		if f.Choose != nil && q.Kind != "text" {
			a["choices"] = f.Choose(call, q)
		}
		if f.Say != nil {
			a["explanation"] = f.Say(call, q)
			if q.Kind == "text" {
				a["text"] = f.Say(call, q)
			}
		}
		spoil := Intact
		if f.Spoil != nil {
			spoil = f.Spoil(call, q)
		}
		switch spoil {
		case Omit:
			continue
		case BadIndex:
			a["choices"] = []int{99}
		}
		answers = append(answers, a)
		spoils = append(spoils, spoil)
	}
	if action == OutOfRange && len(answers) > 0 {
		answers[0]["choices"] = []int{99}
	}

	if f.NoStreaming {
		f.whole(w, req.Model, answers, action)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	flusher := w.(http.Flusher)
	// Chunks are built from a template: the fake must cost little next to
	// the server under test, which load runs put on the same machine.
	model, _ := json.Marshal(req.Model)
	head := fmt.Appendf(nil, `data: {"id":"chatcmpl-fake","object":"chat.completion.chunk","created":%d,"model":%s,"choices":[{"index":0,"delta":{"content":`, time.Now().Unix(), model)
	buf := make([]byte, 0, 512)
	send := func(content string) {
		text, _ := json.Marshal(content)
		buf = append(append(append(buf[:0], head...), text...), "}}]}\n\n"...)
		w.Write(buf)
		flusher.Flush()
	}
	if action == Malformed {
		send(`{"answers": [{"question": 0, "choices": [oops`)
		fmt.Fprint(w, "data: [DONE]\n\n")
		return
	}

	send(`{"answers":[`)
	for i, a := range answers {
		if f.BeforeItem != nil {
			f.BeforeItem(call, i)
		}
		if f.ItemDelay > 0 {
			select {
			case <-time.After(f.ItemDelay):
			case <-r.Context().Done():
				return
			}
		}
		// In the schema's order, "question" first, as a model writing
		// structured output does.
		b, _ := json.Marshal(item{a["question"], a["choices"], a["text"], a["confidence"], a["explanation"]})
		text := string(b)
		switch spoils[i] {
		case Garbage:
			text = fmt.Sprintf(`{"question":%v,"choices":[oops],"text":"","confidence":0.9,"explanation":"?"}`, a["question"])
		case Truncate:
			text = text[:len(text)/2]
		}
		if i > 0 {
			text = "," + text
		}
		// Split each object in small pieces, as real servers stream tokens.
		for len(text) > 0 {
			k := min(7, len(text))
			send(text[:k])
			text = text[k:]
		}
		if action == DropMidway || spoils[i] == Truncate {
			// Take over the connection and close it mid-stream.
			if hj, ok := w.(http.Hijacker); ok {
				if conn, _, err := hj.Hijack(); err == nil {
					conn.Close()
				}
			}
			return
		}
	}
	send(`]}`)
	if req.StreamOptions.IncludeUsage {
		usage := map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": time.Now().Unix(), "model": req.Model,
			"choices": []any{},
			"usage":   map[string]any{"prompt_tokens": 100 + 10*len(payload.Questions), "completion_tokens": 20 * len(payload.Questions), "total_tokens": 100 + 30*len(payload.Questions)},
		}
		b, _ := json.Marshal(usage)
		fmt.Fprintf(w, "data: %s\n\n", b)
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
	flusher.Flush()
}

// item is one answer object in the order of the reply schema.
type item struct {
	Question    any `json:"question"`
	Choices     any `json:"choices"`
	Text        any `json:"text"`
	Confidence  any `json:"confidence"`
	Explanation any `json:"explanation"`
}

// answer picks the fake's answer to q, by option text, so that answers stay
// right whatever order the options were shown in.
func (f *Fake) answer(q Question) map[string]any {
	a := map[string]any{"question": q.Index, "choices": []int{}, "text": "", "confidence": 0.9, "explanation": "Because the fake model knows."}
	if q.Kind == "text" {
		a["text"] = "fake answer"
		return a
	}
	f.mu.Lock()
	correct, ok := f.Correct[q.Text]
	f.mu.Unlock()
	if !ok {
		a["choices"] = []int{0}
		a["confidence"] = 0.5
		return a
	}
	var choices []int
	for i, o := range q.Options {
		for _, c := range correct {
			if o == c {
				choices = append(choices, i)
			}
		}
	}
	a["choices"] = choices
	return a
}

// SetCorrect records the correct options of a question.
func (f *Fake) SetCorrect(question string, options ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.Correct[question] = options
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeErrorCode(w, status, msg, "server_error", "")
}

// writeErrorCode answers an OpenAI-style error body.
func writeErrorCode(w http.ResponseWriter, status int, msg, typ, code string) {
	var c any
	if code != "" {
		c = code
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": c}})
}

// refuse answers the failure set with SetFailure, if any.
func (f *Fake) refuse(w http.ResponseWriter) bool {
	switch Failure(f.failure.Load()) {
	case KeyRefused:
		writeErrorCode(w, http.StatusUnauthorized, "Incorrect API key provided: sk-fake***. You can find your API key at https://platform.openai.com/account/api-keys.", "invalid_request_error", "invalid_api_key")
	case KeyForbidden:
		writeErrorCode(w, http.StatusForbidden, "Project does not have access to this model.", "invalid_request_error", "model_not_allowed")
	case QuotaExceeded:
		writeErrorCode(w, http.StatusTooManyRequests, "You exceeded your current quota, please check your plan and billing details.", "insufficient_quota", "insufficient_quota")
	case PaymentRequired:
		writeErrorCode(w, http.StatusPaymentRequired, "Insufficient credits. Add more using https://example.com/credits", "payment_required", "")
	case RateLimited:
		if f.RetryAfter != "0" {
			w.Header().Set("Retry-After", f.RetryAfter)
		}
		writeErrorCode(w, http.StatusTooManyRequests, "Rate limit reached for requests per min (RPM): Limit 3, Used 3, Requested 1.", "requests", "rate_limit_exceeded")
	default:
		return false
	}
	return true
}

// serveModels lists the models, as GET /v1/models does.
func (f *Fake) serveModels(w http.ResponseWriter) {
	names := f.Models
	if names == nil {
		names = DefaultModels
	}
	data := make([]map[string]any, 0, len(names))
	for _, n := range names {
		data = append(data, map[string]any{"id": n, "object": "model", "created": 1700000000, "owned_by": "fake"})
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data})
}

// whole sends the completion as one JSON body, not streamed.
func (f *Fake) whole(w http.ResponseWriter, model string, answers []map[string]any, action Action) {
	text, _ := json.Marshal(map[string]any{"answers": answers})
	if action == Malformed {
		text = []byte(`{"answers": [{"question": 0, "choices": [oops`)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-fake", "object": "chat.completion", "created": time.Now().Unix(), "model": model,
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": string(text)}}},
	})
}

// content reads a message's content: a string, or parts. It returns the
// text (the text parts joined) and the image parts' URLs.
func content(raw json.RawMessage) (string, []string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil, nil
	}
	var parts []struct {
		Type     string `json:"type"`
		Text     string `json:"text"`
		ImageURL *struct {
			URL    string `json:"url"`
			Detail string `json:"detail"`
		} `json:"image_url"`
	}
	if err := json.Unmarshal(raw, &parts); err != nil {
		return "", nil, fmt.Errorf("content is neither a string nor a list of parts: %v", err)
	}
	var text []string
	var images []string
	for i, p := range parts {
		switch p.Type {
		case "text":
			text = append(text, p.Text)
		case "image_url":
			if p.ImageURL == nil || p.ImageURL.URL == "" {
				return "", nil, fmt.Errorf("part %d is an image_url without a url", i)
			}
			images = append(images, p.ImageURL.URL)
		default:
			return "", nil, fmt.Errorf("part %d has unknown type %q", i, p.Type)
		}
	}
	if len(text) == 0 {
		return "", nil, fmt.Errorf("no text part")
	}
	// The questions are the first text part; later ones label the images.
	return text[0], images, nil
}
