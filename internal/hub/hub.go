// Package hub fans events out to the displays that follow them. Each
// follower has a bounded queue; one that cannot keep up is dropped (it can
// reconnect and catch up from the event log), so a slow display never
// slows an analysis or another display.
package hub

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/quizstats/quizstats/internal/bufpool"
	"github.com/quizstats/quizstats/internal/quiz"
)

// Log is the event log: it numbers events and replays them. The bodies
// given to AppendEvents (and to a Feed's AppendEventsAfter) are the
// caller's again once it returns: the hub reuses their buffers.
type Log interface {
	AppendEvents(ctx context.Context, bodies [][]byte) ([]quiz.EncodedEvent, error)
	EventsSince(ctx context.Context, after uint64, limit int) ([]quiz.EncodedEvent, error)
	LastSeq(ctx context.Context) (uint64, error)
}

// Feed is a log shared by several processes (Redis): it numbers events for
// the whole deployment and hands every process every event, its own and
// the others', in order. A hub over a Feed delivers what the feed hands it
// rather than what it publishes itself, so that all displays of all
// replicas see one order.
type Feed interface {
	// AppendEventsAfter logs events with numbers greater than floor.
	AppendEventsAfter(ctx context.Context, floor uint64, bodies [][]byte) ([]quiz.EncodedEvent, error)
	// Listen calls deliver with every event logged after last() until ctx
	// ends, catching up from the log after a reconnection or a gap.
	Listen(ctx context.Context, last func() uint64, deliver func([]quiz.EncodedEvent)) error
}

// Observer hears about followers, for metrics.
type Observer interface {
	Followers(delta int)
	FollowerDropped(reason string)
	EventsPublished(n int)
}

// ErrTooSlow ends a follow whose queue overflowed.
var ErrTooSlow = errors.New("the display fell too far behind the live events")

// DefaultQueue is how many events a follower may have waiting.
const DefaultQueue = 128

// replayPage is how many logged events are read at a time when replaying.
const replayPage = 500

// Hub numbers events through the log and delivers them to followers.
type Hub struct {
	log   Log
	feed  Feed // nil when the log is this process's alone
	queue int
	obs   Observer
	// bufs are the buffers events are encoded into, reused once the log
	// has taken its copy.
	bufs *bufpool.Pool

	// mu serialises numbering and delivery, so every follower sees events
	// in sequence order.
	mu   sync.Mutex
	subs map[*sub]struct{}
	last uint64 // the newest seq delivered
	// open holds the analyses that started and have not ended, by ID: the
	// seq of their analysis.started and when it was delivered. A display
	// that connects while one runs is replayed its events from the start,
	// so it draws the analysis as the displays that watched it do.
	open map[string]openAnalysis
}

type openAnalysis struct {
	seq uint64
	at  time.Time
}

// openTTL bounds how long an analysis counts as open when its end never
// arrives (its replica died): far beyond any analysis' time budget.
const openTTL = 10 * time.Minute

// Option configures a Hub.
type Option func(*Hub)

// WithFeed makes the hub one of several processes sharing f (Redis): it
// numbers events through f and delivers what f hands it, every replica's,
// instead of only its own. It is set, never detected from the log's type,
// so that a wrapper around the store cannot silently turn the sharing off.
func WithFeed(f Feed) Option {
	return func(h *Hub) { h.feed = f }
}

// New returns a hub over log; queue is each follower's queue length
// (DefaultQueue when zero).
func New(log Log, queue int, obs Observer, opts ...Option) *Hub {
	if queue <= 0 {
		queue = DefaultQueue
	}
	if obs == nil {
		obs = nopObserver{}
	}
	h := &Hub{log: log, queue: queue, obs: obs, subs: map[*sub]struct{}{}, open: map[string]openAnalysis{}, bufs: bufpool.New(maxPooledEvent)}
	for _, o := range opts {
		o(h)
	}
	return h
}

// Run delivers the events of a shared log until ctx ends; with a log of
// this process's alone there is nothing to run, and it just waits.
func (h *Hub) Run(ctx context.Context) error {
	if h.feed == nil {
		<-ctx.Done()
		return nil
	}
	// Start from the log's present: what came before is for replay.
	if last, err := h.log.LastSeq(ctx); err == nil {
		h.mu.Lock()
		h.last = max(h.last, last)
		h.mu.Unlock()
	}
	return h.feed.Listen(ctx, h.lastSeq, func(events []quiz.EncodedEvent) {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.deliverLocked(events)
	})
}

func (h *Hub) lastSeq() uint64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.last
}

type sub struct {
	// ch holds pointers: the events are shared by every follower, and a
	// queue of pointers is a quarter the size of a queue of events.
	ch chan *quiz.EncodedEvent
	// Under the hub's lock: dropped says the hub gave up on the follower;
	// drop cancels its running context with ErrTooSlow.
	dropped bool
	drop    context.CancelCauseFunc
}

// Publish logs events and delivers them to every follower. It never waits
// for a follower.
func (h *Hub) Publish(ctx context.Context, events ...quiz.Event) error {
	bodies := make([][]byte, len(events))
	bufs := make([]*bytes.Buffer, 0, len(events))
	defer func() {
		for _, buf := range bufs {
			h.bufs.Put(buf)
		}
	}()
	for i := range events {
		e := events[i]
		e.Seq = 0 // the log numbers it
		buf := h.bufs.Get()
		bufs = append(bufs, buf)
		if err := e.EncodeTo(buf); err != nil {
			return fmt.Errorf("encode %s event: %w", e.Type, err)
		}
		bodies[i] = buf.Bytes()
	}
	if h.feed != nil {
		_, err := h.feed.AppendEventsAfter(ctx, h.lastSeq(), bodies)
		if err == nil {
			h.obs.EventsPublished(len(bodies))
			return nil // the feed delivers them, in the deployment's order
		}
		// The shared log is down or refuses writes (Redis out of memory):
		// displays connected here still get the events, numbered here after
		// the newest seen. They cannot be replayed, and other replicas do
		// not see them.
		h.mu.Lock()
		defer h.mu.Unlock()
		local := make([]quiz.EncodedEvent, len(bodies))
		for i, b := range bodies {
			seq := h.last + uint64(i) + 1
			local[i] = quiz.EncodedEvent{Seq: seq, JSON: quiz.WithSeq(seq, b)}
		}
		h.deliverLocked(local)
		h.obs.EventsPublished(len(local))
		if errors.Is(err, quiz.ErrUnavailable) {
			return nil // the store reports the outage itself
		}
		return fmt.Errorf("log events (delivered to this replica's displays only): %w", err)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	logged, err := h.log.AppendEvents(ctx, bodies)
	if err != nil {
		return fmt.Errorf("log events: %w", err)
	}
	h.deliverLocked(logged)
	h.obs.EventsPublished(len(logged))
	return nil
}

// maxPooledEvent is the largest buffer kept for reuse: the event of an
// analysis of 100 questions with their explanations fits.
const maxPooledEvent = 256 << 10

// deliverLocked hands events newer than the last delivered to every
// follower.
func (h *Hub) deliverLocked(events []quiz.EncodedEvent) {
	for len(events) > 0 && events[0].Seq <= h.last {
		events = events[1:]
	}
	if len(events) == 0 {
		return
	}
	h.last = events[len(events)-1].Seq
	now := time.Now()
	for i := range events {
		h.trackLocked(&events[i], now)
	}
	for s := range h.subs {
		for i := range events {
			select {
			case s.ch <- &events[i]:
			default:
				delete(h.subs, s)
				s.dropped = true
				if s.drop != nil {
					s.drop(ErrTooSlow)
				}
				h.obs.FollowerDropped("slow")
				h.obs.Followers(-1)
			}
			if _, still := h.subs[s]; !still {
				break
			}
		}
	}
}

// trackLocked keeps h.open up to date with one event. Only the head of the
// JSON is looked at: the store encodes every event as {"seq":N,"type":...,
// "id":...}, and decoding each whole event again would cost the fan-out.
func (h *Hub) trackLocked(e *quiz.EncodedEvent, now time.Time) {
	head := e.JSON[:min(len(e.JSON), 160)]
	var kind string
	switch {
	case bytes.Contains(head, []byte(`"type":"`+quiz.EventStarted+`"`)):
		kind = quiz.EventStarted
	case bytes.Contains(head, []byte(`"type":"`+quiz.EventCompleted+`"`)), bytes.Contains(head, []byte(`"type":"`+quiz.EventFailed+`"`)):
		kind = quiz.EventCompleted
	default:
		return
	}
	_, rest, ok := bytes.Cut(head, []byte(`"id":"`))
	if !ok {
		return
	}
	id, _, ok := bytes.Cut(rest, []byte(`"`))
	if !ok {
		return
	}
	if kind == quiz.EventStarted {
		h.open[string(id)] = openAnalysis{seq: e.Seq, at: now}
	} else {
		delete(h.open, string(id))
	}
	for k, o := range h.open {
		if now.Sub(o.at) > openTTL {
			delete(h.open, k)
		}
	}
}

// openSince returns the seq just before the oldest open analysis started,
// and whether one is open.
func (h *Hub) openSince() (uint64, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	var first uint64
	for _, o := range h.open {
		if time.Since(o.at) <= openTTL && (first == 0 || o.seq < first) {
			first = o.seq
		}
	}
	return first - 1, first > 0
}

// Followers is how many followers are connected.
func (h *Hub) Followers() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}

func (h *Hub) subscribe() *sub {
	s := &sub{ch: make(chan *quiz.EncodedEvent, h.queue)}
	h.mu.Lock()
	h.subs[s] = struct{}{}
	h.mu.Unlock()
	h.obs.Followers(1)
	return s
}

func (h *Hub) unsubscribe(s *sub) {
	h.mu.Lock()
	_, ok := h.subs[s]
	delete(h.subs, s)
	h.mu.Unlock()
	if ok {
		h.obs.Followers(-1)
	}
}

// Follow calls send for every event after the sequence number *after
// (replayed from the log), then for every live event, in order, with no gap
// and no duplicate, until ctx ends, send fails, or the follower falls too
// far behind (ErrTooSlow). With after nil, it follows live events, after
// the events of the analyses running when it starts (see Subscribe).
// The context given to send is cancelled when the follower is dropped, so a
// send stuck on a dead connection ends too.
func (h *Hub) Follow(ctx context.Context, after *uint64, send func(context.Context, quiz.EncodedEvent) error) error {
	sub, err := h.Subscribe(ctx, after)
	if err != nil {
		return err
	}
	defer sub.Close()
	return sub.Run(ctx, send)
}

// Subscription is a follower's place in the stream, taken before it reads
// anything: what is published after Subscribe returns reaches it. A server
// subscribes a display before it completes the WebSocket handshake, so that
// a display that sends a quiz the moment it is connected sees all of it.
type Subscription struct {
	h      *Hub
	s      *sub
	replay bool   // replay the log after last before going live
	last   uint64 // the newest seq the follower has
}

// Subscribe starts following after the sequence number *after. With after
// nil it follows live events, but first replays the events of the analyses
// running at that moment, from their analysis.started on: a display that
// joins (or is reloaded) in the middle of an analysis gets its title,
// samples, questions and every answer so far. Run delivers; Close ends the
// subscription.
func (h *Hub) Subscribe(ctx context.Context, after *uint64) (*Subscription, error) {
	sub := &Subscription{h: h}
	if after == nil {
		if since, ok := h.openSince(); ok {
			after = &since
		}
	}
	if after != nil {
		// A display that saw numbers this log never gave (its store was
		// replaced or wiped) gets what comes next; the smaller numbers tell
		// it to start over. Read before subscribing: anything newer is then
		// both in the log and in the queue, never in neither.
		newest, err := h.log.LastSeq(ctx)
		switch {
		case errors.Is(err, quiz.ErrUnavailable):
			// No log to replay from: live events only.
		case err != nil:
			return nil, fmt.Errorf("read the event log: %w", err)
		default:
			sub.replay, sub.last = true, min(*after, newest)
		}
	}
	// Subscribed before the replay: whatever is published while it runs
	// waits in the queue, so nothing falls between the two.
	sub.s = h.subscribe()
	return sub, nil
}

// Close ends the subscription.
func (sub *Subscription) Close() { sub.h.unsubscribe(sub.s) }

// Run calls send for the replayed events, then for every live one, until
// ctx ends, send fails or the follower falls too far behind (ErrTooSlow).
func (sub *Subscription) Run(ctx context.Context, send func(context.Context, quiz.EncodedEvent) error) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	h, s, last := sub.h, sub.s, sub.last
	h.mu.Lock()
	dropped := s.dropped
	s.drop = cancel
	h.mu.Unlock()
	if dropped {
		return ErrTooSlow
	}

	if sub.replay {
		for {
			page, err := h.log.EventsSince(ctx, last, replayPage)
			if err != nil {
				return fmt.Errorf("replay events after %d: %w", last, err)
			}
			for _, e := range page {
				if err := send(ctx, e); err != nil {
					return orTooSlow(ctx, err)
				}
				last = e.Seq
			}
			if len(page) < replayPage {
				break
			}
		}
	}
	for {
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case e := <-s.ch:
			if e.Seq <= last {
				continue // already replayed
			}
			if err := send(ctx, *e); err != nil {
				return orTooSlow(ctx, err)
			}
			last = e.Seq
		}
	}
}

// orTooSlow reports a send that failed because the follower was dropped as
// ErrTooSlow, the reason that matters.
func orTooSlow(ctx context.Context, err error) error {
	if errors.Is(context.Cause(ctx), ErrTooSlow) {
		return ErrTooSlow
	}
	return err
}

type nopObserver struct{}

func (nopObserver) Followers(int)          {}
func (nopObserver) FollowerDropped(string) {}
func (nopObserver) EventsPublished(int)    {}
