package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/llm/llmtest"
)

// triviaItem is one question of the presenter's test quiz, with the option
// the fake model picks.
type triviaItem struct {
	text    string
	options []string
	pick    string
}

// longest is the largest question the presenter view promises to fit: a
// 400-character stem and six options of 200 characters.
func longestItem() triviaItem {
	stem := "Imagine a long scenario question of the kind exam writers love, where the whole setting is described before anything is asked: a ship leaves port at dawn carrying a crew of twelve, three passengers and a cargo of spices, sails for nine days against the trade winds, loses a mast in a storm, and reaches an island that is not on any chart. Given all of that, which course of action would be right now?"
	opt := func(s string) string {
		for len(s) < 200 {
			s += " and then it continues in the same careful spirit"
		}
		return s[:200]
	}
	it := triviaItem{
		text: stem,
		options: []string{
			opt("A: Repair the mast with timber from the island, then sail on"),
			opt("B: Send a small party ashore first to look for fresh water"),
			opt("C: Stay aboard and wait for the weather to turn in their favour"),
			opt("D: Chart the island carefully and claim it for the crown"),
			opt("E: Turn back to port at once with what is left of the rigging"),
			opt("F: Split the crew between the ship and a camp on the beach"),
		},
	}
	it.pick = it.options[1]
	return it
}

// The longest question is question 17 (index 16).
const longestIndex = 16

// presenterQuiz is 30 questions with 2 to 6 options; question 6 (index 5)
// is a three-way tie, and the answer key disagrees with the model on
// questions 4 and 12, so the score is 27 of 30 with one tie.
func presenterQuiz() (map[string]any, []triviaItem) {
	items := []triviaItem{
		{"Which planet is known as the Red Planet?", []string{"Venus", "Mars", "Jupiter", "Saturn"}, "Mars"},
		{"What is the largest ocean on Earth?", []string{"Atlantic", "Indian", "Pacific", "Arctic"}, "Pacific"},
		{"Water boils at 100 °C at sea level.", []string{"True", "False"}, "True"},
		{"Who painted the Mona Lisa?", []string{"Michelangelo", "Leonardo da Vinci", "Raphael", "Titian"}, "Michelangelo"},
		{"How many continents are there?", []string{"Five", "Six", "Seven", "Eight"}, "Seven"},
		{"Which of these is a prime number?", []string{"21", "27", "29"}, "21"},
		{"What is the chemical symbol for gold?", []string{"Ag", "Au", "Gd", "Go"}, "Au"},
		{"Which instrument has 88 keys?", []string{"Organ", "Harpsichord", "Piano", "Accordion", "Celesta"}, "Piano"},
		{"In which year did the Berlin Wall fall?", []string{"1987", "1989", "1991", "1993"}, "1989"},
		{"What is the capital of Australia?", []string{"Sydney", "Melbourne", "Canberra", "Perth", "Brisbane", "Adelaide"}, "Canberra"},
		{"Which gas do plants take in from the air?", []string{"Oxygen", "Nitrogen", "Carbon dioxide", "Helium"}, "Carbon dioxide"},
		{"How many sides does a hexagon have?", []string{"Five", "Six", "Seven", "Eight"}, "Five"},
		{"Light travels faster than sound.", []string{"True", "False"}, "True"},
		{"Which is the longest river in South America?", []string{"Orinoco", "Paraná", "Amazon", "Magdalena"}, "Amazon"},
		{"What is the smallest unit of life?", []string{"Atom", "Cell", "Molecule", "Organ"}, "Cell"},
		{"Which language has the most native speakers?", []string{"English", "Hindi", "Spanish", "Mandarin Chinese"}, "Mandarin Chinese"},
		longestItem(),
		{"Who wrote “Pride and Prejudice”?", []string{"Charlotte Brontë", "Jane Austen", "George Eliot", "Mary Shelley"}, "Jane Austen"},
		{"What is the freezing point of water in Fahrenheit?", []string{"0 °F", "32 °F", "100 °F", "212 °F"}, "32 °F"},
		{"Which metal is liquid at room temperature?", []string{"Mercury", "Lead", "Tin"}, "Mercury"},
		{"How many bones are in the adult human body?", []string{"186", "206", "226", "246"}, "206"},
		{"Which country gifted the Statue of Liberty to the USA?", []string{"United Kingdom", "Spain", "France", "Italy"}, "France"},
		{"What is the hardest natural substance?", []string{"Quartz", "Diamond", "Granite", "Topaz"}, "Diamond"},
		{"Which planet has the most confirmed moons?", []string{"Jupiter", "Saturn", "Uranus", "Neptune"}, "Saturn"},
		{"The Great Wall of China is visible from the Moon with the naked eye.", []string{"True", "False"}, "False"},
		{"Which blood type is the universal donor?", []string{"A+", "B−", "AB+", "O−"}, "O−"},
		{"What does CPU stand for?", []string{"Central Processing Unit", "Computer Power Unit", "Core Program Utility", "Central Peripheral Unit"}, "Central Processing Unit"},
		{"Which element has atomic number 1?", []string{"Helium", "Hydrogen", "Lithium", "Carbon"}, "Hydrogen"},
		{"Who developed the theory of general relativity?", []string{"Newton", "Bohr", "Einstein", "Planck", "Curie"}, "Einstein"},
		{"Which is the smallest country in the world?", []string{"Monaco", "San Marino", "Vatican City", "Liechtenstein"}, "Vatican City"},
	}
	var qs []map[string]any
	var key [][]int
	for i, it := range items {
		kind := "single"
		if len(it.options) == 2 {
			kind = "truefalse"
		}
		qs = append(qs, map[string]any{"text": it.text, "options": it.options, "kind": kind})
		right := slices.Index(it.options, it.pick)
		switch i {
		case 3: // the model says Michelangelo; the key says Leonardo
			right = 1
		case 5: // the tie: the key says 29
			right = 2
		case 11: // the model says five; a hexagon has six
			right = 1
		}
		key = append(key, []int{right})
	}
	return map[string]any{"source": map[string]string{"title": "Friday pub quiz"}, "questions": qs, "samples": 3, "answer_key": key}, items
}

// presenterFake answers the quiz: every sample picks the item's option,
// except that question 6 splits three ways and question 1 two to one.
func presenterFake(t *testing.T, items []triviaItem) *llmtest.Fake {
	f := llmtest.New(t)
	byText := map[string]triviaItem{}
	for _, it := range items {
		byText[it.text] = it
	}
	f.Choose = func(c llmtest.Call, q llmtest.Question) []int {
		it, ok := byText[q.Text]
		if !ok {
			t.Errorf("the fake was asked an unknown question %q", q.Text)
			return []int{0}
		}
		want := it.pick
		switch {
		case q.Index == 5:
			want = it.options[(c.N-1)%3]
		case q.Index == 0 && c.N%3 == 1:
			want = "Venus"
		}
		return []int{slices.Index(q.Options, want)}
	}
	return f
}

// shown is the presenter's record of the questions it put on screen.
func shown(tb *tab) []int { return eval[[]int](tb, `window.__presenter.shown`) }

func seq(from, to int) []int {
	var s []int
	for i := from; i <= to; i++ {
		s = append(s, i)
	}
	return s
}

// The presenter follows a 30-question, 3-sample analysis one question at a
// time, in order, each revealed before the next, even when answers come
// faster than the pace; a reload in the middle lands on the question it
// was on; the end screen has the score and a cell per question.
func TestPresenterFollowsTheAnalysis(t *testing.T) {
	needChromium(t)
	quizBody, items := presenterQuiz()
	f := presenterFake(t, items)
	g := newGate(30)
	f.BeforeItem = g.hold
	srv := startServe(t, modelEnv(f))

	tb := newTab(t, 1920, 1080)
	tb.do(chromedp.Navigate(srv.URL + "/present?pace=0.2"))
	tb.until("the presenter is live", `document.querySelector('#conn').dataset.state === 'live'`)
	following(t, srv.URL, 1)
	if got := eval[string](tb, `document.body.dataset.screen`); got != "waiting" {
		t.Errorf("screen before any quiz = %q, want waiting", got)
	}
	posted := make(chan analyzeResponse, 1)
	go func() {
		var r analyzeResponse
		api(t, "POST", srv.URL+"/api/v1/analyze", quizBody, &r)
		posted <- r
	}()
	tb.until("the first question waits for its answer", `document.querySelector('#waiting-title').textContent === 'Friday pub quiz'`)
	// A display opened after the quiz started but before any answer
	// (its server clock a whole second on, so the start is in its past)
	// presents it from question 1, like one that was open all along.
	time.Sleep(1100 * time.Millisecond)
	early := newTab(t, 1280, 720)
	early.do(chromedp.Navigate(srv.URL + "/present?pace=0.2"))
	early.until("the early joiner waits for the first answer", `document.querySelector('#waiting-title').textContent === 'Friday pub quiz'`)

	// Ten answers at once: faster than the pace. The view still shows
	// each in turn, and reveals each before moving on.
	for i := range 10 {
		close(g[i])
	}
	tb.until("question 10 is on screen", `window.__presenter.shown.includes(9)`)
	if diff := cmp.Diff(seq(0, 9), shown(tb)); diff != "" {
		t.Errorf("questions shown (-want +got):\n%s", diff)
	}
	tb.until("question 10 is revealed", `window.__presenter.revealed.includes(9)`)
	early.until("the early joiner reached question 10", `window.__presenter.shown.includes(9)`)
	if diff := cmp.Diff(seq(0, 9), shown(early)); diff != "" {
		t.Errorf("questions the early joiner showed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(seq(0, 9), eval[[]int](tb, `window.__presenter.revealed`)); diff != "" {
		t.Errorf("questions revealed (-want +got):\n%s", diff)
	}
	live := eval[[]string](tb, `window.__presenter.outcomes`)
	// It waits at the live edge for the 11th answer.
	if got := eval[string](tb, `document.querySelector('#stem').textContent`); got != items[9].text {
		t.Errorf("at the live edge the stem is %q, want question 10's", got)
	}
	if got := eval[string](tb, `document.querySelector('#counter').textContent`); got != "Question 10 of 30 · 10 answered" {
		t.Errorf("counter = %q", got)
	}

	// A display opened now (a phone from the QR code) joins on the
	// question being answered, with its text: it asks for the events
	// since the analysis started.
	phone := newTab(t, 390, 844)
	phone.do(chromedp.Navigate(srv.URL + "/present?pace=0.2"))
	phone.until("the late joiner is on question 10", `window.__presenter.shown.length > 0`)
	if got := shown(phone); !cmp.Equal(got, []int{9}) {
		t.Errorf("the late joiner showed questions %v, want [9]", got)
	}
	if got := eval[string](phone, `document.querySelector('#stem').textContent`); got != items[9].text {
		t.Errorf("the late joiner's stem is %q", got)
	}

	// A reload lands on question 10 again, not on question 1.
	tb.do(chromedp.Reload())
	tb.until("the presenter is back on question 10", `document.body.dataset.screen === 'question' && window.__presenter.shown.length > 0`)
	if diff := cmp.Diff([]int{9}, shown(tb)); diff != "" {
		t.Errorf("after the reload, questions shown (-want +got):\n%s", diff)
	}
	if got := eval[string](tb, `document.querySelector('#stem').textContent`); got != items[9].text {
		t.Errorf("after the reload the stem is %q", got)
	}

	for i := 10; i < 30; i++ {
		close(g[i])
	}
	r := <-posted
	if len(r.Answers) != 30 {
		t.Fatalf("analyze answered %d questions", len(r.Answers))
	}
	tb.until("the end screen", `document.body.dataset.screen === 'end'`)
	if diff := cmp.Diff(seq(9, 29), shown(tb)); diff != "" {
		t.Errorf("after the reload, questions shown (-want +got):\n%s", diff)
	}
	if got := eval[string](tb, `document.querySelector('#end-title').textContent`); got != "27 / 30" {
		t.Errorf("end score = %q, want 27 / 30", got)
	}
	if got := eval[string](tb, `document.querySelector('#end-sub').textContent`); !strings.Contains(got, "2 wrong · 1 no majority") {
		t.Errorf("end line = %q, want the tie counted", got)
	}
	cells := eval[[]string](tb, `[...document.querySelectorAll('#grid .cell')].map(c => c.className.replace('cell ', ''))`)
	want := slices.Repeat([]string{"correct"}, 30)
	want[3], want[5], want[11] = "wrong", "tie", "wrong"
	if diff := cmp.Diff(want, cells); diff != "" {
		t.Errorf("end grid (-want +got):\n%s", diff)
	}
	// The verdicts revealed while the analysis ran, from the key that came
	// with analysis.started, are the ones the server's score gave at the end.
	if diff := cmp.Diff(want[:10], live); diff != "" {
		t.Errorf("verdicts revealed live differ from the final score's (-score +live):\n%s", diff)
	}
	if got := eval[string](tb, `document.querySelector('#announce').textContent`); !strings.Contains(got, "27 of 30") {
		t.Errorf("the live region says %q at the end, want the score", got)
	}
}

// presented posts the test quiz, waits for its answers, and returns its id.
func presented(t *testing.T) (*instance, string, []triviaItem) {
	t.Helper()
	quizBody, items := presenterQuiz()
	f := presenterFake(t, items)
	srv := startServe(t, modelEnv(f))
	var r analyzeResponse
	api(t, "POST", srv.URL+"/api/v1/analyze", quizBody, &r)
	if len(r.Answers) != 30 {
		t.Fatalf("analyze answered %d questions", len(r.Answers))
	}
	return srv, r.ID, items
}

// press sends keys as a person types them, through the browser's input.
func (tb *tab) press(keys ...string) {
	tb.t.Helper()
	for _, k := range keys {
		tb.do(chromedp.KeyEvent(k))
	}
}

// The host drives the view with the keyboard: next, back, reveal, auto
// and full screen; the screenshots of the README are taken on the way.
func TestPresenterByKeyboard(t *testing.T) {
	needChromium(t)
	srv, id, items := presented(t)
	tb := newTab(t, 1920, 1080)
	// Dark, as on a projector; the phone below is in the light scheme.
	tb.do(emulateMedia("prefers-color-scheme", "dark"), chromedp.Navigate(srv.URL+"/present?auto=0&pace=0.2#/a/"+id))
	tb.until("question 1 is on screen", `document.body.dataset.screen === 'question' && window.__presenter.shown.length === 1`)
	if got := eval[string](tb, `document.querySelector('#mode').textContent`); got != "Manual" {
		t.Errorf("mode = %q, want Manual", got)
	}
	tb.press(kb.ArrowRight, kb.ArrowRight, kb.ArrowLeft)
	if diff := cmp.Diff([]int{0, 1, 2, 1}, shown(tb)); diff != "" {
		t.Errorf("after → → ← (-want +got):\n%s", diff)
	}
	if eval[bool](tb, `window.__presenter.revealed.length > 0`) {
		t.Error("manual mode revealed an answer before r was pressed")
	}
	tb.press(kb.ArrowRight, kb.ArrowRight) // question 4: the model is wrong
	tb.until("the bars have grown", `getComputedStyle(document.querySelector('#options .opt .fill')).transform !== 'none'`)
	tb.screenshot("present-question-1920x1080")
	tb.press("r")
	tb.until("question 4 is revealed", `document.querySelector('#question').dataset.outcome === 'wrong'`)
	got := eval[[]string](tb, `[...document.querySelectorAll('#options .opt')].map(o => (o.dataset.tone + ' ' + o.querySelector('.mark').textContent).trim())`)
	if diff := cmp.Diff([]string{"wrong ✗", "key ✓", "none", "none"}, got); diff != "" {
		t.Errorf("question 4's options after the reveal (-want +got):\n%s", diff)
	}
	if v := eval[string](tb, `document.querySelector('#verdict').textContent`); v != "✗ Wrong" {
		t.Errorf("verdict = %q", v)
	}
	if s := eval[string](tb, `document.querySelector('#announce').textContent`); !strings.Contains(s, "Question 4") || !strings.Contains(s, "Wrong") {
		t.Errorf("the live region says %q", s)
	}
	// Colour says it too: the pick's outline is red, the key's green.
	tb.until("the reveal's transitions end", `document.getAnimations().every(a => a.playState !== 'running')`)
	colors := eval[[]string](tb, `(() => {
		const probe = (v) => { const d = document.createElement('i'); d.style.color = 'var(' + v + ')'; document.body.append(d); const c = getComputedStyle(d).color; d.remove(); return c; };
		return [probe('--bad'), probe('--good'), ...[...document.querySelectorAll('#options .opt')].slice(0, 2).map(o => getComputedStyle(o).boxShadow)];
	})()`)
	if !strings.HasPrefix(colors[2], colors[0]) || !strings.HasPrefix(colors[3], colors[1]) {
		t.Errorf("outlines of the wrong pick and the key = %q, want red %s and green %s", colors[2:], colors[0], colors[1])
	}
	tb.screenshot("present-reveal-1920x1080")

	tb.press(kb.ArrowRight, kb.ArrowLeft) // question 4 again: revealed before, so at once
	if got := eval[string](tb, `document.querySelector('#question').dataset.outcome`); got != "wrong" {
		t.Errorf("question 4 seen again: outcome %q, want wrong", got)
	}
	if got := eval[string](tb, `document.querySelector('#stem').textContent`); got != items[3].text {
		t.Errorf("stem = %q", got)
	}

	// a: auto again; it paces through the rest to the end screen.
	tb.press("a")
	tb.until("the end screen", `document.body.dataset.screen === 'end'`)
	if diff := cmp.Diff(append([]int{0, 1, 2, 1, 2, 3, 4, 3}, seq(4, 29)...), shown(tb)); diff != "" {
		t.Errorf("questions shown (-want +got):\n%s", diff)
	}
	tb.screenshot("present-end-1920x1080")
	tb.press(kb.ArrowLeft)
	tb.until("back on the last question", `document.body.dataset.screen === 'question' && document.querySelector('#qnum').textContent === '30'`)

	tb.press("f")
	tb.until("full screen", `document.fullscreenElement !== null`)
	tb.press("f")
	tb.until("out of full screen", `document.fullscreenElement === null`)

	// A phone shows the same, one column.
	tb.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile), emulateMedia("prefers-color-scheme", "light"))
	tb.until("the narrow layout", `document.documentElement.clientWidth === 390`)
	tb.press(kb.ArrowLeft)
	tb.until("question 29", `document.querySelector('#qnum').textContent === '29'`)
	tb.screenshot("present-question-390x844")
	tb.press(kb.ArrowRight, kb.ArrowRight)
	tb.until("the end screen", `document.body.dataset.screen === 'end'`)
	tb.screenshot("present-end-390x844")
}

// fitReport is the geometry of the question on screen.
type fitReport struct {
	Why      string  `json:"why"`      // what does not fit
	Fits     bool    `json:"fits"`     // every line inside its box; nothing scrolls
	InView   bool    `json:"inView"`   // the question's box inside the viewport
	Stem     float64 `json:"stem"`     // font sizes, px
	Option   float64 `json:"option"`   //
	Options  int     `json:"options"`  //
	StemText int     `json:"stemText"` // characters
}

const fitJS = `(() => {
	const box = document.querySelector('#fit'), r = box.getBoundingClientRect();
	const within = (b, o) => b.top >= o.top - .5 && b.bottom <= o.bottom + .5 && b.left >= o.left - .5 && b.right <= o.right + .5;
	// The lines of a text as laid out, not its element's box.
	const lines = (e) => { const g = document.createRange(); g.selectNodeContents(e.firstChild); return g.getBoundingClientRect(); };
	const stem = document.querySelector('#stem'), opts = [...document.querySelectorAll('#options .opt')];
	const de = document.documentElement;
	const why = [];
	if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) why.push('box ' + box.scrollWidth + 'x' + box.scrollHeight + ' in ' + box.clientWidth + 'x' + box.clientHeight);
	if (!within(lines(stem), r)) why.push('stem outside');
	if (stem.scrollWidth > stem.clientWidth + 1) why.push('stem too wide');
	opts.forEach((o, i) => {
		const t = o.querySelector('.otext');
		if (!within(o.getBoundingClientRect(), r)) why.push('option ' + i + ' outside the box');
		if (!within(lines(t), o.getBoundingClientRect())) why.push('option ' + i + "'s text outside its option");
		if (t.scrollWidth > t.clientWidth + 1) why.push('option ' + i + "'s text too wide");
	});
	if (de.scrollHeight > innerHeight || de.scrollWidth > innerWidth) why.push('page ' + de.scrollWidth + 'x' + de.scrollHeight);
	return {
		why: why.join('; '),
		fits: why.length === 0,
		inView: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
		stem: parseFloat(getComputedStyle(stem).fontSize),
		option: parseFloat(getComputedStyle(document.querySelector('#options .otext')).fontSize),
		options: opts.length,
		stemText: stem.textContent.length,
	};
})()`

// The longest question the view promises (a 400-character stem, six
// options of 200) fits its box, before and after the reveal, at a
// projector's, a laptop's and a phone's size; at 1920×1080 in at least
// 48 px and 32 px type.
func TestPresenterFitsTheLongestQuestion(t *testing.T) {
	needChromium(t)
	srv, id, items := presented(t)
	if n := len(items[longestIndex].text); n != 400 {
		t.Fatalf("the longest stem has %d characters", n)
	}
	for _, size := range [][2]int64{{1920, 1080}, {1366, 768}, {390, 844}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tb := newTab(t, size[0], size[1])
			tb.do(chromedp.Navigate(srv.URL + "/present?auto=0#/a/" + id))
			tb.until("question 1", `document.body.dataset.screen === 'question'`)
			for range longestIndex {
				tb.press(kb.ArrowRight)
			}
			tb.until("the longest question", fmt.Sprintf(`document.querySelector('#qnum').textContent === '%d'`, longestIndex+1))
			for _, phase := range []string{"before the reveal", "after the reveal"} {
				if phase == "after the reveal" {
					tb.press("r")
					tb.until("revealed", `document.querySelector('#question').dataset.outcome === 'correct'`)
				}
				tb.until("the entrance ends", `document.getAnimations().every(a => a.playState !== 'running')`)
				r := eval[fitReport](tb, fitJS)
				t.Logf("%s: stem %.1f px, options %.1f px: %+v", phase, r.Stem, r.Option, r)
				if r.StemText != 400 || r.Options != 6 {
					t.Fatalf("on screen: a %d-character stem and %d options", r.StemText, r.Options)
				}
				if !r.Fits || !r.InView {
					t.Errorf("%s the question does not fit: %+v", phase, r)
				}
				if size[0] == 1920 && (r.Stem < 48 || r.Option < 32) {
					t.Errorf("%s at 1920×1080: stem %.1f px, options %.1f px; want at least 48 and 32", phase, r.Stem, r.Option)
				}
			}
			tb.screenshot(fmt.Sprintf("present-longest-%dx%d", size[0], size[1]))
		})
	}
}

// The QR code encoder gives the matrices of a known-good encoder (node
// qrcode 1.5.4, testdata/qr-golden.json) for fixed inputs, versions 1 to
// 10, and the code the view draws decodes (zbarimg) to the view's address.
func TestPresenterQRCode(t *testing.T) {
	needChromium(t)
	zbar := needZbar(t)
	raw, err := os.ReadFile(filepath.Join("testdata", "qr-golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	var golden []struct {
		Text    string   `json:"text"`
		Version int      `json:"version"`
		Mask    int      `json:"mask"`
		Rows    []string `json:"rows"`
	}
	if err := json.Unmarshal(raw, &golden); err != nil {
		t.Fatal(err)
	}
	srv := startServe(t, map[string]string{})
	tb := newTab(t, 1280, 800)
	tb.do(chromedp.Navigate(srv.URL + "/present"))
	tb.until("the share card", `!document.querySelector('#share').hidden && document.querySelector('#qr path') !== null`)
	versions := map[int]bool{}
	for _, g := range golden {
		in, _ := json.Marshal(g.Text)
		got := evalAsync[[]string](tb, fmt.Sprintf(`import('/qr.js').then(m => m.encode(%s, %d).map(r => r.map(c => c ? '1' : '0').join('')))`, in, g.Mask))
		if diff := cmp.Diff(g.Rows, got); diff != "" {
			t.Errorf("QR code of %q (version %d, mask %d) differs from the reference (-want +got):\n%s", g.Text, g.Version, g.Mask, diff)
		}
		versions[g.Version] = true
	}
	if len(versions) != 10 {
		t.Errorf("the reference covers versions %v, want 1 to 10", versions)
	}
	if msg := evalAsync[string](tb, `import('/qr.js').then(m => { try { m.encode('x'.repeat(214)); return 'no error'; } catch (e) { return e.message; } })`); !strings.Contains(msg, "213 bytes") {
		t.Errorf("encoding 214 bytes: %q, want an error naming the limit", msg)
	}

	if got, want := readQR(t, tb, zbar), srv.URL+"/present"; got != want {
		t.Errorf("the QR code reads %q, want %q", got, want)
	}
	if got, want := eval[string](tb, `document.querySelector('#short-url').textContent`), strings.TrimPrefix(srv.URL, "http://")+"/present"; got != want {
		t.Errorf("short URL = %q, want %q", got, want)
	}
}

// readQR decodes the QR code the view draws, as the camera of a phone
// would see it (zbarimg on a screenshot).
func readQR(t *testing.T, tb *tab, zbar string) string {
	t.Helper()
	png, err := chromedp.Run(tb.ctx, chromedp.ScreenshotScale(chromedp.CSS("#qr"), 2))
	if err != nil {
		t.Fatal(err)
	}
	img := filepath.Join(t.TempDir(), "qr.png")
	if err := os.WriteFile(img, png, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, stderr bytes.Buffer
	cmd := exec.Command(zbar, "--quiet", "--raw", img)
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("zbarimg could not read the QR code: %v\n%s", err, stderr.String())
	}
	return strings.TrimSpace(out.String())
}

// needZbar finds zbarimg, failing under QUIZSTATS_REQUIRE_ALL.
func needZbar(t *testing.T) string {
	t.Helper()
	zbar, err := exec.LookPath("zbarimg")
	if err != nil {
		if os.Getenv("QUIZSTATS_REQUIRE_ALL") == "1" {
			t.Fatal("zbarimg is required (QUIZSTATS_REQUIRE_ALL=1): apt-get install zbar-tools")
		}
		t.Skip("no zbarimg; apt-get install zbar-tools")
	}
	return zbar
}

// On a server with a token the QR code holds the token's read-only view
// key, never the token, and the address written under it holds neither;
// a phone that opens the code follows the view with the key, which
// cannot analyze.
func TestPresenterQRCodeWithAToken(t *testing.T) {
	needChromium(t)
	zbar := needZbar(t)
	env := map[string]string{"QUIZSTATS_TOKEN": testToken}
	srv := startServe(t, env)
	tb := newTab(t, 1280, 800)
	tb.do(chromedp.Navigate(srv.URL + "/present"))
	tb.until("the token is asked for", `document.querySelector('#token-dialog').open`)
	if got := eval[string](tb, `document.querySelector('#share').dataset.key + ' ' + document.querySelectorAll('#qr path').length`); got != "missing 0" {
		t.Errorf("before the token: share card %q, want no code drawn", got)
	}
	tb.do(chromedp.SendKeys(chromedp.ID("token-input"), testToken), chromedp.Click(chromedp.CSS("#token-form button")))
	tb.until("live, the code drawn", `document.querySelector('#conn').dataset.state === 'live' && document.querySelector('#share').dataset.key === 'view' && document.querySelector('#qr path') !== null`)
	tb.screenshot("present-waiting-token-1280x800")
	url := readQR(t, tb, zbar)
	base, key, ok := strings.Cut(url, "#key=")
	if !ok || base != srv.URL+"/present" || !strings.HasPrefix(key, "view-") || strings.Contains(url, testToken) {
		t.Fatalf("the QR code reads %q, want %s/present#key=<view key>, without the token", url, srv.URL)
	}
	if got := eval[string](tb, `document.querySelector('#share').textContent`); strings.Contains(got, key) || strings.Contains(got, testToken) {
		t.Errorf("the share card's text shows a key: %q", got)
	}
	var refused map[string]any
	if r := api(t, "POST", srv.URL+"/api/v1/analyze", map[string]any{"questions": []any{}}, &refused, "Authorization", "Bearer "+key); r.StatusCode != 401 {
		t.Errorf("analyze with the view key: %d, want 401", r.StatusCode)
	}

	// The phone: a browser that never had the token.
	phone := newTab(t, 390, 844)
	phone.do(chromedp.Navigate(srv.URL + "/present"))
	phone.do(chromedp.Evaluate[chromedp.Void](`localStorage.clear()`))
	phone.do(chromedp.Navigate(url), chromedp.Reload())
	phone.until("the phone follows with the view key", `document.querySelector('#conn').dataset.state === 'live' && !document.querySelector('#token-dialog').open`)
	if got := eval[string](phone, `localStorage.getItem('quizstats.token') || ''`); got != "" {
		t.Errorf("the phone kept %q in its local storage", got)
	}
}

// evalAsync evaluates an expression whose value is a promise.
func evalAsync[T any](tb *tab, expr string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// The presenter view animates a 40-question, 3-sample analysis under a
// Chromium performance trace while its answers stream in: each question
// enters, its bars grow, its confidence counts up, its answer is revealed,
// then the end screen. The frame times are measured and logged, not
// asserted (a shared machine's scheduling is in them); the figures are in
// docs/performance.md. What is asserted is that the questions were fitted
// to their boxes ahead of time, off the frame that shows them.
//
//	go test -run TestPresenterFrameTimes -v ./cmd/quizstats
func TestPresenterFrameTimes(t *testing.T) {
	needChromium(t)
	quizBody, items := presenterQuiz()
	// Ten more, the longest among them again: 40 answers stream in.
	qs, key := quizBody["questions"].([]map[string]any), quizBody["answer_key"].([][]int)
	for i, it := range items[10:20] {
		it.text += " (round two)"
		items = append(items, it)
		q := maps.Clone(qs[10+i])
		q["text"] = it.text
		qs = append(qs, q)
		key = append(key, key[10+i])
	}
	quizBody["questions"], quizBody["answer_key"] = qs, key
	f := presenterFake(t, items)
	f.ItemDelay = 250 * time.Millisecond // slower than the pace would need: they stream in while it presents
	srv := startServe(t, modelEnv(f))
	tb := newTab(t, 1920, 1080)
	tb.do(emulateMedia("prefers-color-scheme", "dark"), chromedp.Navigate(srv.URL+"/present?pace=0.5"))
	tb.until("live", `document.querySelector('#conn').dataset.state === 'live'`)
	following(t, srv.URL, 1)
	events := trace(t, tb, func() {
		api(t, "POST", srv.URL+"/api/v1/analyze", quizBody, nil)
		// 40 questions at 0.5 s each: waited for in steps, each within
		// until's limit on a busy machine.
		for _, q := range []int{10, 20, 30} {
			tb.until(fmt.Sprintf("question %d", q+1), fmt.Sprintf(`window.__presenter.shown.includes(%d)`, q))
		}
		tb.until("the end screen", `document.body.dataset.screen === 'end'`)
		tb.until("the animations finish", `document.getAnimations().every(a => a.playState !== 'running')`)
	})
	if diff := cmp.Diff(seq(0, 39), shown(tb)); diff != "" {
		t.Errorf("questions shown (-want +got):\n%s", diff)
	}
	frames := pageFrames(events)
	if len(frames) < 100 {
		t.Fatalf("the trace has %d frames of the page; expected hundreds", len(frames))
	}
	var wall, cpu []float64
	over := 0
	for _, fr := range frames {
		wall = append(wall, fr.Wall)
		cpu = append(cpu, fr.CPU)
		if fr.CPU > 16 {
			over++
		}
	}
	fitMs := eval[[]float64](tb, `window.__presenter.fitMs`)
	ahead := eval[[]bool](tb, `window.__presenter.fitAhead`)
	n := 0
	for _, ok := range ahead {
		if ok {
			n++
		}
	}
	t.Logf("fitting a question to its box as it is shown: median %.2f ms, max %.2f ms (%d fits); %d of %d shown with the size fitted ahead of time", percentile(fitMs, .5), slices.Max(fitMs), len(fitMs), n, len(ahead))
	t.Logf("%d frames while 40 questions were presented: wall median %.1f ms, p95 %.1f ms, max %.1f ms; main-thread CPU per frame median %.2f ms, p95 %.2f ms, max %.1f ms; %d frames with more than 16 ms of CPU",
		len(frames), percentile(wall, .5), percentile(wall, .95), slices.Max(wall), percentile(cpu, .5), percentile(cpu, .95), slices.Max(cpu), over)
	// Each question is fitted while the one before it is on screen. On a
	// starved machine an idle moment can come too late for a few, which
	// are then fitted at once; most must have been fitted ahead.
	if n < len(ahead)/2 {
		t.Errorf("%d of %d questions were shown with a size fitted ahead of time; want most", n, len(ahead))
	}
}

// With reduced motion asked for, nothing moves: the bars are at their
// share and the confidence at its value as soon as a question is shown.
func TestPresenterHonoursReducedMotion(t *testing.T) {
	needChromium(t)
	srv, id, _ := presented(t)
	tb := newTab(t, 1280, 800)
	tb.do(emulateMedia("prefers-reduced-motion", "reduce"), chromedp.Navigate(srv.URL+"/present?auto=0#/a/"+id))
	tb.until("question 1", `document.body.dataset.screen === 'question'`)
	// Checked in the same task that sees the question: nothing to wait for.
	got := eval[[]string](tb, `[document.querySelector('#conf').textContent, ...[...document.querySelectorAll('#options .fill')].map(f => getComputedStyle(f).transform), String(document.getAnimations().length)]`)
	want := []string{"67%", "matrix(0.3333, 0, 0, 1, 0, 0)", "matrix(0.6667, 0, 0, 1, 0, 0)", "matrix(0, 0, 0, 1, 0, 0)", "matrix(0, 0, 0, 1, 0, 0)", "0"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("question 1 with reduced motion: confidence, bars, animations (-want +got):\n%s", diff)
	}
	tb.press("r", kb.ArrowRight)
	if n := eval[int](tb, `document.getAnimations().length`); n != 0 {
		t.Errorf("%d animations run with reduced motion", n)
	}
}

// The dashboard opens the presenter view with p, on what it shows; with
// hide=1 the view shows no votes and no pick until the host reveals them,
// and the QR code it shows for phones keeps them hidden too.
func TestPresenterFromTheDashboardWithAnswersHidden(t *testing.T) {
	needChromium(t)
	srv, id, _ := presented(t)
	tb := newTab(t, 1280, 800)
	tb.do(chromedp.Navigate(srv.URL + "/#/a/" + id))
	tb.until("the dashboard shows the analysis", `document.querySelector('#live-kind').textContent.startsWith('From history')`)
	tb.press("p")
	tb.do(chromedp.WaitVisible(chromedp.CSS("#stage"))) // the presenter's page, after the navigation
	tb.until("the presenter view", `location.pathname === '/present' && document.body.dataset.screen === 'question'`)
	if got := eval[string](tb, `location.hash`); got != "#/a/"+id {
		t.Errorf("the presenter view opened on %q, want the analysis the dashboard showed", got)
	}

	tb.do(chromedp.Navigate(srv.URL + "/present?auto=0&hide=1#/a/" + id))
	tb.until("question 1, answers hidden", `document.body.dataset.screen === 'question' && document.querySelector('#mode').textContent === 'Manual · answers hidden'`)
	hidden := `[...document.querySelectorAll('#options .opt')].map(o => [o.querySelector('.fill').style.getPropertyValue('--w') || '-', o.querySelector('.pct').textContent || '-', o.dataset.tone || '-'].join('|')).join(' ')`
	if got := eval[string](tb, hidden); got != "-|-|- -|-|- -|-|- -|-|-" {
		t.Errorf("before the reveal the options show %q, want no bars, shares or tones", got)
	}
	if !eval[bool](tb, `document.querySelector('#conf-box').hidden && document.querySelector('#verdict').hidden`) {
		t.Error("before the reveal the confidence or the verdict shows")
	}
	tb.press(kb.ArrowRight) // with answers hidden, the first → reveals
	tb.until("revealed, the bars growing", `window.__presenter.revealed.includes(0) && document.querySelector('#options .fill').style.getPropertyValue('--w') !== ''`)
	if got := eval[string](tb, hidden); got != "0.3333|33%|none 0.6667|67%|correct 0.0000|0%|none 0.0000|0%|none" {
		t.Errorf("after the reveal the options show %q", got)
	}
	if got := eval[string](tb, `document.querySelector('#short-url').textContent`); !strings.HasSuffix(got, "/present?hide=1") {
		t.Errorf("the phones' address is %q, want the view with answers hidden", got)
	}
}
