package desktop

import (
	"bytes"
	"context"
	"fmt"
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
	"github.com/quizstats/quizstats/internal/quiz"
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

// A server that refuses the token stops the window: it says so in the
// header, in a notice that says how to give the token, and on the tray's
// first line; following another server starts over without it.
func TestTokenRefused(t *testing.T) {
	fa := &trayApp{App: test.NewTempApp(t)}
	a, _, err := newApp(fa, Config{Server: "http://127.0.0.1:8080", Width: 1280, Height: 800})
	if err != nil {
		t.Fatal(err)
	}
	a.view.Fatal(&quiz.Error{Code: quiz.ECodeUnauthorized, Message: "the token is wrong"}, t0)
	n := a.view.Notices()
	if len(n) != 1 || !strings.Contains(n[0], "refused") || !strings.Contains(n[0], "the token is wrong") || !strings.Contains(n[0], "QUIZSTATS_TOKEN") {
		t.Errorf("notices %q, want one saying the token was refused and how to give it", n)
	}
	if got := strings.Join(texts(t, a.view.header), " "); !strings.Contains(got, "refused the token") {
		t.Errorf("the header says %q", got)
	}
	if got := fa.menu.Items[0].Label; got != "stopped: the token is wrong" {
		t.Errorf("the tray says %q", got)
	}
	// Another failure that retrying cannot fix is said as it is.
	a.view.Fatal(fmt.Errorf("the event stream sent something that is not an event"), t0)
	if n := a.view.Notices(); len(n) != 1 || !strings.HasPrefix(n[0], "Stopped following the server: the event stream sent") {
		t.Errorf("notices %q", n)
	}
	c, err := client.New("http://127.0.0.1:1", "")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // nothing is followed: the stream's goroutine ends at once
	a.connect(ctx, c)
	if a.view.fatal != nil || len(a.view.Notices()) != 0 {
		t.Errorf("after switching servers the window still shows %q", a.view.Notices())
	}
}
