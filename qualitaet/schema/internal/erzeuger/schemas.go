package erzeuger

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Kompiliere compiles every *.schema.json of fsys, each added under its
// $id, with nothing loaded from elsewhere, and returns them by $id. The
// generator only reads their shape; validation is package schema's.
func Kompiliere(fsys fs.FS) (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.LoadURL = func(string) (io.ReadCloser, error) { return nil, errors.New("erzeuger: no loading") }
	namen, err := fs.Glob(fsys, "*.schema.json")
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, name := range namen {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var kopf struct {
			ID string `json:"$id"`
		}
		if err := json.Unmarshal(b, &kopf); err != nil {
			return nil, err
		}
		if err := c.AddResource(kopf.ID, bytes.NewReader(b)); err != nil {
			return nil, err
		}
		ids = append(ids, kopf.ID)
	}
	out := map[string]*jsonschema.Schema{}
	for _, id := range ids {
		if out[id], err = c.Compile(id); err != nil {
			return nil, err
		}
	}
	return out, nil
}
