// Package analyze runs the pipeline behind POST /api/v1/analyze: validate,
// fingerprint, answer from the cache or coalesce identical requests into one
// model call, stream each answer to the displays, keep the result.
package analyze

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/quizstats/quizstats/internal/audit"
	"github.com/quizstats/quizstats/internal/llm"
	"github.com/quizstats/quizstats/internal/quiz"
)

// Model answers questions; *llm.Client is one.
type Model interface {
	Model() string
	Answer(ctx context.Context, qs []quiz.Question, samples int, onAnswer func(quiz.Answer)) (*llm.Result, error)
	// Audit answers as Answer does, with seeded option orders, every
	// sample's pick kept, and the probes asked.
	Audit(ctx context.Context, qs []quiz.Question, samples int, seed uint64, probes quiz.Probes, onAnswer func(quiz.Answer)) (*llm.AuditResult, error)
}

// Store is what the pipeline keeps and reads back.
type Store interface {
	CachedAnalysis(ctx context.Context, fp string) (*quiz.Analysis, error)
	CacheAnalysis(ctx context.Context, fp string, a *quiz.Analysis, ttl time.Duration) error
	SaveAnalysis(ctx context.Context, a *quiz.Analysis) error
	Analysis(ctx context.Context, id string) (*quiz.Analysis, error)
	Analyses(ctx context.Context, before string, limit int) ([]quiz.Summary, error)
	AddCounters(ctx context.Context, c quiz.Counters) error
	Counters(ctx context.Context) (quiz.Counters, error)
	DeleteAnalysis(ctx context.Context, id string) error
	DeleteAnalysesBefore(ctx context.Context, t time.Time, limit int) (int, error)
}

// Locker is a lock shared by replicas, so that identical requests that
// land on different replicas still cost one model call.
type Locker interface {
	// Lock takes name for ttl if no one holds it; release gives it back.
	Lock(ctx context.Context, name string, ttl time.Duration) (release func(), ok bool, err error)
	Locked(ctx context.Context, name string) (bool, error)
}

// Publisher sends events to the displays.
type Publisher interface {
	Publish(ctx context.Context, events ...quiz.Event) error
}

// Observer hears about analyses, for metrics.
type Observer interface {
	Analysis(outcome string, seconds float64, questions int)
	CacheLookup(result string)
	CoalescedRequest()
	StoreError(op string)
}

// Analysis outcomes reported to the Observer.
const (
	OutcomeAnswered = "answered"
	OutcomeCached   = "cached"
	OutcomeFailed   = "failed"
)

// Config configures a Service.
type Config struct {
	// Model is nil when no model is configured: analyses are refused with
	// a message that says how to configure one.
	Model Model
	// Others are the models a request may name besides Model (by
	// Model()); a request naming none gets Model.
	Others    []Model
	Store     Store
	Publisher Publisher
	// Locker, when set, coalesces identical requests across replicas.
	Locker   Locker
	Observer Observer
	Logger   *slog.Logger
	// Timeout is the budget of one analysis, retries included.
	Timeout  time.Duration
	CacheTTL time.Duration
	// FlushEvery is how often counters go to the store and a stats event
	// to the displays.
	FlushEvery time.Duration
	// RetryEvery is how often failed history writes are tried again.
	RetryEvery time.Duration
}

// Service analyzes quizzes.
type Service struct {
	model    Model
	others   []Model
	store    Store
	pub      Publisher
	locker   Locker
	obs      Observer
	logger   *slog.Logger
	timeout  time.Duration
	cacheTTL time.Duration

	group singleflight.Group
	// base outlives requests: a model call shared by coalesced requests
	// must not end because the first requester went away. Close ends it.
	base     context.Context
	stop     context.CancelFunc
	inflight sync.WaitGroup
	tally    *tally
	recent   *recent
	writes   writes
	// firsts are the recent analyses' first-answer times, so displays can
	// say how long the wait usually is.
	firsts *window
	done   chan struct{}
}

const (
	// recentSize analyses are kept decoded in memory, for recentTTL at
	// most: about 5 KB each for a 10-question quiz.
	recentSize = 2048
	recentTTL  = time.Minute
)

// NoModelMessage tells a person how to configure a model.
const NoModelMessage = "no model is configured: set OPENAI_API_KEY (and optionally QUIZSTATS_MODEL) for OpenAI, " +
	"or OPENAI_BASE_URL for any OpenAI-compatible server, such as Ollama at http://127.0.0.1:11434/v1, then restart quizstats serve"

// New returns a running Service; Close stops it.
func New(cfg Config) *Service {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Observer == nil {
		cfg.Observer = nopObserver{}
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.CacheTTL <= 0 {
		cfg.CacheTTL = 24 * time.Hour
	}
	if cfg.FlushEvery <= 0 {
		cfg.FlushEvery = time.Second
	}
	if cfg.RetryEvery <= 0 {
		cfg.RetryEvery = retryEvery
	}
	base, stop := context.WithCancel(context.Background())
	s := &Service{
		model:    cfg.Model,
		others:   cfg.Others,
		store:    cfg.Store,
		pub:      cfg.Publisher,
		locker:   cfg.Locker,
		obs:      cfg.Observer,
		logger:   cfg.Logger,
		timeout:  cfg.Timeout,
		cacheTTL: cfg.CacheTTL,
		base:     base,
		stop:     stop,
		tally:    &tally{c: quiz.Counters{}},
		firsts:   &window{},
		recent:   newRecent(recentSize, min(cfg.CacheTTL, recentTTL)),
		done:     make(chan struct{}),
	}
	go s.flushLoop(cfg.FlushEvery)
	go s.retryLoop(cfg.RetryEvery)
	return s
}

// pick returns the model a request names, or the default when it names
// none; a model not allowed is the request's error, naming field.
func (s *Service) pick(name, field string) (Model, error) {
	if name == "" || name == s.model.Model() {
		return s.model, nil
	}
	allowed := []string{s.model.Model()}
	for _, m := range s.others {
		if m.Model() == name {
			return m, nil
		}
		allowed = append(allowed, m.Model())
	}
	return nil, quiz.Invalid(field, "%q is not a model this server allows; use one of %s (serve --models sets the list)", name, strings.Join(allowed, ", "))
}

// models returns the models a request asks, the analysis' own first.
func (s *Service) models(req *quiz.Request) ([]Model, error) {
	if len(req.Models) == 0 {
		m, err := s.pick(req.Model, "model")
		if err != nil {
			return nil, err
		}
		return []Model{m}, nil
	}
	out := make([]Model, len(req.Models))
	for i, name := range req.Models {
		m, err := s.pick(name, fmt.Sprintf("models[%d]", i))
		if err != nil {
			return nil, err
		}
		out[i] = m
	}
	return out, nil
}

// ModelName is the configured model, or "" when there is none.
func (s *Service) ModelName() string {
	if s.model == nil {
		return ""
	}
	return s.model.Model()
}

// Analyze answers a quiz. The request is normalized and validated in place.
// Identical concurrent requests share one model call; a cached quiz is
// answered without one.
func (s *Service) Analyze(ctx context.Context, req *quiz.Request) (*quiz.Analysis, error) {
	start := time.Now()
	if err := req.Normalize(); err != nil {
		return nil, err
	}
	if s.model == nil {
		return nil, &quiz.Error{Code: quiz.ECodeNoModel, Message: NoModelMessage}
	}
	models, err := s.models(req)
	if err != nil {
		return nil, err
	}
	fp := fingerprint(req, models)

	// A fresh request skips the cache, not the rest: its answer is stored
	// and cached like any other, for the requests after it.
	if !req.Fresh {
		if e := s.cached(ctx, fp); e != nil {
			return s.fromCache(ctx, e, req, start), nil
		}
	}

	// A store that refuses writes would lose the answer: do not pay the
	// model for it.
	if refused, since := s.writes.refusing(); refused != nil {
		return nil, errReadOnly(refused, since)
	}

	// The first request for a quiz asks the model in its own goroutine;
	// identical ones arriving meanwhile wait for its answer. (A request
	// whose client leaves still waits: the call it shares goes on for the
	// others, and fills the cache for the next press of the shortcut.)
	//
	// A fresh request shares a call with identical fresh requests only:
	// that call was made for someone who refused the cache, so its answer
	// is a new one for all of them. It does not join a plain request's
	// call, which may end in an answer from the cache (another replica's,
	// below), and it does not wait on another replica's call for the same
	// reason: it makes its own.
	group := fp
	if req.Fresh {
		group = fp + "\x00fresh"
	}
	led := false
	v, err, _ := s.group.Do(group, func() (any, error) {
		led = true
		if !req.Fresh {
			release, e := s.lockOrWait(fp)
			if e != nil {
				return s.fromCache(ctx, e, req, start), nil
			}
			defer release()
		}
		return s.run(req, models, fp, start)
	})
	if err != nil {
		return nil, err
	}
	a := v.(*quiz.Analysis)
	if led {
		return a, nil
	}
	// A follower shares the leader's analysis; its own key scores it.
	s.obs.CoalescedRequest()
	return withKey(a, req.AnswerKey), nil
}

// cached returns the cached analysis for fp, or nil. A store that fails is
// a miss: answering matters more than caching.
func (s *Service) cached(ctx context.Context, fp string) *recentEntry {
	if e := s.recent.get(fp, time.Now()); e != nil {
		s.obs.CacheLookup("hit")
		s.tally.add(quiz.CounterCacheHits, 1)
		return e
	}
	a, err := s.store.CachedAnalysis(ctx, fp)
	if err == nil {
		var e *recentEntry
		if e, err = s.recent.put(fp, a, time.Now()); err == nil {
			s.obs.CacheLookup("hit")
			s.tally.add(quiz.CounterCacheHits, 1)
			return e
		}
	}
	s.tally.add(quiz.CounterCacheMisses, 1)
	if errors.Is(err, quiz.ErrNotFound) {
		s.obs.CacheLookup("miss")
		return nil
	}
	s.obs.CacheLookup("error")
	s.storeFailed("cache_get", fp, err)
	return nil
}

// fromCache turns a cached analysis into this request's result. It keeps
// the analysis' ID (it is the same analysis, served again), takes this
// request's page and key, and tells the displays with one event.
func (s *Service) fromCache(ctx context.Context, cached *recentEntry, req *quiz.Request, start time.Time) *quiz.Analysis {
	a := *cached.a
	a.Cached = true
	a.NotStored = nil
	a.Source = req.Source
	a.AnswerKey = req.AnswerKey
	a.Score = quiz.ScoreAnswers(a.Questions, a.Answers, req.AnswerKey)
	a.EncodedAnswers = cached.answers
	withEvidence(&a)
	a.Usage = quiz.Usage{}
	a.Timing = quiz.Timing{StartedAt: start.UTC(), TotalMS: ms(time.Since(start))}
	s.tally.analysis(&a, true)
	s.obs.Analysis(OutcomeCached, time.Since(start).Seconds(), len(a.Questions))
	if req.AnswerKey != nil {
		s.rescore(ctx, a.ID, req.AnswerKey)
	}
	s.publish(ctx, quiz.Event{
		Type: quiz.EventCompleted, ID: a.ID, At: time.Now().UTC(),
		Analysis: cached.encoded, Cached: true, Source: &a.Source, Score: a.Score, Timing: &a.Timing,
	})
	return &a
}

// rescore keeps the newest answer key sent for a quiz with its history
// entry: an author who corrects the key and sends the quiz again (a cache
// hit, the same analysis) sees the corrected score in the history too, not
// only in the response. The entry is rewritten only when the key differs.
func (s *Service) rescore(ctx context.Context, id string, key [][]int) {
	h, err := s.store.Analysis(ctx, id)
	if err != nil {
		if !errors.Is(err, quiz.ErrNotFound) {
			s.storeFailed("rescore_get", id, err)
		}
		return
	}
	if slices.EqualFunc(h.AnswerKey, key, slices.Equal) && h.Score != nil {
		return
	}
	h.AnswerKey = key
	h.Score = quiz.ScoreAnswers(h.Questions, h.Answers, key)
	withEvidence(h)
	if err := s.store.SaveAnalysis(ctx, h); err != nil {
		s.storeFailed("rescore_save", id, err)
	}
}

// lockPoll is how often a replica waiting for another's model call looks
// for the answer in the cache.
const lockPoll = 25 * time.Millisecond

// lockOrWait takes the deployment-wide lock on a quiz's model call, or, when
// another replica holds it, waits for that replica's answer to land in the
// cache and returns it. Without a shared lock (one process), or when the
// lock cannot be had (Redis down) or the other replica gives up, it lets
// this replica ask the model. release is never nil when the entry is.
func (s *Service) lockOrWait(fp string) (release func(), cached *recentEntry) {
	nop := func() {}
	if s.locker == nil {
		return nop, nil
	}
	ctx, cancel := context.WithTimeout(s.base, s.timeout)
	defer cancel()
	name := "model:" + fp
	for {
		release, ok, err := s.locker.Lock(ctx, name, s.timeout+5*time.Second)
		if err != nil {
			return nop, nil
		}
		if ok {
			// The answer may have landed between the cache lookup and now.
			if e := s.peek(ctx, fp); e != nil {
				release()
				return nop, e
			}
			return release, nil
		}
		for held := true; held; {
			select {
			case <-time.After(lockPoll):
			case <-ctx.Done():
				return nop, nil
			}
			if e := s.peek(ctx, fp); e != nil {
				return nop, e
			}
			if held, err = s.locker.Locked(ctx, name); err != nil {
				return nop, nil
			}
		}
		// The holder let go without an answer (it failed): try again.
	}
}

// peek looks in the cache without counting a hit or a miss.
func (s *Service) peek(ctx context.Context, fp string) *recentEntry {
	if e := s.recent.get(fp, time.Now()); e != nil {
		return e
	}
	a, err := s.store.CachedAnalysis(ctx, fp)
	if err != nil {
		return nil
	}
	e, err := s.recent.put(fp, a, time.Now())
	if err != nil {
		return nil
	}
	return e
}

// fingerprint is the request's cache and coalescing key. An audit's
// stands for its models, probe and seed: it is another analysis than the
// plain one of its first model.
func fingerprint(req *quiz.Request, models []Model) string {
	if !req.IsAudit() {
		return quiz.Fingerprint(req.Questions, models[0].Model(), req.Samples)
	}
	names := make([]string, len(models))
	for i, m := range models {
		names[i] = m.Model()
	}
	var probes quiz.Probes
	if req.Probes != nil {
		probes = *req.Probes
	}
	return quiz.Fingerprint(req.Questions, quiz.AuditKey(names, probes, req.Seed), req.Samples)
}

// run makes the model call for a quiz: the leader of a coalesced group.
func (s *Service) run(req *quiz.Request, models []Model, fp string, start time.Time) (*quiz.Analysis, error) {
	m := models[0]
	model := m.Model()
	s.inflight.Add(1)
	defer s.inflight.Done()
	ctx, cancel := context.WithTimeout(s.base, s.timeout)
	defer cancel()

	now := time.Now().UTC()
	a := &quiz.Analysis{
		ID:          quiz.NewID(now),
		Status:      quiz.StatusCompleted,
		Model:       model,
		Samples:     req.Samples,
		Fingerprint: fp,
		Source:      req.Source,
		Questions:   quiz.WithoutImageBytes(req.Questions),
		AnswerKey:   req.AnswerKey,
		CreatedAt:   now,
		Timing:      quiz.Timing{StartedAt: start.UTC()},
	}
	s.publish(ctx, quiz.Event{
		Type: quiz.EventStarted, ID: a.ID, At: now,
		Source: &a.Source, Model: model, Samples: a.Samples, Questions: a.Questions, AnswerKey: a.AnswerKey,
		ExpectFirstAnswerMS: s.firsts.median(),
	})

	modelStart := time.Now()
	var first time.Duration
	onAnswer := func(ans quiz.Answer) {
		if first == 0 && ans.Answered() {
			first = time.Since(start)
		}
		// The samples' picks are the audit's; displays get the answer as
		// a plain analysis has it.
		ans.Picks = nil
		s.publish(ctx, quiz.Event{Type: quiz.EventAnswer, ID: a.ID, At: time.Now().UTC(), Answer: &ans})
	}
	var res *llm.Result
	var err error
	if req.IsAudit() {
		res, err = s.audit(ctx, req, models, a, onAnswer)
	} else {
		res, err = m.Answer(ctx, req.Questions, a.Samples, onAnswer)
	}
	a.Timing.ModelMS = ms(time.Since(modelStart))
	a.Timing.FirstAnswerMS = ms(first)
	if res != nil {
		// The tokens of every call count, failed ones too: they were spent.
		a.Usage = res.Usage
		a.Answers = res.Answers
	}
	if a.Audit != nil {
		a.Audit.Evidence = audit.Evidence(a.Questions, a.AnswerKey, a.Audit.Runs)
	}
	if err != nil {
		return nil, s.fail(a, start, err)
	}
	a.Finish()
	a.Score = quiz.ScoreAnswers(a.Questions, a.Answers, a.AnswerKey)
	a.Timing.TotalMS = ms(time.Since(start))
	if first > 0 {
		s.firsts.add(ms(first))
	}

	// The answer is in the history before anyone is told it is done, so a
	// crash after the response cannot lose it. The history and the cache
	// are written side by side, so a store can commit them together.
	shared := keyless(a)
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := s.store.CacheAnalysis(ctx, fp, shared, s.cacheTTL); err != nil {
			s.storeFailed("cache_put", a.ID, err)
		} else if _, err := s.recent.put(fp, shared, time.Now()); err != nil {
			s.logger.Warn("remember analysis", "id", a.ID, "err", err)
		}
	})
	a.Timing.TotalMS = ms(time.Since(start))
	s.save(ctx, a)
	wg.Wait()
	s.tally.analysis(a, false)
	s.obs.Analysis(OutcomeAnswered, time.Since(start).Seconds(), len(a.Questions))
	if encoded, err := json.Marshal(a); err != nil {
		s.logger.Error("encode analysis", "id", a.ID, "err", err)
	} else {
		s.publish(ctx, quiz.Event{Type: quiz.EventCompleted, ID: a.ID, At: time.Now().UTC(), Analysis: encoded})
	}
	return a, nil
}

// audit asks every model of an audit at once, the first with onAnswer
// (its answers are the analysis' own), and keeps their runs in a.Audit.
// The result is the first model's, with every model's tokens; its error
// is the first model's: the analysis is that model's, and the others'
// runs are kept in it either way.
func (s *Service) audit(ctx context.Context, req *quiz.Request, models []Model, a *quiz.Analysis, onAnswer func(quiz.Answer)) (*llm.Result, error) {
	var probes quiz.Probes
	if req.Probes != nil {
		probes = *req.Probes
	}
	seed := rand.Uint64()
	if req.Seed != nil {
		seed = *req.Seed
	}
	au := &quiz.Audit{Samples: req.Samples, Seed: seed, Probes: probes, Runs: make([]quiz.AuditRun, len(models))}
	errs := make([]error, len(models))
	results := make([]*llm.AuditResult, len(models))
	var wg sync.WaitGroup
	for i, m := range models {
		au.Models = append(au.Models, m.Model())
		each := onAnswer
		if i > 0 {
			each = nil
		}
		wg.Go(func() {
			t := time.Now()
			results[i], errs[i] = m.Audit(ctx, req.Questions, req.Samples, seed, probes, each)
			run := quiz.AuditRun{Model: m.Model(), ModelMS: ms(time.Since(t))}
			if r := results[i]; r != nil {
				run.Answers, run.ChoicesOnly, run.Usage = r.Answers, r.ChoicesOnly, r.Usage
			}
			if errs[i] != nil {
				qe, ok := errors.AsType[*quiz.Error](errs[i])
				if !ok {
					qe = &quiz.Error{Code: quiz.ECodeModelError, Message: "the model failed"}
				}
				run.Error = qe.Body()
			}
			au.Runs[i] = run
		})
	}
	wg.Wait()
	a.Audit = au
	out := &llm.Result{}
	if r := results[0]; r != nil {
		out.Answers = make([]quiz.Answer, len(r.Answers))
		for i, ans := range r.Answers {
			ans.Picks = nil
			out.Answers[i] = ans
		}
	}
	for _, r := range results {
		if r != nil {
			out.Usage = out.Usage.Add(r.Usage)
			out.Calls += r.Calls
		}
	}
	return out, errs[0]
}

// withEvidence recomputes an audit's evidence for a's key. The audit is
// copied: the cached analysis it comes from is shared.
func withEvidence(a *quiz.Analysis) {
	if a.Audit == nil {
		return
	}
	au := *a.Audit
	au.Evidence = audit.Evidence(a.Questions, a.AnswerKey, au.Runs)
	a.Audit = &au
}

// fail records a failed analysis and returns the error for the caller.
func (s *Service) fail(a *quiz.Analysis, start time.Time, err error) error {
	qe, ok := errors.AsType[*quiz.Error](err)
	if !ok {
		qe = &quiz.Error{Code: quiz.ECodeInternal, Message: "the analysis failed", Err: err}
	}
	a.Finish()
	a.Status = quiz.StatusFailed
	a.Error = qe.Body()
	a.Timing.TotalMS = ms(time.Since(start))
	// Failures are kept too: the history is of everything that was asked.
	// A fresh context: the budget may be what ran out.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(s.base), 5*time.Second)
	defer cancel()
	s.save(ctx, a)
	s.tally.failure(a)
	s.obs.Analysis(OutcomeFailed, time.Since(start).Seconds(), len(a.Questions))
	// The event carries the analysis, so a display that joins now draws
	// what was asked and each question's reason.
	ev := quiz.Event{Type: quiz.EventFailed, ID: a.ID, At: time.Now().UTC(), Error: a.Error}
	if encoded, err := json.Marshal(a); err == nil {
		ev.Analysis = encoded
	}
	s.publish(ctx, ev)
	return qe
}

// publish sends events to the displays. A failure to publish does not fail
// the analysis: the person asking still gets the answer.
func (s *Service) publish(ctx context.Context, events ...quiz.Event) {
	if err := s.pub.Publish(context.WithoutCancel(ctx), events...); err != nil {
		s.storeFailed("publish", events[0].ID, err)
	}
}

// notStored is what a response says about an analysis the store did not
// durably keep.
func notStored(err error) *quiz.ErrorBody {
	if qe, ok := errors.AsType[*quiz.Error](err); ok {
		return qe.Body()
	}
	return &quiz.ErrorBody{Code: quiz.ECodeUnavailable, Message: "the analysis could not be stored"}
}

// storeFailed counts a store operation that failed and logs it, unless the
// store is merely unreachable: the store logs that itself, once per outage,
// rather than once per request.
func (s *Service) storeFailed(op, id string, err error) {
	s.obs.StoreError(op)
	if errors.Is(err, quiz.ErrUnavailable) {
		return
	}
	s.logger.Error("store operation failed", "op", op, "id", id, "err", err)
}

// Stats returns the running totals, including what is not yet flushed.
func (s *Service) Stats(ctx context.Context) (quiz.Stats, error) {
	if err := s.flush(ctx); err != nil {
		return quiz.Stats{}, err
	}
	c, err := s.store.Counters(ctx)
	if err != nil {
		return quiz.Stats{}, fmt.Errorf("read counters: %w", err)
	}
	st := quiz.StatsFrom(c, time.Now())
	// The median a display shows beside an analysis is computed from the
	// analyses' own times, not estimated from the histogram's buckets,
	// so that "median 1.5 s" next to the only analysis, which took 1.5 s,
	// is what it says.
	if list, err := s.store.Analyses(ctx, "", medianOf); err == nil {
		var times []float64
		for _, a := range list {
			if a.Status != quiz.StatusFailed && a.TotalMS > 0 {
				times = append(times, a.TotalMS)
			}
		}
		st.MedianMS, st.MedianOf = median(times), len(times)
	}
	return st, nil
}

// medianOf is how many recent analyses the median time is taken over.
const medianOf = 100

// Close waits (at most until ctx ends) for the model calls in flight, then
// cancels those left and flushes the counters.
func (s *Service) Close(ctx context.Context) error {
	waited := make(chan struct{})
	go func() {
		s.inflight.Wait()
		close(waited)
	}()
	select {
	case <-waited:
	case <-ctx.Done():
	}
	s.stop()
	<-s.done
	flushCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	// A last try for the writes that failed; what is still waiting is named
	// in the log, since it is lost with the process.
	s.retryWrites(flushCtx)
	s.writes.mu.Lock()
	for _, a := range s.writes.waiting {
		s.logger.Error("analysis not stored: the store refused it until shutdown", "id", a.ID)
	}
	s.writes.mu.Unlock()
	return s.flush(flushCtx)
}

// withKey returns a copy of a scored with key.
func withKey(a *quiz.Analysis, key [][]int) *quiz.Analysis {
	c := *a
	c.AnswerKey = key
	c.Score = quiz.ScoreAnswers(c.Questions, c.Answers, key)
	withEvidence(&c)
	return &c
}

// keyless is a without this request's answer key and score: the cache is
// shared by everyone who asks the same quiz. The answers are shared with
// a, as withKey shares them: nothing changes a finished analysis' answers
// (a copy held a second set of them, for every analysis, for as long as
// it was remembered).
func keyless(a *quiz.Analysis) *quiz.Analysis {
	c := *a
	c.AnswerKey = nil
	c.Score = nil
	withEvidence(&c)
	return &c
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

type nopObserver struct{}

func (nopObserver) Analysis(string, float64, int) {}
func (nopObserver) CacheLookup(string)            {}
func (nopObserver) CoalescedRequest()             {}
func (nopObserver) StoreError(string)             {}
