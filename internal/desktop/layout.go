package desktop

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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
