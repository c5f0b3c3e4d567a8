package pattern

// The token pass looks each word run up once per table, by one hash it
// extends a byte at a time (FNV-1a over the lower-cased bytes): the hash
// of every prefix of the run, of the whole run and of the run joined to
// the next one ("trade\x00secret") come from the same loop, where a Go map
// would hash each key string from its start again. The tables are open
// addressing over those hashes; a slot's key is compared only when its
// hash is equal.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvByte extends the hash h by the byte c.
func fnvByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

// fnvString is the hash of s, as the pass builds it byte by byte.
func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = fnvByte(h, s[i])
	}
	return h
}

// wordSlot is one key of a wordTable and the expansions it opens.
type wordSlot struct {
	key     string
	entries []tokenEntry
	// pairFirst: the key is the first word of some pair key, so the pass
	// hashes the next run to look the pair up.
	pairFirst bool
}

// wordTable maps lower-case keys to the expansions they open. The probe
// reads hashes alone (8 bytes a slot, so a table of a few thousand keys
// stays in cache); 0 marks an empty slot, and a key whose hash is 0 is
// stored as 1.
type wordTable struct {
	hashes []uint64
	slots  []wordSlot
	mask   uint64
	n      int // keys held
}

// slot returns key's slot, taking an empty one for a new key (the table
// doubles before it is half full).
func (t *wordTable) slot(key string) *wordSlot {
	if 2*(t.n+1) > len(t.hashes) {
		t.grow()
	}
	h := max(fnvString(key), 1)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		if t.hashes[i] == 0 {
			t.n++
			t.hashes[i], t.slots[i].key = h, key
			return &t.slots[i]
		}
		if t.hashes[i] == h && t.slots[i].key == key {
			return &t.slots[i]
		}
	}
}

// grow doubles the table (to 16 slots at first) and re-inserts its keys.
func (t *wordTable) grow() {
	old, oldSlots := t.hashes, t.slots
	size := max(16, 2*len(old))
	t.hashes, t.slots, t.mask = make([]uint64, size), make([]wordSlot, size), uint64(size-1)
	for k, h := range old {
		if h == 0 {
			continue
		}
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.hashes[i] == 0 {
				t.hashes[i], t.slots[i] = h, oldSlots[k]
				break
			}
		}
	}
}

// find returns the slot of the key whose hash is h and whose bytes are
// key, or nil.
func (t *wordTable) find(h uint64, key []byte) *wordSlot {
	h = max(h, 1)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case 0:
			return nil
		case h:
			if s := &t.slots[i]; s.key == string(key) {
				return s
			}
		}
	}
}
