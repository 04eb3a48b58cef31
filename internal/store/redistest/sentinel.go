package redistest

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// MasterName is the name the Sentinels of a Group monitor.
const MasterName = "mymaster"

// Group is a replicated Redis managed by Sentinels, as a deployment that
// survives losing its primary runs it: one primary, replicas of it, and
// Sentinels that promote a replica when the primary is gone. Everything
// listens on free loopback ports with its data in the test's temp dirs.
type Group struct {
	t testing.TB
	// Servers are the data nodes; Servers[0] is the first primary.
	Servers   []*Server
	Sentinels []*Sentinel
}

// Sentinel is a running redis-sentinel.
type Sentinel struct {
	Addr string
	dir  string
	cmd  *exec.Cmd
}

// The Sentinels' timings, small so that a failover takes seconds: a
// primary that does not answer for downAfter is down, and a failover that
// stalls is retried after twice failoverTimeout.
const (
	downAfter       = 1000 * time.Millisecond
	failoverTimeout = 3000 * time.Millisecond
)

// StartGroup starts a primary, replicas replicas of it and sentinels
// Sentinels (quorum: a majority of them), and waits until every replica is
// in sync and every Sentinel knows every replica and every other Sentinel,
// so that a failover can be agreed on.
func StartGroup(t testing.TB, replicas, sentinels int) *Group {
	t.Helper()
	Require(t, "redis-server")
	Require(t, "redis-sentinel")
	g := &Group{t: t}
	primary := startServer(t)
	g.Servers = append(g.Servers, primary)
	host, port, _ := net.SplitHostPort(primary.Addr)
	for range replicas {
		g.Servers = append(g.Servers, startServer(t, "replicaof "+host+" "+port))
	}
	quorum := sentinels/2 + 1
	for range sentinels {
		g.Sentinels = append(g.Sentinels, startSentinel(t, primary.Addr, quorum))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	g.waitUntil(ctx, "every replica is in sync and every Sentinel knows the others", func(ctx context.Context) error {
		if err := g.inSync(ctx, primary.Addr, replicas); err != nil {
			return err
		}
		for _, s := range g.Sentinels {
			c := redis.NewSentinelClient(&redis.Options{Addr: s.Addr})
			reps, err := c.Replicas(ctx, MasterName).Result()
			if err == nil && len(reps) < replicas {
				err = fmt.Errorf("sentinel %s knows %d replicas", s.Addr, len(reps))
			}
			if err == nil {
				var others []map[string]string
				others, err = c.Sentinels(ctx, MasterName).Result()
				if err == nil && len(others) < sentinels-1 {
					err = fmt.Errorf("sentinel %s knows %d other sentinels", s.Addr, len(others))
				}
			}
			c.Close()
			if err != nil {
				return err
			}
		}
		return nil
	})
	return g
}

// URL is the Sentinel URL of the group in go-redis' ParseFailoverURL form:
// the first Sentinel in the authority, the others as addr parameters.
func (g *Group) URL() string {
	u := "redis://" + g.Sentinels[0].Addr + "/0?master_name=" + MasterName
	for _, s := range g.Sentinels[1:] {
		u += "&addr=" + s.Addr
	}
	return u
}

// Primary asks the Sentinels which address is the primary now.
func (g *Group) Primary(ctx context.Context) (string, error) {
	var last error
	for _, s := range g.Sentinels {
		c := redis.NewSentinelClient(&redis.Options{Addr: s.Addr})
		addr, err := c.GetMasterAddrByName(ctx, MasterName).Result()
		c.Close()
		if err == nil {
			return net.JoinHostPort(addr[0], addr[1]), nil
		}
		last = err
	}
	return "", fmt.Errorf("no sentinel names the primary: %w", last)
}

// Server returns the data node listening on addr.
func (g *Group) Server(addr string) *Server {
	for _, s := range g.Servers {
		if s.Addr == addr {
			return s
		}
	}
	return nil
}

// WaitForFailover waits until the Sentinels name a primary other than old,
// that primary says it is one, and want replicas are in sync with it. It
// returns the new primary's address.
func (g *Group) WaitForFailover(ctx context.Context, old string, want int) string {
	g.t.Helper()
	var primary string
	g.waitUntil(ctx, "the Sentinels promote a replica of "+old, func(ctx context.Context) error {
		addr, err := g.Primary(ctx)
		if err != nil {
			return err
		}
		if addr == old {
			return fmt.Errorf("the sentinels still name %s", old)
		}
		primary = addr
		return g.inSync(ctx, addr, want)
	})
	return primary
}

// WaitInSync waits until the primary at addr has want replicas in sync.
func (g *Group) WaitInSync(ctx context.Context, addr string, want int) {
	g.t.Helper()
	g.waitUntil(ctx, fmt.Sprintf("%d replicas of %s are in sync", want, addr), func(ctx context.Context) error {
		return g.inSync(ctx, addr, want)
	})
}

// WaitRejoined waits until the data node at addr is a replica, with its
// link up, of the primary the Sentinels name, and that primary has want
// replicas in sync. It returns the primary. (Under load the Sentinels may
// fail over more than once: the primary is asked again on each try.)
func (g *Group) WaitRejoined(ctx context.Context, addr string, want int) string {
	g.t.Helper()
	var primary string
	g.waitUntil(ctx, addr+" rejoins as a replica", func(ctx context.Context) error {
		p, err := g.Primary(ctx)
		if err != nil {
			return err
		}
		c := redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1})
		defer c.Close()
		info, err := c.Info(ctx, "replication").Result()
		if err != nil {
			return err
		}
		f := infoFields(info)
		if got := net.JoinHostPort(f["master_host"], f["master_port"]); f["role"] != "slave" || got != p {
			return fmt.Errorf("%s is a %s (of %q), the primary is %s", addr, f["role"], got, p)
		}
		if f["master_link_status"] != "up" {
			return fmt.Errorf("%s: link to %s is %s", addr, p, f["master_link_status"])
		}
		primary = p
		return g.inSync(ctx, p, want)
	})
	return primary
}

// inSync checks that addr is a primary with at least want replicas online
// and in sync.
func (g *Group) inSync(ctx context.Context, addr string, want int) error {
	c := redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1})
	defer c.Close()
	info, err := c.Info(ctx, "replication").Result()
	if err != nil {
		return err
	}
	fields := infoFields(info)
	if fields["role"] != "master" {
		return fmt.Errorf("%s is a %s", addr, fields["role"])
	}
	// In sync: online and acknowledged within the last second (replicas
	// acknowledge once a second, so offsets under load always trail a
	// little; this is Redis' own min-replicas-max-lag measure).
	online := 0
	for k, v := range fields {
		if strings.HasPrefix(k, "slave") && strings.Contains(v, "state=online") &&
			(strings.HasSuffix(v, ",lag=0") || strings.HasSuffix(v, ",lag=1")) {
			online++
		}
	}
	if online < want {
		return fmt.Errorf("%s has %d of %d replicas in sync", addr, online, want)
	}
	return nil
}

// infoFields splits an INFO reply into its key:value lines.
func infoFields(info string) map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(info, "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), ":"); ok {
			out[k] = v
		}
	}
	return out
}

// waitUntil polls check every 50 ms until it returns nil, failing the
// test with check's last error when ctx ends.
func (g *Group) waitUntil(ctx context.Context, what string, check func(context.Context) error) {
	g.t.Helper()
	for {
		cctx, cancel := context.WithTimeout(ctx, time.Second)
		err := check(cctx)
		cancel()
		if err == nil {
			return
		}
		select {
		case <-ctx.Done():
			g.t.Fatalf("timed out waiting until %s: %v", what, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// startSentinel starts a redis-sentinel monitoring the primary at addr.
func startSentinel(t testing.TB, primary string, quorum int) *Sentinel {
	t.Helper()
	s := &Sentinel{dir: t.TempDir(), Addr: freeAddr(t)}
	host, port, _ := net.SplitHostPort(s.Addr)
	phost, pport, _ := net.SplitHostPort(primary)
	conf := strings.Join([]string{
		"bind " + host,
		"port " + port,
		"dir " + s.dir,
		"protected-mode no",
		"daemonize no",
		"logfile \"\"",
		fmt.Sprintf("sentinel monitor %s %s %s %d", MasterName, phost, pport, quorum),
		fmt.Sprintf("sentinel down-after-milliseconds %s %d", MasterName, downAfter.Milliseconds()),
		fmt.Sprintf("sentinel failover-timeout %s %d", MasterName, failoverTimeout.Milliseconds()),
		fmt.Sprintf("sentinel parallel-syncs %s 2", MasterName),
	}, "\n") + "\n"
	// Sentinel rewrites its configuration file as it learns the group.
	confPath := filepath.Join(s.dir, "sentinel.conf")
	if err := os.WriteFile(confPath, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	s.cmd = exec.Command("redis-sentinel", confPath)
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.cmd.Start(); err != nil {
		t.Fatalf("start redis-sentinel: %v", err)
	}
	t.Cleanup(func() {
		s.cmd.Process.Kill()
		s.cmd.Wait()
	})
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(out)
		closed := false
		for sc.Scan() {
			if !closed && strings.Contains(sc.Text(), "+monitor master") {
				close(ready)
				closed = true
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(10 * time.Second):
		t.Fatalf("redis-sentinel did not start on %s", s.Addr)
	}
	return s
}
