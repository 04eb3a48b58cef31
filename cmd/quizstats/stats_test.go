package main

import (
	"context"
	"strings"
	"testing"

	"github.com/quizstats/quizstats/internal/quiz"
)

// runStats runs "quizstats stats" with args and env, returning its output.
func statsOutput(t *testing.T, env map[string]string, args ...string) (string, error) {
	t.Helper()
	var out, errOut syncBuffer
	err := run(context.Background(), append([]string{"quizstats", "stats"}, args...), func(k string) string { return env[k] }, strings.NewReader(""), &out, &errOut)
	return out.String() + errOut.String(), err
}

// --once prints the state a script wants: totals, the newest analysis with
// its answers, votes and score.
func TestStatsOnce(t *testing.T) {
	f := planetFake(t)
	f.Choose = splitVote
	srv := startServe(t, modelEnv(f))
	var r analyzeResponse
	if resp := api(t, "POST", srv.URL+"/api/v1/analyze", keyedQuiz(), &r); resp.StatusCode != 200 {
		t.Fatalf("analyze: %d", resp.StatusCode)
	}
	out, err := statsOutput(t, map[string]string{"QUIZSTATS_SERVER": srv.URL}, "--once")
	if err != nil {
		t.Fatalf("stats --once: %v\n%s", err, out)
	}
	for _, want := range []string{
		"quizstats  ready", srv.URL,
		"Analyses today 1", "Questions 4",
		"Astronomy quiz 1", "fake-model · 3 samples · example.com/astronomy/quiz-1",
		"Score 2/3", "wrong: Q2",
		"1  Which planet is known as the Red Planet?", "67% ✓",
		"▸ B  Mars", "2/3", "1/3",
		"✗ key A,D",
		"→ fake answer",
		"Because the fake model knows.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stats --once lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("stats --once wrote escape codes:\n%q", out)
	}
	for i, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > 80 {
			t.Errorf("line %d is %d columns wide, over 80: %q", i+1, n, line)
		}
	}
}

func TestStatsOnceWithoutModelOrHistory(t *testing.T) {
	srv := startServe(t, map[string]string{})
	out, err := statsOutput(t, nil, "--once", "--server", srv.URL, "--width", "100")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"not ready", "No model is configured: set OPENAI_API_KEY", "Waiting for a quiz", "Analyses today 0"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats --once without a model lacks %q:\n%s", want, out)
		}
	}
}

func TestStatsToken(t *testing.T) {
	env := modelEnv(planetFake(t))
	env["QUIZSTATS_TOKEN"] = "s3cret-token"
	srv := startServe(t, env)
	_, err := statsOutput(t, map[string]string{"QUIZSTATS_SERVER": srv.URL}, "--once")
	if quiz.ErrorCode(err) != quiz.ECodeUnauthorized {
		t.Errorf("without the token: %v", err)
	}
	out, err := statsOutput(t, map[string]string{"QUIZSTATS_SERVER": srv.URL, "QUIZSTATS_TOKEN": "s3cret-token"}, "--once")
	if err != nil || !strings.Contains(out, "Waiting for a quiz") {
		t.Errorf("with the token: %v\n%s", err, out)
	}
}

func TestStatsFlags(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--server", "localhost:8080", "--once"}, "want http://host:port"},
		{[]string{"extra"}, "no arguments"},
		{[]string{"--width", "20", "--once"}, "at least 40"},
		// The live display refuses to draw into something that is not a
		// terminal, such as this test's buffer.
		{[]string{"--server", "http://127.0.0.1:1"}, "needs a terminal"},
	}
	for _, tt := range tests {
		out, err := statsOutput(t, nil, tt.args...)
		if err == nil || !strings.Contains(err.Error()+out, tt.want) {
			t.Errorf("stats %v: %v, want an error about %q", tt.args, err, tt.want)
		}
	}
	out, err := statsOutput(t, nil, "-h")
	if err != nil || !strings.Contains(out, "QUIZSTATS_SERVER") || !strings.Contains(out, "--once") {
		t.Errorf("stats -h: %v\n%s", err, out)
	}
}
