// Command fakemodel serves the test suite's fake OpenAI-compatible model on
// a local port, for load runs: a real model cannot be reached from a
// benchmark machine, and its time would drown what is measured.
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/quizstats/quizstats/internal/llm/llmtest"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "address to listen on")
	latency := flag.Duration("latency", 0, "time the model thinks before answering")
	itemDelay := flag.Duration("item-delay", 0, "time between two answers of a reply, as a model writes them")
	flag.Parse()
	f := llmtest.NewHandler(func(format string, args ...any) { log.Printf(format, args...) })
	f.Latency = *latency
	f.ItemDelay = *itemDelay
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	// The address on stdout lets the load script find the port.
	fmt.Println(ln.Addr().String())
	http.HandleFunc("/calls", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, f.Calls()) })
	http.Handle("/v1/", f)
	srv := &http.Server{Handler: http.DefaultServeMux, ReadHeaderTimeout: 10 * time.Second}
	if err := srv.Serve(ln); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
