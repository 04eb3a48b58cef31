//go:build !linux

package extract

import "os/exec"

// dieWithParent does nothing where the system cannot tie the browser's
// life to quizstats'.
func dieWithParent(cmd *exec.Cmd) {}
