// Command fanout is the yardstick of the display load run: the least a
// fan-out to many connections can cost on this machine. A writer process
// sends small messages over N loopback TCP connections (optionally TLS) to
// a reader process, one message per connection per event, with no
// WebSocket, no proxy and no application in between; the reader reports
// when each message arrived and both report their CPU time. A delivery of
// a quizstats event through nginx crosses two such hops and one TLS layer,
// so it can't be cheaper than this. Bounded in count and time; loopback
// only.
package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"slices"
	"sync"
	"syscall"
	"time"
)

func main() {
	role := flag.String("role", "reader", "reader (the default; starts the writer) or writer")
	n := flag.Int("n", 10000, "connections")
	events := flag.Int("events", 12, "messages per connection")
	every := flag.Duration("every", 100*time.Millisecond, "time between events")
	size := flag.Int("size", 400, "bytes per message (a quizstats answer event is 300-600)")
	useTLS := flag.Bool("tls", false, "TLS on the connections")
	timeout := flag.Duration("timeout", 2*time.Minute, "give up after")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	var err error
	if *role == "writer" {
		err = write(ctx, *n, *events, *every, *size, *useTLS)
	} else {
		err = read(ctx, *n, *events, *every, *size, *useTLS)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "fanout:", err)
		os.Exit(1)
	}
}

// write accepts n connections, then sends each one message per event, the
// message starting with the time the event was published. One goroutine writes to all
// connections in turn: the cheapest a server can do it.
func write(ctx context.Context, n, events int, every time.Duration, size int, useTLS bool) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	defer ln.Close()
	if useTLS {
		cfg, err := selfSigned()
		if err != nil {
			return err
		}
		ln = tls.NewListener(ln, cfg)
	}
	fmt.Println(ln.Addr())
	conns := make([]net.Conn, 0, n)
	for len(conns) < n {
		c, err := ln.Accept()
		if err != nil {
			return err
		}
		if tc, ok := c.(*tls.Conn); ok {
			if err := tc.HandshakeContext(ctx); err != nil {
				return err
			}
		}
		conns = append(conns, c)
	}
	time.Sleep(time.Second) // the reader finishes its handshakes
	start := cpuTime()
	msg := make([]byte, size)
	for e := range events {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		// Stamped once per event, as quizstats stamps an event when it is
		// published: the delay includes waiting for the connections ahead.
		binary.LittleEndian.PutUint64(msg, uint64(time.Now().UnixNano()))
		for _, c := range conns {
			if _, err := c.Write(msg); err != nil {
				return err
			}
		}
		if e < events-1 {
			time.Sleep(every)
		}
	}
	fmt.Println(cpuTime() - start)
	for _, c := range conns {
		c.Close()
	}
	return nil
}

// cpuTime is the CPU time (user and system) this process has used.
func cpuTime() time.Duration {
	var u syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// read starts the writer, connects to it n times, and reads every message,
// each connection in its own goroutine, as a Go server's displays are read.
func read(ctx context.Context, n, events int, every time.Duration, size int, useTLS bool) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	args := []string{"-role", "writer", "-n", fmt.Sprint(n), "-events", fmt.Sprint(events), "-every", every.String(), "-size", fmt.Sprint(size), fmt.Sprintf("-tls=%v", useTLS)}
	cmd := exec.CommandContext(ctx, self, args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	lines := bufio.NewScanner(out)
	if !lines.Scan() {
		return fmt.Errorf("the writer did not start")
	}
	addr := lines.Text()

	lates := make([][]time.Duration, n)
	var wg, ready sync.WaitGroup
	var mu sync.Mutex
	var failed error
	for i := range n {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return fmt.Errorf("connection %d: %w", i, err)
		}
		if useTLS {
			c = tls.Client(c, &tls.Config{InsecureSkipVerify: true}) // loopback, self-signed
		}
		ready.Add(1)
		wg.Go(func() {
			defer c.Close()
			if tc, ok := c.(*tls.Conn); ok {
				tc.HandshakeContext(ctx) // a failure shows in the read
			}
			ready.Done()
			buf := make([]byte, size)
			for range events {
				if _, err := io.ReadFull(c, buf); err != nil {
					mu.Lock()
					failed = fmt.Errorf("connection %d: %w", i, err)
					mu.Unlock()
					return
				}
				sent := time.Unix(0, int64(binary.LittleEndian.Uint64(buf)))
				lates[i] = append(lates[i], time.Since(sent))
			}
		})
	}
	ready.Wait()
	start := cpuTime()
	wg.Wait()
	readerCPU := cpuTime() - start
	var writerCPU time.Duration
	if lines.Scan() {
		writerCPU, _ = time.ParseDuration(lines.Text())
	}
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("writer: %w", err)
	}
	if failed != nil {
		return failed
	}
	var all []time.Duration
	for _, l := range lates {
		all = append(all, l...)
	}
	slices.Sort(all)
	p := func(q int) time.Duration { return all[min(len(all)-1, len(all)*q/100)].Round(100 * time.Microsecond) }
	deliveries := len(all)
	fmt.Printf("fanout: %d connections × %d events of %d B (tls %v): delivery p50 %v p99 %v max %v\n",
		n, events, size, useTLS, p(50), p(99), all[len(all)-1].Round(time.Millisecond))
	fmt.Printf("fanout: CPU per delivery: writer %v, reader %v\n",
		(writerCPU / time.Duration(deliveries)).Round(100*time.Nanosecond), (readerCPU / time.Duration(deliveries)).Round(100*time.Nanosecond))
	return nil
}

// selfSigned makes a throwaway P-256 certificate, as the scale run's nginx
// uses.
func selfSigned() (*tls.Config, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), DNSNames: []string{"localhost"}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}}, nil
}
