// Command standin-server runs the TEST-ONLY EventStoreDB stand-in (package
// standin) as a process, so that CI can start the real `scrutin serve`
// binary in its distributed mode (.ci/distributed.sh). It is not
// EventStoreDB and must never hold real data.
//
//	standin-server -addr 127.0.0.1:2113 -file /tmp/standin.db
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/esdb/standin"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:2113", "listen `address`")
	file := flag.String("file", "standin.db", "storage `file`")
	flag.Parse()
	srv, err := standin.Start(*file, *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "standin-server:", err)
		os.Exit(1)
	}
	fmt.Println(srv.URL())
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	<-sig
	srv.Close()
}
