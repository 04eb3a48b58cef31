package desktop

import (
	"bytes"
	"image/png"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/client"
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

// trayApp is a Fyne test app with the desktop driver's tray: it keeps the
// menu and icon the app gives its tray, and records a quit.
type trayApp struct {
	fyne.App
	menu   *fyne.Menu
	icon   fyne.Resource
	icons  int
	window fyne.Window
	quit   bool
}

var _ desktop.App = (*trayApp)(nil)

func (t *trayApp) SetSystemTrayMenu(m *fyne.Menu)    { t.menu = m }
func (t *trayApp) SetSystemTrayIcon(r fyne.Resource) { t.icon, t.icons = r, t.icons+1 }
func (t *trayApp) SetSystemTrayWindow(w fyne.Window) { t.window = w }
func (t *trayApp) Quit()                             { t.quit = true }
func (t *trayApp) NewWindow(title string) fyne.Window {
	return &shownWindow{Window: t.App.NewWindow(title)}
}

// shownWindow records whether it was last shown or hidden (the test
// window does not).
type shownWindow struct {
	fyne.Window
	shown bool
}

func (w *shownWindow) Show() { w.shown = true; w.Window.Show() }
func (w *shownWindow) Hide() { w.shown = false; w.Window.Hide() }

// The tray's menu opens the window, pauses the animations, switches the
// server and quits; its first line and its icon carry the live numbers.
func TestTrayMenu(t *testing.T) {
	fa := &trayApp{App: test.NewTempApp(t)}
	a, _, err := newApp(fa, Config{Server: "http://127.0.0.1:8080", Width: 1280, Height: 800})
	if err != nil {
		t.Fatal(err)
	}
	if fa.menu == nil {
		t.Fatal("no tray menu")
	}
	if fa.window != a.win {
		t.Error("the tray is not given the window to control")
	}
	var labels []string
	for _, it := range fa.menu.Items {
		l := it.Label
		if it.IsSeparator {
			l = "---"
		}
		labels = append(labels, l)
	}
	want := []string{"connecting", "---", "Open window", "Pause animations", "Switch server…", "---", "Quit"}
	if diff := cmp.Diff(want, labels); diff != "" {
		t.Fatalf("tray menu (-want +got):\n%s", diff)
	}
	item := func(label string) *fyne.MenuItem {
		for _, it := range fa.menu.Items {
			if it.Label == label {
				return it
			}
		}
		t.Fatalf("no %q in the tray menu", label)
		return nil
	}
	status := fa.menu.Items[0]
	if !status.Disabled || status.Action != nil {
		t.Error("the numbers' line can be clicked")
	}

	// The live numbers: the first line says them, the icon shows them.
	s := &stream{}
	a.view.SetConn(client.StateChange{State: client.Live}, t0)
	a.view.Event(stats(s, 3, 42), t0)
	if got := status.Label; got != "3 analyses today · 42 questions" {
		t.Errorf("with 3 analyses today the tray says %q", got)
	}
	icons := fa.icons
	a.view.Event(started(s, 5), t0)
	for _, an := range answers()[:3] {
		a.view.Event(answer(s, an), t0)
	}
	if got := status.Label; got != "Astronomy quiz 1: 3 of 10 answered" {
		t.Errorf("after 3 of 10 answers the tray says %q", got)
	}
	if a.trayLabel != "3/10" || fa.icons <= icons || fa.icon == nil {
		t.Errorf("the icon was not drawn again for 3/10: label %q, %d icons set", a.trayLabel, fa.icons-icons)
	}
	a.view.SetConn(client.StateChange{State: client.Reconnecting, Attempt: 1, Wait: time.Second}, t0)
	if got := status.Label; got != "Astronomy quiz 1: 3 of 10 answered · reconnecting" {
		t.Errorf("reconnecting, the tray says %q", got)
	}

	// Open window: a window closed to the tray comes back.
	win := a.win.(*shownWindow)
	win.Hide()
	item("Open window").Action()
	if !win.shown {
		t.Error("Open window did not show the window")
	}

	// Pause animations: numbers go straight to their values; the item is
	// ticked, and so is the window's menu's.
	pause := item("Pause animations")
	pause.Action()
	if !a.view.Paused() || !pause.Checked || !a.pause.Checked {
		t.Errorf("after Pause animations: paused %v, tray item ticked %v, window menu ticked %v", a.view.Paused(), pause.Checked, a.pause.Checked)
	}
	a.view.Event(answer(s, answers()[3]), t0)
	if a.view.Moving(t0) {
		t.Error("paused, an answer still animates")
	}
	pause.Action()
	if a.view.Paused() || pause.Checked {
		t.Error("Pause animations again did not resume them")
	}

	// Switch server: the window comes up with a form holding the server.
	win.Hide()
	item("Switch server…").Action()
	if !win.shown {
		t.Error("Switch server did not show the window")
	}
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("Switch server opened no dialog")
	}
	if got := strings.Join(texts(t, top), "|"); !strings.Contains(got, "Switch server") || !strings.Contains(got, "http://127.0.0.1:8080") {
		t.Errorf("the dialog shows %q, want the title and the server's address", got)
	}

	quit := item("Quit")
	if !quit.IsQuit {
		t.Error("Quit is not the menu's quit item")
	}
	quit.Action()
	if !fa.quit {
		t.Error("Quit did not quit the app")
	}
}
