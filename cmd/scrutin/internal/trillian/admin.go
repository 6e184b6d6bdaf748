package trillian

import (
	"context"
	"fmt"
	"time"

	tpb "github.com/google/trillian"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"
)

// CreateTree creates and initialises an empty PREORDERED_LOG tree on the
// log server at addr (which also serves Trillian's admin API), over a
// plaintext connection, and returns its id. It is what an operator's
// `createtree --tree_type=PREORDERED_LOG` does, for tests and tools.
func CreateTree(ctx context.Context, addr, name string) (int64, error) {
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return 0, fmt.Errorf("couldn't connect to Trillian at %s: %w", addr, err)
	}
	defer conn.Close()
	if len(name) > 20 {
		name = name[:20] // Trillian's DisplayName limit
	}
	tree, err := tpb.NewTrillianAdminClient(conn).CreateTree(ctx, &tpb.CreateTreeRequest{Tree: &tpb.Tree{
		TreeState:       tpb.TreeState_ACTIVE,
		TreeType:        tpb.TreeType_PREORDERED_LOG,
		DisplayName:     name,
		Description:     "Scrutin ledger",
		MaxRootDuration: durationpb.New(time.Hour),
	}})
	if err != nil {
		return 0, fmt.Errorf("couldn't create a Trillian tree: %w", err)
	}
	logc := tpb.NewTrillianLogClient(conn)
	for {
		_, err := logc.InitLog(ctx, &tpb.InitLogRequest{LogId: tree.TreeId})
		switch status.Code(err) {
		case codes.OK, codes.AlreadyExists:
			return tree.TreeId, nil
		case codes.Unavailable:
			select {
			case <-ctx.Done():
				return 0, fmt.Errorf("couldn't initialise Trillian tree %d: %w", tree.TreeId, err)
			case <-time.After(100 * time.Millisecond):
			}
		default:
			return 0, fmt.Errorf("couldn't initialise Trillian tree %d: %w", tree.TreeId, err)
		}
	}
}

// DeleteTree soft-deletes tree id on the log server at addr (Trillian keeps
// its data until an operator purges it); its signer stops working on it.
func DeleteTree(ctx context.Context, addr string, id int64) error {
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return fmt.Errorf("couldn't connect to Trillian at %s: %w", addr, err)
	}
	defer conn.Close()
	if _, err := tpb.NewTrillianAdminClient(conn).DeleteTree(ctx, &tpb.DeleteTreeRequest{TreeId: id}); err != nil {
		return fmt.Errorf("couldn't delete Trillian tree %d: %w", id, err)
	}
	return nil
}
