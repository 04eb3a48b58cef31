package main

import (
	"bufio"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// A body that drips in is cut off by the body deadline, instead of holding
// its connection (and a goroutine) for as long as the client likes; and a
// body announcing 1 MiB that sends nothing holds no 1 MiB buffer.
func TestSlowBodyCutOff(t *testing.T) {
	srv := startServe(t, modelEnv(planetFake(t)))
	conn, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.Write([]byte("POST /api/v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\n\r\n{")); err != nil {
		t.Fatal(err)
	}
	// Drip a byte a second; the server must answer (or close) before the
	// test has dripped for long.
	done := make(chan *http.Response, 1)
	go func() {
		resp, _ := http.ReadResponse(bufio.NewReader(conn), nil)
		done <- resp
	}()
	for i := 0; i < 40; i++ {
		select {
		case resp := <-done:
			if resp != nil && resp.StatusCode == 200 {
				t.Fatalf("a body that never arrived was answered 200")
			}
			return
		case <-time.After(time.Second):
			conn.Write([]byte(" "))
		}
	}
	t.Fatal("a body dripping a byte a second kept its connection for 40 s")
}
