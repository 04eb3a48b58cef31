package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/quizstats/quizstats/internal/desktop"
	"github.com/quizstats/quizstats/internal/llm/llmtest"
)

// need finds a program the end-to-end tests run, failing under
// QUIZSTATS_REQUIRE_ALL (CI) instead of skipping.
func need(t *testing.T, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			if os.Getenv("QUIZSTATS_REQUIRE_ALL") != "" {
				t.Fatalf("%s is needed: %v", n, err)
			}
			t.Skipf("%s is not installed", n)
		}
	}
}

var (
	buildOnce sync.Once
	bins      map[string]string
	buildErr  error
)

// build builds quizstats and quizstats-desktop once per test run.
func build(t *testing.T) map[string]string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "quizstats-desktop-bin-")
		if err != nil {
			buildErr = err
			return
		}
		bins = map[string]string{"quizstats": filepath.Join(dir, "quizstats"), "desktop": filepath.Join(dir, "quizstats-desktop")}
		for name, pkg := range map[string]string{"quizstats": "../quizstats", "desktop": "."} {
			cmd := exec.Command("go", "build", "-o", bins[name], pkg)
			if name == "quizstats" {
				cmd.Env = append(os.Environ(), "CGO_ENABLED=0") // as it is released: static
			}
			out, err := cmd.CombinedOutput()
			if err != nil {
				buildErr = fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
				return
			}
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return bins
}

// logBuffer keeps a process' output for a failing test to show.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.buf.Len() < 4<<20 {
		b.buf.Write(p)
	}
	return len(p), nil
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// start runs a process until the test ends.
func start(t *testing.T, logs io.Writer, env []string, name string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "LANG=C.UTF-8"}, env...)
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	return cmd
}

// xvfb starts an X server on a display it picks itself (-displayfd), so
// tests running at once never share one.
func xvfb(t *testing.T) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1400x1000x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	logs := &logBuffer{}
	cmd.Stderr = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	line, err := bufio.NewReader(r).ReadString('\n')
	r.Close()
	if err != nil {
		t.Fatalf("Xvfb did not say its display: %v\n%s", err, logs)
	}
	return ":" + strings.TrimSpace(line)
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// serve runs quizstats serve as a process on addr and waits until it
// answers.
func serve(t *testing.T, bin, addr, data string, f *llmtest.Fake, env ...string) (*exec.Cmd, *logBuffer) {
	t.Helper()
	logs := &logBuffer{}
	cmd := start(t, logs, append([]string{"OPENAI_BASE_URL=" + f.URL(), "OPENAI_API_KEY=sk-test", "QUIZSTATS_MODEL=fake-model",
		"QUIZSTATS_OLLAMA_URL=off", "QUIZSTATS_RATE_API=0", "QUIZSTATS_RATE_ANALYZE=0"}, env...),
		bin, "serve", "--addr", addr, "--data", data)
	eventually(t, 20*time.Second, "the server answers", func() bool {
		resp, err := http.Get("http://" + addr + "/health")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200
	})
	return cmd, logs
}

func eventually(t *testing.T, d time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, d)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// settle waits until the window has stopped drawing frames, and a little
// more for the last frame to reach the X server.
func settle(t *testing.T, path string) {
	t.Helper()
	last := -1
	eventually(t, 20*time.Second, "the window settles", func() bool {
		s := readState(t, path)
		if s.Moving || s.Frames != last {
			last = s.Frames
			time.Sleep(300 * time.Millisecond)
			return false
		}
		return true
	})
	time.Sleep(500 * time.Millisecond)
}

func readState(t *testing.T, path string) desktop.Visible {
	t.Helper()
	var v desktop.Visible
	b, err := os.ReadFile(path)
	if err == nil {
		json.Unmarshal(b, &v)
	}
	return v
}

func postQuiz(t *testing.T, base string, req map[string]any) {
	t.Helper()
	postQuizWith(t, base, "", req)
}

// postQuizWith posts with the token (none when "").
func postQuizWith(t *testing.T, base, token string, req map[string]any) {
	t.Helper()
	body, _ := json.Marshal(req)
	hreq, err := http.NewRequest("POST", base+"/api/v1/analyze", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	hreq.Header.Set("Content-Type", "application/json")
	if token != "" {
		hreq.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(hreq)
	if err != nil {
		t.Errorf("analyze: %v", err)
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		t.Errorf("analyze: %d %s", resp.StatusCode, b)
	}
}

var planets = []string{"Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto", "Ceres"}

func tenQuiz(title string) map[string]any {
	var qs []map[string]any
	var key [][]int
	for i := range 10 {
		// The title is in the text, so each quiz is new to the cache.
		text := fmt.Sprintf("Which is planet number %d from the Sun?", i+1)
		if i > 0 {
			text = fmt.Sprintf("%s (%s)", text, title)
		}
		qs = append(qs, map[string]any{"text": text, "options": []string{planets[i], planets[(i+1)%10], planets[(i+2)%10], planets[(i+3)%10]}})
		key = append(key, []int{0})
	}
	key[7] = []int{2} // the model (which picks the first option) gets this one wrong
	return map[string]any{"source": map[string]any{"url": "https://example.com/planets", "title": title}, "questions": qs, "samples": 3, "answer_key": key}
}

// findWindow waits for the window titled title and returns its id.
func findWindow(t *testing.T, display, title string, logs *logBuffer) string {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		cmd := exec.Command("xdotool", "search", "--name", "^"+title+"$")
		// The title is UTF-8 (an em dash): xdotool matches it only in a UTF-8 locale.
		cmd.Env = append(os.Environ(), "DISPLAY="+display, "LC_ALL=C.UTF-8")
		out, err := cmd.CombinedOutput()
		if f := strings.Fields(string(out)); err == nil && len(f) > 0 {
			return f[0]
		}
		if time.Now().After(deadline) {
			tree, _ := exec.Command("xwininfo", "-display", display, "-root", "-tree").CombinedOutput()
			t.Fatalf("no window named %q: %v %s\nwindows:\n%s\napp:\n%s", title, err, out, tree, logs)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// screenshot takes the real window's pixels from the X server.
func screenshot(t *testing.T, display, window, path string) image.Image {
	t.Helper()
	out, err := exec.Command("import", "-display", display, "-window", window, path).CombinedOutput()
	if err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	return img
}

// notBlank checks that a frame has content: many colours, and a good
// share of pixels that are not the background.
func notBlank(t *testing.T, img image.Image, name string) {
	t.Helper()
	b := img.Bounds()
	colours := map[uint32]bool{}
	bg := img.At(b.Min.X+2, b.Max.Y-2)
	br, bgc, bb, _ := bg.RGBA()
	differ := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[(r>>8)<<16|(g>>8)<<8|bl>>8] = true
			if r != br || g != bgc || bl != bb {
				differ++
			}
		}
	}
	share := float64(differ) / float64(b.Dx()*b.Dy()/4)
	t.Logf("%s: %dx%d, %d colours, %.0f%% not background", name, b.Dx(), b.Dy(), len(colours), 100*share)
	if len(colours) < 50 || share < 0.05 {
		t.Errorf("%s looks blank: %d colours, %.1f%% not background", name, len(colours), 100*share)
	}
}

// serverSeqs reads the server's event log after since, up to last, as a
// display that resumes from since gets it.
func serverSeqs(t *testing.T, base string, since, last uint64) []uint64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	u := "ws" + strings.TrimPrefix(base, "http") + fmt.Sprintf("/api/v1/events?since=%d", since)
	c, _, err := websocket.Dial(ctx, u, nil)
	if err != nil {
		t.Fatalf("dial %s: %v", u, err)
	}
	defer c.CloseNow()
	c.SetReadLimit(16 << 20)
	var seqs []uint64
	for len(seqs) == 0 || seqs[len(seqs)-1] < last {
		_, b, err := c.Read(ctx)
		if err != nil {
			t.Fatalf("read the event log after %d: %v (have %v)", since, err, seqs)
		}
		var e struct {
			Seq uint64 `json:"seq"`
		}
		json.Unmarshal(b, &e)
		seqs = append(seqs, e.Seq)
	}
	return seqs
}

// gate holds the fake model's replies back while it is shut.
type gate struct {
	mu sync.Mutex
	ch chan struct{} // nil: open
}

func (g *gate) shut() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.ch == nil {
		g.ch = make(chan struct{})
	}
}

func (g *gate) open() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.ch != nil {
		close(g.ch)
		g.ch = nil
	}
}

func (g *gate) wait() {
	g.mu.Lock()
	ch := g.ch
	g.mu.Unlock()
	if ch != nil {
		<-ch
	}
}

// cpuTime is the CPU time a process used so far.
func cpuTime(t *testing.T, pid int) time.Duration {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Fatal(err)
	}
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+2:]))
	ut, _ := strconv.Atoi(f[11])
	st, _ := strconv.Atoi(f[12])
	return time.Duration(ut+st) * time.Second / 100 // USER_HZ
}

// The real window under an X server: it follows a served analysis, shows
// its title and questions, keeps its state while the server restarts, and
// catches up with nothing missed.
func TestDesktopWindowEndToEnd(t *testing.T) {
	need(t, "Xvfb", "import", "xdotool", "xprop")
	b := build(t)
	display := xvfb(t)

	// The fake is configured before it listens: the server that calls it
	// is another process, so nothing orders a later write before its reads.
	f := llmtest.NewHandler(t.Errorf)
	f.ItemDelay = 20 * time.Millisecond
	g := &gate{}
	t.Cleanup(g.open)
	f.BeforeItem = func(c llmtest.Call, i int) {
		if i == 3 {
			g.wait()
		}
	}
	f.Server = httptest.NewServer(f)
	t.Cleanup(f.Close)
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	data := t.TempDir()
	srv, _ := serve(t, b["quizstats"], addr, data, f)

	shots := os.Getenv("QUIZSTATS_SCREENSHOTS") // a folder to keep the screenshots in (docs/)
	if shots == "" {
		shots = t.TempDir()
	}
	for _, size := range []string{"1280x800", "560x900"} {
		t.Run(size, func(t *testing.T) {
			state := filepath.Join(t.TempDir(), "state.json")
			logs := &logBuffer{}
			app := start(t, logs, []string{"DISPLAY=" + display, "LIBGL_ALWAYS_SOFTWARE=1",
				"QUIZSTATS_SERVER=http://" + addr, "QUIZSTATS_DESKTOP_STATE_FILE=" + state},
				b["desktop"], "--size", size, "--on-top")
			eventually(t, 60*time.Second, "the window is live", func() bool { return readState(t, state).Conn == "live" })
			title := "quizstats — http://" + addr
			win := findWindow(t, display, title, logs)
			props, _ := exec.Command("xprop", "-display", display, "-id", win).CombinedOutput()
			if !strings.Contains(string(props), `"`+title+`"`) {
				t.Errorf("xprop does not show the title %q:\n%s", title, props)
			}
			if !strings.Contains(string(props), "_NET_WM_STATE_ABOVE") {
				t.Errorf("--on-top: the window's _NET_WM_STATE lacks _NET_WM_STATE_ABOVE:\n%s", props)
			}

			// An analysis of 10 questions, held after 3 answers.
			g.shut()
			quizTitle := "Planets in order " + size
			posted := make(chan struct{})
			go func() {
				defer close(posted)
				postQuiz(t, "http://"+addr, tenQuiz(quizTitle))
			}()
			eventually(t, 30*time.Second, "3 of 10 answered on screen", func() bool {
				s := readState(t, state)
				return s.Answered == 3 && !s.Moving && len(s.Questions) == 10
			})
			settle(t, state)
			s := readState(t, state)
			if s.Questions[0] != "Which is planet number 1 from the Sun?" || s.Tray != "3/10" {
				t.Errorf("on screen after 3 of 10: %+v", s)
			}
			notBlank(t, screenshot(t, display, win, filepath.Join(shots, "desktop-streaming-"+size+".png")), "streaming "+size)
			g.open()
			<-posted
			eventually(t, 30*time.Second, "the analysis is done on screen", func() bool {
				s := readState(t, state)
				return s.Status == "completed" && s.Answered == 10 && !s.Moving
			})
			time.Sleep(time.Second) // the stats event that follows the analysis
			settle(t, state)
			notBlank(t, screenshot(t, display, win, filepath.Join(shots, "desktop-completed-"+size+".png")), "completed "+size)

			// Idle: nothing moves, so no frame is drawn and the CPU rests.
			before, cpu0, t0 := readState(t, state).Frames, cpuTime(t, app.Process.Pid), time.Now()
			time.Sleep(3 * time.Second)
			cpu1, wall := cpuTime(t, app.Process.Pid), time.Since(t0)
			t.Logf("idle %v: %v CPU (%.1f%%)", wall.Round(time.Millisecond), cpu1-cpu0, 100*float64(cpu1-cpu0)/float64(wall))
			if after := readState(t, state).Frames; after != before {
				t.Errorf("idle, the window drew %d frames", after-before)
			}
		})
	}

	// The server goes away: the window says so and keeps what it had.
	state := filepath.Join(t.TempDir(), "state.json")
	logs := &logBuffer{}
	start(t, logs, []string{"DISPLAY=" + display, "LIBGL_ALWAYS_SOFTWARE=1",
		"QUIZSTATS_SERVER=http://" + addr, "QUIZSTATS_DESKTOP_STATE_FILE=" + state}, b["desktop"])
	eventually(t, 60*time.Second, "the window is live", func() bool { return readState(t, state).Conn == "live" })
	g.open()
	postQuiz(t, "http://"+addr, tenQuiz("Before the restart"))
	eventually(t, 30*time.Second, "the analysis is on screen", func() bool {
		s := readState(t, state)
		return s.Answered == 10 && s.Status == "completed" && len(s.Questions) == 10 && strings.Contains(s.Questions[1], "(Before the restart)")
	})
	shown := readState(t, state)
	srv.Process.Signal(syscall.SIGTERM)
	srv.Wait()
	eventually(t, 30*time.Second, "the window says it is reconnecting", func() bool { return readState(t, state).Conn == "reconnecting" })
	if s := readState(t, state); s.Analysis != shown.Analysis || s.Answered != 10 {
		t.Errorf("while the server is away the window shows %+v, want the last state %+v", s, shown)
	}
	serve(t, b["quizstats"], addr, data, f)
	postQuiz(t, "http://"+addr, tenQuiz("After the restart"))
	eventually(t, 60*time.Second, "the window caught up", func() bool {
		s := readState(t, state)
		if s.Conn == "live" && s.Analysis != shown.Analysis && s.Answered == 10 && s.Status == "completed" {
			return true
		}
		t.Logf("on screen: %s %s %d/%d seq %d", s.Conn, s.Status, s.Answered, len(s.Questions), s.LastSeq)
		time.Sleep(time.Second)
		return false
	})
	// Every event once, in order, none missing: the seqs the window
	// handled are those the server's event log holds after the first one
	// it saw, across the restart (a restarted server numbers on from
	// further up: the numbers jump, they never go back).
	s := readState(t, state)
	want := serverSeqs(t, "http://"+addr, s.Seqs[0]-1, s.LastSeq)
	if fmt.Sprint(s.Seqs) != fmt.Sprint(want) {
		t.Errorf("the window handled events %v\nthe server's log has %v", s.Seqs, want)
	}
	if len(s.Seqs) < 20 {
		t.Errorf("the window handled %d events, want those of two analyses: %v", len(s.Seqs), s.Seqs)
	}
}

// A server with a token: the window given it (QUIZSTATS_TOKEN) follows
// the analyses; without it, or with a wrong one, the window says the
// server refused the token and how to give it, and stops, instead of
// reconnecting for ever.
func TestDesktopWindowWithAToken(t *testing.T) {
	need(t, "Xvfb", "import", "xdotool")
	b := build(t)
	display := xvfb(t)
	f := llmtest.NewHandler(t.Errorf)
	f.Server = httptest.NewServer(f)
	t.Cleanup(f.Close)
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	const token = "desktop-e2e-token-5f1c"
	serve(t, b["quizstats"], addr, t.TempDir(), f, "QUIZSTATS_TOKEN="+token)
	shots := os.Getenv("QUIZSTATS_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	// window starts the app with QUIZSTATS_TOKEN set to tok; each has a
	// HOME of its own, so no token is left in its settings from before.
	window := func(t *testing.T, tok string) (state string, logs *logBuffer) {
		state = filepath.Join(t.TempDir(), "state.json")
		logs = &logBuffer{}
		start(t, logs, []string{"DISPLAY=" + display, "LIBGL_ALWAYS_SOFTWARE=1", "QUIZSTATS_TOKEN=" + tok,
			"QUIZSTATS_SERVER=http://" + addr, "QUIZSTATS_DESKTOP_STATE_FILE=" + state}, b["desktop"], "--size", "1280x800")
		return state, logs
	}

	t.Run("the server's token", func(t *testing.T) {
		state, logs := window(t, token)
		eventually(t, 60*time.Second, "the window is live", func() bool { return readState(t, state).Conn == "live" })
		postQuizWith(t, "http://"+addr, token, tenQuiz("Planets with a token"))
		eventually(t, 30*time.Second, "the analysis is on screen", func() bool {
			s := readState(t, state)
			return s.Status == "completed" && s.Answered == 10 && len(s.Questions) == 10 && !s.Moving
		})
		s := readState(t, state)
		if s.Questions[0] != "Which is planet number 1 from the Sun?" || s.Error != "" || len(s.Notices) > 0 {
			t.Errorf("with the token the window shows %+v\n%s", s, logs)
		}
		if s.History == 0 {
			t.Errorf("with the token the history is empty (it is read with the token too): %+v", s)
		}
	})

	for _, c := range []struct{ name, token, says, shot string }{
		{"no token", "", "this server needs a token", ""},
		{"a wrong token", "not-the-token", "the token is wrong", "desktop-refused-token.png"}, // in docs/
	} {
		t.Run(c.name, func(t *testing.T) {
			state, logs := window(t, c.token)
			eventually(t, 60*time.Second, "the window says the server refused the token", func() bool { return readState(t, state).Error != "" })
			s := readState(t, state)
			if !strings.Contains(s.Error, c.says) {
				t.Errorf("the window's error is %q, want it to say %q", s.Error, c.says)
			}
			if len(s.Notices) == 0 || !strings.Contains(s.Notices[0], "refused") || !strings.Contains(s.Notices[0], "QUIZSTATS_TOKEN") {
				t.Errorf("the window's notice is %q, want it to say the token was refused and how to give one", s.Notices)
			}
			// It stays stopped: no reconnecting, nothing of the server shown.
			time.Sleep(3 * time.Second)
			if s := readState(t, state); s.Conn == "reconnecting" || s.Error == "" || s.Analysis != "" || s.History != 0 {
				t.Errorf("3 s after the server refused the token the window shows %+v\n%s", s, logs)
			}
			settle(t, state)
			path := filepath.Join(t.TempDir(), "refused.png")
			if c.shot != "" {
				path = filepath.Join(shots, c.shot)
			}
			win := findWindow(t, display, "quizstats — http://"+addr, logs)
			notBlank(t, screenshot(t, display, win, path), c.name)
		})
	}
}
