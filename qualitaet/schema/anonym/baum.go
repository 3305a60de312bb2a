package anonym

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// objekt is a JSON object that keeps the order of its members.
type objekt struct {
	schluessel []string
	werte      map[string]any
}

// leseGeordnet decodes one JSON value, objects as *objekt, strings as
// *string (so the walk can change them), numbers as json.Number. A
// duplicate key keeps its first position and its last value, as the
// validator reads it.
func leseGeordnet(d *json.Decoder) (any, error) {
	t, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch x := t.(type) {
	case json.Delim:
		switch x {
		case '{':
			return leseObjekt(d)
		case '[':
			l := []any{}
			for d.More() {
				v, err := leseGeordnet(d)
				if err != nil {
					return nil, err
				}
				l = append(l, v)
			}
			_, err := d.Token()
			return l, err
		}
		return nil, errors.New("anonym: unerwartetes JSON-Zeichen")
	case string:
		return &x, nil
	default:
		return x, nil
	}
}

func leseObjekt(d *json.Decoder) (*objekt, error) {
	o := &objekt{werte: map[string]any{}}
	for d.More() {
		kt, err := d.Token()
		if err != nil {
			return nil, err
		}
		k, _ := kt.(string)
		v, err := leseGeordnet(d)
		if err != nil {
			return nil, err
		}
		if _, doppelt := o.werte[k]; !doppelt {
			o.schluessel = append(o.schluessel, k)
		}
		o.werte[k] = v
	}
	_, err := d.Token()
	return o, err
}

// schreibeGeordnet writes a value of leseGeordnet as JSON indented by two
// spaces, without HTML escaping.
func schreibeGeordnet(w *bytes.Buffer, v any, einzug string) error {
	switch x := v.(type) {
	case *objekt:
		if len(x.schluessel) == 0 {
			w.WriteString("{}")
			return nil
		}
		w.WriteString("{\n")
		for i, k := range x.schluessel {
			w.WriteString(einzug + "  ")
			if err := schreibeString(w, k); err != nil {
				return err
			}
			w.WriteString(": ")
			if err := schreibeGeordnet(w, x.werte[k], einzug+"  "); err != nil {
				return err
			}
			if i < len(x.schluessel)-1 {
				w.WriteByte(',')
			}
			w.WriteByte('\n')
		}
		w.WriteString(einzug + "}")
	case []any:
		if len(x) == 0 {
			w.WriteString("[]")
			return nil
		}
		w.WriteString("[\n")
		for i, e := range x {
			w.WriteString(einzug + "  ")
			if err := schreibeGeordnet(w, e, einzug+"  "); err != nil {
				return err
			}
			if i < len(x)-1 {
				w.WriteByte(',')
			}
			w.WriteByte('\n')
		}
		w.WriteString(einzug + "]")
	case *string:
		return schreibeString(w, *x)
	case json.Number:
		w.WriteString(x.String())
	case bool:
		w.WriteString(strconv.FormatBool(x))
	case nil:
		w.WriteString("null")
	default:
		return fmt.Errorf("anonym: unerwarteter JSON-Wert %T", v)
	}
	return nil
}

func schreibeString(w *bytes.Buffer, s string) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return err
	}
	w.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	return nil
}
