package desktop

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// bar is an answer bar: a track, a fill as long as its share, and, for
// the key's answer, an outline in the key's colour.
type bar struct {
	t   *tween
	lay *barLayout
	obj *fyne.Container
}

func newBar(t *tween, fill, key color.Color, height float32) *bar {
	track := canvas.NewRectangle(colTrack)
	track.CornerRadius = 3
	f := canvas.NewRectangle(fill)
	f.CornerRadius = 3
	objs := []fyne.CanvasObject{track, f}
	if key != nil {
		o := canvas.NewRectangle(color.Transparent)
		o.StrokeColor, o.StrokeWidth, o.CornerRadius = key, 2, 3
		objs = append(objs, o)
	}
	lay := &barLayout{height: height, frac: -1}
	return &bar{t: t, lay: lay, obj: fyne.NewContainerWithLayout(lay, objs...)}
}

// draw sets the bar's share; it lays the bar out again only when the
// share changed.
func (b *bar) draw(frac float64) {
	if frac == b.lay.frac {
		return
	}
	b.lay.frac = frac
	b.lay.Layout(b.obj.Objects, b.obj.Size())
	for _, o := range b.obj.Objects {
		o.Refresh()
	}
}

type barLayout struct {
	height float32
	frac   float64
}

func (l *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h := min(l.height, size.Height)
	y := (size.Height - h) / 2
	for i, o := range objs {
		o.Move(fyne.NewPos(0, y))
		w := size.Width
		if i == 1 {
			w = float32(max(l.frac, 0)) * size.Width
		}
		o.Resize(fyne.NewSize(w, h))
	}
}

func (l *barLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(60, l.height) }

// fixedWidth gives its objects one width, whatever their text: the option
// column lines up from question to question.
type fixedWidth struct{ w float32 }

func (l *fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, (size.Height-o.MinSize().Height)/2))
		o.Resize(fyne.NewSize(l.w, o.MinSize().Height))
	}
}

func (l *fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.w, h)
}

// splitLayout puts the analysis (objs[0]) beside the history (objs[1]) on
// a wide window, and the history under it, shorter, on a narrow one.
type splitLayout struct{ side float32 }

const narrow = 820

func (l *splitLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := float32(8)
	if size.Width >= narrow {
		side := l.side
		objs[0].Move(fyne.NewPos(0, 0))
		objs[0].Resize(fyne.NewSize(size.Width-side-pad, size.Height))
		objs[1].Move(fyne.NewPos(size.Width-side, 0))
		objs[1].Resize(fyne.NewSize(side, size.Height))
		return
	}
	hist := min(size.Height/4, 200)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, size.Height-hist-pad))
	objs[1].Move(fyne.NewPos(0, size.Height-hist))
	objs[1].Resize(fyne.NewSize(size.Width, hist))
}

func (l *splitLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return fyne.NewSize(320, 400) }

// optionLayout lays out an option's line: letter, text, bar, count. The
// text column is as wide on every line, up to a third of the line, so the
// bars of all questions start in one column.
type optionLayout struct {
	letter, label, count float32
	full                 string // the option's text, cut to fit its column
}

func (l *optionLayout) widths(w float32) (letter, label, bar, count float32) {
	pad := float32(6)
	label = min(l.label, w/3)
	bar = max(w-l.letter-label-l.count-3*pad, 20)
	return l.letter, label, bar, l.count
}

func (l *optionLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := float32(6)
	ws := [4]float32{}
	ws[0], ws[1], ws[2], ws[3] = l.widths(size.Width)
	if t, ok := objs[1].(*canvas.Text); ok {
		if cut := fit(l.full, ws[1], t.TextSize, t.TextStyle); cut != t.Text {
			t.Text = cut
			t.Refresh()
		}
	}
	x := float32(0)
	for i, o := range objs {
		h := o.MinSize().Height
		if i == 2 {
			h = size.Height
		}
		o.Move(fyne.NewPos(x, (size.Height-h)/2))
		o.Resize(fyne.NewSize(ws[i], h))
		x += ws[i] + pad
	}
}

func (l *optionLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.letter+l.count+80, h)
}

// fit cuts s to the width w, with an ellipsis when it had to cut.
func fit(s string, w, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(s, size, style).Width <= w {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(r[:mid])+"…", size, style).Width <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(r[:lo]) + "…"
}

// tileGrid puts the totals' tiles in four columns, or two, or one: as many
// as give every tile its whole text, so large type in a narrow window
// stacks them instead of cutting their labels off.
type tileGrid struct{ width float32 } // the width last laid out at

const tileGap = 4

func (l *tileGrid) cols(objs []fyne.CanvasObject, width float32) (n int, rowH float32) {
	widest := float32(0)
	for _, o := range objs {
		widest = max(widest, o.MinSize().Width)
		rowH = max(rowH, o.MinSize().Height)
	}
	n = max(len(objs), 1)
	for n > 1 && (width-tileGap*float32(n-1))/float32(n) < widest {
		n /= 2
	}
	return n, rowH
}

func (l *tileGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	n, rowH := l.cols(objs, size.Width)
	w := (size.Width - tileGap*float32(n-1)) / float32(n)
	for i, o := range objs {
		o.Move(fyne.NewPos(float32(i%n)*(w+tileGap), float32(i/n)*(rowH+tileGap)))
		o.Resize(fyne.NewSize(w, rowH))
	}
}

// MinSize is as wide as the widest tile, and as tall as the rows at the
// width last laid out: the window lays its content out again when this
// changes.
func (l *tileGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	width := l.width
	if width == 0 {
		width = 1 << 20 // not laid out yet: one row
	}
	n, rowH := l.cols(objs, width)
	rows := (len(objs) + n - 1) / n
	widest := float32(0)
	for _, o := range objs {
		widest = max(widest, o.MinSize().Width)
	}
	return fyne.NewSize(widest, float32(rows)*rowH+tileGap*float32(max(rows-1, 0)))
}

// tightRows stacks labels with their padding overlapping, as two lines of
// one entry rather than two entries.
type tightRows struct{}

const rowOverlap = 8

func (tightRows) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - rowOverlap
	}
}

func (tightRows) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s = fyne.NewSize(max(s.Width, m.Width), s.Height+m.Height-rowOverlap)
	}
	return fyne.NewSize(s.Width, s.Height+rowOverlap)
}

// cardList stacks the analysis' header and question cards as a VBox does
// (one padding between them), and hides those outside the scroll's
// viewport: Fyne draws every visible object of a window on every frame,
// clipped or not, so forty cards cost forty cards' drawing although a
// few are on screen. Hidden cards keep their place: the list is as tall
// as all of them.
type cardList struct {
	scroll *container.Scroll // whose viewport decides what is drawn
	tops   []float32         // where each object starts, as last laid out
}

func (l *cardList) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	l.tops = l.tops[:0]
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		l.tops = append(l.tops, y)
		y += h + pad
	}
	l.cull(objs)
}

func (l *cardList) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for i, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
		if i > 0 {
			s.Height += theme.Padding()
		}
	}
	return s
}

// cull shows the objects that overlap the viewport and hides the rest.
func (l *cardList) cull(objs []fyne.CanvasObject) {
	if l.scroll == nil || len(l.tops) != len(objs) {
		return
	}
	top := l.scroll.Offset.Y
	bottom := top + l.scroll.Size().Height
	for i, o := range objs {
		in := l.tops[i] < bottom && l.tops[i]+o.Size().Height > top
		switch {
		case in && !o.Visible():
			o.Show()
		case !in && o.Visible():
			o.Hide()
		}
	}
}

// viewport gives the scroll all its room, and shows the cards that a new
// height brings into view: a taller window does not lay the cards out
// again when the list is taller still.
type viewport struct{ cull func() }

func (l viewport) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	l.cull()
}

func (l viewport) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
