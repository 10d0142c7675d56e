package serve

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browser starts headless Chromium, or skips the test when none is
// installed (Debian's chromium package; .ci/run installs it).
func browser(t *testing.T) context.Context {
	t.Helper()
	var bin string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("no Chromium installed (apt-get install chromium): browser tests skipped")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox,
		chromedp.WindowSize(1280, 860), chromedp.Flag("disable-gpu", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Skipf("Chromium at %s does not start: %v", bin, err)
	}
	return ctx
}

// waitView waits until the page has rendered a view after the last
// navigation.
func waitView(view string) chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(`body[data-view="` + view + `"][data-ready]`))
}

// shot saves a screenshot into $DRAGOMAN_SCREENSHOTS, when set.
func shot(name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		dir := os.Getenv("DRAGOMAN_SCREENSHOTS")
		if dir == "" {
			return nil
		}
		buf, err := chromedp.CaptureScreenshot()(ctx, t)
		if err != nil {
			return err
		}
		os.MkdirAll(dir, 0o755)
		return os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644)
	})
}

func TestBrowserDebugShots(t *testing.T) {
	db := os.Getenv("DRAGOMAN_DEBUG_DB")
	if db == "" {
		t.Skip("DRAGOMAN_DEBUG_DB not set")
	}
	ctx := browser(t)
	ts, _ := startServer(t, db)
	var logs []string
	_ = logs
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"), waitView("events"), chromedp.Sleep(time.Second), shot("events"),
		chromedp.Navigate(ts.URL+"/event/3"), waitView("event"), shot("event"),
		chromedp.Navigate(ts.URL+"/article/1?s=0-100&t=10-20"), waitView("article"), shot("article"),
		chromedp.Navigate(ts.URL+"/sourcing"), waitView("sourcing"), chromedp.Sleep(500*time.Millisecond), shot("sourcing"),
	)
	if err != nil {
		t.Fatal(err)
	}
	_ = strings.TrimSpace
}
