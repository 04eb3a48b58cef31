package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Deleting through the API: one analysis (204; 404 when unknown), or all
// before a time (the count); behind the token like every API route; the
// history, GET, the stats derived from the history and the displays all
// learn of it, and the totals of work done stay.
func TestDeleteAnalyses(t *testing.T) {
	f := planetFake(t)
	env := modelEnv(f)
	const token = "a-long-enough-token-1234"
	env["QUIZSTATS_TOKEN"] = token
	srv := startServe(t, env)
	auth := []string{"Authorization", "Bearer " + token}

	var ids []string
	for n := range 3 {
		var res analyzeResponse
		if r := api(t, "POST", srv.URL+"/api/v1/analyze", bulkyQuiz(n), &res, auth...); r.StatusCode != 200 {
			t.Fatalf("analyze: %d", r.StatusCode)
		}
		ids = append(ids, res.ID)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	display := dial(t, ctx, srv.URL, "?access_token="+token)

	if r := api(t, "DELETE", srv.URL+"/api/v1/analyses/"+ids[0], nil, nil); r.StatusCode != 401 {
		t.Errorf("DELETE without the token: %d, want 401", r.StatusCode)
	}
	var e errorResponse
	if r := api(t, "DELETE", srv.URL+"/api/v1/analyses/"+quiz.NewID(time.Now()), nil, &e, auth...); r.StatusCode != 404 || e.Error.Code != "not_found" {
		t.Errorf("DELETE of an unknown ID: %d %+v, want 404 not_found", r.StatusCode, e.Error)
	}
	if r := api(t, "DELETE", srv.URL+"/api/v1/analyses?before=last-tuesday", nil, &e, auth...); r.StatusCode != 400 || e.Error.Field != "before" {
		t.Errorf("DELETE ?before=last-tuesday: %d %+v, want 400 naming before", r.StatusCode, e.Error)
	}
	if r := api(t, "DELETE", srv.URL+"/api/v1/analyses", nil, &e, auth...); r.StatusCode != 400 || e.Error.Field != "before" {
		t.Errorf("DELETE without before: %d %+v, want 400 (no emptying the history by accident)", r.StatusCode, e.Error)
	}

	var before quiz.Stats
	api(t, "GET", srv.URL+"/api/v1/stats", nil, &before, auth...)
	if r := api(t, "DELETE", srv.URL+"/api/v1/analyses/"+ids[1], nil, nil, auth...); r.StatusCode != 204 {
		t.Fatalf("DELETE: %d, want 204", r.StatusCode)
	}
	if r := api(t, "GET", srv.URL+"/api/v1/analyses/"+ids[1], nil, &e, auth...); r.StatusCode != 404 {
		t.Errorf("GET of the deleted analysis: %d, want 404", r.StatusCode)
	}
	var page struct{ Analyses []quiz.Summary }
	api(t, "GET", srv.URL+"/api/v1/analyses", nil, &page, auth...)
	if len(page.Analyses) != 2 || page.Analyses[0].ID != ids[2] || page.Analyses[1].ID != ids[0] {
		t.Errorf("history after the deletion: %+v, want %s and %s", page.Analyses, ids[2], ids[0])
	}
	got := readUntil(t, display, quiz.EventDeleted)
	if last := got[len(got)-1]; last.ID != ids[1] {
		t.Errorf("the display heard of the deletion of %q, want %s", last.ID, ids[1])
	}
	var after quiz.Stats
	api(t, "GET", srv.URL+"/api/v1/stats", nil, &after, auth...)
	if after.MedianOf != before.MedianOf-1 || after.Analyses != before.Analyses {
		t.Errorf("stats: median over %d then %d analyses, totals %d then %d; want the median without the deleted one and the totals kept",
			before.MedianOf, after.MedianOf, before.Analyses, after.Analyses)
	}

	// The command line, with the same token and --server as stats.
	getenv := func(k string) string { return map[string]string{"QUIZSTATS_TOKEN": token}[k] }
	var out, errOut bytes.Buffer
	if err := run(ctx, []string{"quizstats", "delete", "--server", srv.URL, ids[0]}, getenv, strings.NewReader(""), &out, &errOut); err != nil {
		t.Fatalf("quizstats delete ID: %v %s", err, errOut.String())
	}
	if !strings.Contains(out.String(), "deleted "+ids[0]) {
		t.Errorf("quizstats delete ID printed %q", out.String())
	}
	err := run(ctx, []string{"quizstats", "delete", "--server", srv.URL, ids[0]}, getenv, strings.NewReader(""), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "no analysis") {
		t.Errorf("quizstats delete of a deleted ID: %v, want the server's not found", err)
	}
	if got := readUntil(t, display, quiz.EventDeleted); got[len(got)-1].ID != ids[0] {
		t.Errorf("after quizstats delete, the display heard of %q, want %s", got[len(got)-1].ID, ids[0])
	}
	out.Reset()
	tomorrow := time.Now().UTC().Add(24 * time.Hour).Format(time.DateOnly)
	if err := run(ctx, []string{"quizstats", "delete", "--server", srv.URL, "--before", tomorrow}, getenv, strings.NewReader(""), &out, &errOut); err != nil {
		t.Fatalf("quizstats delete --before: %v %s", err, errOut.String())
	}
	if !strings.Contains(out.String(), "deleted 1 analyses") {
		t.Errorf("quizstats delete --before %s printed %q, want 1 deleted", tomorrow, out.String())
	}
	got = readUntil(t, display, quiz.EventDeleted)
	if last := got[len(got)-1]; last.Before == nil || last.ID != "" {
		t.Errorf("the display heard %+v of a deletion before a time, want before set and no id", last.Event)
	}
	api(t, "GET", srv.URL+"/api/v1/analyses", nil, &page, auth...)
	if len(page.Analyses) != 0 {
		t.Errorf("history after deleting before tomorrow: %d analyses", len(page.Analyses))
	}
}

// The dashboard deletes a history entry after asking, and every other
// dashboard drops it when it hears of the deletion.
func TestDashboardDeletesAnEntry(t *testing.T) {
	needChromium(t)
	f := planetFake(t)
	srv := startServe(t, modelEnv(f))
	var ids []string
	for n := range 2 {
		var res analyzeResponse
		api(t, "POST", srv.URL+"/api/v1/analyze", bulkyQuiz(n), &res)
		ids = append(ids, res.ID)
	}
	a, b := newTab(t, 1280, 800), newTab(t, 1280, 800)
	for _, tb := range []*tab{a, b} {
		tb.do(chromedp.Navigate(srv.URL))
		tb.until("the history is listed", `document.querySelectorAll('#history .h-item').length === 2`)
	}
	following(t, srv.URL, 2)
	listed := `[...document.querySelectorAll('#history .h-item')].map(b => b.dataset.id)`

	// Declined: nothing is deleted.
	eval[bool](a, `(window.confirm = (m) => { window.__asked = m; return false; }, true)`)
	a.do(chromedp.Click(chromedp.CSS(`[data-del="` + ids[0] + `"]`)))
	if asked := eval[string](a, `window.__asked || ''`); !strings.Contains(asked, "Delete") {
		t.Fatalf("the delete button did not ask first (confirm said %q)", asked)
	}
	if r := api(t, "GET", srv.URL+"/api/v1/analyses/"+ids[0], nil, nil); r.StatusCode != 200 {
		t.Fatalf("declined, yet the analysis is gone: %d", r.StatusCode)
	}

	eval[bool](a, `(window.confirm = () => true, true)`)
	a.do(chromedp.Click(chromedp.CSS(`[data-del="` + ids[0] + `"]`)))
	for _, tb := range []*tab{a, b} {
		tb.until("the entry is dropped", `document.querySelectorAll('#history .h-item').length === 1`)
		if got := eval[[]string](tb, listed); len(got) != 1 || got[0] != ids[1] {
			t.Errorf("history after deleting %s: %v", ids[0], got)
		}
	}
	if r := api(t, "GET", srv.URL+"/api/v1/analyses/"+ids[0], nil, nil); r.StatusCode != 404 {
		t.Errorf("deleted from the dashboard, yet GET says %d", r.StatusCode)
	}
}
