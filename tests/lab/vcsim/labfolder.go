package main

// The datastore's /folder front as vCenter keeps it, in front of the simulator's own handler:
//
//   - Every /folder request needs the cookie of a live session (vmware_soap_session, as Login
//     set it); without one, or with the cookie of a session that ended (Logout, expiry), the
//     answer is 401, as vCenter's. The simulator itself serves /folder to anybody.
//   - Faults on a test's request, through the control interface:
//
//	POST /lab/folder-faults  [fail503=N] [expire-sessions=1] [expire-after-ranges=N]
//
// fail503=N answers the next N ranged GETs (a Range header: the reads of a disk's extents, not
// the descriptor reads) with 503 Service Unavailable, as a busy vCenter or a proxy in front of it
// does now and then; N replaces what is still armed (0 disarms). expire-sessions=1 ends every
// session now (the simulator's TerminateSession), as vCenter does after 30 minutes without a
// call: the next /folder request with an old cookie gets 401, SOAP calls that need a session get
// NotAuthenticated. Every answer the front makes itself and every session it ends is a request
// log line (folder-401, folder-503, lab-expired-session), lower case like tls-handshake-error.
//
// expire-after-ranges=N ends every session when the (N+1)th ranged GET from now arrives, before
// it is answered (so it gets 401): a session that ends in the middle of some later phase of a
// migration, such as the guest conversion's reads (0 disarms).
//
// The answer to the control request says what is armed and how many sessions ended.

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/vmware/govmomi/property"
	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/soap"
	"github.com/vmware/govmomi/vim25/types"
)

type folderFront struct {
	lc      *labControl
	log     *requestLog
	mu      sync.Mutex
	fail503 int
	// ranged GETs still to serve before every session ends; -1: not armed
	expireAfter int
}

func newFolderFront(lc *labControl, log *requestLog) *folderFront {
	return &folderFront{lc: lc, log: log, expireAfter: -1}
}

func (f *folderFront) register(mux *http.ServeMux) {
	mux.HandleFunc("/lab/folder-faults", f.lc.guard(f.faults))
}

// liveSessions lists the keys of the simulator's sessions (its SessionManager's sessionList).
func (f *folderFront) liveSessions(ctx context.Context) ([]string, error) {
	var sm mo.SessionManager
	pc := property.DefaultCollector(f.lc.c)
	if err := pc.RetrieveOne(ctx, *f.lc.c.ServiceContent.SessionManager, []string{"sessionList"}, &sm); err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(sm.SessionList))
	for _, s := range sm.SessionList {
		keys = append(keys, s.Key)
	}
	return keys, nil
}

func (f *folderFront) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/folder") {
			next.ServeHTTP(w, r)
			return
		}
		if r.Method == http.MethodGet && r.Header.Get("Range") != "" {
			f.mu.Lock()
			expire := f.expireAfter == 0
			if f.expireAfter >= 0 {
				f.expireAfter--
			}
			f.mu.Unlock()
			if expire {
				if _, err := f.expireAll(r.Context()); err != nil {
					http.Error(w, "the lab cannot end the sessions: "+err.Error(), http.StatusInternalServerError)
					return
				}
			}
		}
		live := false
		if cookie, err := r.Cookie(soap.SessionCookieName); err == nil {
			keys, err := f.liveSessions(r.Context())
			if err != nil {
				http.Error(w, "the lab cannot list the sessions: "+err.Error(), http.StatusInternalServerError)
				return
			}
			for _, k := range keys {
				live = live || k == cookie.Value
			}
		}
		if !live {
			f.log.line("folder-401 path=%s", strconv.Quote(r.URL.Path))
			http.Error(w, "no valid session", http.StatusUnauthorized)
			return
		}
		if r.Method == http.MethodGet && r.Header.Get("Range") != "" {
			f.mu.Lock()
			fail := f.fail503 > 0
			if fail {
				f.fail503--
			}
			f.mu.Unlock()
			if fail {
				f.log.line("folder-503 path=%s range=%s", strconv.Quote(r.URL.Path), strconv.Quote(r.Header.Get("Range")))
				http.Error(w, "service unavailable (injected by the lab)", http.StatusServiceUnavailable)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (f *folderFront) faults(w http.ResponseWriter, r *http.Request) error {
	if v := r.Form.Get("fail503"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("fail503= must be a count")
		}
		f.mu.Lock()
		f.fail503 = n
		f.mu.Unlock()
		fmt.Fprintf(w, "the next %d ranged /folder GETs answer 503\n", n)
	}
	if v := r.Form.Get("expire-after-ranges"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("expire-after-ranges= must be a count")
		}
		f.mu.Lock()
		f.expireAfter = n
		if n == 0 {
			f.expireAfter = -1
		}
		f.mu.Unlock()
		fmt.Fprintf(w, "every session ends at the ranged /folder GET after the next %d\n", n)
	}
	switch r.Form.Get("expire-sessions") {
	case "", "0":
	case "1":
		n, err := f.expireAll(r.Context())
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%d sessions expired\n", n)
	default:
		return fmt.Errorf("expire-sessions= must be 1")
	}
	return nil
}

// expireAll ends every session of the simulator, as vCenter's idle timeout does.
func (f *folderFront) expireAll(ctx context.Context) (int, error) {
	keys, err := f.liveSessions(ctx)
	if err != nil {
		return 0, err
	}
	if len(keys) > 0 {
		_, err = methods.TerminateSession(ctx, f.lc.c, &types.TerminateSession{
			This: *f.lc.c.ServiceContent.SessionManager, SessionId: keys,
		})
		if err != nil {
			return 0, fmt.Errorf("terminating the sessions: %w", err)
		}
	}
	for _, k := range keys {
		f.log.line("lab-expired-session key=%s", strconv.Quote(k[:8]))
	}
	return len(keys), nil
}
