package desktop

import (
	"bytes"
	"image/png"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// The tray's icon is drawn on a canvas of its own: drawing it leaves the
// app's theme (large type, say) as it was, and the icon shows its number.
func TestTrayIconKeepsTheTheme(t *testing.T) {
	a := test.NewTempApp(t)
	large := newLook(1.75)
	a.Settings().SetTheme(large)
	icon, err := trayIcon("3/10")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Settings().Theme(); got != fyne.Theme(large) {
		t.Errorf("drawing the tray icon set the app's theme to %v", got)
	}
	if ts := theme.TextSize(); ts != large.Size(theme.SizeNameText) {
		t.Errorf("text size after drawing the tray icon: %v, want large type's %v", ts, large.Size(theme.SizeNameText))
	}
	img, err := png.Decode(bytes.NewReader(icon.Content()))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 64 || b.Dy() != 64 {
		t.Errorf("icon is %dx%d, want 64x64", b.Dx(), b.Dy())
	}
	// The number is drawn in the pick colour on the panel.
	colours := map[[3]uint32]bool{}
	for y := 0; y < 64; y++ {
		for x := 0; x < 64; x++ {
			r, g, b, a := img.At(x, y).RGBA()
			if a > 0 {
				colours[[3]uint32{r >> 8, g >> 8, b >> 8}] = true
			}
		}
	}
	if len(colours) < 10 {
		t.Errorf("the icon has %d colours: no number drawn on it", len(colours))
	}
}
