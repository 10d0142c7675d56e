package geo

import (
	"math"
	"testing"
)

func TestDistance(t *testing.T) {
	if d := Distance(33.34, 44.40, 30.51, 47.81); math.Abs(d-450) > 20 {
		t.Errorf("Baghdad-Basra %.0f km", d)
	}
}
