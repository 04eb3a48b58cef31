// Package desktop is the desktop window of quizstats-desktop: the live
// view of a server drawn with Fyne. It draws a live.State (the same state
// the terminal display keeps) and animates its numbers; it does no I/O:
// the App wires it to the event stream, and tests feed it events and step
// its clock.
package desktop

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/live"
	"github.com/quizstats/quizstats/internal/quiz"
)

// Durations of the animations, when motion is on.
const (
	barTime   = 700 * time.Millisecond
	totalTime = 900 * time.Millisecond
)

// ViewOptions configure a View.
type ViewOptions struct {
	// Server is shown in the header.
	Server string
	// Location is the time zone of times shown (local when nil).
	Location *time.Location
	// ReducedMotion puts every number at its value at once.
	ReducedMotion bool
	// Large starts in large type.
	Large bool
}

// View is the window's content.
type View struct {
	opts ViewOptions

	st      live.State
	conn    client.StateChange
	fatal   error
	history []quiz.Summary
	pinned  *live.Analysis // an analysis picked from the history; nil: live
	paused  bool
	large   bool

	// OnSelect is called when the person picks an analysis of the
	// history; the App loads it and calls Pin.
	OnSelect func(id string)
	// OnChange is called after every change of what the view shows.
	OnChange func()

	root    *fyne.Container
	header  *fyne.Container
	tiles   *fyne.Container
	notice  *fyne.Container
	main    *fyne.Container
	body    *fyne.Container
	cards   *cardList
	scroll  *container.Scroll
	list    *widget.List
	footer  *fyne.Container
	content *fyne.Container

	totals      [4]tween
	totalTexts  [4]*canvas.Text
	shown       *live.Analysis
	shownStatus quiz.Status
	qs          []*qview
	follow      bool
	frames      int
	lastFrame   time.Time
}

// qview is what moves on one question, and the objects that show it.
type qview struct {
	ans      *quiz.Answer
	conf     tween
	votes    []tween // per option: its bar's share
	confText *canvas.Text
	bars     []*bar
	card     fyne.CanvasObject
	key      cardKey // what card shows
}

// cardKey is what a question's card depends on.
type cardKey struct {
	text    string
	options int
	answer  *quiz.Answer
	verdict *quiz.QuestionScore
	status  quiz.Status
	samples int
}

// NewView returns the view of a display that has not connected yet.
func NewView(opts ViewOptions) *View {
	if opts.Location == nil {
		opts.Location = time.Local
	}
	v := &View{opts: opts, large: opts.Large, follow: true, conn: client.StateChange{State: client.Connecting}}
	v.build()
	return v
}

// Object is the view's root, for a window's content.
func (v *View) Object() fyne.CanvasObject { return v.root }

// State is what the view shows.
func (v *View) State() *live.State { return &v.st }

// Shown is the analysis on screen: the pinned one, else the live one.
func (v *View) Shown() *live.Analysis {
	if v.pinned != nil {
		return v.pinned
	}
	return v.st.Cur
}

// Conn is the connection state shown.
func (v *View) Conn() client.StateChange { return v.conn }

// Frames counts the frames drawn.
func (v *View) Frames() int { return v.frames }

// Large reports whether large type is on.
func (v *View) Large() bool { return v.large }

// Paused reports whether animations are paused.
func (v *View) Paused() bool { return v.paused }

// Event applies one event of the stream at time now.
func (v *View) Event(e quiz.Event, now time.Time) {
	v.st.Apply(e)
	v.update(now)
}

// Snapshot starts over from what the API said, at time now.
func (v *View) Snapshot(s live.Snapshot, now time.Time) {
	v.st.ApplySnapshot(s)
	v.update(now)
}

// Ready sets whether the server can analyze.
func (v *View) Ready(r *client.Readiness, now time.Time) {
	v.st.Ready = r
	v.update(now)
}

// Conn sets the connection state shown. A display that lost its server
// keeps showing what it had.
func (v *View) SetConn(s client.StateChange, now time.Time) {
	v.conn = s
	v.update(now)
}

// Fatal shows an error that retrying cannot fix (a wrong token).
func (v *View) Fatal(err error, now time.Time) {
	v.fatal = err
	v.update(now)
}

// SetHistory sets the recent analyses listed.
func (v *View) SetHistory(h []quiz.Summary, now time.Time) {
	v.history = h
	v.list.Refresh()
	v.update(now)
}

// Pin shows a whole analysis from the history instead of the live one;
// nil goes back to live.
func (v *View) Pin(a *quiz.Analysis, now time.Time) {
	v.pinned = nil
	if a != nil {
		v.pinned = live.FromAnalysis(a)
	} else {
		v.list.UnselectAll()
	}
	v.update(now)
}

// SetLarge turns large type on or off.
func (v *View) SetLarge(on bool, now time.Time) {
	v.large = on
	fyne.CurrentApp().Settings().SetTheme(newLook(v.scale()))
	v.shown = nil // sizes change everywhere: build it all again
	v.update(now)
}

// SetPaused stops or restarts the animations: paused, numbers go straight
// to their values.
func (v *View) SetPaused(on bool, now time.Time) {
	v.paused = on
	if on {
		v.settle()
	}
	v.update(now)
}

// Theme is the theme the view wants for its app.
func (v *View) Theme() fyne.Theme { return newLook(v.scale()) }

func (v *View) scale() float32 {
	if v.large {
		return 1.75
	}
	return 1
}

// motion is the duration of an animation of length d, or none.
func (v *View) motion(d time.Duration) time.Duration {
	if v.opts.ReducedMotion || v.paused {
		return 0
	}
	return d
}

// Moving reports whether any number is still on its way at now.
func (v *View) Moving(now time.Time) bool {
	for i := range v.totals {
		if v.totals[i].moving(now) {
			return true
		}
	}
	for _, q := range v.qs {
		if q.conf.moving(now) {
			return true
		}
		for j := range q.votes {
			if q.votes[j].moving(now) {
				return true
			}
		}
	}
	return false
}

func (v *View) settle() {
	for i := range v.totals {
		v.totals[i].jump(v.totals[i].to)
	}
	for _, q := range v.qs {
		q.conf.jump(q.conf.to)
		for j := range q.votes {
			q.votes[j].jump(q.votes[j].to)
		}
	}
}

// Frame draws the animated numbers as they are at now.
func (v *View) Frame(now time.Time) {
	v.frames++
	v.lastFrame = now
	names := [4]func(float64) string{
		func(f float64) string { return fmt.Sprint(int(math.Round(f))) },
		func(f float64) string { return fmt.Sprint(int(math.Round(f))) },
		func(f float64) string { return fmt.Sprintf("%d%%", int(math.Round(100*f))) },
		millis,
	}
	for i, t := range v.totalTexts {
		if t == nil {
			continue
		}
		if s := names[i](v.totals[i].at(now)); s != t.Text {
			t.Text = s
			t.Refresh()
		}
	}
	for _, q := range v.qs {
		if q.confText != nil {
			if s := fmt.Sprintf("%d%%", int(math.Round(100*clamp(q.conf.at(now))))); s != q.confText.Text {
				q.confText.Text = s
				q.confText.Refresh()
			}
		}
		for _, b := range q.bars {
			b.draw(clamp(b.t.at(now)))
		}
	}
}

// update brings the objects in line with the state after a change.
func (v *View) update(now time.Time) {
	if s := v.st.Stats; s != nil {
		targets := [4]float64{float64(s.Today.Analyses), float64(s.Questions), s.CacheHitRatio, s.LatencyMS.P50}
		for i, t := range targets {
			v.totals[i].set(t, now, v.motion(totalTime))
		}
	}
	v.header.Objects = v.headerObjects()
	v.header.Refresh()
	v.tiles.Objects = v.tileObjects()
	v.tiles.Refresh()
	notices := v.noticeObjects()
	relayout := len(notices) != len(v.notice.Objects) || len(notices) > 0
	v.notice.Objects = notices
	if relayout {
		// The notices' height changed: what is under them moves.
		v.main.Refresh()
	}
	v.syncAnalysis(now)
	v.footer.Objects = v.footerObjects()
	v.footer.Refresh()
	v.Frame(now)
	if v.OnChange != nil {
		v.OnChange()
	}
}

// syncAnalysis builds the analysis panel again and points the animations
// at the state: a new analysis on screen starts them over; a new answer
// grows its bars from zero.
func (v *View) syncAnalysis(now time.Time) {
	a := v.Shown()
	if a != v.shown {
		v.shown, v.qs, v.follow = a, nil, true
		v.scroll.ScrollToTop()
	} else if a != nil && a.Status != v.shownStatus {
		// The analysis ended: its score and state are at the top.
		v.scroll.ScrollToTop()
	}
	if a != nil {
		v.shownStatus = a.Status
	}
	if a == nil {
		v.body.Objects = []fyne.CanvasObject{v.waiting()}
		v.scroll.Refresh()
		return
	}
	for len(v.qs) < len(a.Questions) {
		v.qs = append(v.qs, &qview{})
	}
	newest := -1
	for i, q := range a.Questions {
		qv := v.qs[i]
		if q.Answer != nil && q.Answer != qv.ans {
			qv.ans = q.Answer
			qv.conf = tween{}
			qv.conf.set(q.Answer.Confidence, now, v.motion(barTime))
			qv.votes = make([]tween, len(q.Q.Options))
			for j := range qv.votes {
				qv.votes[j].set(share(q.Answer, j, a.Samples), now, v.motion(barTime))
			}
			newest = i
		}
	}
	objs := []fyne.CanvasObject{v.analysisHeader(a)}
	for i, q := range a.Questions {
		qv := v.qs[i]
		// A card is built again only when what it shows changed: an
		// answer arriving touches one card, not all forty.
		k := cardKey{q.Q.Text, len(q.Q.Options), q.Answer, q.Verdict, a.Status, a.Samples}
		if qv.card == nil || qv.key != k {
			qv.card, qv.key = v.questionCard(i, q, qv, a, now), k
		}
		objs = append(objs, qv.card)
	}
	v.body.Objects = objs
	// The scroll sizes its content when it is refreshed, not when the
	// content changes: without this the content keeps the width of what
	// was shown before.
	v.scroll.Refresh()
	if newest >= 0 && v.follow && v.pinned == nil && (a.Status == "" || a.Status == quiz.StatusRunning) {
		v.scrollTo(newest)
	}
}

// scrollTo keeps question i (and the one after it, being written) in view.
func (v *View) scrollTo(i int) {
	card := v.qs[i].card
	if i+1 < len(v.qs) && v.qs[i+1].card != nil {
		card = v.qs[i+1].card
	}
	bottom := card.Position().Y + card.Size().Height
	view := v.scroll.Size().Height
	if off := bottom - view; off > v.scroll.Offset.Y {
		v.scroll.ScrollToOffset(fyne.NewPos(0, off))
		v.cull() // ScrollToOffset does not call OnScrolled
	}
}

// cull draws the cards in the scroll's viewport only.
func (v *View) cull() { v.cards.cull(v.body.Objects) }

// build makes the objects that stay: the frame the rest is put in.
func (v *View) build() {
	v.header = container.NewStack()
	v.tiles = container.New(&tileGrid{})
	v.notice = container.NewVBox()
	v.cards = &cardList{}
	v.body = container.New(v.cards)
	v.scroll = container.NewVScroll(v.body)
	v.cards.scroll = v.scroll
	v.scroll.OnScrolled = func(p fyne.Position) {
		// Scrolling up stops following the newest answer; back at the
		// bottom it follows again.
		v.follow = p.Y+v.scroll.Size().Height >= v.body.MinSize().Height-4
		v.cull()
	}
	v.list = widget.NewList(
		func() int { return len(v.history) },
		func() fyne.CanvasObject {
			// Labels that end in an ellipsis at the panel's width, whatever
			// the type's size.
			title := widget.NewLabel("")
			title.TextStyle.Bold = true
			title.Truncation = fyne.TextTruncateEllipsis
			meta := widget.NewLabel("")
			meta.SizeName = theme.SizeNameCaptionText
			meta.Truncation = fyne.TextTruncateEllipsis
			return container.New(&tightRows{}, title, meta)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(v.history) {
				return
			}
			s := v.history[id]
			box := o.(*fyne.Container)
			title, meta := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label)
			title.SetText(summaryTitle(s))
			text, failed := v.summaryMeta(s)
			meta.Importance = widget.LowImportance
			if failed {
				meta.Importance = widget.DangerImportance
			}
			meta.SetText(text)
		},
	)
	v.list.OnSelected = func(id widget.ListItemID) {
		if id < len(v.history) && v.OnSelect != nil {
			v.OnSelect(v.history[id].ID)
		}
	}
	v.footer = container.NewHBox()
	historyTitle := text("Recent", theme.TextSize(), colDim, true)
	history := container.NewBorder(container.NewPadded(historyTitle), nil, nil, nil, v.list)
	v.main = container.NewBorder(v.notice, nil, nil, nil, container.New(viewport{cull: v.cull}, v.scroll))
	v.content = container.New(&splitLayout{side: 300}, v.main, panel(history, colPanel))
	top := container.NewVBox(v.header, v.tiles)
	v.root = container.NewStack(
		canvas.NewRectangle(colBackground),
		container.NewPadded(container.NewBorder(top, v.footer, nil, nil, v.content)),
	)
	v.update(time.Time{})
}

func (v *View) headerObjects() []fyne.CanvasObject {
	// One paragraph: a narrow window, or large type, puts the state and the
	// server on lines of their own instead of cutting them off.
	state := run{text: "◌ connecting", col: theme.ColorNameWarning, bold: true}
	switch {
	case v.fatal != nil && refused(v.fatal):
		state.text, state.col = "✗ the server refused the token", theme.ColorNameError
	case v.fatal != nil:
		state.text, state.col = "✗ stopped: "+v.fatal.Error(), theme.ColorNameError
	case v.conn.State == client.Live:
		state.text, state.col = "● live", theme.ColorNameSuccess
	case v.conn.State == client.Reconnecting:
		state.text = fmt.Sprintf("◌ reconnecting · attempt %d · next in %.1f s · showing the last state", v.conn.Attempt, v.conn.Wait.Seconds())
	}
	return []fyne.CanvasObject{line(
		run{text: "quizstats", col: theme.ColorNamePrimary, size: theme.SizeNameHeadingText, bold: true},
		run{text: "   "}, state, run{text: "   "},
		run{text: v.opts.Server, col: theme.ColorNamePlaceHolder},
	)}
}

func (v *View) tileObjects() []fyne.CanvasObject {
	labels := [4]string{"Analyses today", "Questions", "Cache hits", "Median latency"}
	out := make([]fyne.CanvasObject, 4)
	for i, l := range labels {
		val := text("–", theme.TextSize()*2, colText, true)
		if v.st.Stats == nil {
			val.Color = colDim
			v.totalTexts[i] = nil
		} else {
			v.totalTexts[i] = val
		}
		out[i] = panel(container.NewVBox(text(l, theme.CaptionTextSize(), colDim, false), val), colPanel)
	}
	return out
}

// Notices are the warnings shown above the analysis.
func (v *View) Notices() []string {
	var out []string
	switch {
	case v.fatal != nil && refused(v.fatal):
		out = append(out, "The server refused the connection: "+v.fatal.Error()+". Give quizstats-desktop the server's token "+
			"in QUIZSTATS_TOKEN (or QUIZSTATS_TOKEN_FILE), or enter it under quizstats ▸ Switch server…; trying again will not help.")
	case v.fatal != nil:
		out = append(out, "Stopped following the server: "+v.fatal.Error()+". Trying again will not help; "+
			"quizstats ▸ Switch server… connects to another.")
	case v.conn.State == client.Reconnecting && v.conn.Err != nil:
		out = append(out, "Lost the server: "+v.conn.Err.Error())
	}
	if msg := live.Notice(v.st.Ready); msg != "" {
		out = append(out, msg)
	}
	return out
}

// refused reports whether err is the server turning the token down.
func refused(err error) bool {
	qe, ok := errors.AsType[*quiz.Error](err)
	return ok && (qe.Code == quiz.ECodeUnauthorized || qe.Code == quiz.ECodeForbidden)
}

func (v *View) noticeObjects() []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, msg := range v.Notices() {
		col := colTie
		if v.fatal != nil && len(out) == 0 {
			col = colWrong
		}
		out = append(out, banner(msg, col))
	}
	if v.pinned != nil {
		back := widget.NewButton("Back to live", func() {
			v.Pin(nil, v.lastFrame)
		})
		out = append(out, container.NewBorder(nil, nil, nil, back,
			line(run{text: "From the history: " + v.pinned.Title(), col: theme.ColorNamePlaceHolder})))
	}
	return out
}

func (v *View) footerObjects() []fyne.CanvasObject {
	return []fyne.CanvasObject{
		text(fmt.Sprintf("%d events · last #%d", v.st.Events, v.st.LastSeq), theme.CaptionTextSize(), colDim, false),
	}
}

func (v *View) waiting() fyne.CanvasObject {
	msg := "Waiting for a quiz: answers appear here as the model writes them."
	if v.fatal != nil {
		msg = "Nothing to show: the window follows no server until it can connect."
	}
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameSubHeadingText
	l.Importance = widget.LowImportance
	return container.NewPadded(l)
}

// analysisHeader is the analysis' title, state, score and colour key.
func (v *View) analysisHeader(a *live.Analysis) fyne.CanvasObject {
	ts := theme.TextSize()
	title := widget.NewLabelWithStyle(a.Title(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	title.Wrapping = fyne.TextWrapWord
	status, col := statusText(a)
	st := text(status, ts*1.2, col, true)
	var meta []string
	for _, p := range []string{a.Model, plural(a.Samples, "sample"), hostPath(a.Source), v.when(a.CreatedAt)} {
		if p != "" {
			meta = append(meta, p)
		}
	}
	rows := []fyne.CanvasObject{
		container.NewBorder(nil, nil, nil, container.NewCenter(st), title),
		line(run{text: strings.Join(meta, " · "), col: theme.ColorNamePlaceHolder, size: theme.SizeNameCaptionText}),
	}
	if a.Status == quiz.StatusFailed {
		msg := "The analysis failed."
		if a.Err != nil {
			msg = fmt.Sprintf("The analysis failed: %s (%s)", a.Err.Message, a.Err.Code)
		}
		rows = append(rows, banner(msg, colWrong))
	}
	if sc := a.Score; sc != nil && sc.Total > 0 {
		col := theme.ColorNameSuccess
		if sc.Correct < sc.Total {
			col = theme.ColorNameError
		}
		rows = append(rows, line(dotted(
			run{text: fmt.Sprintf("Score %d/%d", sc.Correct, sc.Total), col: col, size: theme.SizeNameSubHeadingText, bold: true},
			run{text: fmt.Sprintf("%d%% right", int(math.Round(100*sc.Ratio)))},
		)...))
		// The details go on a line of their own: a narrow window has room
		// for them there.
		var parts []run
		if a.Samples > 1 {
			parts = append(parts, run{text: fmt.Sprintf("AI-answerability %d%%", int(math.Round(100*sc.Answerability)))})
		}
		var wrong []string
		for _, q := range sc.Questions {
			if !q.Correct {
				wrong = append(wrong, fmt.Sprintf("Q%d", q.Question+1))
			}
		}
		if len(wrong) > 0 {
			parts = append(parts, run{text: "wrong: " + strings.Join(wrong, ", "), col: theme.ColorNameError, bold: true})
		}
		if t := a.Timing; t != nil && t.TotalMS > 0 {
			parts = append(parts, run{text: "took " + millis(t.TotalMS), col: theme.ColorNamePlaceHolder})
		}
		rows = append(rows, line(dotted(parts...)...))
	} else if t := a.Timing; t != nil && t.TotalMS > 0 {
		rows = append(rows, line(run{text: "took " + millis(t.TotalMS), col: theme.ColorNamePlaceHolder}))
	}
	if a.Status != "" && a.Status != quiz.StatusRunning && a.Status != quiz.StatusFailed {
		var missing []string
		for i, q := range a.Questions {
			if q.Answer == nil || !q.Answer.Answered() {
				missing = append(missing, fmt.Sprintf("Q%d", i+1))
			}
		}
		if len(missing) > 0 {
			rows = append(rows, line(run{text: "Not answered: " + strings.Join(missing, ", "), col: theme.ColorNameWarning, bold: true}))
		}
	}
	rows = append(rows, v.legend(a))
	return container.NewPadded(container.NewVBox(rows...))
}

// legend says what each colour means, for the colours this analysis uses:
// a paragraph, so that it wraps in a narrow window.
func (v *View) legend(a *live.Analysis) fyne.CanvasObject {
	runs := []run{{text: "Key:  ", col: theme.ColorNamePlaceHolder, size: theme.SizeNameCaptionText, bold: true}}
	item := func(c fyne.ThemeColorName, outline bool, label string) {
		sw := "■ "
		if outline {
			sw = "□ "
		}
		runs = append(runs, run{text: sw, col: c, size: theme.SizeNameCaptionText},
			run{text: label + "   ", col: theme.ColorNamePlaceHolder, size: theme.SizeNameCaptionText})
	}
	if a.Score != nil {
		item(theme.ColorNameSuccess, false, "correct")
		item(theme.ColorNameError, false, "wrong")
		item(theme.ColorNameSuccess, true, "the key's answer")
	} else {
		item(theme.ColorNamePrimary, false, "the model's pick")
	}
	if a.Samples > 1 {
		item(colorNameVotes, false, "other votes")
	}
	item(theme.ColorNameWarning, false, "tie: no majority")
	return line(runs...)
}

// questionCard draws one question: its text, confidence and verdict, and
// an answer bar per option (the share of the samples that picked it; the
// confidence with one sample).
func (v *View) questionCard(i int, q *live.Question, qv *qview, a *live.Analysis, now time.Time) fyne.CanvasObject {
	ts := theme.TextSize()
	qtext := q.Q.Text
	if !q.Known {
		qtext = fmt.Sprintf("Question %d", i+1)
	}
	num := text(fmt.Sprintf("%d", i+1), ts*1.2, colDim, true)
	label := widget.NewLabelWithStyle(qtext, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	label.Wrapping = fyne.TextWrapWord
	var right []fyne.CanvasObject
	var marks []run
	tie := live.Tie(q, a.Samples)
	var reason string
	switch {
	case q.Answer != nil && q.Answer.Error != nil:
		right = append(right, text("not answered", ts, colWrong, true))
		reason = q.Answer.Error.Message
		qv.confText = nil
	case q.Answer == nil && a.Status != "" && a.Status != quiz.StatusRunning:
		right = append(right, text("not answered", ts, colWrong, true))
		qv.confText = nil
	case q.Answer == nil:
		right = append(right, text("…", ts*1.2, colDim, true))
		qv.confText = nil
	default:
		qv.confText = text("", ts*1.4, colText, true)
		qv.confText.Alignment = fyne.TextAlignTrailing
		right = append(right, container.New(&fixedWidth{w: ts * 4.4}, qv.confText))
		if len(tie) > 1 {
			marks = append(marks, run{text: "tie · no majority   ", col: theme.ColorNameWarning, bold: true})
		}
		if vd := q.Verdict; vd != nil {
			if vd.Correct {
				marks = append(marks, run{text: "✓ correct", col: theme.ColorNameSuccess, bold: true})
			} else {
				marks = append(marks, run{text: "✗ wrong · the key says " + letters(vd.Expected), col: theme.ColorNameError, bold: true})
			}
		}
	}
	head := container.NewBorder(nil, nil, container.NewCenter(num), container.NewHBox(right...), label)
	rows := []fyne.CanvasObject{head}
	if len(marks) > 0 {
		rows = append(rows, line(marks...))
	}
	qv.bars = nil
	if reason != "" {
		l := widget.NewLabel("Not answered: " + reason)
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.DangerImportance
		rows = append(rows, l)
	}
	if q.Answer != nil && q.Answer.Error == nil {
		ans := q.Answer
		if len(q.Q.Options) == 0 {
			if ans.Text != "" {
				rows = append(rows, line(run{text: "→ " + ans.Text, col: theme.ColorNamePrimary, bold: true}))
			}
		}
		for j, o := range q.Q.Options {
			rows = append(rows, v.optionRow(j, o, q, qv, a, tie, now))
		}
		if ans.Explanation != "" {
			ex := widget.NewLabel(ans.Explanation)
			ex.Wrapping = fyne.TextWrapWord
			ex.SizeName = theme.SizeNameCaptionText
			ex.Importance = widget.LowImportance
			rows = append(rows, ex)
		}
	}
	return container.NewPadded(panel(container.NewVBox(rows...), colCard))
}

// optionRow is one option: its letter and text, its bar and its count.
func (v *View) optionRow(j int, o string, q *live.Question, qv *qview, a *live.Analysis, tie []int, now time.Time) fyne.CanvasObject {
	ts := theme.TextSize()
	ans := q.Answer
	chosen := slices.Contains(ans.Choices, j)
	inKey := q.Verdict != nil && slices.Contains(q.Verdict.Expected, j)
	share, count := share(ans, j, a.Samples), ""
	switch {
	case a.Samples > 1:
		votes := 0
		if j < len(ans.Votes) {
			votes = ans.Votes[j]
		}
		count = fmt.Sprintf("%d/%d", votes, a.Samples)
	case chosen:
		count = "picked"
	}
	fill := colVotes
	switch {
	case len(tie) > 1 && slices.Contains(tie, j):
		fill = colTie
	case chosen && q.Verdict != nil && inKey:
		fill = colCorrect
	case chosen && q.Verdict != nil:
		fill = colWrong
	case chosen:
		fill = colPick
	}
	var key color.Color
	if inKey {
		key = colCorrect
	}
	t := &tween{from: share, to: share}
	if j < len(qv.votes) {
		t = &qv.votes[j]
	}
	b := newBar(t, fill, key, ts*0.9)
	qv.bars = append(qv.bars, b)
	textCol := colDim
	if chosen {
		textCol = colText
	}
	let := text(letter(j), ts, textCol, true)
	opt := text(optionText(o, j), ts, textCol, chosen)
	cnt := text(count, ts*0.9, colDim, false)
	return container.New(&optionLayout{letter: ts * 1.6, label: 260 * v.scale(), count: ts * 4, full: opt.Text}, let, opt, b.obj, cnt)
}

// share is how long option j's bar is: the share of the samples that
// picked it, or, with one sample, the confidence of a picked option.
func share(a *quiz.Answer, j, samples int) float64 {
	if samples > 1 {
		if j < len(a.Votes) {
			return float64(a.Votes[j]) / float64(samples)
		}
		return 0
	}
	if slices.Contains(a.Choices, j) {
		return a.Confidence
	}
	return 0
}

func statusText(a *live.Analysis) (string, color.Color) {
	answered := a.Answered()
	switch a.Status {
	case "", quiz.StatusRunning:
		return fmt.Sprintf("answering %d/%d", answered, len(a.Questions)), colPick
	case quiz.StatusPartial:
		return fmt.Sprintf("partial · %d of %d answered", a.Valid(), len(a.Questions)), colTie
	case quiz.StatusFailed:
		return "failed", colWrong
	case quiz.StatusCompleted:
		if a.Cached {
			return "done · from the cache", colCorrect
		}
		return "done", colCorrect
	}
	// A state this build does not know (partial): say it as the server does.
	return fmt.Sprintf("%s · %d/%d answered", a.Status, answered, len(a.Questions)), colTie
}

func (v *View) when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(v.opts.Location).Format("2006-01-02 15:04")
}

// summaryMeta is a history entry's second line, and whether it failed.
func (v *View) summaryMeta(s quiz.Summary) (string, bool) {
	parts := []string{v.when(s.CreatedAt), plural(s.Questions, "question")}
	failed := false
	switch {
	case s.Status == quiz.StatusFailed:
		parts = append(parts, "failed")
		failed = true
	case s.Score != nil && s.Score.Total > 0:
		parts = append(parts, fmt.Sprintf("score %d/%d", s.Score.Correct, s.Score.Total))
	case s.Status != quiz.StatusCompleted:
		parts = append(parts, string(s.Status))
	}
	return strings.Join(parts, " · "), failed
}

func summaryTitle(s quiz.Summary) string {
	switch {
	case s.Source.Title != "":
		return s.Source.Title
	case s.Source.URL != "":
		return s.Source.URL
	}
	return "Untitled quiz"
}

func text(s string, size float32, c color.Color, bold bool) *canvas.Text {
	t := canvas.NewText(s, c)
	t.TextSize = size
	t.TextStyle.Bold = bold
	return t
}

// panel puts o on a rounded background.
func panel(o fyne.CanvasObject, c color.Color) fyne.CanvasObject {
	bg := canvas.NewRectangle(c)
	bg.CornerRadius = theme.Padding() * 1.5
	return container.NewStack(bg, container.NewPadded(o))
}

func banner(msg string, c color.Color) fyne.CanvasObject {
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle.Bold = true
	bg := canvas.NewRectangle(color.NRGBA{0xff, 0xff, 0xff, 0x0c})
	bg.StrokeColor, bg.StrokeWidth = c, 2
	bg.CornerRadius = theme.Padding()
	return container.NewPadded(container.NewStack(bg, l))
}

// run is a piece of a line of text in one colour, size and weight; the
// zero values are the foreground colour and the body size.
type run struct {
	text string
	col  fyne.ThemeColorName
	size fyne.ThemeSizeName
	bold bool
}

// line is a paragraph of runs that wraps between words: a narrow window or
// large type gets more lines, never text cut off at the window's edge.
func line(runs ...run) *widget.RichText {
	segs := make([]widget.RichTextSegment, len(runs))
	for i, r := range runs {
		if r.col == "" {
			r.col = theme.ColorNameForeground
		}
		if r.size == "" {
			r.size = theme.SizeNameText
		}
		segs[i] = &widget.TextSegment{Text: r.text, Style: widget.RichTextStyle{
			Inline: true, ColorName: r.col, SizeName: r.size, TextStyle: fyne.TextStyle{Bold: r.bold},
		}}
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// dotted puts a dim dot between the runs of a line.
func dotted(runs ...run) []run {
	var out []run
	for i, r := range runs {
		if i > 0 {
			out = append(out, run{text: " · ", col: theme.ColorNamePlaceHolder})
		}
		out = append(out, r)
	}
	return out
}

func millis(ms float64) string {
	switch {
	case ms < 0.5:
		return "–"
	case ms < 1000:
		return fmt.Sprintf("%d ms", int(math.Round(ms)))
	default:
		return fmt.Sprintf("%.1f s", ms/1000)
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// hostPath is a page's address without its scheme, which says nothing.
func hostPath(src quiz.Source) string {
	if src.Title == "" {
		return "" // the URL is the title already
	}
	u := strings.TrimPrefix(strings.TrimPrefix(src.URL, "https://"), "http://")
	return strings.TrimSuffix(u, "/")
}

func letter(i int) string { return string(rune('A' + i)) }

func letters(is []int) string {
	var out []string
	for _, i := range is {
		out = append(out, letter(i))
	}
	return strings.Join(out, ",")
}

func optionText(o string, j int) string {
	if o == "" {
		return "Option " + letter(j)
	}
	return o
}

func clamp(f float64) float64 { return min(max(f, 0), 1) }
