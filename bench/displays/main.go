// Command displays connects many live displays to quizstats at once (the
// event stream, over WebSockets, through nginx or straight to a replica),
// posts one analysis, and reports whether every display received every
// event, and how late. Bounded in count and time; loopback only.
package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"
)

// head reads an event's type and time from the start of its JSON.
func head(b []byte) (string, time.Time, bool) {
	field := func(name string) (string, bool) {
		key := []byte(`"` + name + `":"`)
		i := bytes.Index(b, key)
		if i < 0 {
			return "", false
		}
		rest := b[i+len(key):]
		j := bytes.IndexByte(rest, '"')
		if j < 0 {
			return "", false
		}
		return string(rest[:j]), true
	}
	typ, ok1 := field("type")
	at, ok2 := field("at")
	t, err := time.Parse(time.RFC3339Nano, at)
	return typ, t, ok1 && ok2 && err == nil
}

func main() {
	server := flag.String("server", "https://127.0.0.1:8443", "quizstats (or nginx in front of it)")
	n := flag.Int("n", 10000, "displays")
	parallel := flag.Int("parallel", 100, "connections opened at once")
	questions := flag.Int("questions", 10, "questions in the analysis posted")
	hold := flag.Duration("hold", 5*time.Second, "time to hold the idle displays before posting (to measure memory)")
	timeout := flag.Duration("timeout", 3*time.Minute, "give up after")
	pause := flag.String("pause-file", "", "if set, create this file once every display is connected, then wait for it to be removed before posting (the script measures memory meanwhile)")
	flag.Parse()
	u, err := url.Parse(*server)
	if err != nil || !(strings.HasPrefix(u.Host, "127.") || strings.HasPrefix(u.Host, "localhost")) {
		fmt.Fprintln(os.Stderr, "displays: only loopback servers are load-tested")
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()

	// The test certificate is self-signed; this tool talks to loopback only.
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true, NextProtos: []string{"http/1.1"}}, MaxIdleConnsPerHost: 4}
	client := &http.Client{Transport: tr}
	ws := "ws" + strings.TrimPrefix(*server, "http") + "/api/v1/events"

	type display struct {
		conn   *websocket.Conn
		lates  []time.Duration
		events int
	}
	displays := make([]*display, *n)
	var connected, failed atomic.Int64
	sem := make(chan struct{}, *parallel)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range displays {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			c, _, err := websocket.Dial(ctx, ws, &websocket.DialOptions{HTTPClient: client})
			if err != nil {
				if failed.Add(1) <= 3 {
					fmt.Fprintln(os.Stderr, "dial:", err)
				}
				return
			}
			c.SetReadLimit(8 << 20)
			displays[i] = &display{conn: c}
			connected.Add(1)
		})
	}
	wg.Wait()
	fmt.Printf("displays: %d connected in %v, %d failed\n", connected.Load(), time.Since(start).Round(time.Millisecond), failed.Load())

	if *pause != "" {
		os.WriteFile(*pause, []byte("connected\n"), 0o600)
		for {
			if _, err := os.Stat(*pause); err != nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
	} else {
		time.Sleep(*hold)
	}

	// Every display reads until the analysis completes.
	var done sync.WaitGroup
	for _, d := range displays {
		if d == nil {
			continue
		}
		done.Go(func() {
			for {
				_, b, err := d.conn.Read(ctx)
				if err != nil {
					return
				}
				now := time.Now()
				// Events begin {"seq":N,"type":"...","id":"...","at":"...":
				// reading those fields by position keeps this tool cheap
				// next to the servers it measures on the same cores.
				typ, at, ok := head(b)
				if !ok || typ == "stats" {
					continue
				}
				d.events++
				d.lates = append(d.lates, now.Sub(at))
				if typ == "analysis.completed" || typ == "analysis.failed" {
					return
				}
			}
		})
	}

	var qs []map[string]any
	for q := range *questions {
		qs = append(qs, map[string]any{"text": fmt.Sprintf("Display load %d, question %d: pick one", time.Now().UnixNano(), q), "options": []string{"a", "b", "c", "d"}})
	}
	body, _ := json.Marshal(map[string]any{"questions": qs})
	resp, err := client.Post(*server+"/api/v1/analyze", "application/json", bytes.NewReader(body))
	if err != nil {
		fmt.Fprintln(os.Stderr, "analyze:", err)
		os.Exit(1)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		fmt.Fprintln(os.Stderr, "analyze: status", resp.StatusCode)
		os.Exit(1)
	}
	done.Wait()

	want := *questions + 2 // started, an answer per question, completed
	var all []time.Duration
	complete := 0
	for _, d := range displays {
		if d == nil {
			continue
		}
		if d.events == want {
			complete++
		}
		all = append(all, d.lates...)
		d.conn.Close(websocket.StatusNormalClosure, "")
	}
	slices.Sort(all)
	p := func(q int) time.Duration {
		if len(all) == 0 {
			return 0
		}
		return all[min(len(all)-1, len(all)*q/100)].Round(100 * time.Microsecond)
	}
	fmt.Printf("displays: %d of %d received all %d events; delivery after the event was published: p50 %v p99 %v max %v (%d deliveries)\n",
		complete, connected.Load(), want, p(50), p(99), all[len(all)-1].Round(time.Millisecond), len(all))
}
