package extract

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Capture is what a capture sends: an extraction turned into an analyze
// request, with what a person needs to read the answers against the page.
type Capture struct {
	Request quiz.Request
	// Labels name each request question as the page numbers it: "3", or
	// "5.2" for the second row of page question 5.
	Labels []string
	// Skipped says which questions of the page were not sent, and why.
	Skipped []string
	// PageKey is the answer key the page showed, one entry per request
	// question (nil where the page showed none). The request's AnswerKey
	// is made from it.
	PageKey [][]int
}

// ToRequest maps what the extractor read to what the API takes. It is the
// one owner of these rules: scrape and watch call it, and the browser
// extension's request.js is held to it by a test that runs both on the
// same pages (frames included), with the API's limits written into the
// extension from here (RequestLimitsJS). The API
// knows five kinds; the others become questions it knows:
//
//   - grid, matching, cloze and drag-and-drop into blanks: one question per
//     row, item or blank, its text prefixed by the parent's ("Match each
//     port to its protocol. — 22"), because the row alone ("22") means
//     nothing to a model;
//   - rating: not sent; it asks for an opinion, there is no right answer;
//   - drag-and-drop onto an image (no blanks): not sent; the answer is a
//     position, not an option.
//
// Texts longer than the API takes are cut, repeated options are sent once,
// and a choice question left with fewer than two options or more than the
// API's limit is not sent, so one odd widget does not cost the whole quiz.
// Images the browser could read go with their question, as data URLs (at
// most quiz.MaxImages per quiz; RequestImages), and the media it plays
// that no model is given (audio, video) are named, so that its answer says
// so.
func ToRequest(res *Result) Capture {
	imagesLeft := quiz.MaxImages
	c := Capture{Request: quiz.Request{Source: quiz.Source{
		URL:   quiz.Clip(res.URL, quiz.MaxURLRunes),
		Title: quiz.Clip(res.Title, quiz.MaxTitleRunes),
	}}}
	for i, q := range res.Questions {
		label := strconv.Itoa(i + 1)
		switch {
		case q.Kind == KindRating:
			c.skip(label, q.Text, "asks for a rating, an opinion with no right answer")
		case len(q.Subquestions) > 0:
			for j, sub := range q.Subquestions {
				c.add(label+"."+strconv.Itoa(j+1), joinText(q.Text, sub.Text), sub, RequestImages(append(q.Images, sub.Images...), &imagesLeft), requestMedia(q.Media, sub.Media))
			}
		case q.Kind == KindDragDrop:
			c.skip(label, q.Text, "asks to place items on an image; the answer is a position, not an option")
		default:
			c.add(label, q.Text, q, RequestImages(q.Images, &imagesLeft), requestMedia(q.Media, nil))
		}
	}
	if n := len(c.Request.Questions); n > quiz.MaxQuestions {
		c.Skipped = append(c.Skipped, fmt.Sprintf("questions %s to %s: the server takes %d questions at a time; capture the rest again",
			c.Labels[quiz.MaxQuestions], c.Labels[n-1], quiz.MaxQuestions))
		c.Request.Questions = c.Request.Questions[:quiz.MaxQuestions]
		c.Labels = c.Labels[:quiz.MaxQuestions]
		c.PageKey = c.PageKey[:quiz.MaxQuestions]
	}
	c.Request.AnswerKey = pageAnswerKey(c.Request.Questions, c.PageKey)
	return c
}

// pageAnswerKey is the page's key as the API takes it, when the page shows
// the right options of at least one question sent: the questions it shows
// none for get [] and are not scored.
func pageAnswerKey(qs []quiz.Question, page [][]int) [][]int {
	key := make([][]int, len(qs))
	known := false
	for i := range qs {
		key[i] = []int{}
		if len(page[i]) > 0 {
			key[i] = page[i]
			known = true
		}
	}
	if !known {
		return nil
	}
	return key
}

// add appends one question in the API's terms, or notes why it cannot be.
func (c *Capture) add(label, text string, src Question, images []quiz.Image, media []string) {
	kind, options := src.Kind, src.Options
	text = quiz.Clip(strings.TrimSpace(text), quiz.MaxQuestionRunes)
	if text == "" {
		c.skip(label, "", "has no text to ask")
		return
	}
	k := quiz.Kind(kind)
	switch k {
	case quiz.KindSingle, quiz.KindMultiple, quiz.KindTrueFalse, quiz.KindDropdown, quiz.KindText:
	default:
		// A row, item or blank of a kind the API does not know is a
		// choice of one of its options.
		k = quiz.KindSingle
	}
	var at []int // each page option's place among those sent
	if k == quiz.KindText {
		options = nil
	} else {
		options, at = cleanOptions(options)
		switch n := len(options); {
		case n == 0:
			k = quiz.KindText // a blank typed into
		case n < quiz.MinOptions:
			c.skip(label, text, "has fewer than two options to choose from")
			return
		case n > quiz.MaxOptions:
			c.skip(label, text, fmt.Sprintf("has %d options; the server takes at most %d", n, quiz.MaxOptions))
			return
		case k == quiz.KindTrueFalse && n != 2:
			k = quiz.KindSingle
		}
	}
	c.Request.Questions = append(c.Request.Questions, quiz.Question{Text: text, Options: options, Kind: k, Images: images, Media: media})
	c.Labels = append(c.Labels, label)
	c.PageKey = append(c.PageKey, requestKey(src.Key, at, k))
}

// requestKey is a page key in the indices of the options sent (repeated
// options are sent once), or nil when it does not fit the question.
func requestKey(page, at []int, k quiz.Kind) []int {
	if len(page) == 0 || !k.Choice() {
		return nil
	}
	var key []int
	for _, p := range page {
		if p < 0 || p >= len(at) || at[p] < 0 {
			return nil
		}
		if !slices.Contains(key, at[p]) {
			key = append(key, at[p])
		}
	}
	slices.Sort(key)
	if k.OneChoice() && len(key) != 1 {
		return nil
	}
	return key
}

func (c *Capture) skip(label, text, why string) {
	if text == "" {
		c.Skipped = append(c.Skipped, fmt.Sprintf("question %s %s", label, why))
		return
	}
	c.Skipped = append(c.Skipped, fmt.Sprintf("question %s (%q) %s", label, quiz.Clip(text, 60), why))
}

// requestMedia is the media of a question (and of its row, for a row),
// once each, in the API's words; the extractor names no others.
func requestMedia(parent, own []string) []string {
	var out []string
	for _, m := range append(slices.Clone(parent), own...) {
		if (m == quiz.MediaAudio || m == quiz.MediaVideo) && !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return out
}

// joinText is a row's text with its parent's in front, as a model must read
// it.
func joinText(parent, sub string) string {
	parent, sub = strings.TrimSpace(parent), strings.TrimSpace(sub)
	switch {
	case parent == "":
		return sub
	case sub == "":
		return parent
	}
	return parent + " — " + sub
}

// cleanOptions drops empty and repeated options (the API refuses both) and
// cuts long ones. at[i] is where option i went (a repeated one: where its
// first went), -1 for a dropped empty one.
func cleanOptions(options []string) (out []string, at []int) {
	out = make([]string, 0, len(options))
	at = make([]int, len(options))
	seen := make(map[string]int, len(options))
	for i, o := range options {
		o = quiz.Clip(strings.Join(strings.Fields(o), " "), quiz.MaxOptionRunes)
		if o == "" {
			at[i] = -1
			continue
		}
		if j, ok := seen[o]; ok {
			at[i] = j
			continue
		}
		seen[o] = len(out)
		at[i] = len(out)
		out = append(out, o)
	}
	return out, at
}

// RequestLimitsJS is the part of the extension's request.js that comes from
// here: the API's limits, kinds, image types and media, as JavaScript, so
// that the extension applies the rules above with the numbers of this
// build and never a copy of them.
func RequestLimitsJS() string {
	limits := map[string]any{
		"questions":     quiz.MaxQuestions,
		"minOptions":    quiz.MinOptions,
		"maxOptions":    quiz.MaxOptions,
		"questionChars": quiz.MaxQuestionRunes,
		"optionChars":   quiz.MaxOptionRunes,
		"urlChars":      quiz.MaxURLRunes,
		"titleChars":    quiz.MaxTitleRunes,
		"images":        quiz.MaxImages,
		"imageURLBytes": quiz.MaxImageURLSize,
		"altChars":      quiz.MaxAltRunes,
	}
	kinds := []quiz.Kind{quiz.KindSingle, quiz.KindMultiple, quiz.KindTrueFalse, quiz.KindDropdown, quiz.KindText}
	media := []string{quiz.MediaAudio, quiz.MediaVideo}
	var b strings.Builder
	b.WriteString("// Written by quizstats with the extension: the API's limits and names,\n// from the Go code that owns them (internal/extract/request.go).\n")
	for _, v := range []struct {
		name  string
		value any
	}{{"LIMITS", limits}, {"API_KINDS", kinds}, {"IMAGE_TYPES", requestImageTypes}, {"MEDIA", media}} {
		j, err := json.Marshal(v.value)
		if err != nil {
			panic(err) // constants always encode
		}
		fmt.Fprintf(&b, "var %s = %s;\n", v.name, j)
	}
	return b.String()
}
