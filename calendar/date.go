// Package calendar reads calendar dates written out in full ("December 2, 2020",
// "2020-12-02") and checks that a day exists. It is the layer below the
// news layer (package article) and the time expressions (package timex).
package calendar

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// months maps month names and their common abbreviations to numbers.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// MonthNumber returns the number of a month name or abbreviation (any case,
// trailing period allowed), or 0.
func MonthNumber(s string) int {
	return months[strings.TrimSuffix(strings.ToLower(s), ".")]
}

var (
	reMDY = regexp.MustCompile(`(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reDMY = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})\b`)
	reISO = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:T|\b)`)
	reUS  = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	reMY  = regexp.MustCompile(`(?i)\b([a-z]{3,9})\.?,?\s+(\d{4})\b`)
)

// ParseDate finds a calendar date with a year in s ("December 2, 2020",
// "2 Dec 2020", "2020-12-02", "12/2/2020") and returns it as YYYY-MM-DD.
// A month and year alone ("November 2019") gives YYYY-MM.
func ParseDate(s string) (string, bool) {
	if m := reISO.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := reMDY.FindStringSubmatch(s); m != nil && MonthNumber(m[1]) > 0 {
		return ymd(m[3], strconv.Itoa(MonthNumber(m[1])), m[2])
	}
	if m := reDMY.FindStringSubmatch(s); m != nil && MonthNumber(m[2]) > 0 {
		return ymd(m[3], strconv.Itoa(MonthNumber(m[2])), m[1])
	}
	if m := reUS.FindStringSubmatch(s); m != nil {
		return ymd(m[3], m[1], m[2])
	}
	if m := reMY.FindStringSubmatch(s); m != nil && MonthNumber(m[1]) > 0 {
		y, _ := strconv.Atoi(m[2])
		if y >= 1000 {
			return fmt.Sprintf("%04d-%02d", y, MonthNumber(m[1])), true
		}
	}
	return "", false
}

// ymd validates a date: February 30 is not a date.
func ymd(ys, ms, ds string) (string, bool) {
	y, err1 := strconv.Atoi(ys)
	mo, err2 := strconv.Atoi(ms)
	d, err3 := strconv.Atoi(ds)
	if err1 != nil || err2 != nil || err3 != nil || !ValidDate(y, mo, d) {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), true
}

// ValidDate reports whether y-m-d is a real calendar date.
func ValidDate(y, m, d int) bool {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d && int(t.Month()) == m
}
