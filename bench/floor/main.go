// Command floor is the speed floor of scripts/bench: it reads every file
// under the given paths and counts their words with strings.Fields, the
// least any program that reads the text must do. factcheck's end-to-end
// time is measured against it on the same files in the same run.
//
//	go run ./bench/floor ../shared/corpora/ecbplus
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() { os.Exit(run(os.Args[1:])) }

func run(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: floor PATH...")
		return 2
	}
	var files, words, bytes int
	for _, root := range args {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			files++
			bytes += len(b)
			words += len(strings.Fields(string(b)))
			return nil
		})
		if err != nil {
			fmt.Fprintf(os.Stderr, "floor: %v\n", err)
			return 1
		}
	}
	fmt.Printf("%d files, %d bytes, %d words\n", files, bytes, words)
	return 0
}
