package desktop

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image/png"
	"log/slog"
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/widget"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/live"
	"github.com/quizstats/quizstats/internal/quiz"
)

// Config configures the desktop app.
type Config struct {
	// Server is the server's URL; Token its token ("" when it needs none).
	// An empty token is looked up in the app's settings, where the
	// "Switch server" dialog keeps it.
	Server, Token string
	// ReducedMotion puts numbers at their values at once. Fyne does not
	// expose the operating system's reduced-motion setting, so it is a
	// flag.
	ReducedMotion bool
	// Large starts in large type; OnTop asks to stay above other windows.
	Large, OnTop bool
	// TrayHost says the desktop shows tray items, so that closing the
	// window may hide it (the tray item opens it again) instead of
	// quitting: macOS and Windows always do; on Linux it takes a
	// StatusNotifier host on the session bus, which a bare X server lacks.
	TrayHost bool
	// Width and Height are the window's first size.
	Width, Height float32
	// StateFile, when set, receives what the window shows as JSON after
	// every change: the hook the end-to-end tests read.
	StateFile string
	Logger    *slog.Logger
}

// App is the window, the tray item, and the stream that feeds them.
type App struct {
	cfg  Config
	fa   fyne.App
	win  fyne.Window
	view *View
	log  *slog.Logger

	anim   *fyne.Animation
	cancel context.CancelFunc
	client *client.Client
	onTop  bool
	topErr error

	tray                            *fyne.Menu
	trayStatus, pause, large, above *fyne.MenuItem
	trayLabel                       string

	seqs []uint64 // every event seq handled, for the state file

	mu   sync.Mutex // guards writes of the state file
	done chan struct{}
}

const appID = "org.quizstats.desktop"

// Run shows the window until the person quits or ctx ends.
func Run(ctx context.Context, cfg Config) error {
	// Every call into Fyne from another goroutine goes through fyne.Do.
	// Saying so ("migrated to fyne.Do") turns off Fyne's check of the
	// calling goroutine, which takes a stack trace on every Refresh of
	// every object: most of the window's CPU while answers stream in.
	// The app is built with go build, not fyne build, so there is no
	// FyneApp.toml to say it.
	app.SetMetadata(fyne.AppMetadata{ID: appID, Name: "quizstats", Migrations: map[string]bool{"fyneDo": true}})
	a, c, err := newApp(app.NewWithID(appID), cfg)
	if err != nil {
		return err
	}
	a.fa.Lifecycle().SetOnStarted(func() {
		a.connect(ctx, c)
		if cfg.OnTop {
			a.setOnTop(true)
		}
	})
	go func() {
		select {
		case <-ctx.Done():
			fyne.Do(a.fa.Quit)
		case <-a.done:
		}
	}()
	a.win.ShowAndRun()
	close(a.done)
	if a.cancel != nil {
		a.cancel()
	}
	return nil
}

// newApp builds the window, its menus and the tray item in fa, and the
// client of the server they are to follow (connect follows it).
func newApp(fa fyne.App, cfg Config) (*App, *client.Client, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	a := &App{cfg: cfg, fa: fa, log: cfg.Logger, done: make(chan struct{})}
	if cfg.Token == "" {
		a.cfg.Token = a.fa.Preferences().String("token")
	}
	c, err := client.New(cfg.Server, a.cfg.Token)
	if err != nil {
		return nil, nil, err
	}
	a.client = c // the server Switch server starts from
	a.view = NewView(ViewOptions{Server: c.BaseURL(), ReducedMotion: cfg.ReducedMotion, Large: cfg.Large})
	a.fa.Settings().SetTheme(a.view.Theme())
	a.win = a.fa.NewWindow("quizstats — " + c.BaseURL())
	a.win.SetContent(a.view.Object())
	a.win.Resize(fyne.NewSize(max(cfg.Width, 320), max(cfg.Height, 400)))
	a.view.OnSelect = a.selectAnalysis
	a.view.OnChange = a.changed
	a.win.SetMainMenu(a.mainMenu())
	a.setupTray()
	a.win.SetCloseIntercept(func() {
		if _, ok := a.fa.(desktop.App); ok && a.cfg.TrayHost {
			a.win.Hide() // the tray item opens it again
			return
		}
		a.fa.Quit()
	})
	return a, c, nil
}

// connect follows c, replacing the stream followed before.
func (a *App) connect(parent context.Context, c *client.Client) {
	if a.cancel != nil {
		a.cancel()
	}
	ctx, cancel := context.WithCancel(parent)
	a.cancel, a.client = cancel, c
	a.win.SetTitle("quizstats — " + c.BaseURL())
	a.view.opts.Server = c.BaseURL()
	now := time.Now()
	a.seqs = nil
	a.view.st = live.State{}
	a.view.pinned = nil
	a.view.fatal = nil
	a.view.SetConn(client.StateChange{State: client.Connecting}, now)
	go func() {
		err := live.Stream(ctx, c, live.Sink{
			Event: func(e quiz.Event) {
				fyne.Do(func() {
					if ctx.Err() != nil {
						return
					}
					a.seqs = append(a.seqs, e.Seq)
					a.view.Event(e, time.Now())
					a.kick()
					if e.Type == quiz.EventCompleted || e.Type == quiz.EventFailed {
						go a.loadHistory(ctx, c)
					}
				})
			},
			State: func(s client.StateChange) {
				fyne.Do(func() {
					if ctx.Err() == nil {
						a.view.SetConn(s, time.Now())
					}
				})
			},
			Snapshot: func(s live.Snapshot) {
				fyne.Do(func() {
					if ctx.Err() == nil {
						a.view.Snapshot(s, time.Now())
						a.kick()
					}
				})
				go a.loadHistory(ctx, c)
			},
			Ready: func(r *client.Readiness) {
				fyne.Do(func() {
					if ctx.Err() == nil {
						a.view.Ready(r, time.Now())
					}
				})
			},
		})
		if ctx.Err() == nil && err != nil {
			fyne.Do(func() { a.view.Fatal(err, time.Now()) })
		}
	}()
}

func (a *App) loadHistory(ctx context.Context, c *client.Client) {
	page, err := c.Analyses(ctx, "", 12)
	if err != nil {
		a.log.Warn("load the history", "err", err)
		return
	}
	fyne.Do(func() {
		if ctx.Err() == nil {
			a.view.SetHistory(page.Analyses, time.Now())
		}
	})
}

func (a *App) selectAnalysis(id string) {
	c := a.client
	go func() {
		an, err := c.Analysis(context.Background(), id)
		if err != nil {
			fyne.Do(func() { dialog.ShowError(fmt.Errorf("open analysis %s: %w", id, err), a.win) })
			return
		}
		fyne.Do(func() {
			a.view.Pin(an, time.Now())
			a.kick()
		})
	}()
}

// kick runs the frame clock while something moves; it stops by itself,
// so an idle window draws nothing.
func (a *App) kick() {
	if a.anim != nil || !a.view.Moving(time.Now()) {
		return
	}
	an := fyne.NewAnimation(time.Second, nil)
	an.Curve = fyne.AnimationLinear
	an.RepeatCount = fyne.AnimationRepeatForever
	an.Tick = func(float32) {
		now := time.Now()
		a.view.Frame(now)
		if !a.view.Moving(now) && a.anim == an {
			an.Stop()
			a.anim = nil
			a.changed()
		}
	}
	a.anim = an
	an.Start()
}

func (a *App) togglePause() {
	a.view.SetPaused(!a.view.Paused(), time.Now())
	a.pause.Checked = a.view.Paused()
	a.refreshMenus()
}

func (a *App) toggleLarge() {
	a.view.SetLarge(!a.view.Large(), time.Now())
	a.large.Checked = a.view.Large()
	a.refreshMenus()
	a.kick()
}

func (a *App) toggleOnTop() { a.setOnTop(!a.onTop) }

func (a *App) setOnTop(on bool) {
	err := setAbove(a.win, on)
	a.topErr = err
	if err != nil {
		a.log.Warn("always on top", "err", err)
		dialog.ShowError(err, a.win)
		on = false
	}
	a.onTop = on
	a.above.Checked = on
	a.refreshMenus()
	a.changed()
}

// switchServer asks for another server (and its token) and follows it.
func (a *App) switchServer() {
	url := widget.NewEntry()
	url.SetText(a.client.BaseURL())
	token := widget.NewPasswordEntry()
	token.SetText(a.cfg.Token)
	dialog.ShowForm("Switch server", "Connect", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Server", url),
		widget.NewFormItem("Token", token),
	}, func(ok bool) {
		if !ok {
			return
		}
		c, err := client.New(url.Text, token.Text)
		if err != nil {
			dialog.ShowError(err, a.win)
			return
		}
		a.cfg.Token = token.Text
		a.fa.Preferences().SetString("token", token.Text)
		a.fa.Preferences().SetString("server", c.BaseURL())
		a.connect(context.Background(), c)
	}, a.win)
}

func (a *App) mainMenu() *fyne.MainMenu {
	a.pause = fyne.NewMenuItem("Pause animations", a.togglePause)
	a.large = fyne.NewMenuItem("Large type", a.toggleLarge)
	a.large.Checked = a.cfg.Large
	a.above = fyne.NewMenuItem("Always on top", a.toggleOnTop)
	return fyne.NewMainMenu(
		fyne.NewMenu("quizstats", fyne.NewMenuItem("Switch server…", a.switchServer)),
		fyne.NewMenu("View", a.large, a.pause, a.above),
	)
}

// setupTray puts the item in the menu bar (macOS) or the tray (Windows,
// Linux with a StatusNotifier host): live numbers in its icon and first
// line, and a menu.
func (a *App) setupTray() {
	desk, ok := a.fa.(desktop.App)
	if !ok {
		return
	}
	a.trayStatus = fyne.NewMenuItem("connecting", nil)
	a.trayStatus.Disabled = true
	show := fyne.NewMenuItem("Open window", func() {
		a.win.Show()
		a.win.RequestFocus()
	})
	quit := fyne.NewMenuItem("Quit", a.fa.Quit)
	quit.IsQuit = true
	a.tray = fyne.NewMenu("quizstats", a.trayStatus, fyne.NewMenuItemSeparator(), show,
		fyne.NewMenuItem("Pause animations", a.togglePause),
		fyne.NewMenuItem("Switch server…", func() { a.win.Show(); a.switchServer() }),
		fyne.NewMenuItemSeparator(), quit)
	desk.SetSystemTrayMenu(a.tray)
	desk.SetSystemTrayWindow(a.win)
	a.updateTray()
}

func (a *App) refreshMenus() {
	if m := a.win.MainMenu(); m != nil {
		m.Refresh()
	}
	if a.tray != nil {
		a.tray.Items[3].Checked = a.view.Paused()
		a.tray.Refresh()
	}
}

// TrayLabel is the tray's live numbers: the running analysis'
// answered/total, else today's count.
func TrayLabel(v *View) (short, long string) {
	if c := v.State().Cur; c != nil && c.Status == "" {
		n, total := c.Answered(), len(c.Questions)
		return fmt.Sprintf("%d/%d", n, total), fmt.Sprintf("%s: %d of %d answered", c.Title(), n, total)
	}
	if s := v.State().Stats; s != nil {
		return fmt.Sprint(s.Today.Analyses), fmt.Sprintf("%d analyses today · %d questions", s.Today.Analyses, s.Today.Questions)
	}
	return "–", v.Conn().State.String()
}

func (a *App) updateTray() {
	if a.tray == nil {
		return
	}
	short, long := TrayLabel(a.view)
	switch st := a.view.Conn().State; {
	case a.view.fatal != nil:
		long = "stopped: " + a.view.fatal.Error()
	case st != client.Live && long != st.String(): // before any numbers the line is the state already
		long += " · " + st.String()
	}
	if long != a.trayStatus.Label {
		a.trayStatus.Label = long
		a.tray.Refresh()
	}
	if short != a.trayLabel {
		a.trayLabel = short
		if icon, err := trayIcon(short); err == nil {
			a.fa.(desktop.App).SetSystemTrayIcon(icon)
		}
	}
}

// trayIcon draws the tray's numbers into its icon: trays show icons, and
// a number is what a host wants to glance at.
func trayIcon(label string) (fyne.Resource, error) {
	bg := canvas.NewRectangle(colPanel)
	bg.CornerRadius = 12
	t := canvas.NewText(label, colPick)
	t.TextStyle.Bold = true
	t.TextSize = 30
	if len(label) > 3 {
		t.TextSize = 96 / float32(len(label))
	}
	t.Alignment = fyne.TextAlignCenter
	o := container.NewStack(bg, container.NewCenter(t))
	// A canvas of its own, not software.Render: Render sets the app's
	// theme, which lays out and redraws the whole window (and would put a
	// window in large type back to the normal size) every time the
	// numbers change.
	c := software.NewTransparentCanvas()
	c.SetPadded(false)
	c.Resize(fyne.NewSize(64, 64))
	c.SetContent(o)
	img := c.Capture()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return fyne.NewStaticResource("quizstats-tray.png", buf.Bytes()), nil
}

// changed runs after every change of the view: the tray follows, and the
// state file is written for whoever watches it.
func (a *App) changed() {
	if a.win == nil {
		return
	}
	a.updateTray()
	if a.cfg.StateFile == "" {
		return
	}
	if err := a.writeState(); err != nil {
		a.log.Warn("write the state file", "path", a.cfg.StateFile, "err", err)
	}
}

// Visible is what the window shows, as the state file has it.
type Visible struct {
	Title     string   `json:"title"`
	Conn      string   `json:"conn"`
	Error     string   `json:"error,omitempty"` // why the window stopped following the server
	Notices   []string `json:"notices,omitempty"`
	Analysis  string   `json:"analysis,omitempty"`
	Status    string   `json:"status,omitempty"`
	Questions []string `json:"questions,omitempty"`
	Answered  int      `json:"answered"`
	LastSeq   uint64   `json:"last_seq"`
	Seqs      []uint64 `json:"seqs"`
	Frames    int      `json:"frames"`
	Moving    bool     `json:"moving"`
	Large     bool     `json:"large"`
	Paused    bool     `json:"paused"`
	OnTop     bool     `json:"on_top"`
	OnTopErr  string   `json:"on_top_error,omitempty"`
	Tray      string   `json:"tray"`
	History   int      `json:"history"`
}

func (a *App) writeState() error {
	v := a.view
	vis := Visible{
		Title: a.win.Title(), Conn: v.Conn().State.String(), LastSeq: v.State().LastSeq,
		Seqs: a.seqs, Frames: v.Frames(), Moving: v.Moving(time.Now()), Large: v.Large(), Paused: v.Paused(),
		OnTop: a.onTop, History: len(v.history), Notices: v.Notices(),
	}
	if v.fatal != nil {
		vis.Error = v.fatal.Error()
	}
	if a.topErr != nil {
		vis.OnTopErr = a.topErr.Error()
	}
	vis.Tray, _ = TrayLabel(v)
	if s := v.Shown(); s != nil {
		vis.Analysis, vis.Status, vis.Answered = s.ID, string(s.Status), s.Answered()
		for _, q := range s.Questions {
			vis.Questions = append(vis.Questions, q.Q.Text)
		}
	}
	b, err := json.Marshal(vis)
	if err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	tmp := a.cfg.StateFile + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, a.cfg.StateFile)
}

var errNoNativeWindow = errors.New("always on top: this window has no native handle")
