// Command oidcop runs the example OpenID Provider of github.com/zitadel/oidc
// (its exampleop and storage packages, unmodified) on a loopback address,
// with one web client registered for Scrutin's callback. .ci/oidc.sh builds
// it from the Go module proxy and runs the OpenID Connect browser test
// against it. It is a separate module so that the provider's dependencies
// stay out of Scrutin's go.mod.
//
// Environment:
//
//	OP_ADDR        listen address, e.g. 127.0.0.1:9998 (loopback only)
//	OP_ISSUER      issuer URL, e.g. http://127.0.0.1:9998/
//	USERS_FILE     the test users (JSON, storage.StoreFromFile's format)
//	CLIENT_ID      the client registered for Scrutin
//	CLIENT_SECRET  its secret
//	REDIRECT_URI   its redirect URI (Scrutin's callback)
package main

import (
	"log/slog"
	"net"
	"net/http"
	"os"

	"github.com/zitadel/oidc/v3/example/server/exampleop"
	"github.com/zitadel/oidc/v3/example/server/storage"
)

func main() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	fatal := func(msg string, args ...any) { log.Error(msg, args...); os.Exit(1) }
	env := func(k string) string {
		v := os.Getenv(k)
		if v == "" {
			fatal("missing environment variable", "name", k)
		}
		return v
	}
	addr, issuer := env("OP_ADDR"), env("OP_ISSUER")
	host, _, err := net.SplitHostPort(addr)
	if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
		fatal("OP_ADDR must be a loopback address and port", "addr", addr)
	}
	storage.RegisterClients(storage.WebClient(env("CLIENT_ID"), env("CLIENT_SECRET"), env("REDIRECT_URI")))
	users, err := storage.StoreFromFile(env("USERS_FILE"))
	if err != nil {
		fatal("couldn't read the users", "err", err)
	}
	router := exampleop.SetupServer(issuer, storage.NewStorage(users), log, false)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fatal("couldn't listen", "err", err)
	}
	log.Info("OpenID Provider listening", "issuer", issuer, "addr", ln.Addr())
	srv := &http.Server{Handler: router}
	fatal("server stopped", "err", srv.Serve(ln))
}
