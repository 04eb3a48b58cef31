package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/audit"
	"github.com/quizstats/quizstats/internal/quiz"
)

func analysis() *quiz.Analysis {
	qs := []quiz.Question{
		{Text: "Which, of these, is \"red\"?\nPick one.", Options: []string{"Mars", "Vénus, the bright"}, Kind: quiz.KindSingle},
		{Text: "=HYPERLINK(\"http://evil\")", Options: []string{"-1", "+2"}, Kind: quiz.KindSingle},
	}
	key := [][]int{{0}, {1}}
	pick := func(s int, order []int, c int) quiz.Pick {
		return quiz.Pick{Sample: s, Order: order, Choices: []int{c}}
	}
	runs := []quiz.AuditRun{
		{Model: "a", Answers: []quiz.Answer{
			{Question: 0, Choices: []int{0}, Confidence: 1, Votes: []int{2, 0}, Picks: []quiz.Pick{pick(0, []int{0, 1}, 0), pick(1, []int{1, 0}, 0)}},
			{Question: 1, Choices: []int{}, Tie: true, Confidence: 0.5, Votes: []int{1, 1}, Picks: []quiz.Pick{pick(0, []int{0, 1}, 0), pick(1, []int{1, 0}, 1)}},
		}},
		{Model: "b", Error: &quiz.ErrorBody{Code: "model_error", Message: "down, for now"}},
	}
	a := &quiz.Analysis{
		ID: "01m8aaaaaaaaaaaaaaaaaaaaaa", CreatedAt: time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC),
		Source: quiz.Source{URL: "https://example.org/q?a=1,2", Title: "Planets — ünïcode"},
		Model:  "a", Samples: 2, Questions: qs, AnswerKey: key, Answers: runs[0].Answers,
		Audit: &quiz.Audit{Models: []string{"a", "b"}, Samples: 2, Runs: runs},
	}
	a.Audit.Evidence = audit.Evidence(qs, key, runs)
	return a
}

// The CSV opens in a spreadsheet: a BOM, a header, every awkward text
// quoted so that it reads back as written, formulas defused.
func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, Rows(analysis())); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if !bytes.HasPrefix(b, []byte("\ufeffanalysis,created_at,")) || !bytes.Contains(b, []byte("\r\n")) {
		t.Fatalf("no BOM, header or CRLF: %q", b[:min(80, len(b))])
	}
	recs, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not read back: %v", err)
	}
	if len(recs) != 1+2*2 {
		t.Fatalf("%d records, want a header and 2 questions × 2 models", len(recs))
	}
	col := func(rec []string, name string) string {
		for i, h := range Header {
			if h == name {
				return rec[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	for _, rec := range recs {
		if len(rec) != len(Header) {
			t.Fatalf("record of %d fields, header has %d", len(rec), len(Header))
		}
	}
	r := recs[1]
	want := map[string]string{
		"question": "1", "text": "Which, of these, is \"red\"?\nPick one.", "options": "Mars | Vénus, the bright",
		"model": "a", "key": "A", "pick": "A", "outcome": "correct", "answerability": "1", "votes": "2 0",
		"reorderings": "1", "order_changes": "0", "source_title": "Planets — ünïcode", "source_url": "https://example.org/q?a=1,2",
		"created_at": "2026-12-02T09:00:00Z",
	}
	for k, v := range want {
		if got := col(r, k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	if got := col(recs[2], "error"); got != "down, for now" || col(recs[2], "model") != "b" {
		t.Errorf("the failed model's row: %v", recs[2])
	}
	tie := recs[3]
	if col(tie, "text") != "'=HYPERLINK(\"http://evil\")" || col(tie, "options") != "'-1 | +2" || col(tie, "pick") != "no majority" || col(tie, "outcome") != "no_majority" || col(tie, "distractors") != "A×1" {
		t.Errorf("question 2: %v", tie)
	}
}

func TestJSONAndPlainAnalysis(t *testing.T) {
	a := analysis()
	a.Audit = nil
	a.Score = quiz.ScoreAnswers(a.Questions, a.Answers, a.AnswerKey)
	rows := Rows(a)
	var buf bytes.Buffer
	if err := JSON(&buf, rows); err != nil {
		t.Fatal(err)
	}
	var got struct{ Rows []Row }
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(rows, got.Rows); d != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", d)
	}
	if len(rows) != 2 || rows[0].Model != "a" || rows[0].Outcome != "correct" || rows[1].Pick != "no majority" || rows[0].Reorderings != nil {
		t.Errorf("a plain analysis' rows: %+v", rows)
	}
	if err := Write(&buf, "xml", rows); err == nil || !strings.Contains(err.Error(), "csv or json") {
		t.Errorf("xml: %v", err)
	}
}
