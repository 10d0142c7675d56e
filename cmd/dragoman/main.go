// Command dragoman reads news reports and turns them into structured,
// sourced event data. See 'dragoman --help'.
package main

import (
	"os"

	"github.com/dragoman/dragoman/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.OSEnv()))
}
