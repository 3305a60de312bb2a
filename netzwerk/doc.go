// Package netzwerk models the Netzwerk Frühe Hilfen of a Kommune and the
// analyses its coordinators need.
package netzwerk
