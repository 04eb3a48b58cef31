// Package quiz holds quizstats' domain: the questions a page asked, the answers
// a model gave, the analysis that ties them together and the events that
// announce it. It does no I/O, so every other package can depend on it.
package quiz

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"
)

// Kind says how a question is answered.
type Kind string

const (
	KindSingle    Kind = "single"    // exactly one option (radio buttons)
	KindMultiple  Kind = "multiple"  // any number of options (checkboxes)
	KindTrueFalse Kind = "truefalse" // two options, exactly one
	KindDropdown  Kind = "dropdown"  // a <select>: exactly one option
	KindText      Kind = "text"      // free text, no options
)

// Choice reports whether the question is answered by picking options.
func (k Kind) Choice() bool { return k != KindText }

// OneChoice reports whether exactly one option must be picked.
func (k Kind) OneChoice() bool {
	return k == KindSingle || k == KindTrueFalse || k == KindDropdown
}

// Question is one question as it appeared on the page.
type Question struct {
	Text    string   `json:"text"`
	Options []string `json:"options,omitempty"`
	Kind    Kind     `json:"kind"`
	// Images are the pictures of the question and its options, which a
	// vision model is shown.
	Images []Image `json:"images,omitempty"`
	// Media names what the question plays and no model is given
	// ("audio", "video"): its answer says so and is not confident.
	Media []string `json:"media,omitempty"`
}

// Image is one picture of a question (or of one of its options).
type Image struct {
	// URL is the image's bytes as a data URL (PNG, JPEG or WebP). Stored
	// analyses and events keep the image's place without its bytes.
	URL string `json:"url,omitempty"`
	Alt string `json:"alt,omitempty"`
}

// Media a question can play that no model is given.
const (
	MediaAudio = "audio"
	MediaVideo = "video"
)

// Source is the page a quiz was captured from.
type Source struct {
	URL   string `json:"url,omitempty"`
	Title string `json:"title,omitempty"`
}

// Request is what a client asks to have analyzed.
type Request struct {
	Source    Source     `json:"source"`
	Questions []Question `json:"questions"`
	// Samples is how many independent completions vote on each question.
	Samples int `json:"samples,omitempty"`
	// Model names the model to ask, from those the server allows (serve
	// --models); empty asks the server's own.
	Model string `json:"model,omitempty"`
	// AnswerKey lists, per question, the indices of the correct options.
	// Quiz authors send it to learn how answerable their quiz is by a model.
	AnswerKey [][]int `json:"answer_key,omitempty"`
	// Fresh asks the model again even when the quiz is cached; the new
	// answer is stored and cached as any other.
	Fresh bool `json:"fresh,omitempty"`
	// Models makes the request an audit of these models (each from the
	// server's allowlist), each asked Samples times; the first is the
	// analysis' model. See Audit.
	Models []string `json:"models,omitempty"`
	// Probes, when set, makes the request an audit (of the server's model
	// when Models is empty) and names the extra probes to run.
	Probes *Probes `json:"probes,omitempty"`
	// Seed, for an audit, fixes the samples' option orders; without it
	// the server picks one and says which in the analysis.
	Seed *uint64 `json:"seed,omitempty"`
}

// Answer is the model's answer to one question.
type Answer struct {
	Question int `json:"question"`
	// Choices are the picked option indices, in ascending order.
	Choices []int `json:"choices"`
	// Text is the answer to a free-text question.
	Text string `json:"text,omitempty"`
	// Confidence is the chosen options' share of the votes, or the model's own
	// estimate when there was a single sample.
	Confidence float64 `json:"confidence"`
	// Votes counts, per option, the samples that picked it.
	Votes       []int  `json:"votes,omitempty"`
	Explanation string `json:"explanation,omitempty"`
	// SampleChoices keeps each sample's pick, so an author can see how the
	// samples split and a score can say how often the model was right.
	SampleChoices [][]int `json:"sample_choices,omitempty"`
	// Tie is set when the samples split evenly between the most-voted
	// picks: there is no majority, so Choices is empty and Votes tell how
	// the samples split. A display shows "no majority"; a score counts the
	// question as not answered correctly.
	Tie bool `json:"tie,omitempty"`
	// Error says why the question has no answer: the model's reply for it
	// stayed invalid after it was asked again, or the model stopped before
	// it. Choices is then empty. The other questions' answers stand.
	Error *ErrorBody `json:"error,omitempty"`
	// Unseen says what of the question the model could not see or hear
	// ("the model could not see this question's image"); every display
	// shows it, and the confidence is capped at MaxUnseenConfidence.
	Unseen string `json:"unseen,omitempty"`
	// Picks, in an audit's runs only, are every sample's answer with the
	// option order it was shown, for the evidence.
	Picks []Pick `json:"picks,omitempty"`
}

// Answered reports whether the model gave a valid answer to the question
// (a tie is an answer: the samples answered, they disagreed).
func (a *Answer) Answered() bool { return a.Error == nil }

// Unanswered returns the answer of a question the model could not answer,
// with the reason. field names the question in the request's numbering.
func Unanswered(question int, code, message string) Answer {
	return Answer{
		Question: question,
		Choices:  []int{},
		Error:    &ErrorBody{Code: code, Message: message, Field: fmt.Sprintf("questions[%d]", question)},
	}
}

// MaxUnseenConfidence caps the confidence of an answer given without
// the question's image, audio or video: the model may be guessing.
const MaxUnseenConfidence = 0.5

// Unseen sentences, one per kind of media a model missed.
const (
	UnseenImage = "the model could not see this question's image"
	UnseenAudio = "the model could not hear this question's audio"
	UnseenVideo = "the model could not see this question's video"
)

// UnseenReason says what of q a model misses when it is given no images
// (vision false) or never gets q's audio and video. It is "" when the
// model gets everything.
func UnseenReason(q Question, vision bool) string {
	switch {
	case slices.Contains(q.Media, MediaAudio):
		return UnseenAudio
	case slices.Contains(q.Media, MediaVideo):
		return UnseenVideo
	case len(q.Images) > 0 && !vision:
		return UnseenImage
	}
	return ""
}

// Usage counts the tokens an analysis cost.
type Usage struct {
	PromptTokens     int64 `json:"prompt_tokens"`
	CompletionTokens int64 `json:"completion_tokens"`
}

// Add returns the sum of two usages.
func (u Usage) Add(o Usage) Usage {
	return Usage{u.PromptTokens + o.PromptTokens, u.CompletionTokens + o.CompletionTokens}
}

// Timing says where an analysis spent its time.
type Timing struct {
	StartedAt time.Time `json:"started_at"`
	// TotalMS is the wall time from request to result; ModelMS the part spent
	// waiting on the model (zero for a cache hit).
	TotalMS float64 `json:"total_ms"`
	ModelMS float64 `json:"model_ms"`
	// FirstAnswerMS is when the first answer was known (streaming).
	FirstAnswerMS float64 `json:"first_answer_ms,omitempty"`
}

// Status is where an analysis ended.
type Status string

const (
	// StatusRunning: the model is still answering. Never stored; displays
	// use it for an analysis they know only from its events so far.
	StatusRunning Status = "running"
	// StatusCompleted: every question has an answer.
	StatusCompleted Status = "completed"
	// StatusPartial: some questions have an answer, the others an error
	// saying why not. Stored, cached and answered with 200 like a
	// completed analysis.
	StatusPartial Status = "partial"
	// StatusFailed: no question could be answered; Error says why.
	StatusFailed Status = "failed"
)

// Outcome returns the status an analysis of n questions ends in with these
// answers, and how many questions were answered and not. A question with
// no entry in answers counts as unanswered.
func Outcome(n int, answers []Answer) (status Status, answered, unanswered int) {
	for i := range answers {
		if answers[i].Answered() {
			answered++
		}
	}
	unanswered = n - answered
	switch {
	case n > 0 && answered == 0:
		return StatusFailed, answered, unanswered
	case unanswered > 0:
		return StatusPartial, answered, unanswered
	}
	return StatusCompleted, answered, unanswered
}

// Analysis is one analyzed quiz: what was asked, what the model answered.
type Analysis struct {
	ID          string     `json:"id"`
	Status      Status     `json:"status"`
	Cached      bool       `json:"cached"`
	Model       string     `json:"model"`
	Samples     int        `json:"samples"`
	Fingerprint string     `json:"fingerprint"`
	Source      Source     `json:"source"`
	Questions   []Question `json:"questions"`
	// Answers has one entry per question, in order, once the analysis has
	// ended (an unanswered question's entry has an Error); it is empty,
	// never null, for a failed one that got no answer at all.
	Answers []Answer `json:"answers"`
	// Answered and Unanswered count the questions with and without a
	// valid answer.
	Answered   int       `json:"answered"`
	Unanswered int       `json:"unanswered"`
	AnswerKey  [][]int   `json:"answer_key,omitempty"`
	Score      *Score    `json:"score,omitempty"`
	Usage      Usage     `json:"usage"`
	Timing     Timing    `json:"timing"`
	CreatedAt  time.Time `json:"created_at"`
	// Error says why a failed analysis failed.
	Error *ErrorBody `json:"error,omitempty"`
	// Audit is set for an audit: every model's answers and the evidence.
	Audit *Audit `json:"audit,omitempty"`
	// NotStored, when set, says why this analysis is not durably in the
	// history (the store failed, or no replica confirmed it). It belongs
	// to one answer, not to what is kept.
	NotStored *ErrorBody `json:"-"`
	// EncodedAnswers, when set, is Answers as JSON (a cache hit's, encoded
	// once when the analysis was cached): the response splices it in
	// rather than encoding the same answers again for every hit.
	EncodedAnswers json.RawMessage `json:"-"`
}

// Finish sets the analysis' status and counts from its answers. A failed
// analysis keeps the answers it has (none can be valid) and its Error.
func (a *Analysis) Finish() {
	if a.Answers == nil {
		a.Answers = []Answer{}
	}
	a.Status, a.Answered, a.Unanswered = Outcome(len(a.Questions), a.Answers)
}

// Result is the answer to an analyze request: the analysis without the
// questions, which the caller sent.
type Result struct {
	ID         string   `json:"id"`
	Status     Status   `json:"status"`
	Cached     bool     `json:"cached"`
	Model      string   `json:"model"`
	Samples    int      `json:"samples"`
	Answers    []Answer `json:"answers"`
	Answered   int      `json:"answered"`
	Unanswered int      `json:"unanswered"`
	Score      *Score   `json:"score,omitempty"`
	Usage      Usage    `json:"usage"`
	Timing     Timing   `json:"timing"`
	// Stored says whether the analysis is durably in the history; when it
	// is not, StoreError says why. A client told "stored": false has its
	// answer but should not count on finding it in the history.
	Stored     bool       `json:"stored"`
	StoreError *ErrorBody `json:"store_error,omitempty"`
	Audit      *Audit     `json:"audit,omitempty"`

	encodedAnswers json.RawMessage // see Analysis.EncodedAnswers
}

// Result returns the response view of a.
func (a *Analysis) Result() Result {
	return Result{
		ID:         a.ID,
		Status:     a.Status,
		Cached:     a.Cached,
		Model:      a.Model,
		Samples:    a.Samples,
		Answers:    a.Answers,
		Answered:   a.Answered,
		Unanswered: a.Unanswered,
		Score:      a.Score,
		Usage:      a.Usage,
		Timing:     a.Timing,
		Stored:     a.NotStored == nil,
		StoreError: a.NotStored,
		Audit:      a.Audit,

		encodedAnswers: a.EncodedAnswers,
	}
}

// Encode returns the result's JSON, as encoding/json writes it. Answers
// already encoded are spliced in: on a cache hit they are most of the
// response, and the same for every hit.
func (r Result) Encode() ([]byte, error) {
	var buf bytes.Buffer
	if err := r.EncodeTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// EncodeTo appends the result's JSON, the same bytes as Encode's, to buf.
func (r Result) EncodeTo(buf *bytes.Buffer) error {
	answers := r.encodedAnswers
	if len(answers) > 0 {
		r.Answers = nil
	}
	// An Encoder writes what Marshal returns, and a newline, straight into
	// buf; on an error it writes nothing.
	start := buf.Len()
	if err := json.NewEncoder(buf).Encode(r); err != nil {
		return err
	}
	buf.Truncate(buf.Len() - 1) // the newline
	if len(answers) == 0 {
		return nil
	}
	// The first match is the field: the strings before it (id, status,
	// model) are encoded with their quotes escaped, so none can hold it.
	const null = `"answers":null`
	b := buf.Bytes()[start:]
	i := bytes.Index(b, []byte(null))
	if i < 0 {
		buf.Truncate(start)
		return errors.New("encode result: no answers field")
	}
	i += len(null) - len("null")
	rest := bytes.Clone(b[i+len("null"):])
	buf.Truncate(start + i)
	buf.Write(answers)
	buf.Write(rest)
	return nil
}

// Summary is an analysis without its questions and answers, for listings.
type Summary struct {
	ID         string    `json:"id"`
	Status     Status    `json:"status"`
	Model      string    `json:"model"`
	Samples    int       `json:"samples"`
	Source     Source    `json:"source"`
	Questions  int       `json:"questions"`
	Answered   int       `json:"answered"`
	Unanswered int       `json:"unanswered"`
	Score      *Score    `json:"score,omitempty"`
	TotalMS    float64   `json:"total_ms"`
	CreatedAt  time.Time `json:"created_at"`
	// Error says why a failed analysis failed.
	Error *ErrorBody `json:"error,omitempty"`
	// Models, for an audit, are the models it asked.
	Models []string `json:"models,omitempty"`
}

// Summarize returns the listing view of a.
func (a *Analysis) Summarize() Summary {
	return Summary{
		ID:         a.ID,
		Status:     a.Status,
		Model:      a.Model,
		Samples:    a.Samples,
		Source:     a.Source,
		Questions:  len(a.Questions),
		Answered:   a.Answered,
		Unanswered: a.Unanswered,
		Score:      a.Score,
		TotalMS:    a.Timing.TotalMS,
		CreatedAt:  a.CreatedAt,
		Error:      a.Error,
		Models:     a.auditModels(),
	}
}

func (a *Analysis) auditModels() []string {
	if a.Audit == nil {
		return nil
	}
	return a.Audit.Models
}

// Event types sent to displays.
const (
	EventStarted   = "analysis.started"
	EventAnswer    = "answer"
	EventCompleted = "analysis.completed"
	EventFailed    = "analysis.failed"
	EventStats     = "stats"
	// EventDeleted says an analysis left the history: the one named by ID,
	// or, with Before set and no ID, every one created before that time.
	EventDeleted = "analysis.deleted"
)

// Event is one message of the live stream. Seq orders every event of a
// deployment; a display that reconnects asks for what came after the last
// Seq it saw.
type Event struct {
	Seq  uint64    `json:"seq,omitempty"`
	Type string    `json:"type"`
	ID   string    `json:"id"` // the analysis the event belongs to
	At   time.Time `json:"at"`

	Source    *Source    `json:"source,omitempty"`
	Model     string     `json:"model,omitempty"`
	Samples   int        `json:"samples,omitempty"`
	Questions []Question `json:"questions,omitempty"`
	// AnswerKey, on analysis.started, is the key the request sent, so that a
	// display can mark each answer right or wrong as it arrives (the
	// presenter view's reveal) rather than only when the score comes.
	AnswerKey [][]int `json:"answer_key,omitempty"`
	// ExpectFirstAnswerMS, on analysis.started, is how long the first
	// answer usually takes with this model (the median of recent
	// analyses), so a display can say what it is waiting for.
	ExpectFirstAnswerMS float64 `json:"expect_first_answer_ms,omitempty"`
	Answer              *Answer `json:"answer,omitempty"`
	// Analysis is the whole result (an Analysis as JSON) on
	// analysis.completed, so a display that joined late, or saw a cache hit
	// (which has no other events), can draw it. It is encoded once per
	// analysis: a cache hit sends the cached analysis as first answered, and
	// says what differs for this request in Cached, Source, Score and Timing.
	// CompletedAnalysis puts the two together.
	Analysis json.RawMessage `json:"analysis,omitempty"`
	Cached   bool            `json:"cached,omitempty"`
	Score    *Score          `json:"score,omitempty"`
	Timing   *Timing         `json:"timing,omitempty"`
	Error    *ErrorBody      `json:"error,omitempty"`
	Stats    *Stats          `json:"stats,omitempty"`
	// Before, on analysis.deleted, is the time everything older was
	// deleted up to.
	Before *time.Time `json:"before,omitempty"`
}

// Encode returns the event's JSON. The analysis, already JSON, is spliced
// in rather than re-encoded: encoding/json would re-validate every byte of
// it, for every event.
func (e Event) Encode() ([]byte, error) {
	raw := e.Analysis
	e.Analysis = nil
	b, err := json.Marshal(e)
	if err != nil || len(raw) == 0 {
		return b, err
	}
	out := make([]byte, 0, len(b)+len(raw)+16)
	out = append(out, b[:len(b)-1]...) // without the closing brace
	out = append(out, `,"analysis":`...)
	out = append(out, raw...)
	return append(out, '}'), nil
}

// EncodeTo appends the event's JSON, the same bytes as Encode's, to buf:
// a caller that reuses buf allocates nothing for the event itself.
func (e Event) EncodeTo(buf *bytes.Buffer) error {
	raw := e.Analysis
	e.Analysis = nil
	// An Encoder writes what Marshal returns, and a newline, straight into
	// buf; on an error it writes nothing.
	if err := json.NewEncoder(buf).Encode(e); err != nil {
		return err
	}
	buf.Truncate(buf.Len() - 1) // the newline
	if len(raw) == 0 {
		return nil
	}
	buf.Truncate(buf.Len() - 1) // the closing brace
	buf.WriteString(`,"analysis":`)
	buf.Write(raw)
	buf.WriteByte('}')
	return nil
}

// CompletedAnalysis returns the analysis of an analysis.completed event,
// as the request that caused the event got it.
func (e *Event) CompletedAnalysis() (*Analysis, error) {
	if len(e.Analysis) == 0 {
		return nil, fmt.Errorf("%s event %d carries no analysis", e.Type, e.Seq)
	}
	var a Analysis
	if err := json.Unmarshal(e.Analysis, &a); err != nil {
		return nil, fmt.Errorf("decode the analysis of event %d: %w", e.Seq, err)
	}
	if e.Cached {
		a.Cached = true
		a.Score = e.Score
		a.Usage = Usage{}
		if e.Source != nil {
			a.Source = *e.Source
		}
		if e.Timing != nil {
			a.Timing = *e.Timing
		}
	}
	return &a, nil
}

// EncodedEvent is an event with its JSON, encoded once and shared by every
// subscriber.
type EncodedEvent struct {
	Seq  uint64
	JSON json.RawMessage
}

// WithSeq returns the JSON of an event whose body was encoded without a
// sequence number (Seq zero, so omitted), with seq spliced in as the first
// field. Stores assign sequence numbers, some of them (Redis) inside the
// server, so the body is encoded once and the number added afterwards.
func WithSeq(seq uint64, body []byte) json.RawMessage {
	if len(body) < 2 || body[0] != '{' {
		return body
	}
	out := make([]byte, 0, len(body)+24)
	out = append(out, `{"seq":`...)
	out = strconv.AppendUint(out, seq, 10)
	if len(body) > 2 {
		out = append(out, ',')
	}
	return append(out, body[1:]...)
}
