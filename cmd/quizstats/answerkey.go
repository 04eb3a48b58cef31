package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/quizstats/quizstats/internal/quiz"
)

// readAnswerKey reads an author's answer key for the questions of cq from
// path, as JSON or CSV (told apart by the first character that is not
// space: JSON starts with '[').
//
// JSON is the API's answer_key: one list of 0-based option indices per
// question sent, in order ([[2],[0,3],[]]; an empty list for a text
// question).
//
// CSV has one row per question: "question,choices". question is the label
// the command prints ("3", or "5.2" for the second row of page question
// 5); choices are the correct options' letters as printed ("B", or "A C"
// for several; spaces, ';' or '|' between them). A header row
// "question,choices" may come first; questions without a row are not
// scored.
//
// Errors name the file, the line and the field at fault.
func readAnswerKey(path string, cq capturedQuiz) ([][]int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--answer-key: %w", err)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) // a spreadsheet's byte order mark
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '[' {
		return jsonKey(path, b, cq)
	}
	return csvKey(path, b, cq)
}

func jsonKey(path string, b []byte, cq capturedQuiz) ([][]int, error) {
	var key [][]int
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&key); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.Is(err, io.ErrUnexpectedEOF):
			return nil, fmt.Errorf("%s line %d: not JSON: the file ends before its lists close", path, lineAt(b, int64(len(bytes.TrimRight(b, " \t\r\n")))))
		case errors.As(err, &se):
			return nil, fmt.Errorf("%s line %d: not JSON: %v", path, lineAt(b, se.Offset), err)
		case errors.As(err, &te):
			return nil, fmt.Errorf("%s line %d: want a list of lists of option indices, such as [[2],[0,3]]: %v", path, lineAt(b, te.Offset), err)
		}
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	qs := cq.Request.Questions
	if len(key) != len(qs) {
		return nil, fmt.Errorf("%s: %d entries for the %d questions sent (questions %s); give one list per question, [] for one not to score",
			path, len(key), len(qs), labelRange(cq.Labels))
	}
	for i, correct := range key {
		if err := checkChoices(qs[i], correct); err != nil {
			return nil, fmt.Errorf("%s: entry %d (question %s): %v", path, i, cq.Labels[i], err)
		}
		if len(correct) == 0 {
			key[i] = []int{}
		}
	}
	return key, nil
}

func csvKey(path string, b []byte, cq capturedQuiz) ([][]int, error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	r.Comment = '#'
	qs := cq.Request.Questions
	key := make([][]int, len(qs))
	for i := range key {
		key[i] = []int{}
	}
	seen := map[string]int{}
	first := true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("%s line %d: %v", path, pe.Line, pe.Err)
			}
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		if first && len(rec) >= 1 && strings.EqualFold(strings.TrimSpace(rec[0]), "question") {
			first = false
			continue
		}
		first = false
		if len(rec) != 2 {
			return nil, fmt.Errorf("%s line %d: want two fields, question,choices (such as 3,B or 5.2,\"A C\"), got %d", path, line, len(rec))
		}
		label := strings.TrimSpace(rec[0])
		q := slices.Index(cq.Labels, label)
		if q < 0 {
			return nil, fmt.Errorf("%s line %d, field question: %q is not a question sent (they are %s)", path, line, label, labelRange(cq.Labels))
		}
		if prev, ok := seen[label]; ok {
			return nil, fmt.Errorf("%s line %d, field question: question %s is already given on line %d", path, line, label, prev)
		}
		seen[label] = line
		var correct []int
		for _, f := range strings.FieldsFunc(rec[1], func(r rune) bool { return unicode.IsSpace(r) || r == ';' || r == '|' || r == ',' }) {
			letter := []rune(strings.ToUpper(f))
			if len(letter) != 1 || letter[0] < 'A' || letter[0] > 'Z' {
				return nil, fmt.Errorf("%s line %d, field choices: %q is not an option letter (A, B, …)", path, line, f)
			}
			correct = append(correct, int(letter[0]-'A'))
		}
		if err := checkChoices(qs[q], correct); err != nil {
			return nil, fmt.Errorf("%s line %d, field choices: question %s: %v", path, line, label, err)
		}
		key[q] = correct
	}
	if len(seen) == 0 {
		return nil, fmt.Errorf("%s: no rows; want question,choices per line, such as 3,B", path)
	}
	return key, nil
}

// checkChoices checks one question's key in the terms of the file: the
// server checks it again, in the API's.
func checkChoices(q quiz.Question, correct []int) error {
	if !q.Kind.Choice() {
		if len(correct) > 0 {
			return errors.New("it is a text question: leave its key empty")
		}
		return nil
	}
	if q.Kind.OneChoice() && len(correct) > 1 {
		return fmt.Errorf("it has one right option (%s), got %d", q.Kind, len(correct))
	}
	for j, c := range correct {
		if c < 0 || c >= len(q.Options) {
			return fmt.Errorf("option %s does not exist: it has %d options, %s", optionName(c), len(q.Options), letterRange(len(q.Options)))
		}
		if slices.Contains(correct[:j], c) {
			return fmt.Errorf("option %s is given twice", optionName(c))
		}
	}
	return nil
}

func optionName(c int) string {
	if c >= 0 && c < 26 {
		return fmt.Sprintf("%c (%d)", 'A'+c, c)
	}
	return fmt.Sprint(c)
}

func letterRange(n int) string {
	return fmt.Sprintf("A–%c (0–%d)", 'A'+n-1, n-1)
}

func labelRange(labels []string) string {
	if len(labels) == 0 {
		return "none"
	}
	if len(labels) <= 12 {
		return strings.Join(labels, ", ")
	}
	return labels[0] + " to " + labels[len(labels)-1]
}

// lineAt is the 1-based line of byte offset off in b.
func lineAt(b []byte, off int64) int {
	off = min(max(off, 0), int64(len(b)))
	return bytes.Count(b[:off], []byte("\n")) + 1
}
