package hearsay

// An Annotator reads a Document's layers and adds its own. It must not
// change layers it does not provide, except to fill in fields documented as
// its own (the coreference annotator sets Mention.Entity).
//
// Requires lists the layers that must exist before Annotate runs; Provides
// the layers it adds. annotate.New checks them when a pipeline is built.
type Annotator interface {
	Name() string
	Requires() []Layer
	Provides() []Layer
	Annotate(d *Document) error
}
