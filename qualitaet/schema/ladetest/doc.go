// Package ladetest holds tests only: they feed documents of every kind
// through both the schema validator and the loaders of the packages
// qualitaet, netzwerk and kommune, which import package schema and so
// cannot be tested from inside it.
package ladetest
