package quiz

import "slices"

// Score compares a model's answers with an author's answer key: how
// answerable the quiz is by a model.
type Score struct {
	// Correct counts the questions whose chosen options equal the key.
	Correct int `json:"correct"`
	// Total counts the questions that have a key (text questions have none).
	Total int `json:"total"`
	// Wrong, NoMajority and Unanswered count the keyed questions that are
	// not correct, by why: the model picked other options, its samples
	// tied, it gave no valid answer. Correct+Wrong+NoMajority+Unanswered
	// is Total.
	Wrong      int `json:"wrong"`
	NoMajority int `json:"no_majority"`
	Unanswered int `json:"unanswered"`
	// Ratio is Correct/Total.
	Ratio float64 `json:"ratio"`
	// Answerability is the mean, over keyed questions, of the share of
	// samples that got the question exactly right.
	Answerability float64         `json:"answerability"`
	Questions     []QuestionScore `json:"questions"`
}

// Outcomes of a scored question. Displays colour by them: correct green,
// wrong red, no majority and unanswered neither.
const (
	OutcomeCorrect    = "correct"
	OutcomeWrong      = "wrong"
	OutcomeNoMajority = "no_majority"
	OutcomeUnanswered = "unanswered"
)

// QuestionScore is the score of one question.
type QuestionScore struct {
	Question int `json:"question"`
	// Correct is Outcome == OutcomeCorrect.
	Correct  bool   `json:"correct"`
	Outcome  string `json:"outcome"`
	Expected []int  `json:"expected"`
	Got      []int  `json:"got"`
	// Answerability is the share of samples that picked exactly Expected.
	Answerability float64 `json:"answerability"`
}

// ScoreAnswers scores answers against key. Both are indexed by question;
// questions with an empty key (text questions) are not scored. A question
// without a valid answer, or whose samples tied, is not correct, and says
// so in its Outcome.
func ScoreAnswers(questions []Question, answers []Answer, key [][]int) *Score {
	if key == nil {
		return nil
	}
	s := &Score{Questions: []QuestionScore{}}
	var answerability float64
	for i := range questions {
		if i >= len(key) || len(key[i]) == 0 {
			continue
		}
		expected := slices.Sorted(slices.Values(key[i]))
		qs := QuestionScore{Question: i, Expected: expected, Got: []int{}, Outcome: OutcomeUnanswered}
		if i < len(answers) && answers[i].Answered() {
			a := answers[i]
			qs.Got = a.Choices
			switch {
			case a.Tie:
				qs.Outcome = OutcomeNoMajority
			case slices.Equal(a.Choices, expected):
				qs.Outcome = OutcomeCorrect
			default:
				qs.Outcome = OutcomeWrong
			}
			qs.Correct = qs.Outcome == OutcomeCorrect
			if len(a.SampleChoices) > 0 {
				right := 0
				for _, c := range a.SampleChoices {
					if slices.Equal(c, expected) {
						right++
					}
				}
				qs.Answerability = float64(right) / float64(len(a.SampleChoices))
			} else if qs.Correct {
				qs.Answerability = 1
			}
		}
		switch qs.Outcome {
		case OutcomeCorrect:
			s.Correct++
		case OutcomeWrong:
			s.Wrong++
		case OutcomeNoMajority:
			s.NoMajority++
		default:
			s.Unanswered++
		}
		answerability += qs.Answerability
		s.Total++
		s.Questions = append(s.Questions, qs)
	}
	if s.Total > 0 {
		s.Ratio = float64(s.Correct) / float64(s.Total)
		s.Answerability = answerability / float64(s.Total)
	}
	return s
}
