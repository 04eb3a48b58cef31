package main

import (
	"context"
	"errors"
	"fmt"
	"github.com/quizstats/quizstats/internal/termtext"
	"io"
	"math"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/quiz"
)

// analyzer is what a capture needs of the quizstats server.
type analyzer interface {
	Analyze(ctx context.Context, req quiz.Request) (*client.Result, error)
}

// streamingAnalyzer also streams the server's events, so that answers can
// be shown as the model gives them.
type streamingAnalyzer interface {
	analyzer
	Follow(ctx context.Context, since *uint64, handle func(quiz.Event) error, opts ...client.FollowOption) error
}

// streamWait bounds the wait for the event stream before the quiz is sent
// anyway; its answers then print when the analysis is complete.
const streamWait = 5 * time.Second

// sendAndPrint sends a captured quiz and prints each answer to w as the
// model gives it. It joins the event stream before it sends and takes its
// analysis' answers from there. What the stream did not bring prints from
// the response, which holds every answer: a cache hit has no answer events,
// a proxy may not pass WebSockets, and the server subscribes a stream a
// moment after the client sees it open, so a request quick enough to come
// in between misses its analysis.started.
//
// While it waits it says so on notes: the time so far and how long the
// first answer usually takes; on a terminal (tty) as a spinner line that
// answers print over, elsewhere as a line every progressEvery.
func sendAndPrint(ctx context.Context, srv streamingAnalyzer, cq capturedQuiz, w, notes io.Writer, tty bool) (*client.Result, error) {
	fctx, stopFollow := context.WithCancel(ctx)
	followed := make(chan struct{})
	// Nothing of the command may be left connecting once it returns.
	defer func() {
		stopFollow()
		<-followed
	}()
	events := make(chan quiz.Event, 64)
	ready := make(chan error, 1) // nil once live, else why not
	var once sync.Once
	go func() {
		defer close(followed)
		err := srv.Follow(fctx, nil, func(e quiz.Event) error {
			select {
			case events <- e:
				return nil
			case <-fctx.Done():
				return fctx.Err()
			}
		}, client.OnState(func(s client.StateChange) {
			switch s.State {
			case client.Live:
				once.Do(func() { ready <- nil })
			case client.Reconnecting:
				once.Do(func() { ready <- s.Err })
			}
		}))
		// A stream refused for good (a wrong token) never reports a state.
		once.Do(func() { ready <- err })
	}()
	var streamErr error
	select {
	case streamErr = <-ready:
	case <-time.After(streamWait):
		streamErr = fmt.Errorf("no connection within %v", streamWait)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if streamErr != nil {
		stopFollow()
	}

	type outcome struct {
		res *client.Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		res, err := srv.Analyze(ctx, cq.Request)
		done <- outcome{res, err}
	}()
	prog := &progress{w: notes, tty: tty, start: time.Now(), total: len(cq.Request.Questions)}
	p := &answerPrinter{w: w, quiz: cq, printed: map[int]bool{}, before: prog.clear, after: prog.draw}
	ours := sameQuiz(cq.Request)
	id := ""
	every := progressEvery
	if tty {
		every = spinnerEvery
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	prog.draw()
	for {
		select {
		case <-tick.C:
			prog.tick()
		case e := <-events:
			switch {
			case e.Type == quiz.EventStarted && id == "" && ours(e):
				id = e.ID
				prog.expect = time.Duration(e.ExpectFirstAnswerMS * float64(time.Millisecond))
				prog.draw()
			case e.Type == quiz.EventAnswer && id != "" && e.ID == id && e.Answer != nil:
				prog.done++
				p.answer(*e.Answer)
			}
		case o := <-done:
			prog.clear()
			if o.err != nil {
				return nil, o.err
			}
			if streamErr != nil {
				fmt.Fprintf(notes, "(the live event stream did not connect: %v; answers shown as a whole)\n", streamErr)
			}
			for _, a := range o.res.Answers {
				p.answer(a)
			}
			return o.res, nil
		}
	}
}

// sameQuiz tells the analysis.started event of a request: the same
// questions (as the server normalizes them) for the event's model and
// samples. An identical request from elsewhere that the server answers with
// one model call has the same answers, so taking its events is right.
func sameQuiz(req quiz.Request) func(quiz.Event) bool {
	norm := req
	norm.Questions = make([]quiz.Question, len(req.Questions))
	for i, q := range req.Questions {
		q.Options = append([]string(nil), q.Options...) // Normalize cleans them in place
		norm.Questions[i] = q
	}
	norm.Models = slices.Clone(req.Models) // and the models

	if norm.Normalize() != nil {
		return func(quiz.Event) bool { return false } // the server refuses it: no events
	}
	return func(e quiz.Event) bool {
		return len(e.Questions) == len(norm.Questions) &&
			quiz.Fingerprint(e.Questions, e.Model, e.Samples) == quiz.Fingerprint(norm.Questions, e.Model, e.Samples)
	}
}

const (
	// progressEvery is how often a line says the wait goes on when the
	// notes are not a terminal (a log, a pipe): no spinner there.
	progressEvery = 10 * time.Second
	// spinnerEvery is the spinner's frame time on a terminal.
	spinnerEvery = 100 * time.Millisecond
)

// progress tells a person waiting for the model that it is waiting, how
// long it has, and how long the first answer usually takes.
type progress struct {
	w      io.Writer
	tty    bool
	start  time.Time
	expect time.Duration // the first answer's usual time, once known
	total  int
	done   int
	frame  int
	shown  bool // a spinner line is on the terminal
}

func (p *progress) line() string {
	elapsed := time.Since(p.start).Round(100 * time.Millisecond)
	if p.done == 0 {
		msg := fmt.Sprintf("waiting for the model · %.1f s", elapsed.Seconds())
		if p.expect > 0 {
			msg += fmt.Sprintf(" (first answer usually after %.1f s)", p.expect.Seconds())
		}
		return msg
	}
	return fmt.Sprintf("%d/%d answered · %.1f s", p.done, p.total, elapsed.Seconds())
}

// draw shows the progress: on a terminal the spinner line, redrawn in
// place; elsewhere a line, at the start only (tick adds the others).
func (p *progress) draw() {
	if !p.tty {
		if !p.shown {
			fmt.Fprintln(p.w, p.line())
			p.shown = true
		}
		return
	}
	spin := []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}[p.frame%10]
	fmt.Fprintf(p.w, "\r\x1b[K%s %s", spin, p.line())
	p.shown = true
}

func (p *progress) tick() {
	p.frame++
	if p.tty {
		p.draw()
		return
	}
	fmt.Fprintln(p.w, "still "+p.line())
}

// clear takes the spinner line off the terminal, so that an answer or the
// end prints on a clean line.
func (p *progress) clear() {
	if p.tty && p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

// answerPrinter writes answers for a person, in the page's numbering and
// each once. before and after run around each answer (the progress line
// steps aside for it).
type answerPrinter struct {
	w             io.Writer
	quiz          capturedQuiz
	printed       map[int]bool
	before, after func()
}

func (p *answerPrinter) answer(a quiz.Answer) {
	qs := p.quiz.Request.Questions
	if a.Question < 0 || a.Question >= len(qs) || p.printed[a.Question] {
		return
	}
	p.printed[a.Question] = true
	if p.before != nil {
		p.before()
		defer p.after()
	}
	q := qs[a.Question]
	fmt.Fprintf(p.w, "%s. %s\n   → %s%s\n", p.quiz.Labels[a.Question], oneLine(q.Text, 160), chosen(q, a), confidence(a))
	if a.Unseen != "" {
		fmt.Fprintf(p.w, "     ⚠ %s\n", a.Unseen)
	}
	if a.Explanation != "" {
		fmt.Fprintf(p.w, "     %s\n", oneLine(a.Explanation, 240))
	}
}

// chosen names the picked options with the letters they would have in a
// list, or the typed answer.
func chosen(q quiz.Question, a quiz.Answer) string {
	if a.Error != nil {
		return "not answered: " + oneLine(a.Error.Message, 240)
	}
	if a.Tie {
		var tied []string
		top := slices.Max(append([]int{0}, a.Votes...))
		for j, v := range a.Votes {
			if v == top && v > 0 {
				tied = append(tied, string(rune('A'+j)))
			}
		}
		return "no majority (" + strings.Join(tied, " and ") + " tied)"
	}
	if !q.Kind.Choice() {
		if a.Text == "" {
			return "(no answer)"
		}
		return oneLine(a.Text, 240)
	}
	var parts []string
	for _, c := range a.Choices {
		if c >= 0 && c < len(q.Options) {
			parts = append(parts, string(rune('A'+c))+". "+oneLine(q.Options[c], 120))
		}
	}
	if len(parts) == 0 {
		return "(no option chosen)"
	}
	return strings.Join(parts, "; ")
}

func confidence(a quiz.Answer) string {
	if a.Confidence <= 0 || a.Error != nil || a.Tie {
		return ""
	}
	return "  (" + strconv.Itoa(int(math.Round(a.Confidence*100))) + "% sure)"
}

// oneLine folds s onto one line of at most n characters.
// Text from the model or the page passes termtext.Clean first: an
// explanation must not set the terminal's title or write its clipboard.
func oneLine(s string, n int) string {
	return clip(strings.Join(strings.Fields(termtext.Clean(s)), " "), n)
}

// summary is the line that closes the answers of an analysis.
func summary(res *client.Result) string {
	parts := []string{fmt.Sprintf("%d answers", len(res.Answers))}
	if res.Status == quiz.StatusPartial {
		parts[0] = fmt.Sprintf("partial: %d of %d answered, %d not", res.Answered, res.Answered+res.Unanswered, res.Unanswered)
	}
	if res.Model != "" {
		parts = append(parts, res.Model)
	}
	if ms := res.Timing.TotalMS; ms < 1000 {
		parts = append(parts, fmt.Sprintf("%.0f ms", ms))
	} else {
		parts = append(parts, fmt.Sprintf("%.1f s", ms/1000))
	}
	if res.Cached {
		parts = append(parts, "from the cache")
	}
	parts = append(parts, "analysis "+res.ID)
	return strings.Join(parts, " · ")
}

// questionIndex reads the question a server error's field points at:
// questions[3].options[1] is question 3 of the request.
func questionIndex(field string) (int, bool) {
	rest, ok := strings.CutPrefix(field, "questions[")
	end := strings.IndexByte(rest, ']')
	if !ok || end < 1 {
		return 0, false
	}
	i, err := strconv.Atoi(rest[:end])
	return i, err == nil && i >= 0
}

// sendError explains why a quiz did not reach the server, or what the
// server said about it, in terms of what the person can do.
func sendError(server string, cq capturedQuiz, err error) error {
	if qe, ok := errors.AsType[*quiz.Error](err); ok {
		msg := fmt.Sprintf("the server at %s refused the quiz: %s", server, qe.Message)
		if qe.Field != "" {
			msg += " (" + qe.Field
			if i, ok := questionIndex(qe.Field); ok && i < len(cq.Labels) {
				msg += ", question " + cq.Labels[i] + " on the page"
			}
			msg += ")"
		}
		switch qe.Code {
		case quiz.ECodeUnauthorized, quiz.ECodeForbidden:
			msg += "; set QUIZSTATS_TOKEN to the server's token"
		case quiz.ECodeRateLimited:
			if qe.RetryAfterSeconds > 0 {
				msg += fmt.Sprintf("; try again in %d s", qe.RetryAfterSeconds)
			}
		}
		return fmt.Errorf("%s [%s]", msg, qe.Code)
	}
	if op, ok := errors.AsType[*net.OpError](err); ok {
		return fmt.Errorf("cannot reach the quizstats server at %s (%v); start one with `quizstats serve`, or point --server (QUIZSTATS_SERVER) at yours", server, op)
	}
	return fmt.Errorf("send the quiz to %s: %w", server, err)
}
