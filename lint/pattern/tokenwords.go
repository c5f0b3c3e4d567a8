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

// wordSlot is one key of a wordTable and the expansions it opens, the
// table's entries[from:to].
type wordSlot struct {
	key      string
	from, to int32
	// pairFirst: the key is the first word of some pair key, so the pass
	// hashes the next run to look the pair up.
	pairFirst bool
}

// wordTable maps lower-case keys to the expansions they open. The probe
// reads hashes alone (8 bytes a slot, so a table of a few thousand keys
// stays in cache); 0 marks an empty slot, and a key whose hash is 0 is
// stored as 1. at[i] is the key of slot i, in keys, the keys in the order
// they came, and every key's expansions are one run of entries: flat
// arrays, which go generate writes as static data (token_set.go).
type wordTable struct {
	hashes  []uint64
	at      []uint16
	keys    []wordSlot
	entries []tokenEntry
	mask    uint64
	// lists holds each key's expansions while the table is built (add);
	// done moves them into entries.
	lists [][]tokenEntry
}

// slot returns the index in keys of key, adding it if new (the table
// doubles before it is half full).
func (t *wordTable) slot(key string) int {
	if 2*(len(t.keys)+1) > len(t.hashes) {
		t.grow()
	}
	h := max(fnvString(key), 1)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		if t.hashes[i] == 0 {
			k := len(t.keys)
			if k > 0xFFFF {
				panic("legal: more token keys than a word table numbers in 16 bits")
			}
			t.hashes[i], t.at[i] = h, uint16(k)
			t.keys = append(t.keys, wordSlot{key: key})
			t.lists = append(t.lists, nil)
			return k
		}
		if t.hashes[i] == h && t.keys[t.at[i]].key == key {
			return int(t.at[i])
		}
	}
}

// add adds an expansion key opens.
func (t *wordTable) add(key string, e tokenEntry) {
	k := t.slot(key)
	t.lists[k] = append(t.lists[k], e)
}

// grow doubles the table (to 16 slots at first) and re-inserts its keys.
func (t *wordTable) grow() {
	old, oldAt := t.hashes, t.at
	size := max(16, 2*len(old))
	t.hashes, t.at, t.mask = make([]uint64, size), make([]uint16, size), uint64(size-1)
	for k, h := range old {
		if h == 0 {
			continue
		}
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.hashes[i] == 0 {
				t.hashes[i], t.at[i] = h, oldAt[k]
				break
			}
		}
	}
}

// done lays every key's expansions out in entries, in the order of keys.
func (t *wordTable) done() {
	n := 0
	for _, l := range t.lists {
		n += len(l)
	}
	t.entries = make([]tokenEntry, 0, n)
	for k, l := range t.lists {
		t.keys[k].from = int32(len(t.entries))
		t.entries = append(t.entries, l...)
		t.keys[k].to = int32(len(t.entries))
	}
	t.lists = nil
}

// find returns the key whose hash is h and whose bytes are key, or nil.
func (t *wordTable) find(h uint64, key []byte) *wordSlot {
	h = max(h, 1)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case 0:
			return nil
		case h:
			if s := &t.keys[t.at[i]]; s.key == string(key) {
				return s
			}
		}
	}
}

// entriesOf returns the expansions key s opens.
func (t *wordTable) entriesOf(s *wordSlot) []tokenEntry { return t.entries[s.from:s.to] }
