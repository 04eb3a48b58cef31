package extract

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The answer keys the review and results pages of the shared corpus show,
// read off each page by hand: Moodle's "The correct answer is ..." lines,
// WatuPRO's options marked correct-answer. The Canvas results page was
// saved with its correct answers suppressed: it shows none, and none may
// be made up.
var pageKeys = map[string]map[int][]int{
	"moodle-localhost-truefalse-review":       {0: {0}},
	"moodle-reference-quiz-all-qtypes-review": {0: {0, 2}, 1: {1}, 2: {0}, 8: {0}},
	"wordpress-watupro-hsk2-reading-results": {0: {4}, 1: {0}, 2: {5}, 3: {2}, 4: {1}, 5: {3}, 6: {5}, 7: {1}, 8: {2}, 9: {0},
		10: {0}, 11: {1}, 12: {1}, 13: {0}, 14: {1}, 15: {3}, 16: {0}, 17: {1}, 18: {5}, 19: {2}, 20: {1}, 21: {4}, 22: {2}, 23: {3}, 24: {0}},
	"canvas-classic-quiz-networks-results": {},
}

func TestAnswerKeysFromReviewPages(t *testing.T) {
	srv := serveTestdata(t)
	for name, want := range pageKeys {
		t.Run(name, func(t *testing.T) {
			res := extractURL(t, srv.URL+"/corpus/"+name+".html")
			got := map[int][]int{}
			for i, q := range res.Questions {
				if q.Key != nil {
					got[i] = q.Key
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("keys by question (-want +got):\n%s", diff)
			}
			// A page that shows a key sends it, [] where it shows none;
			// the server takes it.
			c := ToRequest(res)
			if shown := len(want) > 0; shown != (c.Request.AnswerKey != nil) {
				t.Errorf("request answer key %v, want one: %v", c.Request.AnswerKey, shown)
			}
			if err := c.Request.Normalize(); err != nil {
				t.Errorf("the server would refuse the request: %v", err)
			}
		})
	}
}

// Take pages of the corpus show no key: none is read from them.
func TestNoAnswerKeysOnTakePages(t *testing.T) {
	srv := serveTestdata(t)
	for _, name := range []string{"moodle-unadm-diseno-oo-attempt", "google-forms-test-form-2022", "examtopics-oracle-1z0-071-discussion"} {
		res := extractURL(t, srv.URL+"/corpus/"+name+".html")
		for i, q := range res.Questions {
			if q.Key != nil {
				t.Errorf("%s question %d: key %v on a page that shows none", name, i, q.Key)
			}
		}
	}
}

func TestRequestKeyFollowsTheOptionsSent(t *testing.T) {
	for _, tc := range []struct {
		in   Question
		want [][]int
	}{
		// A repeated option is sent once: its key follows it.
		{Question{Text: "Pick", Options: []string{"Correct", "False", "Correct"}, Kind: "multiple", Key: []int{0, 2}}, [][]int{{0}}},
		// An empty option is dropped: the indices after it move up.
		{Question{Text: "Pick", Options: []string{"", "a", "b"}, Kind: "single", Key: []int{2}}, [][]int{{1}}},
		// A key that does not fit the question is not sent.
		{Question{Text: "Pick", Options: []string{"a", "b"}, Kind: "single", Key: []int{0, 1}}, nil},
		{Question{Text: "Pick", Options: []string{"a", "b"}, Kind: "single", Key: []int{5}}, nil},
	} {
		c := ToRequest(&Result{Questions: []Question{tc.in}})
		if diff := cmp.Diff(tc.want, c.Request.AnswerKey); diff != "" {
			t.Errorf("%s: answer key (-want +got):\n%s", fmt.Sprint(tc.in), diff)
		}
	}
}
