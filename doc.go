// Package hearsay is the document model of hearsay: an article's text plus
// typed layers of annotations, every one a byte-offset span [Start, End) into
// the UTF-8 text.
//
// Data flows one way: ingest → Document → annotators → store → query/serve.
// This package holds the model and the small interfaces the other packages
// implement (Annotator); it imports only the standard library. Annotators
// live under annotate/, readers under ingest/, the command under cmd/hearsay.
//
// Everything an article says is untrusted input: the model never interprets
// the text as markup or code, and every consumer that renders it must escape
// it.
package hearsay
