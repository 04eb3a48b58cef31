// Command fakemodel serves the test suite's fake OpenAI-compatible model on
// a local port, for load runs: a real model cannot be reached from a
// benchmark machine, and its time would drown what is measured.
//
// With -hostile it answers every completion as a malicious or broken model
// server would (bench/attacks.sh): a reply that never ends, a line that
// never ends, garbage after a valid answer, a 10 MB explanation, a 100 MB
// error body. Everything it sends is bounded in size.
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/quizstats/quizstats/internal/llm/llmtest"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "address to listen on")
	latency := flag.Duration("latency", 0, "time the model thinks before answering")
	itemDelay := flag.Duration("item-delay", 0, "time between two answers of a reply, as a model writes them")
	hostile := flag.String("hostile", "", "answer completions as a hostile server: "+strings.Join(hostileModes, " | "))
	flag.Parse()
	f := llmtest.NewHandler(func(format string, args ...any) { log.Printf(format, args...) })
	f.Latency = *latency
	f.ItemDelay = *itemDelay
	mux := http.NewServeMux()
	mux.HandleFunc("/calls", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, f.Calls()) })
	mux.Handle("/v1/", f)
	if *hostile != "" {
		serve, ok := hostileServe(*hostile)
		if !ok {
			fmt.Fprintf(os.Stderr, "fakemodel: unknown -hostile %q (%s)\n", *hostile, strings.Join(hostileModes, ", "))
			os.Exit(2)
		}
		h := &hostileHandler{serve: serve}
		mux.Handle("POST /v1/chat/completions", h)
		mux.HandleFunc("/sent", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, h.sent.Load()) })
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	// The address on stdout lets the load script find the port.
	fmt.Println(ln.Addr().String())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	if err := srv.Serve(ln); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// discard reads a request body so that the client sees its request taken.
func discard(r *http.Request) { io.Copy(io.Discard, io.LimitReader(r.Body, 64<<20)) }
