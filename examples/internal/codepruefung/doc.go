// Package codepruefung holds checks of the module's own code that no single
// package owns, run with the module's tests: no function (outside tests and
// generated files) is longer than 80 lines. It has no API; its tests walk
// the module's source from the root.
package codepruefung
