// Command ferretdb runs FerretDB v1.24.2 (SQLite backend) for Smart Pick's local runs and tests.
//
// It embeds FerretDB's public `ferretdb` package instead of building FerretDB's own command:
// that command, built from the module proxy, panics at start because the module lacks the
// generated build/version/version.txt (FerretDB issue #2982).
package main

import (
	"context"
	"flag"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// gcPercent is the Go collector's target: a new collection once the heap has grown by this
// percentage of what the last one kept. FerretDB keeps little (tens of MB) but allocates
// every document it decodes or encodes, so at Go's default of 100 it collected so often that
// a find by _id cost it about twice the CPU it costs at 400 (deploy/local/README.md); above
// 400 nothing more was gained. GOGC in the environment still wins.
const gcPercent = 400

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	sqliteURL := flag.String("sqlite-url", "file:data/", "SQLite backend URL: an existing directory ending with /")
	flag.Parse()
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	logger := slog.New(&lazyAttrs{base: slog.NewTextHandler(os.Stderr,
		&slog.HandlerOptions{Level: slog.LevelWarn})})
	server, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: *sqliteURL,
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := server.Run(ctx); err != nil {
		log.Fatal(err)
	}
}

// lazyAttrs is a slog.Handler that keeps WithAttrs and WithGroup until a record is logged.
//
// FerretDB's SQL layer calls Logger.With for every statement it runs, to log it at debug level;
// slog's TextHandler formats those attributes at once, though the record is then dropped at
// warning level: 5 % of FerretDB's CPU under our load (deploy/local/README.md). Here they are
// formatted only for a record that is logged.
type lazyAttrs struct {
	base  slog.Handler
	steps []func(slog.Handler) slog.Handler
}

func (h *lazyAttrs) Enabled(ctx context.Context, level slog.Level) bool {
	return h.base.Enabled(ctx, level)
}

func (h *lazyAttrs) Handle(ctx context.Context, record slog.Record) error {
	handler := h.base
	for _, step := range h.steps {
		handler = step(handler)
	}
	return handler.Handle(ctx, record)
}

func (h *lazyAttrs) WithAttrs(attrs []slog.Attr) slog.Handler {
	return h.then(func(next slog.Handler) slog.Handler { return next.WithAttrs(attrs) })
}

func (h *lazyAttrs) WithGroup(name string) slog.Handler {
	return h.then(func(next slog.Handler) slog.Handler { return next.WithGroup(name) })
}

func (h *lazyAttrs) then(step func(slog.Handler) slog.Handler) *lazyAttrs {
	steps := make([]func(slog.Handler) slog.Handler, len(h.steps), len(h.steps)+1)
	copy(steps, h.steps)
	return &lazyAttrs{base: h.base, steps: append(steps, step)}
}
