package client

import (
	"testing"
	"time"
)

func TestBackoff(t *testing.T) {
	lowest := func(int64) int64 { return 0 }
	highest := func(n int64) int64 { return n - 1 }
	tests := []struct {
		attempt  int
		low, top time.Duration
	}{
		{1, 125 * time.Millisecond, 250 * time.Millisecond},
		{2, 250 * time.Millisecond, 500 * time.Millisecond},
		{3, 500 * time.Millisecond, time.Second},
		{6, 4 * time.Second, 8 * time.Second},
		{7, 5 * time.Second, 10 * time.Second}, // capped
		{1000, 5 * time.Second, 10 * time.Second},
	}
	for _, tt := range tests {
		if got := backoff(250*time.Millisecond, 10*time.Second, tt.attempt, lowest); got != tt.low {
			t.Errorf("attempt %d, least jitter: %v, want %v", tt.attempt, got, tt.low)
		}
		if got := backoff(250*time.Millisecond, 10*time.Second, tt.attempt, highest); got != tt.top {
			t.Errorf("attempt %d, most jitter: %v, want %v", tt.attempt, got, tt.top)
		}
	}
}
