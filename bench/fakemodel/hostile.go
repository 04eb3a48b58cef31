package main

import (
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
)

// hostileModes are the replies of issue 12's attack run, each bounded.
var hostileModes = []string{"whitespace", "line", "garbage", "explanation", "errorbody"}

// hostileHandler counts the bytes it managed to send: a client that stops
// reading in time makes its writes fail long before the reply is done.
type hostileHandler struct {
	serve func(w http.ResponseWriter, write func(string) bool)
	sent  atomic.Int64
}

func (h *hostileHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	discard(r)
	flusher := w.(http.Flusher)
	h.serve(w, func(s string) bool {
		n, err := w.Write([]byte(s))
		h.sent.Add(int64(n))
		if err != nil {
			return false
		}
		flusher.Flush()
		return true
	})
}

func sseChunk(content string) string {
	return fmt.Sprintf("data: {\"choices\":[{\"delta\":{\"content\":%q}}]}\n\n", content)
}

func streamHeaders(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(200)
}

// validReply answers a one-question quiz (what bench/attack posts).
const validReply = `{"answers":[{"question":0,"choices":[0],"text":"","confidence":0.9,"explanation":"Because."}]}`

func hostileServe(mode string) (func(w http.ResponseWriter, write func(string) bool), bool) {
	switch mode {
	case "whitespace": // a reply of whitespace that never ends (256 MB at most)
		return func(w http.ResponseWriter, write func(string) bool) {
			streamHeaders(w)
			write(sseChunk(`{"answers":[`))
			pad := sseChunk(strings.Repeat(" ", 4096))
			for i := 0; i < 1<<16 && write(pad); i++ {
			}
		}, true
	case "line": // one stream line that never ends (1 GB at most)
		return func(w http.ResponseWriter, write func(string) bool) {
			streamHeaders(w)
			write("data: ")
			pad := strings.Repeat("x", 64<<10)
			for i := 0; i < 1<<14 && write(pad); i++ {
			}
		}, true
	case "garbage": // a valid answer, then 100 MB of chunks
		return func(w http.ResponseWriter, write func(string) bool) {
			streamHeaders(w)
			write(sseChunk(validReply))
			junk := sseChunk(strings.Repeat("garbage ", 8192))
			for i := 0; i < 1600 && write(junk); i++ {
			}
			write("data: [DONE]\n\n")
		}, true
	case "explanation": // an answer whose explanation is 10 MB
		return func(w http.ResponseWriter, write func(string) bool) {
			streamHeaders(w)
			if !write(sseChunk(`{"answers":[{"question":0,"choices":[0],"text":"","confidence":0.9,"explanation":"`)) {
				return
			}
			pad := sseChunk(strings.Repeat("why ", 16<<10))
			for i := 0; i < 160 && write(pad); i++ {
			}
			write(sseChunk(`"}]}`))
			write("data: [DONE]\n\n")
		}, true
	case "errorbody": // a 400 with a 100 MB body
		return func(w http.ResponseWriter, write func(string) bool) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(400)
			write(`{"error":{"message":"`)
			pad := strings.Repeat("e", 64<<10)
			for i := 0; i < 1600 && write(pad); i++ {
			}
			write(`"}}`)
		}, true
	}
	return nil, false
}
