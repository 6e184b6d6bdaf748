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
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return badRequest("couldn't decode the request: %s", jsonMessage(err))
	}
	return nil
}

// decodeStrict is decodeJSON on any reader.
func decodeStrict(rd io.Reader, v any) error {
	dec := json.NewDecoder(rd)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return badRequest("couldn't decode the request: %s", jsonMessage(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return badRequest("couldn't decode the request: data after the JSON value (at byte %d)", dec.InputOffset())
	}
	return nil
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
