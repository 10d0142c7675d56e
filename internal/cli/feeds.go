package cli

func runFeeds(env Env, args []string) int { return ExitOK }
