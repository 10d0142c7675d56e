package timex

import "time"

// The Islamic holidays follow the tabular Islamic calendar: months of 30
// and 29 days in turn, a leap day in 11 years of every 30, counted from
// the astronomical epoch (Thursday 15 July 622, Julian). The observed
// dates rest on sighting the new moon and can differ from these by a day
// or two, and from country to country.

// hijriEpoch is the Julian Day Number of 1 Muharram 1 AH.
const hijriEpoch = 1948439

// unixJDN is the Julian Day Number of 1970-01-01.
const unixJDN = 2440588

// hijriToDate gives the Gregorian date of day d of month m (1-12) of
// Islamic year y.
func hijriToDate(y, m, d int) time.Time {
	jdn := d + (59*(m-1)+1)/2 + 354*(y-1) + (3+11*y)/30 + hijriEpoch - 1
	return time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, jdn-unixJDN)
}

// hijriInYear gives the first date in Gregorian year gy that is day d of
// Islamic month m, and its Islamic year.
func hijriInYear(gy, m, d int) (time.Time, int) {
	// An Islamic year is about 354.37 days: 1 AH began in 622.
	h := (gy-622)*33/32 - 1
	for k := h; k < h+4; k++ {
		if t := hijriToDate(k, m, d); t.Year() == gy {
			return t, k
		}
	}
	return hijriToDate(h+1, m, d), h + 1
}

// hijriHoliday gives a holiday on day d of Islamic month m, as a rule of
// holidayRules.
func hijriHoliday(m, d int) func(y int) time.Time {
	return func(y int) time.Time { t, _ := hijriInYear(y, m, d); return t }
}

// ramadanEnd gives the last day of the Ramadan that begins in Gregorian
// year gy.
func ramadanEnd(gy int) time.Time {
	_, h := hijriInYear(gy, 9, 1)
	return hijriToDate(h, 10, 1).AddDate(0, 0, -1)
}
