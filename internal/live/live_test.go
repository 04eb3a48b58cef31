package live

import (
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Every display (terminal, desktop) applies events through State: a
// deletion takes the analysis it names off the screen, and an event type
// it does not know changes nothing.
func TestApplyDeletedAndUnknownEvents(t *testing.T) {
	at := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	shown := quiz.NewID(at)
	show := func() *State {
		st := &State{}
		st.Apply(quiz.Event{Seq: 1, Type: quiz.EventStarted, ID: shown, At: at, Questions: []quiz.Question{{Text: "Q?", Options: []string{"a", "b"}}}})
		return st
	}

	st := show()
	st.Apply(quiz.Event{Seq: 2, Type: "analysis.archived", ID: shown})
	st.Apply(quiz.Event{Seq: 3, Type: quiz.EventDeleted, ID: quiz.NewID(at.Add(time.Hour))})
	if st.Cur == nil || st.Cur.ID != shown || st.LastSeq != 3 {
		t.Fatalf("after an unknown event and another analysis' deletion: %+v, want %s still shown", st.Cur, shown)
	}
	st.Apply(quiz.Event{Seq: 4, Type: quiz.EventDeleted, ID: shown})
	if st.Cur != nil {
		t.Errorf("the deleted analysis is still shown: %+v", st.Cur)
	}

	st = show()
	later := at.Add(-time.Minute)
	st.Apply(quiz.Event{Seq: 2, Type: quiz.EventDeleted, Before: &later})
	if st.Cur == nil {
		t.Errorf("a deletion of what is older than the analysis took it off the screen")
	}
	later = at.Add(time.Minute)
	st.Apply(quiz.Event{Seq: 3, Type: quiz.EventDeleted, Before: &later})
	if st.Cur != nil {
		t.Errorf("a deletion of everything before %s left the analysis of %s on screen", later, at)
	}
}
