package main

import (
	"bytes"
	"testing"
)

// TestChunksKeepTheBytes writes pieces that straddle the chunk boundary and
// checks that WriteTo and Bytes give back exactly what was written.
func TestChunksKeepTheBytes(t *testing.T) {
	var want bytes.Buffer
	var c chunks
	piece := bytes.Repeat([]byte("0123456789"), chunkSize/7)
	for i := range 3 {
		p := piece[:len(piece)-i]
		want.Write(p)
		if n, err := c.Write(p); n != len(p) || err != nil {
			t.Fatalf("Write = %d, %v; want %d, nil", n, err, len(p))
		}
	}
	if len(c.bufs) < 2 {
		t.Fatalf("%d chunks for %d bytes: the test does not cross a boundary", len(c.bufs), want.Len())
	}
	var got bytes.Buffer
	if n, err := c.WriteTo(&got); n != int64(want.Len()) || err != nil {
		t.Fatalf("WriteTo = %d, %v; want %d, nil", n, err, want.Len())
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Error("WriteTo changed the bytes")
	}
	if !bytes.Equal(c.Bytes(), want.Bytes()) {
		t.Error("Bytes changed the bytes")
	}
}
