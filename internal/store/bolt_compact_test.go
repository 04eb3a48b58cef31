package store_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/store"
	"github.com/quizstats/quizstats/internal/store/storetest"
)

// bulky is an analysis of about size bytes.
func bulky(at time.Time, size int) *quiz.Analysis {
	a := storetest.Analysis(quiz.NewID(at), at)
	a.Answers[0].Explanation = strings.Repeat("x", size)
	return a
}

// Deleting frees pages that bbolt keeps; Compact gives them back: the
// file shrinks, what is left is all there, and the store goes on working
// on the new file.
func TestBoltCompactShrinksTheFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "q.db")
	s, err := store.OpenBolt(path, store.BoltOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	now := time.Now()
	var ids []string
	for i := range 40 {
		a := bulky(now.Add(time.Duration(i-40)*time.Second), 256<<10)
		if err := s.SaveAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	if n, err := s.DeleteAnalysesBefore(ctx, now.Add(-5*time.Second), 100); err != nil || n != 35 {
		t.Fatalf("delete: %d, %v", n, err)
	}
	full, _ := s.FileSize()
	before, after, err := s.Compact()
	if err != nil {
		t.Fatal(err)
	}
	if before != full || after > before/3 {
		t.Errorf("compaction: %d bytes before, %d after; want the file at most a third of it with 5 of 40 analyses left", before, after)
	}
	t.Logf("file %d bytes → %d", before, after)
	for _, id := range ids[35:] {
		if _, err := s.Analysis(ctx, id); err != nil {
			t.Errorf("analysis %s after compaction: %v", id, err)
		}
	}
	late := bulky(time.Now(), 1000)
	if err := s.SaveAnalysis(ctx, late); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".compact"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the compaction's copy is left beside the file: %v", err)
	}
	s.Close()
	s, err = store.OpenBolt(path, store.BoltOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range append(ids[35:], late.ID) {
		if _, err := s.Analysis(ctx, id); err != nil {
			t.Errorf("analysis %s after compaction and a restart: %v", id, err)
		}
	}
}

// The retention sweep compacts when the deletions leave most of the file
// free. Its clock is the store's.
func TestBoltRetentionCompacts(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "q.db")
	now := time.Now()
	s, err := store.OpenBolt(path, store.BoltOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 30 {
		if err := s.SaveAnalysis(ctx, bulky(now.Add(-time.Duration(60-i)*24*time.Hour), 128<<10)); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	full, _ := os.Stat(path)
	// The sweep runs at open.
	s, err = store.OpenBolt(path, store.BoltOptions{Retention: store.Retention{MaxAge: 33*24*time.Hour + 12*time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	deadline := time.Now().Add(30 * time.Second)
	for {
		list, _ := s.Analyses(ctx, "", 100)
		size, _ := s.FileSize()
		if len(list) == 3 && size < full.Size()/2 {
			t.Logf("file %d bytes → %d, %d analyses left", full.Size(), size, len(list))
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the sweep at open: %d analyses, file %d bytes (was %d); want 3 left and the file compacted", len(list), size, full.Size())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// compactChildEnv makes the test binary the child of
// TestBoltCompactionSurvivesKill.
const compactChildEnv = "QUIZSTATS_TEST_COMPACT_CHILD"

// A process killed at any moment of a compaction loses no analysis it
// acknowledged: the child saves analyses and prints each ID once
// SaveAnalysis returns, while it compacts over and over; it is killed with
// SIGKILL at varying moments, and every ID it printed must be in the file
// when it is opened again.
func TestBoltCompactionSurvivesKill(t *testing.T) {
	if path := os.Getenv(compactChildEnv); path != "" {
		compactChild(path)
		return
	}
	path := filepath.Join(t.TempDir(), "q.db")
	acked := map[string]bool{}
	midCompaction := 0
	for round := 0; round < 20 && (round < 6 || midCompaction == 0); round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestBoltCompactionSurvivesKill$")
		cmd.Env = append(os.Environ(), compactChildEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		compacting, compactions, lines := false, 0, 0
		// Killed after a number of lines that differs each round, so the
		// kill lands at different points of the copy and the swap.
		killAfter := 20 + round*7
		for sc.Scan() {
			line := sc.Text()
			lines++
			switch {
			case line == "compact start":
				compacting = true
			case line == "compact end":
				compacting = false
				compactions++
			case strings.HasPrefix(line, "saved "):
				acked[strings.TrimPrefix(line, "saved ")] = true
			case strings.HasPrefix(line, "deleting "):
				// Deleted or not, depending on when the kill lands.
				delete(acked, strings.TrimPrefix(line, "deleting "))
			}
			if compactions >= 1 && lines >= killAfter {
				break
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if compacting {
			midCompaction++
		}

		s, err := store.OpenBolt(path, store.BoltOptions{})
		if err != nil {
			t.Fatalf("round %d: the store does not open after a kill: %v", round, err)
		}
		ctx := context.Background()
		for id := range acked {
			if _, err := s.Analysis(ctx, id); err != nil {
				t.Fatalf("round %d (killed mid-compaction: %v): acknowledged analysis %s is gone: %v", round, compacting, id, err)
			}
		}
		s.Close()
	}
	if midCompaction == 0 {
		t.Fatal("no kill landed during a compaction: the test proved nothing")
	}
	t.Logf("%d acknowledged analyses, all kept; %d kills during a compaction", len(acked), midCompaction)
}

func compactChild(path string) {
	s, err := store.OpenBolt(path, store.BoltOptions{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ctx := context.Background()
	out := make(chan string, 64)
	saved := make(chan string, 1024)
	go func() {
		for {
			// Free pages for the copy to skip, and a file worth copying.
			for range 3 {
				select {
				case id := <-saved:
					out <- "deleting " + id
					if err := s.DeleteAnalysis(ctx, id); err != nil {
						fmt.Fprintln(os.Stderr, "delete:", err)
						os.Exit(1)
					}
				default:
				}
			}
			out <- "compact start"
			if _, _, err := s.Compact(); err != nil {
				fmt.Fprintln(os.Stderr, "compact:", err)
				os.Exit(1)
			}
			out <- "compact end"
		}
	}()
	go func() {
		for i := 0; ; i++ {
			a := bulky(time.Now(), 64<<10)
			if err := s.SaveAnalysis(ctx, a); err != nil {
				fmt.Fprintln(os.Stderr, "save:", err)
				os.Exit(1)
			}
			out <- "saved " + a.ID
			if i%2 == 0 {
				select {
				case saved <- a.ID:
				default:
				}
			}
		}
	}()
	for line := range out {
		fmt.Println(line)
	}
}
