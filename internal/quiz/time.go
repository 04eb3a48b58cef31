package quiz

import "time"

// ParseTime reads a time as the API and the command line take it: RFC
// 3339, or a date (2006-01-02), which is that day's start in UTC.
func ParseTime(v string) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
		return t, true
	}
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t, true
	}
	return time.Time{}, false
}
