package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// retainFlag is --retain: a duration that may be given in days ("30d",
// "1d12h"), as retention usually is; 0 (the default) keeps everything.
type retainFlag time.Duration

func (r *retainFlag) String() string {
	d := time.Duration(*r)
	if d == 0 {
		return "0"
	}
	if d%(24*time.Hour) == 0 {
		return fmt.Sprintf("%dd", d/(24*time.Hour))
	}
	return d.String()
}

func (r *retainFlag) Set(v string) error {
	d, err := parseRetain(v)
	if err != nil {
		return err
	}
	*r = retainFlag(d)
	return nil
}

// parseRetain reads a Go duration with an optional leading number of days.
func parseRetain(v string) (time.Duration, error) {
	v = strings.TrimSpace(v)
	if v == "" || v == "0" {
		return 0, nil
	}
	var d time.Duration
	if days, rest, ok := strings.Cut(v, "d"); ok {
		n, err := strconv.ParseFloat(days, 64)
		if err != nil || n < 0 || math.IsInf(n, 0) || n > 100*365 {
			return 0, fmt.Errorf("%q: want a duration such as 30d, 12h or 1d12h", v)
		}
		d = time.Duration(n * float64(24*time.Hour))
		v = rest
	}
	if v != "" {
		more, err := time.ParseDuration(v)
		if err != nil {
			return 0, fmt.Errorf("%q: want a duration such as 30d, 12h or 1d12h", v)
		}
		d += more
	}
	if d < 0 {
		return 0, errors.New("a retention cannot be negative")
	}
	if d > 0 && d < time.Hour {
		// The sweep runs every ten minutes: a shorter retention would not
		// be kept to, and is more likely a typo (30m for 30 days).
		return 0, fmt.Errorf("%v is under an hour: keep at least 1h (or 0 to keep everything)", d)
	}
	return d, nil
}

// sizeFlag is --max-store-size: bytes, with an optional unit (500MB,
// 1.5GB, 512MiB); 0 (the default) sets no bound.
type sizeFlag int64

func (s *sizeFlag) String() string { return strconv.FormatInt(int64(*s), 10) }

func (s *sizeFlag) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = sizeFlag(n)
	return nil
}

var sizeUnits = []struct {
	suffix string
	n      float64
}{
	// Longest first, so that "MiB" is not read as "B".
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12},
	{"K", 1e3}, {"M", 1e6}, {"G", 1e9}, {"T", 1e12}, {"B", 1},
}

func parseSize(v string) (int64, error) {
	s := strings.TrimSpace(v)
	if s == "" || s == "0" {
		return 0, nil
	}
	mult := 1.0
	for _, u := range sizeUnits {
		if len(s) > len(u.suffix) && strings.EqualFold(s[len(s)-len(u.suffix):], u.suffix) {
			mult, s = u.n, strings.TrimSpace(s[:len(s)-len(u.suffix)])
			break
		}
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || n < 0 || n*mult > math.MaxInt64 {
		return 0, fmt.Errorf("%q: want a size such as 500MB, 2GB or 512MiB", v)
	}
	size := int64(n * mult)
	if size > 0 && size < 1<<20 {
		return 0, fmt.Errorf("%q is under a megabyte: a store needs more than that for one large analysis", v)
	}
	return size, nil
}
