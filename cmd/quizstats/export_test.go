package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/export"
	"github.com/quizstats/quizstats/internal/quiz"
)

// GET /api/v1/analyses/{id}/export: CSV with a row per question × model,
// or JSON; quizstats export the whole history or a time range.
func TestExport(t *testing.T) {
	f := auditFake(t)
	srv := startServe(t, map[string]string{"OPENAI_BASE_URL": f.URL(), "QUIZSTATS_MODEL": byContent}, "--models", byPosition)
	questions, key, _ := auditQuiz(f, 4)
	var audited, plain analyzeResponse
	api(t, "POST", srv.URL+"/api/v1/analyze", map[string]any{"questions": questions, "answer_key": key, "samples": 3,
		"models": []string{byContent, byPosition}}, &audited)
	api(t, "POST", srv.URL+"/api/v1/analyze", map[string]any{"questions": questions[:2], "answer_key": key[:2]}, &plain)

	get := func(path string) (*http.Response, []byte) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	resp, b := get("/api/v1/analyses/" + audited.ID + "/export?format=csv")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/csv; charset=utf-8" || !strings.Contains(resp.Header.Get("Content-Disposition"), audited.ID+".csv") {
		t.Fatalf("CSV export: %d %v", resp.StatusCode, resp.Header)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff")))).ReadAll()
	if err != nil || len(recs) != 1+4*2 || strings.Join(recs[0], ",") != strings.Join(export.Header, ",") {
		t.Fatalf("CSV: %v, %d records:\n%s", err, len(recs), b)
	}
	if recs[1][8] != byContent || recs[2][8] != byPosition || recs[1][12] != quiz.OutcomeCorrect {
		t.Errorf("rows: %v / %v", recs[1], recs[2])
	}

	resp, b = get("/api/v1/analyses/" + audited.ID + "/export?format=json")
	var js struct{ Rows []export.Row }
	if resp.StatusCode != 200 || json.Unmarshal(b, &js) != nil || len(js.Rows) != 8 || js.Rows[0].Reorderings == nil || *js.Rows[0].Reorderings != 2 {
		t.Errorf("JSON export: %d %s", resp.StatusCode, b)
	}
	if resp, b = get("/api/v1/analyses/" + audited.ID + "/export?format=xls"); resp.StatusCode != 400 || !strings.Contains(string(b), `"field":"format"`) {
		t.Errorf("format=xls: %d %s", resp.StatusCode, b)
	}
	if resp, _ = get("/api/v1/analyses/01m8aaaaaaaaaaaaaaaaaaaaaa/export"); resp.StatusCode != 404 {
		t.Errorf("an unknown analysis: %d", resp.StatusCode)
	}

	// The command: everything, oldest first; then from the second on.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	env := map[string]string{"QUIZSTATS_SERVER": srv.URL}
	out := filepath.Join(t.TempDir(), "all.csv")
	r := runCmd(ctx, env, "export", "--out", out)
	if r.err != nil {
		t.Fatalf("export: %v\n%s", r.err, r.stderr)
	}
	b, _ = os.ReadFile(out)
	recs, err = csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff")))).ReadAll()
	if err != nil || len(recs) != 1+8+2 || recs[1][0] != audited.ID || recs[9][0] != plain.ID || !strings.Contains(r.stderr.String(), "exported 2 analyses, 10 rows") {
		t.Errorf("export of the whole history: %v, %d records, stderr %q", err, len(recs), r.stderr)
	}

	var h quiz.Analysis
	api(t, "GET", srv.URL+"/api/v1/analyses/"+plain.ID, nil, &h)
	since := h.CreatedAt.Format(time.RFC3339Nano)
	r = runCmd(ctx, env, "export", "--format", "json", "--since", since)
	if err := json.Unmarshal([]byte(r.stdout.String()), &js); r.err != nil || err != nil || len(js.Rows) != 2 || js.Rows[0].Analysis != plain.ID {
		t.Errorf("export --since %s: %v %v %s", since, r.err, err, r.stdout)
	}
	r = runCmd(ctx, env, "export", "--format", "json", "--until", since)
	if err := json.Unmarshal([]byte(r.stdout.String()), &js); r.err != nil || err != nil || len(js.Rows) != 8 || js.Rows[0].Analysis != audited.ID {
		t.Errorf("export --until %s: %v %v", since, r.err, err)
	}
	if r = runCmd(ctx, env, "export", "--since", "yesterday"); r.err == nil || !strings.Contains(r.err.Error(), `--since "yesterday": want a date`) {
		t.Errorf("--since yesterday: %v", r.err)
	}
}
