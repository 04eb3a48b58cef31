package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/quizstats/quizstats/internal/llm/llmtest"
	"github.com/quizstats/quizstats/internal/quiz"
)

// The fake models of an audit: "content" answers by the options' text (it
// knows the key), "position" always picks the option shown first. Asked
// with the questions' text withheld (the choices-only probe), both pick
// the longest option, alphabetically first among equals: a question whose
// right option is the longest gives itself away.
const (
	byContent  = "content"
	byPosition = "position"
)

func auditFake(t *testing.T) *llmtest.Fake {
	f := llmtest.New(t)
	f.Choose = func(c llmtest.Call, q llmtest.Question) []int {
		if strings.HasPrefix(q.Text, "[question withheld") {
			best := 0
			for i, o := range q.Options {
				if len(o) > len(q.Options[best]) || (len(o) == len(q.Options[best]) && o < q.Options[best]) {
					best = i
				}
			}
			return []int{best}
		}
		if c.Model == byPosition {
			return []int{0}
		}
		correct := f.Correct[q.Text]
		for i, o := range q.Options {
			if slices.Contains(correct, o) {
				return []int{i}
			}
		}
		return []int{0}
	}
	return f
}

// auditQuiz has n single-choice questions of four options; the right one
// is option (i % 4). Every third question's right option is the longest:
// those are answerable from the options alone.
func auditQuiz(f *llmtest.Fake, n int) (questions []map[string]any, key [][]int, tells []int) {
	for i := range n {
		text := fmt.Sprintf("Question %d: which is right?", i)
		opts := []string{fmt.Sprintf("w%02d-a", i), fmt.Sprintf("w%02d-b", i), fmt.Sprintf("w%02d-c", i), fmt.Sprintf("w%02d-d", i)}
		right := i % 4
		// Among equals the probe picks the alphabetically first, "-a":
		// the right option is never that one unless it is the tell.
		if right == 0 {
			right = 1
		}
		if i%3 == 0 {
			opts[right] = fmt.Sprintf("r%02d, the one complete and carefully qualified answer", i)
			tells = append(tells, i)
		} else {
			opts[right] = fmt.Sprintf("z%02d-x", i)
		}
		f.SetCorrect(text, opts[right])
		questions = append(questions, map[string]any{"text": text, "options": opts, "kind": "single"})
		key = append(key, []int{right})
	}
	return questions, key, tells
}

// shown is, per model, question and sample, the option order the fake was
// shown (as the page's indices), read from the fake's log: what the model
// saw, not what the server says it showed.
func shownOrders(t *testing.T, f *llmtest.Fake, questions []map[string]any) map[string][][][]int {
	t.Helper()
	out := map[string][][][]int{}
	for _, c := range f.Log() {
		if len(c.Questions) == 0 || strings.HasPrefix(c.Questions[0].Text, "[question withheld") {
			continue
		}
		for _, q := range c.Questions {
			page := questions[q.Index]["options"].([]string)
			order := make([]int, len(q.Options))
			for i, o := range q.Options {
				order[i] = slices.Index(page, o)
			}
			if out[c.Model] == nil {
				out[c.Model] = make([][][]int, len(questions))
			}
			out[c.Model][q.Index] = append(out[c.Model][q.Index], order)
		}
	}
	return out
}

// An audit of two models on the same server and a third on another:
// order sensitivity, position bias, the choices-only flags and
// calibration come out as computed here from what the fakes were shown.
func TestAuditEvidence(t *testing.T) {
	f := auditFake(t)
	other := auditFake(t)
	srv := startServe(t, map[string]string{"OPENAI_BASE_URL": f.URL(), "QUIZSTATS_MODEL": byContent},
		"--models", byPosition+",third="+other.URL())
	questions, key, tells := auditQuiz(f, 8)
	for _, q := range questions {
		other.SetCorrect(q["text"].(string), f.Correct[q["text"].(string)]...)
	}
	const samples = 5
	body := map[string]any{
		"questions": questions, "answer_key": key, "samples": samples,
		"models": []string{byContent, byPosition, "third"}, "probes": map[string]any{"choices_only": true}, "seed": 7,
	}
	var r analyzeResponse
	if resp := api(t, "POST", srv.URL+"/api/v1/analyze", body, &r); resp.StatusCode != 200 {
		t.Fatalf("audit: %d", resp.StatusCode)
	}
	if got := f.Calls() + other.Calls(); got != 2*3*samples {
		t.Errorf("%d model calls, want %d", got, 2*3*samples)
	}
	if other.Calls() != 2*samples || len(other.Log()) == 0 || other.Log()[0].Model != "third" {
		t.Errorf("the third model's server got %d calls", other.Calls())
	}
	if r.Audit == nil || r.Audit.Evidence == nil || r.Audit.Seed != 7 || len(r.Audit.Runs) != 3 {
		t.Fatalf("no audit in the response: %+v", r.Audit)
	}
	if r.Model != byContent || r.Score == nil || r.Score.Correct != len(questions) {
		t.Errorf("the analysis is not the first model's: model %s, score %+v", r.Model, r.Score)
	}
	for _, a := range r.Answers {
		if a.Picks != nil {
			t.Errorf("question %d: the analysis' own answers carry the audit's picks", a.Question)
		}
	}

	orders := shownOrders(t, f, questions)
	ev := r.Audit.Evidence
	byModel := map[string]quiz.ModelEvidence{}
	for _, m := range ev.Models {
		byModel[m.Model] = m
	}

	// The content model is never moved by the order; it picks the right
	// option, shown first as often as the shuffles put it there.
	c := byModel[byContent]
	first, last, n := 0, 0, 0
	for q, perSample := range orders[byContent] {
		for _, order := range perSample {
			n++
			if order[0] == key[q][0] {
				first++
			}
			if order[3] == key[q][0] {
				last++
			}
		}
	}
	if n != len(questions)*samples {
		t.Fatalf("the log shows %d question-samples of the content model", n)
	}
	if c.OrderSensitivity != 0 || c.Changes != 0 || c.Reorderings != len(questions)*(samples-1) {
		t.Errorf("content model's order sensitivity: %+v", c)
	}
	wantPB := quiz.PositionBias{Picks: n, First: float64(first) / float64(n), Last: float64(last) / float64(n), Chance: 0.25}
	if !closePB(c.PositionBias, wantPB) {
		t.Errorf("content model's position bias %+v, want %+v", c.PositionBias, wantPB)
	}
	if c.Calibration == nil || c.Calibration.Brier != 0 || c.Calibration.ECE != 0 || *c.Answerability != 1 {
		t.Errorf("content model: always right with all votes: %+v", c.Calibration)
	}

	// The position model picks what it is shown first: its pick changes
	// with every shuffle that puts another option first.
	p := byModel[byPosition]
	changes, reorder := 0, 0
	var brier float64
	var pts [][2]float64
	for q, perSample := range orders[byPosition] {
		votes := make([]int, 4)
		// Sample 0 is shown the page's order (a shuffle that happens to
		// give it too picks the same option).
		base := slices.IndexFunc(perSample, func(o []int) bool { return slices.Equal(o, []int{0, 1, 2, 3}) })
		if base < 0 {
			t.Fatalf("question %d: no sample was shown the page's order", q)
		}
		for s, order := range perSample {
			votes[order[0]]++
			if s != base {
				reorder++
				if order[0] != 0 {
					changes++
				}
			}
		}
		// The majority, as the server merges votes: a tie is no answer.
		best := slices.Max(votes)
		conf := float64(best) / samples
		correct := 0.0
		if votes[key[q][0]] == best && count(votes, best) == 1 {
			correct = 1
		}
		brier += (conf - correct) * (conf - correct)
		pts = append(pts, [2]float64{conf, correct})
	}
	// The figures above, worked out once from the orders seed 7 gives
	// (and kept, so that a change in how orders are made is seen): the
	// content model's right option was shown first 12 and last 7 times of
	// 40; the position model's pick changed in 25 of 32 reorderings, and
	// its majorities give Brier 0.16 and ECE 0.4.
	if first != 12 || last != 7 || changes != 25 || reorder != 32 ||
		math.Abs(p.Calibration.Brier-0.16) > 1e-9 || math.Abs(p.Calibration.ECE-0.4) > 1e-9 ||
		math.Abs(c.PositionBias.First-0.3) > 1e-9 || math.Abs(c.PositionBias.Last-0.175) > 1e-9 || math.Abs(p.OrderSensitivity-25.0/32) > 1e-9 {
		t.Errorf("seed 7: content model first %d last %d of %d (%+v); position model %d changes of %d (%v), Brier %v, ECE %v",
			first, last, n, c.PositionBias, changes, reorder, p.OrderSensitivity, p.Calibration.Brier, p.Calibration.ECE)
	}
	if p.Changes != changes || p.Reorderings != reorder {
		t.Errorf("position model: %d changes in %d reorderings, want %d in %d", p.Changes, p.Reorderings, changes, reorder)
	}
	if !closePB(p.PositionBias, quiz.PositionBias{Picks: n, First: 1, Last: 0, Chance: 0.25}) {
		t.Errorf("position model's position bias %+v", p.PositionBias)
	}
	if p.Calibration == nil || math.Abs(p.Calibration.Brier-brier/float64(len(questions))) > 1e-9 || math.Abs(p.Calibration.ECE-ece(pts)) > 1e-9 {
		t.Errorf("position model's calibration %+v, want Brier %v ECE %v", p.Calibration, brier/float64(len(questions)), ece(pts))
	}

	// The probe flags exactly the questions built to give themselves away.
	var flagged []int
	for _, q := range ev.Questions {
		if q.WeakDistractors {
			flagged = append(flagged, q.Question)
		}
	}
	if !slices.Equal(flagged, tells) {
		t.Errorf("weak distractors flagged on %v, want %v", flagged, tells)
	}

	// The history has the audit, and lists its models.
	var h quiz.Analysis
	api(t, "GET", srv.URL+"/api/v1/analyses/"+r.ID, nil, &h)
	if h.Audit == nil || len(h.Audit.Runs) != 3 || h.Audit.Evidence == nil || h.Audit.Evidence.Answerability == nil {
		t.Errorf("the stored analysis has no audit: %+v", h.Audit)
	}
	var list struct{ Analyses []quiz.Summary }
	api(t, "GET", srv.URL+"/api/v1/analyses", nil, &list)
	if len(list.Analyses) != 1 || !slices.Equal(list.Analyses[0].Models, []string{byContent, byPosition, "third"}) {
		t.Errorf("history: %+v", list.Analyses)
	}

	// The same seed shows the same orders: the audit asked again, fresh,
	// gives the same evidence.
	body["fresh"] = true
	var again analyzeResponse
	api(t, "POST", srv.URL+"/api/v1/analyze", body, &again)
	if again.Cached || again.ID == r.ID || again.Audit.Evidence.Models[1].Changes != p.Changes {
		t.Errorf("fresh audit with the same seed: cached %v, changes %d, want %d", again.Cached, again.Audit.Evidence.Models[1].Changes, p.Changes)
	}
}

func count(v []int, x int) int {
	n := 0
	for _, y := range v {
		if y == x {
			n++
		}
	}
	return n
}

// ece over ten equal bins, the last including 1.
func ece(pts [][2]float64) float64 {
	var conf, acc [10]float64
	var n [10]int
	for _, p := range pts {
		b := min(int(math.Floor(p[0]*10+1e-9)), 9)
		conf[b] += p[0]
		acc[b] += p[1]
		n[b]++
	}
	var e float64
	for b := range 10 {
		if n[b] > 0 {
			e += float64(n[b]) / float64(len(pts)) * math.Abs(acc[b]/float64(n[b])-conf[b]/float64(n[b]))
		}
	}
	return e
}

func closePB(a, b quiz.PositionBias) bool {
	return a.Picks == b.Picks && math.Abs(a.First-b.First) < 1e-9 && math.Abs(a.Last-b.Last) < 1e-9 && math.Abs(a.Chance-b.Chance) < 1e-9
}

// fresh: true skips the cache for one request; the answer it gets is
// stored and is what the next plain request is served.
func TestAnalyzeFresh(t *testing.T) {
	f := llmtest.New(t)
	srv := startServe(t, doctorEnv(f))
	body := map[string]any{"questions": []map[string]any{{"text": "Sky colour?", "options": []string{"Blue", "Green"}}}}
	var a, b, c, d analyzeResponse
	api(t, "POST", srv.URL+"/api/v1/analyze", body, &a)
	api(t, "POST", srv.URL+"/api/v1/analyze", body, &b)
	if !b.Cached || b.ID != a.ID || f.Calls() != 1 {
		t.Fatalf("second request: cached %v, %d calls", b.Cached, f.Calls())
	}
	body["fresh"] = true
	api(t, "POST", srv.URL+"/api/v1/analyze", body, &c)
	if c.Cached || c.ID == a.ID || f.Calls() != 2 || !c.Stored {
		t.Errorf("fresh request: cached %v, id %s (first %s), %d calls", c.Cached, c.ID, a.ID, f.Calls())
	}
	delete(body, "fresh")
	api(t, "POST", srv.URL+"/api/v1/analyze", body, &d)
	if !d.Cached || d.ID != c.ID || f.Calls() != 2 {
		t.Errorf("after the fresh request: cached %v, id %s, want %s", d.Cached, d.ID, c.ID)
	}
}

// models outside the allowlist, or with model, are refused naming the field.
func TestAuditModelsRefused(t *testing.T) {
	f := llmtest.New(t)
	srv := startServe(t, doctorEnv(f), "--models", "gpt-4o")
	q := []map[string]any{{"text": "Sky colour?", "options": []string{"Blue", "Green"}}}
	for _, tc := range []struct {
		body  map[string]any
		field string
	}{
		{map[string]any{"questions": q, "models": []string{"gpt-4o", "gpt-5-secret"}}, "models[1]"},
		{map[string]any{"questions": q, "models": []string{"gpt-4o", "gpt-4o"}}, "models[1]"},
		{map[string]any{"questions": q, "models": []string{"gpt-4o"}, "model": "gpt-4o"}, "model"},
		{map[string]any{"questions": q, "models": []string{""}}, "models[0]"},
	} {
		var e errorResponse
		if resp := api(t, "POST", srv.URL+"/api/v1/analyze", tc.body, &e); resp.StatusCode != 400 || e.Error.Field != tc.field {
			t.Errorf("%v: %d %+v, want 400 naming %s", tc.body, resp.StatusCode, e, tc.field)
		}
	}
	if f.Calls() != 0 {
		t.Errorf("refused requests made %d model calls", f.Calls())
	}
}

// The cost of an audit: one call per model and sample, one more each
// with the choices-only probe, whatever the number of questions.
func TestAuditCost(t *testing.T) {
	for _, probe := range []bool{false, true} {
		t.Run(fmt.Sprintf("probe=%v", probe), func(t *testing.T) {
			f := auditFake(t)
			srv := startServe(t, map[string]string{"OPENAI_BASE_URL": f.URL(), "QUIZSTATS_MODEL": byContent}, "--models", byPosition+",m3")
			questions, key, _ := auditQuiz(f, 40)
			body := map[string]any{"questions": questions, "answer_key": key, "samples": 5, "models": []string{byContent, byPosition, "m3"},
				"probes": map[string]any{"choices_only": probe}}
			var r analyzeResponse
			begin := time.Now()
			if resp := api(t, "POST", srv.URL+"/api/v1/analyze", body, &r); resp.StatusCode != 200 {
				t.Fatalf("%d", resp.StatusCode)
			}
			wall := time.Since(begin)
			want := 15
			if probe {
				want = 30
			}
			if f.Calls() != want {
				t.Errorf("%d model calls, want %d", f.Calls(), want)
			}
			// Measured, not asserted (docs/performance.md): the request's
			// wall time as the client saw it (HTTP, validation, the
			// evidence, the store's writes, the events) less the model's.
			size, _ := json.Marshal(r)
			t.Logf("server time beyond the model's: %.2f ms (request %.2f ms, model %.2f ms, %d questions × 3 models × 5 samples, probe %v; the result is %d bytes of JSON)",
				float64(wall.Microseconds())/1000-r.Timing.ModelMS, float64(wall.Microseconds())/1000, r.Timing.ModelMS, len(questions), probe, len(size))
		})
	}
}

// quizstats audit reads the page as scrape does, asks every model its
// samples (and the probe), and prints a row per question × model and a
// row per model; scrape takes the same flags.
func TestAuditCommand(t *testing.T) {
	chrome := requireChromium(t)
	site := quizSite(t)
	f := planetFake(t)
	srv := startServe(t, modelEnv(f), "--models", "m2")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	env := scrapeEnv(chrome, "QUIZSTATS_SERVER", srv.URL)
	key := writeKey(t, "key.csv", "question,choices\n1,B\n2,\"A C\"\n3,A\n")

	r := runCmd(ctx, env, "audit", site.URL+"/planets.html", "--models", "fake-model,m2", "--samples", "3", "--answer-key", key, "--choices-only", "--seed", "11")
	if r.err != nil {
		t.Fatalf("audit: %v\nstdout:\n%s\nstderr:\n%s", r.err, r.stdout, r.stderr)
	}
	t.Logf("audit output:\n%s", r.stdout)
	if f.Calls() != 2*3*2 {
		t.Errorf("%d model calls, want 12 (2 models × 3 samples, twice with the probe)", f.Calls())
	}
	out := r.stdout.String()
	inOrder(t, out,
		"1. Which planet is known as the Red Planet?\n   → B. Mars",
		"score: 3 of 3 right · answerability 100%",
		"Audit: 2 models × 3 samples, seed 11, choices-only probe",
		"question", "model", "pick", "right", "reordered", "choices only", "wrong picks",
		"1 ", "fake-model", "B", "100%", "0/2",
		"m2", "B", "100%", "0/2",
		"2 ", "fake-model", "A C", "100%",
		"model", "answerability", "Brier", "ECE",
		"fake-model", "100%", "0/6",
		"answerability over all models: 100%")
	var h struct{ Analyses []quiz.Summary }
	api(t, "GET", srv.URL+"/api/v1/analyses", nil, &h)
	if len(h.Analyses) != 1 || len(h.Analyses[0].Models) != 2 || h.Analyses[0].Score == nil {
		t.Errorf("history: %+v", h.Analyses)
	}

	// The same again is a cache hit; --fresh asks again.
	again := runCmd(ctx, env, "audit", site.URL+"/planets.html", "--models", "fake-model,m2", "--samples", "3", "--answer-key", key, "--choices-only", "--seed", "11", "--fresh")
	if again.err != nil || f.Calls() != 24 || strings.Contains(again.stdout.String(), "from the cache") {
		t.Errorf("audit --fresh: %v, %d calls\n%s", again.err, f.Calls(), again.stdout)
	}

	// scrape with a JSON key, samples and one model: a plain analysis,
	// scored.
	jkey := writeKey(t, "key.json", "[[1], [0, 2], [1]]")
	s := runCmd(ctx, env, "scrape", site.URL+"/planets.html", "--models", "m2", "--samples", "2", "--answer-key", jkey)
	if s.err != nil {
		t.Fatalf("scrape: %v\n%s", s.err, s.stderr)
	}
	inOrder(t, s.stdout.String(), "3 answers · m2", "score: 2 of 3 right · answerability 67%")
	if strings.Contains(s.stdout.String(), "Audit:") {
		t.Errorf("a scrape of one model printed an audit:\n%s", s.stdout)
	}

	// A key that does not fit the page is refused before anything is sent.
	bad := writeKey(t, "bad.csv", "1,B\n9,A\n")
	calls := f.Calls()
	b := runCmd(ctx, env, "scrape", site.URL+"/planets.html", "--answer-key", bad)
	if b.err == nil || !strings.Contains(b.err.Error(), "bad.csv line 2, field question: \"9\" is not a question sent (they are 1, 2, 3)") || f.Calls() != calls {
		t.Errorf("a bad key: %v, %d calls", b.err, f.Calls()-calls)
	}
}

// The dashboard's Audit view, in Chromium: a 3-model × 5-sample audit of
// a 20-question quiz shows its tables, a bar per question and model, and
// a reliability diagram per model drawn as SVG; a plain analysis' view
// runs an audit of its questions.
func TestDashboardAudit(t *testing.T) {
	f := auditFake(t)
	base := f.Choose
	// A third model that knows two answers in three: its votes split, so
	// its calibration is not trivial.
	f.Choose = func(c llmtest.Call, q llmtest.Question) []int {
		if c.Model == "mixed" && !strings.HasPrefix(q.Text, "[question withheld") && (c.N+q.Index)%3 == 0 {
			return []int{len(q.Options) - 1}
		}
		return base(c, q)
	}
	srv := startServe(t, map[string]string{"OPENAI_BASE_URL": f.URL(), "QUIZSTATS_MODEL": byContent}, "--models", byPosition+",mixed")
	questions, key, tells := auditQuiz(f, 20)
	var plain, r analyzeResponse
	api(t, "POST", srv.URL+"/api/v1/analyze", map[string]any{"source": map[string]string{"title": "Plain run"}, "questions": questions[:4], "answer_key": key[:4]}, &plain)
	api(t, "POST", srv.URL+"/api/v1/analyze", map[string]any{
		"source":    map[string]string{"url": "https://quiz.example/biology/unit-3", "title": "Biology unit 3 — practice quiz"},
		"questions": questions, "answer_key": key, "samples": 5, "seed": 3,
		"models": []string{byContent, byPosition, "mixed"}, "probes": map[string]any{"choices_only": true},
	}, &r)
	if r.Audit == nil || r.Audit.Evidence == nil {
		t.Fatalf("no audit: %+v", r)
	}

	tb := newTab(t, 1400, 1000)
	tb.do(chromedp.Navigate(srv.URL + "/"))
	tb.until("the history lists the audit", `!!document.querySelector('a.h-audit[href="/audit#`+r.ID+`"]')`)
	if got := eval[string](tb, `document.querySelector('a.h-audit[href="/audit#`+r.ID+`"]').textContent`); got != "Audit · 3 models" {
		t.Errorf("the audit's history entry says %q", got)
	}
	tb.do(chromedp.Click(`a.h-audit[href="/audit#`+r.ID+`"]`), chromedp.WaitVisible(`body[data-ready="1"] #a-models`))
	if u := eval[string](tb, `location.pathname + location.hash`); u != "/audit#"+r.ID {
		t.Errorf("the Audit button opened %s", u)
	}

	if n := eval[int](tb, `document.querySelectorAll('#a-model-table tr').length`); n != 1+3 {
		t.Errorf("the model table has %d rows, want a header and 3", n)
	}
	if n := eval[int](tb, `document.querySelectorAll('#a-question-table tr').length`); n != 1+20*3 {
		t.Errorf("the question table has %d rows, want a header and 20 × 3", n)
	}
	if n := eval[int](tb, `document.querySelectorAll('#a-question-table .a-bar').length`); n != 20*3+20 {
		t.Errorf("%d bars in the question table, want one per question × model and one per question", n)
	}
	// One diagram per model, a bar per bin that has questions, as the API says.
	if n := eval[int](tb, `document.querySelectorAll('#a-diagrams figure svg[role=img]').length`); n != 3 {
		t.Fatalf("%d reliability diagrams, want 3", n)
	}
	for i, m := range r.Audit.Evidence.Models {
		want := 0
		for _, b := range m.Calibration.Bins {
			if b.Count > 0 {
				want++
			}
		}
		if got := eval[int](tb, fmt.Sprintf(`document.querySelectorAll('#a-diagrams figure')[%d].querySelectorAll('rect.bin').length`, i)); got != want {
			t.Errorf("%s's diagram has %d bin bars, want %d", m.Model, got, want)
		}
	}
	if n := eval[int](tb, `document.querySelectorAll('#a-question-table .a-flag').length`); n != len(tells) {
		t.Errorf("%d questions flagged weak distractors on the page, want %d", n, len(tells))
	}
	if text := tb.text(); !strings.Contains(text, "20 questions · 3 models × 5 samples · seed 3 · choices-only probe") || !strings.Contains(text, "Biology unit 3") {
		t.Errorf("the audit view's heading:\n%s", text)
	}
	tb.do(chromedp.EmulateViewport(1400, 1500))
	shot := tb.screenshot("audit")
	if dir := os.Getenv("QUIZSTATS_DOCS_SHOTS"); dir != "" {
		b, _ := os.ReadFile(shot)
		os.WriteFile(filepath.Join(dir, "audit.png"), b, 0o644)
	}

	// A plain analysis: its view offers to audit it, and does.
	calls := f.Calls()
	tb.do(chromedp.Navigate(srv.URL+"/audit#"+plain.ID), chromedp.WaitVisible(`#a-run`))
	tb.do(chromedp.SetValue(`#a-run input[name=models]`, byContent+", "+byPosition), chromedp.SetValue(`#a-run input[name=samples]`, "2"), chromedp.Click(`#a-run button`), chromedp.WaitVisible(`body[data-ready="1"] #a-models`))
	tb.until("the new audit is drawn", `document.body.dataset.ready === '1' && document.querySelectorAll('#a-diagrams svg').length === 2`)
	if f.Calls()-calls != 2*2 {
		t.Errorf("the audit from the page made %d model calls, want 4", f.Calls()-calls)
	}
}

// --models takes name=URL for a model served elsewhere; a bad URL, two
// URLs for one model, or a URL for --model are refused at start.
func TestServeModelsWithBaseURLs(t *testing.T) {
	getenv := func(k string) string { return map[string]string{"OPENAI_BASE_URL": "http://a.example/v1"}[k] }
	cfg, err := parseServe([]string{"--models", "gpt-4o, llama3.2=http://127.0.0.1:11434/v1"}, getenv, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(cfg.models, []string{"gpt-4o", "llama3.2"}) || cfg.modelURLs["llama3.2"] != "http://127.0.0.1:11434/v1" || len(cfg.modelURLs) != 1 {
		t.Errorf("models %v, URLs %v", cfg.models, cfg.modelURLs)
	}
	for _, tc := range []struct{ models, want string }{
		{"llama3.2=ftp://x", "want name=URL with an http:// or https:// URL"},
		{"=http://x/v1", "want name=URL"},
		{"m=http://x/v1,m=http://y/v1", "m is given two base URLs"},
		{"gpt-4o-mini=http://x/v1", "it is --model"},
	} {
		if _, err := parseServe([]string{"--models", tc.models}, getenv, io.Discard); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("--models %s: %v, want %q", tc.models, err, tc.want)
		}
	}
}
