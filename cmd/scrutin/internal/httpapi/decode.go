package httpapi

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"time"
)

// decodeJSON decodes a request body that holds exactly one JSON value
// into v: unknown fields, trailing data after the value (`{…}garbage`, a
// second value) and an empty body are refused with a 400 whose message
// names the field or byte, never a Go type. Every JSON body the API takes
// goes through it.
func decodeJSON(r *http.Request, v any) error { return decodeStrict(r.Body, v) }

// decodeNone checks the body of a request that takes no parameters (a
// close, a draw): empty, or an empty JSON object, with nothing after it.
func decodeNone(r *http.Request) error {
	br := bufio.NewReader(r.Body)
	if _, err := br.Peek(1); err == io.EOF {
		return nil
	}
	var none struct{}
	return decodeStrict(br, &none)
}

// decodeValue decodes data, one JSON value already read whole by
// decodeJSON (a json.RawMessage field), into v, refusing unknown fields,
// with decodeJSON's messages. The value is known to stand alone, so
// nothing is looked for after it.
func decodeValue(data []byte, v any) error {
	d := getDecoder(bytes.NewReader(data))
	if err := d.dec.Decode(v); err != nil {
		return badRequest("couldn't decode the request: %s", jsonMessage(d.relative(err)))
	}
	d.put()
	return nil
}

// decodeStrict is decodeJSON on any reader.
func decodeStrict(rd io.Reader, v any) error {
	d := getDecoder(rd)
	if err := d.dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return badRequest("couldn't decode the request: %s", jsonMessage(d.relative(err)))
	}
	if _, err := d.dec.Token(); err != io.EOF {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return badRequest("couldn't decode the request: data after the JSON value (at byte %d)", d.dec.InputOffset()-d.base)
	}
	d.put()
	return nil
}

// A pooledDecoder is a strict json.Decoder (unknown fields refused) kept
// from request to request: a decoder and its buffer cost more than the
// small bodies they read. It reads its readers one after the other as one
// stream of JSON values, which json.Decoder supports; a decoder is put
// back only after a value read whole and nothing left unread (every
// reader read to its end or its value's end), never after an error, and
// not if it read more than maxPooledRead (its buffer would stay large).
type pooledDecoder struct {
	dec  *json.Decoder
	src  io.Reader
	n    int64 // bytes read from src
	base int64 // the stream's offset where src starts
}

const maxPooledRead = 64 << 10

var decoders = sync.Pool{New: func() any {
	d := &pooledDecoder{}
	d.dec = json.NewDecoder(d)
	d.dec.DisallowUnknownFields()
	return d
}}

func getDecoder(src io.Reader) *pooledDecoder {
	d := decoders.Get().(*pooledDecoder)
	d.src, d.n, d.base = src, 0, d.dec.InputOffset()
	return d
}

// Read implements io.Reader for the decoder: the current reader.
func (d *pooledDecoder) Read(p []byte) (int, error) {
	if d.src == nil {
		return 0, io.EOF
	}
	n, err := d.src.Read(p)
	d.n += int64(n)
	return n, err
}

func (d *pooledDecoder) put() {
	rest, ok := d.dec.Buffered().(interface{ Len() int })
	if d.n > maxPooledRead || !ok || rest.Len() > 0 {
		return
	}
	d.src = nil
	decoders.Put(d)
}

// relative makes a syntax error's offset count from the current reader's
// start, not the pooled stream's.
func (d *pooledDecoder) relative(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		se.Offset -= d.base
	}
	return err
}

// jsonMessage says what is wrong with a JSON document in words a client
// can act on: the field and the kind of value expected, without the Go
// names encoding/json puts in its messages.
func jsonMessage(err error) string {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	var pe *time.ParseError
	switch {
	case errors.Is(err, io.EOF):
		return "the body is empty"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the JSON value is cut short"
	case errors.As(err, &te):
		field := te.Field
		if field == "" {
			field = "(the document)"
		}
		return fmt.Sprintf("field %q: expected %s, got a JSON %s", field, jsonKind(te.Type), te.Value)
	case errors.As(err, &se):
		return fmt.Sprintf("malformed JSON at byte %d: %s", se.Offset, se.Error())
	case errors.As(err, &pe):
		return fmt.Sprintf("%q is not a time in RFC 3339 form (e.g. 2026-12-01T09:00:00Z)", pe.Value)
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if strings.Contains(msg, "Go ") || strings.Contains(msg, "main.") {
		return "malformed JSON"
	}
	return msg
}

// jsonKind names, in JSON's terms, the value a Go type takes.
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "another value"
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Implements(textUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "an integer"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "a non-negative integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.String:
		return "a string"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return "a base64 string"
		}
		return "an array"
	case reflect.Array:
		return "an array"
	case reflect.Map, reflect.Struct:
		return "an object"
	}
	return "another value"
}

var textUnmarshaler = reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()
