//go:build linux

package scaletest

import (
	"os/exec"
	"syscall"
)

// dieWithTest asks the kernel to kill the command when the test process
// ends, so that a test stopped by its timeout leaves no workers behind to
// load the machine (the signal is tied to the thread that started the
// command; the Go runtime keeps its threads while the process lives).
func dieWithTest(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
