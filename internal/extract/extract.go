// Package extract reads the questions and options of a quiz out of a web page.
//
// The reading itself is done by one JavaScript program, the extractor in js/, which runs
// inside the page: the headless scraper, the watched browser and the browser
// extension all run that same file. This package embeds it and drives
// Chromium over the DevTools protocol (chromedp) to run it in every frame of a
// tab, cross-origin frames included, and to merge what the frames saw.
package extract

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"
)

// The extractor is kept only in js/: one function body split into files by
// concern (helpers, visibility, text, one file per adapter, one per generic
// strategy, scoring, the run), joined in the order of their names. The
// parts are not valid JavaScript alone; their concatenation is one
// self-contained expression. The browser extension gets the joined file.
//
//go:embed js/*.js
var jsParts embed.FS

// script joins the parts once; the embedded files cannot change.
var script = sync.OnceValue(func() string {
	names, err := fs.Glob(jsParts, "js/*.js") // sorted by name
	if err != nil {
		panic(err) // the pattern is a constant
	}
	var b strings.Builder
	for _, n := range names {
		part, err := jsParts.ReadFile(n)
		if err != nil {
			panic(err) // embedded files are always readable
		}
		b.Write(part)
	}
	return b.String()
})

// Script returns the source of the extractor: a self-contained expression
// (an immediately invoked function) whose value is the extraction result of
// the document it runs in, as a JSON-able object shaped like Result.
func Script() string { return script() }

// Kinds of question, as the extractor and the ground truth name them.
const (
	KindSingle    = "single"    // radio buttons: one answer
	KindMultiple  = "multiple"  // checkboxes: several answers
	KindTrueFalse = "truefalse" // two options, true and false
	KindDropdown  = "dropdown"  // a <select> or a listbox
	KindText      = "text"      // typed answer: short or long text, number, date
	KindGrid      = "grid"      // rows × columns: subquestions are the rows
	KindMatching  = "matching"  // left items matched to choices: subquestions are the items
	KindCloze     = "cloze"     // text with embedded blanks: subquestions are the blanks
	KindDragDrop  = "dragdrop"  // drag items into blanks or onto an image
	KindRating    = "rating"    // star rating without textual options
)

// Result is what the extractor saw in a tab.
type Result struct {
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Questions []Question `json:"questions"`
	// Notice says why there are no questions when the page itself tells
	// (for example a quiz still behind its Start button).
	Notice string `json:"notice,omitempty"`
	// Frames is how many frames (documents) of the tab were read.
	Frames int `json:"frames"`
	// Errors lists extractor strategies that failed on this page; the
	// others still ran. Worth reporting as a bug.
	Errors []string `json:"errors,omitempty"`
	// InFrames counts the questions read from frames other than the top
	// document.
	InFrames int `json:"in_frames,omitempty"`
	// Opened counts the custom dropdowns opened (and closed again) to read
	// options the page renders only while they are open.
	Opened int `json:"dropdowns_opened,omitempty"`
	// WaitedMS is how long the page was watched for its first question
	// after it had settled with none.
	WaitedMS int64 `json:"waited_ms,omitempty"`
	// Candidates is filled when Options.Explain asks for it.
	Candidates []Candidate `json:"candidates,omitempty"`
}

// Candidate is one question a strategy proposed (Options.Explain).
type Candidate struct {
	Source  string   `json:"source"`
	Score   float64  `json:"score"`
	Quiz    *float64 `json:"quiz"` // how quiz-like a generic candidate looked
	Kind    string   `json:"kind"`
	Text    string   `json:"text"`
	Options []string `json:"options"`
	Kept    bool     `json:"kept"`
}

// Summary says what was found, for the person who asked: "found 12
// questions (3 in frames; 1 dropdown opened; waited 1.8 s for the page)".
func (r *Result) Summary() string {
	var b strings.Builder
	n := len(r.Questions)
	fmt.Fprintf(&b, "found %d question%s", n, plural(n))
	var notes []string
	if r.InFrames > 0 {
		notes = append(notes, fmt.Sprintf("%d in frames", r.InFrames))
	}
	if r.Opened > 0 {
		notes = append(notes, fmt.Sprintf("%d dropdown%s opened", r.Opened, plural(r.Opened)))
	}
	if r.WaitedMS > 0 {
		notes = append(notes, fmt.Sprintf("waited %.1f s for the page", float64(r.WaitedMS)/1000))
	}
	if len(notes) > 0 {
		b.WriteString(" (" + strings.Join(notes, "; ") + ")")
	}
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Question is one question with its options in page order. Options are the
// visible option texts, enumerators such as "a." rendered in their own element
// left out.
type Question struct {
	Text         string     `json:"text"`
	Options      []string   `json:"options"`
	Kind         string     `json:"kind"`
	Subquestions []Question `json:"subquestions,omitempty"`
	Images       []Image    `json:"images,omitempty"`
	// Media names what the question plays that is not text or a picture
	// ("audio", "video"): a listening or video question.
	Media []string `json:"media,omitempty"`
	// Key holds the indices of the right options when the page shows
	// them (a review or results page).
	Key []int `json:"key,omitempty"`
}

// Image is an image shown in a question or one of its options.
type Image struct {
	Src string `json:"src"`
	Alt string `json:"alt,omitempty"`
	// DataURL holds the image itself when it was loaded and readable from
	// the page's origin; large images are left out to keep requests small.
	DataURL string `json:"data_url,omitempty"`
	// Scope is "question" or "option".
	Scope string `json:"scope"`
	// Rect is where the picture is on the page when the page would not let
	// it be read (cross-origin, a tainted canvas); the driver then takes
	// a screenshot of that place into DataURL.
	Rect *Rect `json:"rect,omitempty"`
}
