// Package llm asks an OpenAI-compatible model (OpenAI, Ollama, vLLM,
// llama.cpp, LM Studio) to answer quiz questions: the prompt, the reply
// schema, streaming parse, validation, samples and votes, retries and a
// circuit breaker.
package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/packages/ssestream"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Config configures a Client.
type Config struct {
	BaseURL string // e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1
	APIKey  string
	Model   string
	// HTTPClient carries the calls; nil means a client with sane timeouts.
	HTTPClient *http.Client
	Backoff    Backoff
	// BreakerThreshold failures in a row open the breaker for BreakerCooldown.
	BreakerThreshold int
	BreakerCooldown  time.Duration
	Logger           *slog.Logger
	Observer         Observer
}

// Observer hears about every model call, for metrics.
type Observer interface {
	ModelCall(model, outcome string, seconds float64, usage quiz.Usage)
}

// Call outcomes reported to the Observer.
const (
	OutcomeOK           = "ok"
	OutcomeRetried      = "retried" // failed, then retried
	OutcomeError        = "error"
	OutcomeTimeout      = "timeout"
	OutcomeInvalidReply = "invalid_reply"
)

// Client answers quizzes with a model.
type Client struct {
	api     openai.Client
	model   string
	backoff Backoff
	breaker *Breaker
	logger  *slog.Logger
	obs     Observer
	caps    atomic.Pointer[Capabilities]
	// templates are the encoded requests around their user message.
	templates templates
	// http sends the completions, to route (see post).
	http    *http.Client
	routeMu sync.Mutex
	route   *route
	// onConfigFailure, when set (by a Monitor), hears of an analysis
	// failing as a configuration does: a refused key, an unknown model, no
	// credit, no streaming.
	onConfigFailure func()
}

// Capabilities are what the model takes beyond plain chat, as the doctor
// found them. They are set, not guessed per call.
type Capabilities struct {
	// JSONObject asks for JSON mode (response_format json_object) instead
	// of a strict json_schema, for servers without structured output.
	JSONObject bool `json:"json_object"`
	// Vision sends questions' images as image parts.
	Vision bool `json:"vision"`
}

// SetCapabilities sets what the model takes; analyses started after use it.
func (c *Client) SetCapabilities(caps Capabilities) { c.caps.Store(&caps) }

// Capabilities returns what the model is taken to support.
func (c *Client) Capabilities() Capabilities { return *c.caps.Load() }

// Result is a finished set of answers.
type Result struct {
	Answers []quiz.Answer
	Usage   quiz.Usage
	// Calls is how many completions were requested, retries included.
	Calls int
}

// New returns a Client. It does not contact the model.
func New(cfg Config) *Client {
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			MaxIdleConnsPerHost:   64,
			IdleConnTimeout:       90 * time.Second,
			ResponseHeaderTimeout: 0, // the analysis budget bounds the wait
			// A model connection carries one request out and a stream of
			// small chunks in; with a thousand analyses in flight the
			// default 4 KiB each way is 8 MB held, doubled by the GC.
			ReadBufferSize:  1024,
			WriteBufferSize: 1024,
		}}
	}
	// A copy, so that the caller's client is not changed.
	hc := *cfg.HTTPClient
	base := hc.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	hc.Transport = boundedTransport{base}
	cfg.HTTPClient = &hc
	completions := hc
	completions.CheckRedirect = sameOrigin
	if cfg.Backoff == (Backoff{}) {
		cfg.Backoff = DefaultBackoff
	}
	if cfg.BreakerThreshold <= 0 {
		cfg.BreakerThreshold = 5
	}
	if cfg.BreakerCooldown <= 0 {
		cfg.BreakerCooldown = 30 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Observer == nil {
		cfg.Observer = nopObserver{}
	}
	opts := []option.RequestOption{
		option.WithAPIKey(cfg.APIKey),
		option.WithHTTPClient(cfg.HTTPClient),
		// Retries are ours: they must honour the analysis budget, keep the
		// answers a broken stream already gave, and feed the breaker.
		option.WithMaxRetries(0),
	}
	if cfg.BaseURL != "" {
		opts = append(opts, option.WithBaseURL(cfg.BaseURL))
	}
	c := &Client{
		api:     openai.NewClient(opts...),
		http:    &completions,
		model:   cfg.Model,
		backoff: cfg.Backoff,
		breaker: NewBreaker(cfg.BreakerThreshold, cfg.BreakerCooldown),
		logger:  cfg.Logger,
		obs:     cfg.Observer,
	}
	// Until the doctor says otherwise, the model is taken to see images:
	// one that does not refuses the part, and the quiz is asked again
	// without it.
	c.caps.Store(&Capabilities{Vision: true})
	c.breaker.OnChange = func(state string) {
		c.logger.Warn("model circuit breaker", "model", c.model, "state", state)
	}
	return c
}

// Model is the model this client asks.
func (c *Client) Model() string { return c.model }

// BreakerState is the circuit breaker's state (closed, open, half_open).
func (c *Client) BreakerState() string { return c.breaker.State() }

// Answer asks the model to answer qs with the given number of samples. Each
// question's answer is passed to onAnswer as soon as every sample is done
// with it, before the rest of the reply arrives. ctx bounds the whole call,
// retries included.
//
// The result keeps every valid answer: a question whose answer stayed
// invalid after it was asked again, or that the model never reached, gets
// an answer with an Error saying why. Answer returns an error only when no
// question could be answered; the result, with the tokens spent, comes
// with it (nil only when the breaker refused the call).
func (c *Client) Answer(ctx context.Context, qs []quiz.Question, samples int, onAnswer func(quiz.Answer)) (*Result, error) {
	if err := c.breaker.Allow(); err != nil {
		return nil, err
	}
	caps := c.Capabilities()
	res, err := c.answer(ctx, qs, samples, caps, onAnswer)
	if err != nil && caps.Vision && hasImages(qs) && imageRefused(err) {
		// The model takes no images: from now on they are not sent, and
		// this quiz is asked again from its text.
		c.logger.Warn("the model refused an image; image questions are answered from their text from now on", "model", c.model, "err", err)
		caps.Vision = false
		c.SetCapabilities(caps)
		res, err = c.answer(ctx, qs, samples, caps, onAnswer)
	}
	c.breaker.Done(serviceFailure(err), lastError(err, c.model))
	if err != nil {
		if c.onConfigFailure != nil && configFailure(err) {
			c.onConfigFailure()
		}
		return res, describe(err, c.model)
	}
	return res, nil
}

// configFailure reports whether err is the kind of failure the doctor
// explains: it lasts until someone changes the configuration or the
// account.
func configFailure(err error) bool {
	if errors.Is(err, errNotStreamed) || formatRefused(err) {
		return true
	}
	apiErr, ok := errors.AsType[*openai.Error](err)
	if !ok {
		return false
	}
	switch apiErr.StatusCode {
	case http.StatusUnauthorized, http.StatusForbidden, http.StatusNotFound, http.StatusPaymentRequired:
		return true
	case http.StatusTooManyRequests:
		return quotaError(apiErr)
	}
	return false
}

func hasImages(qs []quiz.Question) bool {
	for _, q := range qs {
		if len(q.Images) > 0 {
			return true
		}
	}
	return false
}

// imageRefused reports whether the server refused a request for its
// image parts (a 400 or 422 that names images), as text-only models do.
func imageRefused(err error) bool {
	apiErr, ok := errors.AsType[*openai.Error](err)
	if !ok || (apiErr.StatusCode != http.StatusBadRequest && apiErr.StatusCode != http.StatusUnprocessableEntity) {
		return false
	}
	msg := strings.ToLower(apiErr.Message + " " + apiErr.Code + " " + apiErr.Param + " " + apiErr.RawJSON())
	return strings.Contains(msg, "image") || strings.Contains(msg, "vision") || strings.Contains(msg, "multimodal")
}

// markUnseen marks the answer of a question whose image, audio or video
// the model did not get, and caps its confidence.
func markUnseen(a *quiz.Answer, qs []quiz.Question, vision bool) {
	if a.Question < 0 || a.Question >= len(qs) || !a.Answered() {
		return
	}
	if reason := quiz.UnseenReason(qs[a.Question], vision); reason != "" {
		a.Unseen = reason
		a.Confidence = min(a.Confidence, quiz.MaxUnseenConfidence)
	}
}

// lastError is what the breaker remembers of a failure, for the people it
// later turns away.
func lastError(err error, model string) string {
	if !serviceFailure(err) {
		return ""
	}
	if qe, ok := errors.AsType[*quiz.Error](describe(err, model)); ok {
		return qe.Message
	}
	return err.Error()
}

// run says how one set of samples is asked: plainly (the zero run), or
// for an audit, with seeded orders, every sample's pick kept, and maybe
// the questions' text withheld (the choices-only probe).
type run struct {
	// seed, when set, makes the option orders; nil shuffles at random.
	seed        *uint64
	picks       bool
	choicesOnly bool
}

func (r run) perms(qs []quiz.Question, s int) [][]int {
	if r.seed != nil {
		return seededPermutations(qs, s, *r.seed)
	}
	return permutations(qs, s)
}

func (c *Client) answer(ctx context.Context, qs []quiz.Question, samples int, caps Capabilities, onAnswer func(quiz.Answer)) (*Result, error) {
	return c.answerRun(ctx, qs, samples, caps, run{}, onAnswer)
}

func (c *Client) answerRun(ctx context.Context, qs []quiz.Question, samples int, caps Capabilities, how run, onAnswer func(quiz.Answer)) (*Result, error) {
	each := onAnswer
	if onAnswer != nil {
		each = func(a quiz.Answer) {
			markUnseen(&a, qs, caps.Vision)
			onAnswer(a)
		}
	}
	m := newMerger(qs, samples, each)
	m.choicesOnly = how.choicesOnly
	if how.picks {
		m.orders = make([][][]int, samples)
		for s := range samples {
			m.orders[s] = how.perms(qs, s)
		}
	}
	usages := make([]quiz.Usage, samples)
	calls := make([]int, samples)
	errs := make([]error, samples)
	if samples == 1 {
		// The common case needs no goroutine of its own.
		usages[0], calls[0], errs[0] = c.sample(ctx, qs, 0, how.perms(qs, 0), caps, m)
	} else {
		// Samples do not cancel each other: one that fails leaves the
		// answers of the others standing.
		var wg sync.WaitGroup
		for s := range samples {
			perms := how.perms(qs, s)
			if m.orders != nil {
				perms = m.orders[s]
			}
			wg.Go(func() {
				usages[s], calls[s], errs[s] = c.sample(ctx, qs, s, perms, caps, m)
			})
		}
		wg.Wait()
	}
	res := &Result{Answers: m.result()}
	for i := range res.Answers {
		markUnseen(&res.Answers[i], qs, caps.Vision)
	}
	for s := range samples {
		res.Usage = res.Usage.Add(usages[s])
		res.Calls += calls[s]
	}
	if len(qs) > 0 && m.answered() == 0 {
		// Nothing stands: the analysis fails, with the reason of the
		// first sample that had one.
		for _, err := range errs {
			if err != nil {
				return res, err
			}
		}
		return res, &invalidReplyError{reason: res.Answers[0].Error.Message}
	}
	return res, nil
}

// permutations returns the option order shown to sample s, per question
// (perm[shown] = original index). The first sample sees the page's order;
// the others a shuffled one, because models favour some positions and
// votes over different orders cancel that out.
func permutations(qs []quiz.Question, s int) [][]int {
	perms := make([][]int, len(qs))
	for i, q := range qs {
		p := make([]int, len(q.Options))
		for j := range p {
			p[j] = j
		}
		if s > 0 {
			rand.Shuffle(len(p), func(a, b int) { p[a], p[b] = p[b], p[a] })
		}
		perms[i] = p
	}
	return perms
}

// seededPermutations are the orders of permutations made from seed, so
// that an audit asked again with its seed shows every sample the same
// orders. Sample 0 sees the page's order here too: it is what the other
// samples' picks are compared with.
func seededPermutations(qs []quiz.Question, s int, seed uint64) [][]int {
	rng := rand.New(rand.NewPCG(seed, uint64(s)))
	perms := make([][]int, len(qs))
	for i, q := range qs {
		p := make([]int, len(q.Options))
		for j := range p {
			p[j] = j
		}
		if s > 0 {
			rng.Shuffle(len(p), func(a, b int) { p[a], p[b] = p[b], p[a] })
		}
		perms[i] = p
	}
	return perms
}

// AuditResult is one model's part of an audit.
type AuditResult struct {
	Result
	// ChoicesOnly are the answers of the choices-only probe, when asked.
	ChoicesOnly []quiz.Answer
}

// Audit answers qs as Answer does, with the option orders made from seed
// and every sample's pick kept in its answer's Picks; with
// probes.ChoicesOnly each sample is asked a second time, beside the
// first, with the questions' text withheld. onAnswer hears the answers
// of the questions asked in full only. A probe that fails leaves its
// questions unanswered with the reason; only the full questions failing
// fails the audit.
func (c *Client) Audit(ctx context.Context, qs []quiz.Question, samples int, seed uint64, probes quiz.Probes, onAnswer func(quiz.Answer)) (*AuditResult, error) {
	if err := c.breaker.Allow(); err != nil {
		return nil, err
	}
	caps := c.Capabilities()
	how := run{seed: &seed, picks: true}
	var probe *Result
	var wg sync.WaitGroup
	if probes.ChoicesOnly {
		wg.Go(func() {
			// Without the text there is nothing the images would show
			// that the options do not: none are sent.
			probeCaps := caps
			probeCaps.Vision = false
			probe, _ = c.answerRun(ctx, qs, samples, probeCaps, run{seed: &seed, picks: true, choicesOnly: true}, nil)
		})
	}
	res, err := c.answerRun(ctx, qs, samples, caps, how, onAnswer)
	if err != nil && caps.Vision && hasImages(qs) && imageRefused(err) {
		c.logger.Warn("the model refused an image; image questions are answered from their text from now on", "model", c.model, "err", err)
		caps.Vision = false
		c.SetCapabilities(caps)
		res, err = c.answerRun(ctx, qs, samples, caps, how, onAnswer)
	}
	wg.Wait()
	c.breaker.Done(serviceFailure(err), lastError(err, c.model))
	if res == nil {
		res = &Result{}
	}
	out := &AuditResult{Result: *res}
	if probe != nil {
		out.ChoicesOnly = probe.Answers
		out.Usage = out.Usage.Add(probe.Usage)
		out.Calls += probe.Calls
	}
	if err != nil {
		if c.onConfigFailure != nil && configFailure(err) {
			c.onConfigFailure()
		}
		return out, describe(err, c.model)
	}
	return out, nil
}

// errNotStreamed is a server that ignored "stream": true and sent the
// whole completion at once.
var errNotStreamed = errors.New(`the model server does not stream: it answered "stream": true with one JSON body`)

// invalidReplyError says what was wrong with a model's reply.
type invalidReplyError struct{ reason string }

func (e *invalidReplyError) Error() string { return "invalid reply: " + e.reason }

// tries is how often a question is asked before it is given up as
// unanswered: once, and once again when the first reply for it was
// invalid or broke off while answering it.
const tries = 2

// sample runs one sample to completion. It streams a reply, and asks again
// for the questions the reply left out, answered invalidly, or broke off
// in, until each is answered or has had its tries; transient failures
// (429, 5xx, a dropped connection) are retried with backoff. A question
// given up on is marked in m with the reason, in the request's numbering;
// the error returned is the transport error that ended the sample early,
// if one did.
func (c *Client) sample(ctx context.Context, qs []quiz.Question, s int, perms [][]int, caps Capabilities, m *merger) (quiz.Usage, int, error) {
	var usage quiz.Usage
	calls := 0
	asked := make([]int, len(qs))
	for i := range asked {
		asked[i] = i
	}
	strikes := make([]int, len(qs))
	giveUp := func(q int, code, msg string) {
		m.fail(s, q, &quiz.ErrorBody{Code: code, Message: msg, Field: fmt.Sprintf("questions[%d]", q)})
	}
	// strike counts a failed try of q; a question out of tries is given up.
	strike := func(q int, code, msg string) {
		if strikes[q]++; strikes[q] >= tries {
			giveUp(q, code, msg)
		}
	}
	retries, stalls := 0, 0
	for len(asked) > 0 {
		calls++
		start := time.Now()
		r, err := c.stream(ctx, qs, s, asked, perms, caps, m)
		usage = usage.Add(r.usage)
		elapsed := time.Since(start).Seconds()
		before := len(asked)
		asked = unanswered(asked, s, m)

		cut := err != nil || !r.complete
		if cut && r.writing >= 0 && slices.Contains(asked, r.writing) {
			// The reply broke off inside this question's answer: if it
			// does so again, the question is set aside so that the others
			// can be asked without it.
			why := "the model's reply broke off while answering it"
			if err != nil {
				why += ": " + errorText(err, c.model)
			}
			strike(r.writing, quiz.ECodeInvalidReply, fmt.Sprintf("question %d: %s", r.writing, why))
			asked = unanswered(asked, s, m)
		}
		// Progress is a question settled, answered or set aside.
		progress := len(asked) < before

		if err != nil {
			retry, after := transient(err)
			outcome := OutcomeError
			switch {
			case errors.Is(err, context.DeadlineExceeded):
				outcome = OutcomeTimeout
			case retry && (progress || retries < c.backoff.Retries):
				outcome = OutcomeRetried
			}
			c.obs.ModelCall(c.model, outcome, elapsed, r.usage)
			if outcome == OutcomeRetried && len(asked) > 0 {
				if !progress {
					// Only a retry that got nothing counts against the
					// budget: a stream that keeps breaking but keeps
					// delivering is worth following to the end.
					retries++
				}
				wait := max(c.backoff.delay(min(retries, 8)), after)
				if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < wait {
					err = fmt.Errorf("%w (a retry in %s would outlast the time budget)", err, wait.Round(time.Millisecond))
				} else {
					c.logger.Warn("model call failed; retrying", "model", c.model, "sample", s, "retry", retries, "wait", wait, "err", err)
					if err = sleep(ctx, wait); err == nil {
						continue
					}
				}
			}
			if len(asked) == 0 {
				return usage, calls, nil
			}
			// The sample ends here: what it answered stands, the rest is
			// unanswered for the reason it ended.
			code, msg := quiz.ECodeModelError, errorText(err, c.model)
			if qe, ok := errors.AsType[*quiz.Error](describe(err, c.model)); ok {
				code = qe.Code
			}
			for _, q := range asked {
				giveUp(q, code, fmt.Sprintf("question %d: %s", q, msg))
			}
			return usage, calls, err
		}

		if len(asked) == 0 {
			c.obs.ModelCall(c.model, OutcomeOK, elapsed, r.usage)
			return usage, calls, nil
		}
		c.obs.ModelCall(c.model, OutcomeInvalidReply, elapsed, r.usage)
		if !r.complete {
			// The reply broke off (the server ended it early, or its JSON
			// broke). The question it was writing took a strike above; the
			// questions after it were not reached and are asked again.
			// When the break names no question, it counts against them all.
			if !progress {
				stalls++
				if r.writing < 0 {
					for _, q := range asked {
						strike(q, quiz.ECodeInvalidReply, fmt.Sprintf("question %d: %s", q, r.general))
					}
				}
				if stalls > tries+c.backoff.Retries {
					for _, q := range unanswered(asked, s, m) {
						giveUp(q, quiz.ECodeInvalidReply, fmt.Sprintf("question %d: %s", q, r.general))
					}
					return usage, calls, nil
				}
			}
			asked = unanswered(asked, s, m)
			continue
		}
		for _, q := range asked {
			why := r.problems[q]
			if why == "" {
				why = fmt.Sprintf("question %d: the reply has no answer for it", q)
				if r.general != "" {
					why += " (" + r.general + ")"
				}
			}
			strike(q, quiz.ECodeInvalidReply, why)
		}
		asked = unanswered(asked, s, m)
		if len(asked) > 0 {
			c.logger.Warn("model reply invalid; asking again", "model", c.model, "sample", s, "problem", r.general, "questions", asked)
		}
	}
	return usage, calls, nil
}

// errorText is err as a person reads it: the described model error's
// message.
func errorText(err error, model string) string {
	if qe, ok := errors.AsType[*quiz.Error](describe(err, model)); ok {
		return qe.Message
	}
	return err.Error()
}

// unanswered returns the questions of asked that sample s is not done with.
func unanswered(asked []int, s int, m *merger) []int {
	var out []int
	for _, q := range asked {
		if !m.has(s, q) {
			out = append(out, q)
		}
	}
	return out
}

// streamResult is what one streamed completion told about its questions.
type streamResult struct {
	usage quiz.Usage
	// problems says, per question, what was wrong with its answer, when
	// the reply answered it invalidly.
	problems map[int]string
	// general is a problem that names no question of those asked (a
	// reply that is not JSON, an answer for a question not asked).
	general string
	// complete says the reply's JSON object closed.
	complete bool
	// writing is the question whose answer the reply was in the middle of
	// when it ended, or -1.
	writing int
}

// stream makes one streamed completion for the questions in asked and
// feeds each valid answer to m as soon as its JSON object is complete. It
// returns what it learned and the error that ended the stream.
func (c *Client) stream(ctx context.Context, qs []quiz.Question, s int, asked []int, perms [][]int, caps Capabilities, m *merger) (streamResult, error) {
	r := streamResult{problems: map[int]string{}, writing: -1}
	// The request goes where and as the SDK would send it, errors come
	// back as *openai.Error (see post), and the chunks are decoded here
	// into the two fields quizstats reads. The SDK's own chunk decoding
	// cost half the CPU of a busy server (about 10 µs a chunk, and a reply
	// is hundreds of chunks).
	encode := func() ([]byte, error) { return c.requestBody(qs, asked, perms, caps, m.choicesOnly) }
	body, err := encode()
	if err != nil {
		return r, err
	}
	var resp *http.Response
	if resp, err = c.post(ctx, body, encode); err != nil {
		return r, err
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); strings.HasPrefix(ct, "application/json") {
		return r, errNotStreamed
	}
	events := newSSEReader(resp.Body, maxEvent(len(asked)))
	replyLimit := maxReply(len(asked))
	tail := 0

	isAsked := make(map[int]bool, len(asked))
	for _, q := range asked {
		isAsked[q] = true
	}
	var sc itemScanner
	var ch chunk
	end := func(err error) (streamResult, error) {
		r.complete = sc.rootDone && err == nil
		if !r.complete {
			if part := sc.partial(); part != nil {
				if q, ok := questionOf(part); ok {
					if isAsked[q] {
						r.writing = q
					}
				} else {
					// Cut before it named its question: models answer in
					// the order asked, so it is the first not yet answered.
					for _, q := range asked {
						if !m.has(s, q) {
							r.writing = q
							break
						}
					}
				}
			}
			if r.general == "" {
				r.general = fmt.Sprintf("the reply is not a complete JSON object: %q", truncate(sc.text(), 200))
			}
		}
		return r, err
	}
	for {
		data, ok := events.next()
		if !ok || bytes.HasPrefix(data, []byte("[DONE]")) {
			break
		}
		if sc.rootDone {
			// The answer is complete; what may follow is the usage chunk.
			// A server that keeps sending is not read to its end.
			if tail++; tail > tailEvents {
				break
			}
		}
		ch.Choices, ch.Usage, ch.Error = ch.Choices[:0], nil, nil
		if err := jsonv2.Unmarshal(data, &ch); err != nil {
			if ctx.Err() != nil {
				return end(ctx.Err())
			}
			return end(fmt.Errorf("the model server sent a chunk that is not JSON: %w", err))
		}
		if len(ch.Error) > 0 && string(ch.Error) != "null" {
			return end(&ssestream.StreamError{Message: "the model server reported an error while streaming: " + truncate(Redact(string(ch.Error)), 300)})
		}
		if ch.Usage != nil {
			r.usage = quiz.Usage{PromptTokens: ch.Usage.PromptTokens, CompletionTokens: ch.Usage.CompletionTokens}
		}
		for _, choice := range ch.Choices {
			if !sc.rootDone && sc.total+len(choice.Delta.Content) > replyLimit {
				return end(&invalidReplyError{reason: (&replyTooLongError{replyLimit}).Error()})
			}
			for _, item := range sc.feed(choice.Delta.Content) {
				q, a, err := parseItem(item, qs, isAsked, perms, asked)
				switch {
				case err == nil:
					m.add(s, q, a)
				case q >= 0 && isAsked[q]:
					if r.problems[q] == "" {
						r.problems[q] = err.Error()
					}
				case r.general == "":
					r.general = err.Error()
				}
			}
		}
	}
	if err := events.err; err != nil {
		if ctx.Err() != nil {
			// The budget ran out mid-chunk: a timeout, not a bad chunk.
			return end(ctx.Err())
		}
		if tooLong, ok := errors.AsType[*errLineTooLong](err); ok {
			return end(&invalidReplyError{reason: tooLong.Error()})
		}
	}
	return end(events.err)
}

// chunk is the part of a streamed chat completion chunk quizstats reads.
type chunk struct {
	Choices []struct {
		Delta struct {
			Content string `json:"content"`
		} `json:"delta"`
	} `json:"choices"`
	Usage *struct {
		PromptTokens     int64 `json:"prompt_tokens"`
		CompletionTokens int64 `json:"completion_tokens"`
	} `json:"usage"`
	Error json.RawMessage `json:"error"`
}

// parseItem decodes and validates one answer item, mapping its choices
// from the shown option order back to the page's. On an error it still
// returns the item's question index when the item names one (else -1), so
// the problem can be put on that question. Indices are the request's.
func parseItem(item []byte, qs []quiz.Question, isAsked map[int]bool, perms [][]int, asked []int) (int, sampleAnswer, error) {
	var r reply
	if err := json.Unmarshal(item, &r); err != nil {
		q, ok := questionOf(item)
		if !ok {
			return -1, sampleAnswer{}, fmt.Errorf("answer %s is not valid JSON: %v", truncate(string(item), 120), err)
		}
		return q, sampleAnswer{}, fmt.Errorf("question %d: the answer %s is not valid JSON: %v", q, truncate(string(item), 120), err)
	}
	if r.Question == nil {
		return -1, sampleAnswer{}, fmt.Errorf("answer %s has no question index", truncate(string(item), 120))
	}
	q := *r.Question
	if q < 0 || q >= len(qs) || !isAsked[q] {
		return -1, sampleAnswer{}, fmt.Errorf("the reply answers question %d, which was not asked (asked: %s)", q, listQuestions(asked))
	}
	question := qs[q]
	a := sampleAnswer{text: clip(strings.TrimSpace(r.Text), MaxExplanation), confidence: clamp01(r.Confidence), explanation: clip(strings.TrimSpace(r.Explanation), MaxExplanation)}
	switch {
	case !question.Kind.Choice():
		if len(r.Choices) > 0 {
			return q, sampleAnswer{}, fmt.Errorf("question %d is a text question but the answer picks options %v", q, r.Choices)
		}
		if a.text == "" {
			return q, sampleAnswer{}, fmt.Errorf("question %d is a text question but the answer has no text", q)
		}
		return q, a, nil
	case len(r.Choices) == 0:
		return q, sampleAnswer{}, fmt.Errorf("question %d: the answer picks no option", q)
	case question.Kind.OneChoice() && len(r.Choices) != 1:
		return q, sampleAnswer{}, fmt.Errorf("question %d is %s (one option) but the answer picks %v", q, question.Kind, r.Choices)
	}
	seen := map[int]bool{}
	for _, shown := range r.Choices {
		if shown < 0 || shown >= len(question.Options) {
			return q, sampleAnswer{}, fmt.Errorf("question %d: option %d is out of range 0..%d", q, shown, len(question.Options)-1)
		}
		orig := perms[q][shown]
		if seen[orig] {
			return q, sampleAnswer{}, fmt.Errorf("question %d: option %d picked twice", q, shown)
		}
		seen[orig] = true
		a.choices = append(a.choices, orig)
	}
	slices.Sort(a.choices)
	a.text = ""
	return q, a, nil
}

// questionPattern finds an answer item's question index in text that may
// not be valid JSON (a broken item, a reply cut off inside one).
var questionPattern = regexp.MustCompile(`"question"\s*:\s*(\d{1,4})`)

// questionOf returns the question index an answer item, maybe broken or
// unfinished, names.
func questionOf(item []byte) (int, bool) {
	m := questionPattern.FindSubmatch(item)
	if m == nil {
		return 0, false
	}
	q, err := strconv.Atoi(string(m[1]))
	return q, err == nil
}

// listQuestions names questions for a message: "2, 5" or "0–19".
func listQuestions(qs []int) string {
	if len(qs) > 1 && qs[len(qs)-1]-qs[0] == len(qs)-1 {
		return fmt.Sprintf("%d–%d", qs[0], qs[len(qs)-1])
	}
	parts := make([]string, len(qs))
	for i, q := range qs {
		parts[i] = strconv.Itoa(q)
	}
	return strings.Join(parts, ", ")
}

// serviceFailure reports whether err is the model service failing (which
// counts against the breaker) rather than the caller giving up or the
// model answering badly.
func serviceFailure(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	if _, ok := errors.AsType[*invalidReplyError](err); ok {
		return false
	}
	return true
}

// describe turns an error from the model into a *quiz.Error a person can
// act on. The API key never appears: the SDK's errors do not carry it.
func describe(err error, model string) error {
	if _, ok := errors.AsType[*quiz.Error](err); ok {
		return err
	}
	if e, ok := errors.AsType[*invalidReplyError](err); ok {
		return &quiz.Error{Code: quiz.ECodeInvalidReply, Message: fmt.Sprintf("model %s gave an invalid answer twice: %s", model, e.reason), Err: err}
	}
	if errors.Is(err, errNotStreamed) {
		return &quiz.Error{Code: quiz.ECodeModelError, Message: fmt.Sprintf("model %s: %v; quizstats needs a server that streams", model, err), Err: err}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return &quiz.Error{Code: quiz.ECodeModelTimeout, Message: fmt.Sprintf("model %s did not answer within the time budget", model), Err: err}
	}
	if errors.Is(err, context.Canceled) {
		return &quiz.Error{Code: quiz.ECodeUnavailable, Message: "the analysis was cancelled", Err: err}
	}
	if apiErr, ok := errors.AsType[*openai.Error](err); ok {
		msg := fmt.Sprintf("model server answered %d", apiErr.StatusCode)
		switch apiErr.StatusCode {
		case http.StatusUnauthorized, http.StatusForbidden:
			msg += ": the API key was refused; check OPENAI_API_KEY"
		case http.StatusNotFound:
			msg += fmt.Sprintf(": model %q or the endpoint was not found; check --model and OPENAI_BASE_URL", model)
		case http.StatusPaymentRequired:
			msg += ": the account has no credit left; add credit in the provider's billing settings"
		case http.StatusTooManyRequests:
			if quotaError(apiErr) {
				msg += ": the account has no credit or quota left; add credit or raise the quota in the provider's billing settings"
			} else {
				msg += ": rate limited by the model provider"
			}
		default:
			if apiErr.Message != "" {
				msg += ": " + truncate(Redact(apiErr.Message), 200)
			}
		}
		qe := &quiz.Error{Code: quiz.ECodeModelError, Message: msg, Err: err}
		if apiErr.StatusCode == http.StatusTooManyRequests && apiErr.Response != nil {
			qe.RetryAfterSeconds = int(retryAfter(apiErr.Response.Header, time.Now()).Seconds())
		}
		return qe
	}
	return &quiz.Error{Code: quiz.ECodeModelError, Message: fmt.Sprintf("could not get an answer from model %s: %v", model, err), Err: err}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

type nopObserver struct{}

func (nopObserver) ModelCall(string, string, float64, quiz.Usage) {}

// BreakerStatus is the circuit breaker's status: why calls are paused and
// until when.
func (c *Client) BreakerStatus() Status { return c.breaker.Status() }
