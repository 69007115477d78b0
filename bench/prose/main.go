// Command prose runs jdkato/prose v2 (tokenisation, tagging, named
// entities) over a JSONL corpus within a time budget and prints what it
// did as JSON. It lives in its own module: prose is never a dependency of
// hearsay. Usage: prose corpus.jsonl SECONDS
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/jdkato/prose/v2"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	budget, _ := strconv.ParseFloat(os.Args[2], 64)
	start := time.Now()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	docs, bytes, items := 0, 0, 0
	for sc.Scan() {
		var d struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &d) != nil {
			continue
		}
		doc, err := prose.NewDocument(d.Text)
		if err != nil {
			continue
		}
		items += len(doc.Entities())
		docs++
		bytes += len(d.Text)
		if time.Since(start).Seconds() > budget {
			break
		}
	}
	out, _ := json.Marshal(map[string]any{"docs": docs, "bytes": bytes, "items": items, "seconds": time.Since(start).Seconds()})
	fmt.Println(string(out))
}
