//go:build js && wasm

package main

import (
	"errors"
	"syscall/js"
	"time"

	"github.com/complaintlint/complaintlint/lint/browser"
)

// promise runs work off the calling JavaScript turn and settles a Promise
// with its value, or rejects it with an Error carrying the command line's
// one-line message.
func promise(work func() (any, error)) js.Value {
	executor := js.FuncOf(func(_ js.Value, args []js.Value) any {
		resolve, reject := args[0], args[1]
		go func() {
			v, err := work()
			if err != nil {
				reject.Invoke(js.Global().Get("Error").New(err.Error()))
				return
			}
			resolve.Invoke(v)
		}()
		return nil
	})
	defer executor.Release()
	return js.Global().Get("Promise").New(executor)
}

func rejected(err error) js.Value {
	return promise(func() (any, error) { return nil, err })
}

// bytesOf copies a Uint8Array (or ArrayBuffer) into Go, refusing one past
// the size limit before copying it.
func bytesOf(v js.Value, name string) ([]byte, error) {
	if v.InstanceOf(js.Global().Get("ArrayBuffer")) {
		v = js.Global().Get("Uint8Array").New(v)
	}
	if !v.InstanceOf(js.Global().Get("Uint8Array")) {
		return nil, errors.New("complaintlint: the file must be a Uint8Array or an ArrayBuffer")
	}
	if err := browser.CheckSize(name, int64(v.Get("length").Int())); err != nil {
		return nil, err
	}
	b := make([]byte, v.Get("length").Int())
	js.CopyBytesToGo(b, v)
	return b, nil
}

// goValue converts the JSON-like JavaScript values an options object holds.
func goValue(v js.Value) any {
	switch v.Type() {
	case js.TypeString:
		return v.String()
	case js.TypeNumber:
		return v.Float()
	case js.TypeBoolean:
		return v.Bool()
	case js.TypeObject:
		if js.Global().Get("Array").Call("isArray", v).Bool() {
			out := make([]any, v.Length())
			for i := range out {
				out[i] = goValue(v.Index(i))
			}
			return out
		}
	}
	return v.Type().String()
}

func optionsOf(v js.Value) map[string]any {
	m := map[string]any{}
	if v.Type() != js.TypeObject {
		return m
	}
	keys := js.Global().Get("Object").Call("keys", v)
	for i := 0; i < keys.Length(); i++ {
		k := keys.Index(i).String()
		if val := v.Get(k); val.Type() != js.TypeUndefined {
			m[k] = goValue(val)
		}
	}
	return m
}

func arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

// callLint reads (bytes, name, options) and lints once for the formats.
func callLint(args []js.Value, formats []string) (browser.Linted, error) {
	name := "draft.txt"
	if n := arg(args, 1); n.Type() == js.TypeString && n.String() != "" {
		name = n.String()
	}
	data, err := bytesOf(arg(args, 0), name)
	if err != nil {
		return browser.Linted{}, err
	}
	c, err := browser.Choices(optionsOf(arg(args, 2)))
	if err != nil {
		return browser.Linted{}, err
	}
	return browser.Lint(data, name, c, formats)
}

func jsLint(_ js.Value, args []js.Value) any {
	return promise(func() (any, error) {
		out, err := callLint(args, []string{"json"})
		if err != nil {
			return nil, err
		}
		return out.Reports["json"], nil
	})
}

func jsReports(_ js.Value, args []js.Value) any {
	var formats []string
	if f := arg(args, 3); f.Type() == js.TypeObject {
		for i := 0; i < f.Length(); i++ {
			formats = append(formats, f.Index(i).String())
		}
	} else {
		formats = []string{"json"}
	}
	return promise(func() (any, error) {
		out, err := callLint(args, formats)
		if err != nil {
			return nil, err
		}
		obj := js.Global().Get("Object").New()
		for k, v := range out.Reports {
			obj.Set(k, v)
		}
		// Bytes, not a string: the reports' spans are byte offsets into
		// it, and a JavaScript string would count UTF-16 units.
		src := js.Global().Get("Uint8Array").New(len(out.Source))
		js.CopyBytesToJS(src, out.Source)
		obj.Set("source", src)
		return obj, nil
	})
}

func jsAnnotate(_ js.Value, args []js.Value) any {
	opts := optionsOf(arg(args, 1))
	name := "draft.docx"
	if n, ok := opts["name"].(string); ok && n != "" {
		name = n
	}
	data, err := bytesOf(arg(args, 0), name)
	if err != nil {
		return rejected(err)
	}
	return promise(func() (any, error) {
		c, err := browser.Choices(opts)
		if err != nil {
			return nil, err
		}
		out, _, err := browser.Review(data, name, c, time.Now())
		if err != nil {
			return nil, err
		}
		arr := js.Global().Get("Uint8Array").New(len(out))
		js.CopyBytesToJS(arr, out)
		return arr, nil
	})
}

func jsCheckSize(_ js.Value, args []js.Value) any {
	if err := browser.CheckSize(arg(args, 0).String(), int64(arg(args, 1).Float())); err != nil {
		return err.Error()
	}
	return ""
}
