// Package beschriftung is the one normaliser for labels (Beschriftungen):
// the labels of a Steckbrief, section titles, names of Länder and sectors,
// and the sector column of a rating sheet. Everything that compares such
// text tolerantly — the Steckbrief reader in package kommune, the network
// model in package netzwerk, the rating sheets in package bogen and the
// example programs — folds it here, so that one spelling is read the same
// way everywhere.
//
// There are two strengths of one fold. [Normiere] keeps words apart and is
// meant for labels whose spacing and dashes carry meaning ("0-3 jaehrig",
// "Strategie- und Lenkungsgruppe"); [Schluessel] goes further and keeps
// only letters and digits, for names written in many ways ("Kinder- und
// Jugend", "Kinder u. Jugend", "KINDER&JUGEND"). Schluessel(s) is always
// Schluessel(Normiere(s)).
//
// The package depends on nothing but golang.org/x/text, so every package
// of the module may use it.
package beschriftung
