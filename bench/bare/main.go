// Command bare is the yardstick of the load run: a net/http server that
// answers every request with a fixed JSON body. quizstats' throughput is
// reported next to it, measured in the same run on the same machine.
package main

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(ln.Addr().String())
	body := []byte(`{"id":"01hzx","cached":true,"answers":[{"question":0,"choices":[2]}]}` + "\n")
	log.Fatal(http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	})))
}
