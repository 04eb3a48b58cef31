package tui

import (
	"fmt"
	"github.com/quizstats/quizstats/internal/termtext"
	"math"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/live"
	"github.com/quizstats/quizstats/internal/quiz"
)

// styles are the display's colours. Lip Gloss writes full colour; Bubble
// Tea lowers it to what the terminal has (16 colours over an old SSH
// client, none when NO_COLOR is set).
//
// The colours mean what they mean on the dashboard (web/static/state.js):
// green correct by the key, red wrong by it, the accent a pick with no key
// to judge it, amber a tie (no majority) or a warning.
type styles struct {
	title, bold, dim, accent, good, bad, warn, bar lipgloss.Style
	// pick is an option the model chose when there is no key.
	pick lipgloss.Style
}

func newStyles() styles {
	s := lipgloss.NewStyle()
	return styles{
		title:  s.Bold(true).Foreground(lipgloss.Color("#4cc2ff")),
		bold:   s.Bold(true),
		dim:    s.Foreground(lipgloss.Color("#8b949e")),
		accent: s.Foreground(lipgloss.Color("#4cc2ff")),
		good:   s.Foreground(lipgloss.Color("#3ddc97")).Bold(true),
		bad:    s.Foreground(lipgloss.Color("#ff7b72")).Bold(true),
		warn:   s.Foreground(lipgloss.Color("#ffc857")),
		bar:    s.Foreground(lipgloss.Color("#4c7da8")),
		pick:   s.Foreground(lipgloss.Color("#4cc2ff")).Bold(true),
	}
}

// View draws the display on the alternate screen, as full-screen
// programs do, so the shell's scrollback is left as it was.
func (m *Model) View() tea.View {
	v := tea.NewView(m.Render())
	v.AltScreen = true
	v.WindowTitle = "quizstats"
	return v
}

// Render draws the display at its size; a height of 0 draws everything.
func (m *Model) Render() string {
	w := m.width
	if w <= 0 {
		w = 80
	}
	w = max(w, 40)
	top := []string{m.titleLine(w), m.totalsLine(w)}
	top = append(top, m.notices(w)...)
	top = append(top, m.styles.dim.Render(strings.Repeat("─", w)))
	head, body, focus := m.analysisLines(w)

	var footer []string
	if !m.once {
		footer = []string{m.footerLine(w)}
	}
	if m.height > 0 {
		avail := m.height - len(top) - len(head) - len(footer)
		body = m.window(body, focus, avail)
		for len(top)+len(head)+len(body)+len(footer) < m.height {
			body = append(body, "")
		}
	}
	lines := slices.Concat(top, head, body, footer)
	if m.height > 0 && len(lines) > m.height {
		lines = lines[:m.height]
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, "")
	}
	return strings.Join(lines, "\n")
}

// spread puts left and right on one line of width w.
func spread(left, right string, w int) string {
	gap := w - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		left = ansi.Truncate(left, max(0, w-lipgloss.Width(right)-2), "…")
		gap = max(1, w-lipgloss.Width(left)-lipgloss.Width(right))
	}
	return left + strings.Repeat(" ", gap) + right
}

func (m *Model) titleLine(w int) string {
	s := m.styles
	left := " " + s.title.Render("quizstats") + "  "
	if m.once {
		return spread(left+m.readiness(), s.dim.Render(m.opts.Server)+" ", w)
	}
	switch {
	case m.fatal != nil:
		left += s.bad.Render("✗ " + m.fatal.Error())
	case m.conn.State == client.Live:
		left += s.good.Render("● live")
	case m.conn.State == client.Reconnecting:
		left += s.warn.Render(fmt.Sprintf("◌ reconnecting · attempt %d · next in %.1fs", m.conn.Attempt, m.conn.Wait.Seconds()))
	default:
		left += s.warn.Render("◌ connecting")
	}
	return spread(left, s.dim.Render(m.opts.Server)+" ", w)
}

func (m *Model) readiness() string {
	switch {
	case m.st.Ready == nil:
		return ""
	case m.st.Ready.Ready:
		return m.styles.good.Render("ready")
	default:
		return m.styles.warn.Render("not ready")
	}
}

func (m *Model) totalsLine(w int) string {
	s := m.styles
	if m.st.Stats == nil {
		return " " + s.dim.Render("totals: waiting for the server")
	}
	item := func(label, value string) string { return s.dim.Render(label+" ") + s.bold.Render(value) }
	parts := []string{
		item("Analyses today", fmt.Sprint(int(math.Round(m.totals[0].pos)))),
		item("Questions", fmt.Sprint(int(math.Round(m.totals[1].pos)))),
		item("Cache hits", fmt.Sprintf("%d%%", int(math.Round(100*m.totals[2].pos)))),
		item("Median time", millis(m.totals[3].pos)),
	}
	return " " + strings.Join(parts, s.dim.Render("  ·  "))
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

// notices say why the display lacks something: a lost connection, a
// server that cannot analyze (no model, a failing model).
func (m *Model) notices(w int) []string {
	var out []string
	if m.conn.State == client.Reconnecting && m.conn.Err != nil && !m.once {
		out = append(out, wrap(m.styles.warn, "Lost the server: "+m.conn.Err.Error(), 1, w, 1)...)
	}
	if m.st.Ready != nil {
		// An open breaker leaves the server ready (degraded): the model is
		// failing, and the message says why and when it is tried again.
		if b := m.st.Ready.Checks["model_breaker"]; b != "" && b != "ok" {
			out = append(out, wrap(m.styles.warn, "Analyses are paused: "+b, 1, w, 3)...)
		}
		// A model whose check fails leaves the server ready (degraded)
		// too; the check says what fails and what to do.
		if mc := m.st.Ready.Checks["model"]; m.st.Ready.Ready && mc != "" && mc != "unverified" && !strings.HasPrefix(mc, "ok") {
			out = append(out, wrap(m.styles.warn, "The model check fails: "+mc, 1, w, 3)...)
		}
	}
	if m.st.Ready == nil || m.st.Ready.Ready {
		return out
	}
	msg := m.st.Ready.Checks["model"]
	if msg == "" || msg == "ok" {
		msg = "the store is not usable: " + m.st.Ready.Checks["store"]
	}
	if rest, ok := strings.CutPrefix(msg, "no model is configured: "); ok {
		msg = "No model is configured: " + rest
	} else {
		msg = "The server cannot analyze: " + msg
	}
	return append(out, wrap(m.styles.warn, msg, 1, w, 3)...)
}

// wrap breaks text into at most n lines of width w, each indented by
// indent spaces, in style st.
func wrap(st lipgloss.Style, text string, indent, w, n int) []string {
	pad := strings.Repeat(" ", indent)
	var out []string
	line := ""
	for _, word := range strings.Fields(termtext.Clean(text)) {
		if line != "" && indent+ansi.StringWidth(line)+1+ansi.StringWidth(word) > w-1 {
			out = append(out, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	out = append(out, line)
	if len(out) > n {
		out = out[:n]
		out[n-1] = ansi.Truncate(out[n-1], w-indent-2, "") + "…"
	}
	for i := range out {
		out[i] = pad + st.Render(out[i])
	}
	return out
}

func (m *Model) footerLine(w int) string {
	s := m.styles
	keys := s.dim.Render(" q quit  ↑↓ scroll  end follow")
	seen := s.dim.Render(fmt.Sprintf("%d events · last #%d ", m.st.Events, m.st.LastSeq))
	return spread(keys, seen, w)
}

// analysisLines returns the analysis' fixed header, its question lines, and
// the line range [focus[0], focus[1]) to keep in view: the newest answer
// and the question after it.
func (m *Model) analysisLines(w int) (head, body []string, focus [2]int) {
	s := m.styles
	a := m.st.Cur
	if a == nil {
		return []string{"", s.dim.Render(" Waiting for a quiz: answers appear here as the model writes them.")}, nil, focus
	}
	title := oneLine(a.Source.Title)
	if title == "" {
		title = oneLine(a.Source.URL)
	}
	if title == "" {
		title = "Untitled quiz"
	}
	answered, unanswered := 0, 0
	for _, q := range a.Questions {
		switch {
		case q.Answer == nil:
		case q.Answer.Answered():
			answered++
		default:
			unanswered++
		}
	}
	var status string
	switch {
	case a.Status == quiz.StatusFailed:
		status = s.bad.Render("failed")
	case a.Status == quiz.StatusPartial:
		status = s.warn.Render(fmt.Sprintf("partial %d/%d", answered, len(a.Questions)))
		if a.Cached {
			status += s.dim.Render(" · from the cache")
		}
	case a.Status == quiz.StatusCompleted && a.Cached:
		status = s.good.Render("done") + s.dim.Render(" · from the cache")
	case a.Status == quiz.StatusCompleted:
		status = s.good.Render("done")
	default:
		status = s.accent.Render(fmt.Sprintf("answering %d/%d", answered, len(a.Questions)))
	}
	head = append(head, spread(" "+s.bold.Render(title), status+" ", w))
	var meta []string
	for _, p := range []string{a.Model, plural(a.Samples, "sample"), hostPath(a.Source), m.when(a.CreatedAt)} {
		if p != "" {
			meta = append(meta, p)
		}
	}
	head = append(head, " "+s.dim.Render(strings.Join(meta, " · ")))
	head = append(head, m.summary(w)...)
	head = append(head, "")

	last := -1
	for i, q := range a.Questions {
		start := len(body)
		body = append(body, m.questionLines(i, q, w)...)
		if q.Answer != nil && i >= last {
			last = i
			focus = [2]int{start, len(body)}
		}
		if i == last+1 && last >= 0 {
			focus[1] = len(body) // the question being written, too
		}
	}
	return head, body, focus
}

// summary is what the end of an analysis says, on as many lines of width w
// as it takes (at most three).
func (m *Model) summary(w int) []string {
	s := m.styles
	a := m.st.Cur
	if a.Status == quiz.StatusFailed {
		if a.Err != nil {
			return wrap(s.bad, fmt.Sprintf("Failed (%s): %s", a.Err.Code, a.Err.Message), 1, w, 3)
		}
		return []string{" " + s.bad.Render("Failed")}
	}
	if a.Status != quiz.StatusCompleted && a.Status != quiz.StatusPartial {
		return nil
	}
	var parts []string
	if a.Status == quiz.StatusPartial {
		var missing []string
		for i, q := range a.Questions {
			if q.Answer == nil || !q.Answer.Answered() {
				missing = append(missing, fmt.Sprintf("Q%d", i+1))
			}
		}
		parts = append(parts, s.warn.Render("not answered: "+strings.Join(missing, ", ")))
	}
	if sc := a.Score; sc != nil && sc.Total > 0 {
		// Not right, by why: wrong (red), no majority (amber); the
		// unanswered are listed above.
		byOutcome := map[string][]string{}
		for _, q := range sc.Questions {
			byOutcome[q.Outcome] = append(byOutcome[q.Outcome], fmt.Sprintf("Q%d", q.Question+1))
		}
		st := s.good
		if sc.Correct < sc.Total {
			st = s.bad
		}
		parts = append(parts, st.Render(fmt.Sprintf("Score %d/%d", sc.Correct, sc.Total)), fmt.Sprintf("%d%% right", int(math.Round(100*sc.Ratio))))
		if a.Samples > 1 {
			parts = append(parts, fmt.Sprintf("AI-answerability %d%%", int(math.Round(100*sc.Answerability))))
		}
		if qs := byOutcome[quiz.OutcomeWrong]; len(qs) > 0 {
			parts = append(parts, s.bad.Render("wrong: "+strings.Join(qs, ", ")))
		}
		if qs := byOutcome[quiz.OutcomeNoMajority]; len(qs) > 0 {
			parts = append(parts, s.warn.Render("no majority: "+strings.Join(qs, ", ")))
		}
	}
	if t := a.Timing; t != nil && t.TotalMS > 0 {
		parts = append(parts, "took "+millis(t.TotalMS))
	}
	var lines []string
	line := ""
	for _, p := range parts {
		switch {
		case line == "":
			line = " " + p
		case lipgloss.Width(line)+3+lipgloss.Width(p) > w-1 && len(lines) < 2:
			lines = append(lines, line)
			line = " " + p
		default:
			line += s.dim.Render(" · ") + p
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func (m *Model) when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(m.opts.Location).Format("2006-01-02 15:04")
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

// questionLines draws one question: a line for the question, then its
// chosen option (one sample) or every option with its votes (several).
func (m *Model) questionLines(i int, q *live.Question, w int) []string {
	s := m.styles
	text := oneLine(q.Q.Text)
	if !q.Known {
		text = fmt.Sprintf("Question %d", i+1)
	}
	num := fmt.Sprintf(" %2d  ", i+1)
	if q.Answer == nil {
		return []string{spread(s.dim.Render(num+text), s.dim.Render("…  "), w)}
	}
	a := q.Answer
	if !a.Answered() {
		lines := []string{spread(s.dim.Render(num)+s.bold.Render(text), s.warn.Render("not answered")+" ", w)}
		// The line is the question's own: the message's "question N: "
		// (the request's 0-based numbering) would only confuse.
		why := strings.TrimPrefix(a.Error.Message, fmt.Sprintf("question %d: ", a.Question))
		return append(lines, wrap(s.dim, "not answered: "+why, 7, w, 2)...)
	}
	right := s.bold.Render(fmt.Sprintf("%3d%%", int(math.Round(100*clamp(m.qa[i].conf.pos)))))
	key := map[int]bool{}
	if v := q.Verdict; v != nil {
		for _, k := range v.Expected {
			key[k] = true
		}
		switch v.Outcome {
		case quiz.OutcomeCorrect:
			right += " " + s.good.Render("✓")
		case quiz.OutcomeNoMajority:
			right += " " + s.warn.Render("no majority · key "+letters(v.Expected))
		default:
			right += " " + s.bad.Render("✗ key "+letters(v.Expected))
		}
	} else if a.Tie {
		right += " " + s.warn.Render("no majority")
	}
	lines := []string{spread(s.dim.Render(num)+s.bold.Render(text), right+" ", w)}
	if a.Unseen != "" {
		// The confidence is capped; the reader must know why.
		lines = append(lines, wrap(s.warn, "⚠ "+a.Unseen, 7, w, 2)...)
	}

	if len(q.Q.Options) == 0 {
		if a.Text != "" {
			lines = append(lines, "       "+s.pick.Render("→ "+oneLine(a.Text)))
		}
		return m.withExplanation(lines, a, w)
	}
	tied := map[int]bool{}
	if a.Tie {
		top := slices.Max(append([]int{0}, a.Votes...))
		for j, v := range a.Votes {
			tied[j] = v == top && v > 0
		}
	}
	optW := m.optionWidth(w)
	several := m.st.Cur.Samples > 1
	for j, o := range q.Q.Options {
		chosen := slices.Contains(a.Choices, j)
		// The same tones as the dashboard's optionTone.
		mark, st, toned := "  ", s.dim, true
		switch {
		case tied[j]:
			mark, st = s.warn.Render("≈ "), s.warn
		case chosen && q.Verdict == nil:
			mark, st = s.pick.Render("▸ "), s.pick
		case chosen && key[j]:
			mark, st = s.good.Render("▸ "), s.good
		case chosen:
			mark, st = s.bad.Render("▸ "), s.bad
		case key[j]:
			mark, st = s.good.Render("○ "), s.good
		default:
			toned = false
		}
		if !several && !toned {
			continue
		}
		label := st.Render(letter(j)+"  ") + fit(optionText(o, j), optW, st)
		line := "     " + mark + label
		if several && j < len(m.qa[i].votes) {
			votes := 0
			if j < len(a.Votes) {
				votes = a.Votes[j]
			}
			count := fmt.Sprintf("%d/%d", votes, m.st.Cur.Samples)
			// Bars share one scale: 40 cells at most, less on a narrow
			// terminal; the count sits at the right edge.
			barW := min(40, w-7-3-optW-2-len(count)-2)
			bs := s.bar
			if toned {
				bs = st.UnsetBold()
			}
			line += "  " + bs.Render(bar(clamp(m.qa[i].votes[j].pos), barW)) + " " + s.dim.Render(count)
		}
		lines = append(lines, line)
	}
	return m.withExplanation(lines, a, w)
}

func letters(ks []int) string {
	var out []string
	for _, k := range ks {
		out = append(out, letter(k))
	}
	return strings.Join(out, ",")
}

// withExplanation adds the model's explanation where there is room for it:
// in a one-shot render, which has no height limit.
func (m *Model) withExplanation(lines []string, a *quiz.Answer, w int) []string {
	if m.once && a.Explanation != "" {
		lines = append(lines, wrap(m.styles.dim, a.Explanation, 7, w, 2)...)
	}
	return lines
}

// optionWidth is the width of the option column: the widest option of the
// analysis, so the bars of every question start in one column, but at most
// a third of the line.
func (m *Model) optionWidth(w int) int {
	n := 0
	for _, q := range m.st.Cur.Questions {
		for j, o := range q.Q.Options {
			n = max(n, ansi.StringWidth(optionText(o, j)))
		}
	}
	return min(n, (w-14)/3)
}

func optionText(o string, j int) string {
	if o == "" {
		return "Option " + letter(j)
	}
	return oneLine(o)
}

// oneLine is text from the model or the page made safe for the terminal
// (termtext.Clean) and folded onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(termtext.Clean(s)), " ")
}

// fit pads or truncates s to exactly n cells, in style st.
func fit(s string, n int, st lipgloss.Style) string {
	s = ansi.Truncate(s, n, "…")
	return st.Render(s) + strings.Repeat(" ", max(0, n-ansi.StringWidth(s)))
}

func clamp(f float64) float64 { return min(max(f, 0), 1) }

// bar draws a share of width n cells in eighths of a cell, padded to n.
func bar(share float64, n int) string {
	if n <= 0 {
		return ""
	}
	eighths := int(math.Round(share * float64(n*8)))
	full, part := eighths/8, eighths%8
	b := strings.Repeat("█", full)
	if part > 0 {
		b += string([]rune("▏▎▍▌▋▊▉")[part-1])
	}
	return b + strings.Repeat(" ", max(0, n-ansi.StringWidth(b)))
}

// window fits the question lines into avail lines: in follow mode the
// focus range is kept in view; otherwise from the scroll position. Lines
// cut off above or below are counted on the first or last line.
func (m *Model) window(body []string, focus [2]int, avail int) []string {
	if avail <= 0 {
		return nil
	}
	if len(body) <= avail {
		m.scroll = 0
		return body
	}
	off := m.scroll
	if m.follow {
		off = focus[1] - avail
		if focus[1]-focus[0] > avail {
			off = focus[0]
		}
	}
	off = min(max(off, 0), len(body)-avail)
	m.scroll = off
	out := slices.Clone(body[off : off+avail])
	if off > 0 {
		out[0] = m.styles.dim.Render(fmt.Sprintf("   ↑ %d more lines", off+1))
	}
	if below := len(body) - (off + avail); below > 0 {
		out[len(out)-1] = m.styles.dim.Render(fmt.Sprintf("   ↓ %d more lines", below+1))
	}
	return out
}
