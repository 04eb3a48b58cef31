//go:build !unix

package main

// fileLimit is 0 where the limit of open files is not a number to read:
// connections are not limited.
func fileLimit() int { return 0 }
