// Package deflate lends out deflate compressors at flate.BestSpeed, the
// level every resumekit writer uses, and takes them back for the next
// document.
//
// A compressor is about 1 MB of tables, more than a resume-sized document
// costs to compress. A sync.Pool loses its contents at every garbage
// collection, which a busy program (a batch check) runs several times per
// document, so this package keeps a few compressors in a small free list
// instead: at most maxFree, about 8 MB, for the life of the process.
package deflate

import (
	"bytes"
	"compress/flate"
	"errors"
	"hash/adler32"
	"io"
)

// maxFree is the number of idle compressors kept.
const maxFree = 8

var free = make(chan *flate.Writer, maxFree)

// get returns a compressor writing to w.
func get(w io.Writer) *flate.Writer {
	select {
	case fw := <-free:
		fw.Reset(w)
		return fw
	default:
		fw, err := flate.NewWriter(w, flate.BestSpeed)
		if err != nil {
			panic(err) // only for an invalid level
		}
		return fw
	}
}

// put takes fw back. It must not be used afterwards.
func put(fw *flate.Writer) {
	fw.Reset(io.Discard) // let go of the last destination
	select {
	case free <- fw:
	default:
	}
}

// Compressor returns a deflate stream writing to w; Close flushes it and
// gives the compressor back. It has the signature of archive/zip's
// Compressor, for zip.Writer.RegisterCompressor.
func Compressor(w io.Writer) (io.WriteCloser, error) {
	return &stream{get(w)}, nil
}

type stream struct{ fw *flate.Writer }

func (s *stream) Write(p []byte) (int, error) {
	if s.fw == nil {
		return 0, errClosed
	}
	return s.fw.Write(p)
}

func (s *stream) Close() error {
	if s.fw == nil {
		return nil
	}
	err := s.fw.Close()
	put(s.fw)
	s.fw = nil
	return err
}

var errClosed = errors.New("deflate: write after Close")

// Zlib appends data to out as a zlib stream (RFC 1950): the format of a
// PDF FlateDecode stream.
func Zlib(out *bytes.Buffer, data []byte) {
	out.Write([]byte{0x78, 0x01}) // deflate, 32 KB window, fastest level
	fw := get(out)
	fw.Write(data) // a bytes.Buffer does not fail
	fw.Close()
	put(fw)
	var sum [4]byte
	s := adler32.Checksum(data)
	sum[0], sum[1], sum[2], sum[3] = byte(s>>24), byte(s>>16), byte(s>>8), byte(s)
	out.Write(sum[:])
}
