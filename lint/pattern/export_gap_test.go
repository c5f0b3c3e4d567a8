package pattern

// ForceDenseGap makes every text's hit table leave out the lists denser
// than one hit per gap bytes, as a long text's does, until restore is
// called.
func ForceDenseGap(gap int) (restore func()) {
	denseGapForced.Store(int64(gap))
	return func() { denseGapForced.Store(0) }
}
