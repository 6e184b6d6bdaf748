// Package standin is a TEST-ONLY STAND-IN for an EventStoreDB server: a
// gRPC server built from the .proto files that EventStore-Client-Go/v4
// ships (its generated protos/streams and protos/serverfeatures packages),
// implementing just the calls that the esdb adapter makes, so that CI
// exercises the adapter and the real client library over real gRPC on
// machines where EventStoreDB itself cannot be installed.
//
// It is not EventStoreDB and must never serve real data. It implements:
//
//   - ServerFeatures.GetSupportedMethods (streams.read and streams.append);
//   - Streams.Append with the four expected-revision kinds, answering a
//     wrong expected version with EventStoreDB's WrongExpectedVersion
//     result, and treating a repeated write of the same event ids at the
//     same revisions as a success (EventStoreDB's idempotent appends);
//   - Streams.Read of a stream (forwards or backwards, from a revision,
//     the start or the end; StreamNotFound for a stream with no events), of
//     $all (forwards from the start or a position, backwards from the end),
//     and catch-up subscriptions to $all: a confirmation, then the stored
//     events (after the given position: subscriptions are exclusive), then
//     CaughtUp and live events, with an event-type or stream prefix filter.
//     A subscriber that falls more than a few hundred events behind gets
//     FellBehind and is served from storage until it catches up again; it
//     never loses events.
//
// Positions are sparse, like EventStoreDB's byte offsets: the event at
// index i of $all has commit = prepare position (i+1)*64. A read or
// subscription of $all from a position that is not an event's is refused
// with InvalidArgument, so the adapter is checked to send only positions
// the server gave out.
//
// Storage is the embedded store's log-only file (cmd/scrutin/internal/
// embedded): leaf i is the stand-in's record of event i of $all (stream,
// revision, id, type, data), so the stand-in keeps $all verbatim and can be
// restarted on its file.
package standin

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/protos/serverfeatures"
	"github.com/EventStore/EventStore-Client-Go/v4/protos/shared"
	api "github.com/EventStore/EventStore-Client-Go/v4/protos/streams"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
)

// Server is a running stand-in.
type Server struct {
	api.UnimplementedStreamsServer
	serverfeatures.UnimplementedServerFeaturesServer

	db   *embedded.DB
	log  *embedded.Log
	grpc *grpc.Server
	lis  net.Listener

	mu      sync.Mutex
	size    uint64
	streams map[string][]uint64 // stream → indices in $all
	notify  chan struct{}       // closed at each append
	subs    int
}

// Start opens (or creates) the stand-in's file at path and serves on addr
// (e.g. "127.0.0.1:0").
func Start(path, addr string) (*Server, error) { return start(path, addr, false) }

// StartNoSync is Start without fsync: for load tests whose subject is not
// the stand-in (it serialises appends, each with its fsync). A crash loses
// what it wrote.
func StartNoSync(path, addr string) (*Server, error) { return start(path, addr, true) }

func start(path, addr string, noSync bool) (*Server, error) {
	db, err := embedded.Open(path, embedded.Options{LogOnly: true, NoSync: noSync})
	if err != nil {
		return nil, fmt.Errorf("couldn't open the stand-in's file: %w", err)
	}
	s := &Server{db: db, log: db.Log(), streams: map[string][]uint64{}, notify: make(chan struct{})}
	ctx := context.Background()
	if s.size, err = s.log.Size(ctx); err != nil {
		db.Close()
		return nil, err
	}
	for i := uint64(0); i < s.size; i += 1024 {
		recs, err := s.records(ctx, i, min(i+1024, s.size))
		if err != nil {
			db.Close()
			return nil, err
		}
		for j, r := range recs {
			s.streams[r.stream] = append(s.streams[r.stream], i+uint64(j))
		}
	}
	lis, err := net.Listen("tcp", addr)
	if err != nil {
		db.Close()
		return nil, err
	}
	s.lis = lis
	s.grpc = grpc.NewServer()
	api.RegisterStreamsServer(s.grpc, s)
	serverfeatures.RegisterServerFeaturesServer(s.grpc, s)
	go s.grpc.Serve(lis)
	return s, nil
}

// URL is the connection string of the stand-in.
func (s *Server) URL() string { return "esdb://" + s.lis.Addr().String() + "?tls=false" }

// Close stops the server at once (open subscriptions are cut, as when a
// server goes down) and closes the file.
func (s *Server) Close() error {
	s.grpc.Stop()
	return s.db.Close()
}

// Size returns the number of events in $all.
func (s *Server) Size() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.size
}

// record is one event of $all as the stand-in stores it.
type record struct {
	stream   string
	revision uint64
	id       [16]byte
	typ      string
	created  int64 // .NET ticks (100 ns) since the Unix epoch
	data     []byte
	index    uint64
}

func (r *record) marshal() []byte {
	b := binary.BigEndian.AppendUint16(nil, uint16(len(r.stream)))
	b = append(b, r.stream...)
	b = binary.BigEndian.AppendUint64(b, r.revision)
	b = append(b, r.id[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(r.typ)))
	b = append(b, r.typ...)
	b = binary.BigEndian.AppendUint64(b, uint64(r.created))
	return append(b, r.data...)
}

func parseRecord(b []byte) (record, error) {
	var r record
	bad := errors.New("stand-in: corrupt record")
	take := func(n int) []byte {
		if len(b) < n {
			b = nil
			return make([]byte, n)
		}
		v := b[:n]
		b = b[n:]
		return v
	}
	r.stream = string(take(int(binary.BigEndian.Uint16(take(2)))))
	r.revision = binary.BigEndian.Uint64(take(8))
	copy(r.id[:], take(16))
	r.typ = string(take(int(binary.BigEndian.Uint16(take(2)))))
	r.created = int64(binary.BigEndian.Uint64(take(8)))
	if b == nil {
		return r, bad
	}
	r.data = b
	return r, nil
}

func (s *Server) records(ctx context.Context, start, end uint64) ([]record, error) {
	if start >= end {
		return nil, nil
	}
	leaves, err := s.log.Entries(ctx, start, end)
	if err != nil {
		return nil, err
	}
	out := make([]record, len(leaves))
	for i, l := range leaves {
		if out[i], err = parseRecord(l); err != nil {
			return nil, err
		}
		out[i].index = start + uint64(i)
	}
	return out, nil
}

// position is the commit (= prepare) position of event index i of $all.
func position(i uint64) uint64 { return (i + 1) * 64 }

// index returns the index of the event at position p, if p is an event's.
func (s *Server) index(p uint64, size uint64) (uint64, error) {
	if p == 0 || p%64 != 0 || p/64-1 >= size {
		return 0, status.Errorf(codes.InvalidArgument, "stand-in: %d is not the position of an event", p)
	}
	return p/64 - 1, nil
}

// GetSupportedMethods implements serverfeatures.ServerFeaturesServer.
func (s *Server) GetSupportedMethods(context.Context, *shared.Empty) (*serverfeatures.SupportedMethods, error) {
	return &serverfeatures.SupportedMethods{
		EventStoreServerVersion: "24.10.0",
		Methods: []*serverfeatures.SupportedMethod{
			{MethodName: "read", ServiceName: "event_store.client.streams.streams"},
			{MethodName: "append", ServiceName: "event_store.client.streams.streams"},
		},
	}, nil
}

func uuidOf(u *shared.UUID) [16]byte {
	var id [16]byte
	if st := u.GetStructured(); st != nil {
		binary.BigEndian.PutUint64(id[:8], uint64(st.MostSignificantBits))
		binary.BigEndian.PutUint64(id[8:], uint64(st.LeastSignificantBits))
	}
	return id
}

func protoUUID(id [16]byte) *shared.UUID {
	return &shared.UUID{Value: &shared.UUID_Structured_{Structured: &shared.UUID_Structured{
		MostSignificantBits:  int64(binary.BigEndian.Uint64(id[:8])),
		LeastSignificantBits: int64(binary.BigEndian.Uint64(id[8:])),
	}}}
}

// Append implements api.StreamsServer.
func (s *Server) Append(st api.Streams_AppendServer) error {
	first, err := st.Recv()
	if err != nil {
		return err
	}
	opts := first.GetOptions()
	if opts == nil || opts.GetStreamIdentifier() == nil {
		return status.Error(codes.InvalidArgument, "stand-in: append without options")
	}
	stream := string(opts.GetStreamIdentifier().GetStreamName())
	var msgs []*api.AppendReq_ProposedMessage
	for {
		m, err := st.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		if m.GetProposedMessage() == nil {
			return status.Error(codes.InvalidArgument, "stand-in: expected a proposed message")
		}
		msgs = append(msgs, m.GetProposedMessage())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	idxs := s.streams[stream]
	cur := int64(len(idxs)) - 1 // -1: no stream
	ok := false
	expect := int64(-2) // an exact revision, or -1 for no stream; -2 for neither
	switch e := opts.GetExpectedStreamRevision().(type) {
	case *api.AppendReq_Options_Revision:
		expect = int64(e.Revision)
		ok = cur == expect
	case *api.AppendReq_Options_NoStream:
		expect = -1
		ok = cur == -1
	case *api.AppendReq_Options_Any:
		ok = true
	case *api.AppendReq_Options_StreamExists:
		ok = cur >= 0
	}
	if !ok && expect >= -1 && s.sameWrite(st.Context(), idxs, expect, msgs) {
		// The same events, already written at these revisions: an
		// idempotent repeat, answered as a success.
		last := idxs[expect+int64(len(msgs))]
		return st.SendAndClose(success(uint64(expect+int64(len(msgs))), last))
	}
	if !ok {
		w := &api.AppendResp_WrongExpectedVersion{}
		if cur < 0 {
			w.CurrentRevisionOption = &api.AppendResp_WrongExpectedVersion_CurrentNoStream{CurrentNoStream: &shared.Empty{}}
		} else {
			w.CurrentRevisionOption = &api.AppendResp_WrongExpectedVersion_CurrentRevision{CurrentRevision: uint64(cur)}
		}
		switch e := opts.GetExpectedStreamRevision().(type) {
		case *api.AppendReq_Options_Revision:
			w.ExpectedRevisionOption = &api.AppendResp_WrongExpectedVersion_ExpectedRevision{ExpectedRevision: e.Revision}
		case *api.AppendReq_Options_NoStream:
			w.ExpectedRevisionOption = &api.AppendResp_WrongExpectedVersion_ExpectedNoStream{ExpectedNoStream: &shared.Empty{}}
		case *api.AppendReq_Options_StreamExists:
			w.ExpectedRevisionOption = &api.AppendResp_WrongExpectedVersion_ExpectedStreamExists{ExpectedStreamExists: &shared.Empty{}}
		}
		return st.SendAndClose(&api.AppendResp{Result: &api.AppendResp_WrongExpectedVersion_{WrongExpectedVersion: w}})
	}
	if len(msgs) == 0 {
		return st.SendAndClose(&api.AppendResp{Result: &api.AppendResp_Success_{Success: &api.AppendResp_Success{
			CurrentRevisionOption: &api.AppendResp_Success_NoStream{NoStream: &shared.Empty{}},
			PositionOption:        &api.AppendResp_Success_NoPosition{NoPosition: &shared.Empty{}},
		}}})
	}
	created := time.Now().UnixNano() / 100
	leaves := make([][]byte, len(msgs))
	for i, m := range msgs {
		r := record{stream: stream, revision: uint64(cur + 1 + int64(i)), id: uuidOf(m.GetId()),
			typ: m.GetMetadata()["type"], created: created, data: m.GetData()}
		leaves[i] = r.marshal()
	}
	if err := s.log.Append(st.Context(), s.size, leaves); err != nil {
		return status.Errorf(codes.Unavailable, "stand-in: couldn't write: %v", err)
	}
	for i := range msgs {
		s.streams[stream] = append(s.streams[stream], s.size+uint64(i))
	}
	s.size += uint64(len(msgs))
	close(s.notify)
	s.notify = make(chan struct{})
	return st.SendAndClose(success(uint64(cur+int64(len(msgs))), s.size-1))
}

func success(rev, lastIndex uint64) *api.AppendResp {
	p := position(lastIndex)
	return &api.AppendResp{Result: &api.AppendResp_Success_{Success: &api.AppendResp_Success{
		CurrentRevisionOption: &api.AppendResp_Success_CurrentRevision{CurrentRevision: rev},
		PositionOption:        &api.AppendResp_Success_Position{Position: &api.AppendResp_Position{CommitPosition: p, PreparePosition: p}},
	}}}
}

// sameWrite reports whether the stream already holds events with the ids
// of msgs right after revision expect (-1: from its start).
func (s *Server) sameWrite(ctx context.Context, idxs []uint64, expect int64, msgs []*api.AppendReq_ProposedMessage) bool {
	if len(msgs) == 0 || expect+int64(len(msgs)) >= int64(len(idxs)) {
		return false
	}
	for i, m := range msgs {
		recs, err := s.records(ctx, idxs[expect+1+int64(i)], idxs[expect+1+int64(i)]+1)
		if err != nil || recs[0].id != uuidOf(m.GetId()) {
			return false
		}
	}
	return true
}

func event(r record) *api.ReadResp {
	p := position(r.index)
	return &api.ReadResp{Content: &api.ReadResp_Event{Event: &api.ReadResp_ReadEvent{
		Event: &api.ReadResp_ReadEvent_RecordedEvent{
			Id:               protoUUID(r.id),
			StreamIdentifier: &shared.StreamIdentifier{StreamName: []byte(r.stream)},
			StreamRevision:   r.revision,
			PreparePosition:  p,
			CommitPosition:   p,
			Metadata: map[string]string{
				"type": r.typ, "content-type": "application/octet-stream",
				"created": strconv.FormatInt(r.created, 10),
			},
			CustomMetadata: []byte{},
			Data:           r.data,
		},
		Position: &api.ReadResp_ReadEvent_CommitPosition{CommitPosition: p},
	}}}
}

// filter is a subscription's or read's server-side filter.
type filter struct {
	onType   bool
	prefixes []string
	re       *regexp.Regexp
}

func newFilter(o *api.ReadReq_Options) (*filter, error) {
	fo := o.GetFilter()
	if fo == nil {
		return nil, nil
	}
	f := &filter{}
	var ex *api.ReadReq_Options_FilterOptions_Expression
	switch v := fo.GetFilter().(type) {
	case *api.ReadReq_Options_FilterOptions_EventType:
		f.onType, ex = true, v.EventType
	case *api.ReadReq_Options_FilterOptions_StreamIdentifier:
		ex = v.StreamIdentifier
	default:
		return nil, status.Error(codes.InvalidArgument, "stand-in: unknown filter")
	}
	f.prefixes = ex.GetPrefix()
	if ex.GetRegex() != "" {
		re, err := regexp.Compile(ex.GetRegex())
		if err != nil {
			return nil, status.Errorf(codes.InvalidArgument, "stand-in: bad regex: %v", err)
		}
		f.re = re
	}
	return f, nil
}

func (f *filter) match(r record) bool {
	if f == nil {
		return true
	}
	v := r.stream
	if f.onType {
		v = r.typ
	}
	if f.re != nil {
		return f.re.MatchString(v)
	}
	for _, p := range f.prefixes {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return false
}

// Read implements api.StreamsServer.
func (s *Server) Read(req *api.ReadReq, st api.Streams_ReadServer) error {
	o := req.GetOptions()
	if o == nil {
		return status.Error(codes.InvalidArgument, "stand-in: read without options")
	}
	f, err := newFilter(o)
	if err != nil {
		return err
	}
	back := o.GetReadDirection() == api.ReadReq_Options_Backwards
	switch so := o.GetStreamOption().(type) {
	case *api.ReadReq_Options_Stream:
		if o.GetSubscription() != nil {
			return status.Error(codes.Unimplemented, "stand-in: stream subscriptions are not implemented")
		}
		return s.readStream(st, so.Stream, back, o.GetCount())
	case *api.ReadReq_Options_All:
		if o.GetSubscription() != nil {
			return s.subscribeAll(st, so.All, f)
		}
		return s.readAll(st, so.All, back, o.GetCount(), f)
	}
	return status.Error(codes.InvalidArgument, "stand-in: read of nothing")
}

func (s *Server) readStream(st api.Streams_ReadServer, so *api.ReadReq_Options_StreamOptions, back bool, count uint64) error {
	name := string(so.GetStreamIdentifier().GetStreamName())
	s.mu.Lock()
	idxs := append([]uint64(nil), s.streams[name]...)
	s.mu.Unlock()
	if len(idxs) == 0 {
		return st.Send(&api.ReadResp{Content: &api.ReadResp_StreamNotFound_{StreamNotFound: &api.ReadResp_StreamNotFound{
			StreamIdentifier: &shared.StreamIdentifier{StreamName: []byte(name)},
		}}})
	}
	n := int64(len(idxs))
	var from int64
	switch r := so.GetRevisionOption().(type) {
	case *api.ReadReq_Options_StreamOptions_Revision:
		from = int64(min(r.Revision, uint64(n)))
		if back && from >= n {
			from = n - 1
		}
	case *api.ReadReq_Options_StreamOptions_Start:
		from = 0
		if back {
			from = -1
		}
	case *api.ReadReq_Options_StreamOptions_End:
		from = n
		if back {
			from = n - 1
		}
	}
	for k := uint64(0); k < count && from >= 0 && from < n; k++ {
		recs, err := s.records(st.Context(), idxs[from], idxs[from]+1)
		if err != nil {
			return status.Errorf(codes.Unavailable, "stand-in: %v", err)
		}
		if err := st.Send(event(recs[0])); err != nil {
			return err
		}
		if back {
			from--
		} else {
			from++
		}
	}
	return nil
}

func (s *Server) readAll(st api.Streams_ReadServer, ao *api.ReadReq_Options_AllOptions, back bool, count uint64, f *filter) error {
	size := s.Size()
	var i int64
	switch p := ao.GetAllOption().(type) {
	case *api.ReadReq_Options_AllOptions_Start:
		i = 0
		if back {
			i = -1
		}
	case *api.ReadReq_Options_AllOptions_End:
		i = int64(size)
		if back {
			i = int64(size) - 1
		}
	case *api.ReadReq_Options_AllOptions_Position:
		x, err := s.index(p.Position.GetCommitPosition(), size)
		if err != nil {
			return err
		}
		i = int64(x)
		if back {
			i-- // backwards reads start before the position
		}
	}
	sent := uint64(0)
	for sent < count && i >= 0 && i < int64(size) {
		lo, hi := uint64(i), min(uint64(i)+256, size)
		if back {
			lo, hi = uint64(max(0, i-255)), uint64(i)+1
		}
		recs, err := s.records(st.Context(), lo, hi)
		if err != nil {
			return status.Errorf(codes.Unavailable, "stand-in: %v", err)
		}
		for k := range recs {
			r := recs[k]
			if back {
				r = recs[len(recs)-1-k]
			}
			if f.match(r) {
				if err := st.Send(event(r)); err != nil {
					return err
				}
				if sent++; sent == count {
					return nil
				}
			}
		}
		if back {
			i = int64(lo) - 1
		} else {
			i = int64(hi)
		}
	}
	return nil
}

// behind is how far a live subscriber may lag before it is told it fell
// behind and is served from storage.
const behind = 256

func (s *Server) subscribeAll(st api.Streams_ReadServer, ao *api.ReadReq_Options_AllOptions, f *filter) error {
	ctx := st.Context()
	s.mu.Lock()
	size := s.size
	s.subs++
	id := fmt.Sprintf("standin-sub-%d", s.subs)
	s.mu.Unlock()
	var i uint64
	switch p := ao.GetAllOption().(type) {
	case *api.ReadReq_Options_AllOptions_Start:
		i = 0
	case *api.ReadReq_Options_AllOptions_End:
		i = size
	case *api.ReadReq_Options_AllOptions_Position:
		x, err := s.index(p.Position.GetCommitPosition(), size)
		if err != nil {
			return err
		}
		i = x + 1 // subscriptions start after the position
	}
	if err := st.Send(&api.ReadResp{Content: &api.ReadResp_Confirmation{Confirmation: &api.ReadResp_SubscriptionConfirmation{SubscriptionId: id}}}); err != nil {
		return err
	}
	live := false
	for {
		s.mu.Lock()
		size, notify := s.size, s.notify
		s.mu.Unlock()
		if i < size {
			if live && size-i > behind {
				live = false
				if err := st.Send(&api.ReadResp{Content: &api.ReadResp_FellBehind_{FellBehind: &api.ReadResp_FellBehind{}}}); err != nil {
					return err
				}
			}
			recs, err := s.records(ctx, i, min(i+256, size))
			if err != nil {
				return status.Errorf(codes.Unavailable, "stand-in: %v", err)
			}
			for _, r := range recs {
				if f.match(r) {
					if err := st.Send(event(r)); err != nil {
						return err
					}
				}
			}
			i += uint64(len(recs))
			continue
		}
		if !live {
			live = true
			p := position(max(i, 1) - 1)
			if f != nil {
				if err := st.Send(&api.ReadResp{Content: &api.ReadResp_Checkpoint_{Checkpoint: &api.ReadResp_Checkpoint{CommitPosition: p, PreparePosition: p}}}); err != nil {
					return err
				}
			}
			if err := st.Send(&api.ReadResp{Content: &api.ReadResp_CaughtUp_{CaughtUp: &api.ReadResp_CaughtUp{}}}); err != nil {
				return err
			}
		}
		select {
		case <-notify:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
