//go:build linux

package cli

import (
	"os/exec"
	"syscall"
)

// dieWithTest asks the kernel to kill the child when the test process
// ends, so that a test stopped by its timeout leaves no worker behind.
func dieWithTest(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
