package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/quiz"
)

func keyQuiz() capturedQuiz {
	return capturedQuiz{
		Request: quiz.Request{Questions: []quiz.Question{
			{Text: "Red planet?", Options: []string{"Venus", "Mars", "Jupiter"}, Kind: quiz.KindSingle},
			{Text: "Gas giants?", Options: []string{"Jupiter", "Mars", "Saturn", "Mercury"}, Kind: quiz.KindMultiple},
			{Text: "Name a moon.", Kind: quiz.KindText},
			{Text: "Row two", Options: []string{"a", "b"}, Kind: quiz.KindSingle},
		}},
		Labels: []string{"1", "2", "3", "4.2"},
	}
}

func writeKey(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadAnswerKey(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       [][]int
	}{
		{"json", "[[1], [0, 2], [], [1]]\n", [][]int{{1}, {0, 2}, {}, {1}}},
		{"csv with header", "question,choices\n1,B\n2,\"A C\"\n4.2,b\n", [][]int{{1}, {0, 2}, {}, {1}}},
		{"csv without header, other separators, a BOM and a comment", "\ufeff# from the answer sheet\n2,A;C\n1, B\n", [][]int{{1}, {0, 2}, {}, {}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readAnswerKey(writeKey(t, "key", tc.body), keyQuiz())
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("key (-want +got):\n%s", d)
			}
		})
	}
}

// Each mistake is named with its line and field, in the file's terms.
func TestReadAnswerKeyErrors(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"[[1], [0, 2]]", "2 entries for the 4 questions sent (questions 1, 2, 3, 4.2)"},
		{"[[1],\n [0, 2],\n [\"x\"], []]", "line 3: want a list of lists of option indices"},
		{"[[1], [0, 2], [], [1]", "line 1: not JSON"},
		{"[[5], [0], [], [0]]", "entry 0 (question 1): option F (5) does not exist: it has 3 options, A–C (0–2)"},
		{"[[0, 1], [0], [], [0]]", "entry 0 (question 1): it has one right option (single), got 2"},
		{"[[0], [0], [1], [0]]", "entry 2 (question 3): it is a text question"},
		{"question,choices\n1,B\n7,A\n", "line 3, field question: \"7\" is not a question sent (they are 1, 2, 3, 4.2)"},
		{"question,choices\n1,B\n2,A E\n", "line 3, field choices: question 2: option E (4) does not exist: it has 4 options, A–D (0–3)"},
		{"1,B\n2,A 1\n", "line 2, field choices: \"1\" is not an option letter"},
		{"1,B\n1,C\n", "line 2, field question: question 1 is already given on line 1"},
		{"1,B,extra\n", "line 1: want two fields, question,choices"},
		{"1,\"B\n", "line 1: extraneous or missing \" in quoted-field"},
		{"question,choices\n", "no rows"},
	} {
		path := writeKey(t, "key.txt", tc.body)
		_, err := readAnswerKey(path, keyQuiz())
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), path) {
			t.Errorf("%q: error %v, want it to start with the file and say %q", tc.body, err, tc.want)
		}
	}
}
