package main

// Host-direct datastore reads (issue 13): vCenter hands out one-time tickets for an ESXi host's
// own /folder front (SessionManager.AcquireGenericServiceTicket), and the host serves the
// datastore's files to whoever shows one. The simulator answers AcquireGenericServiceTicket with
// an id and its own address and has no host front at all, so the lab adds both:
//
//   - AcquireGenericServiceTicket (a SOAP request on vCenter, with a live session) is answered
//     here: a new ticket for the spec's method and URL, hostName the lab's "host" (another
//     127.0.0.1 port with a certificate of its own, made at start) and sslThumbprint that
//     certificate's fingerprint (SHA-256 by default; SHA-1, as older vCenters give, or none on
//     request). Each ticket is a request log line "host-ticket url=...".
//   - The host front (HTTPS on that port) serves GET /folder/<path>?dsName=<datastore> from the
//     datastore's directory (Range answered 206) to a request whose cookie vmware_cgi_ticket is
//     a ticket not used yet, for exactly this path and query, and marks it used. A second use, an
//     unknown ticket or another URL is 401 ("host-401 reason=..."); a request that carries a
//     vCenter session cookie (vmware_soap_session) is 403 and counted ("host-session-cookie"),
//     whatever else it carries. Each served read is a line "host-get path=... range=...".
//
//	POST /lab/host-direct  [mode=ok|down|other-cert|fault] [thumbprint=sha256|sha1|none]
//
// mode=down: the host closes every connection at once (unreachable); other-cert: it presents
// another certificate than the tickets name (a pin mismatch); fault: the ticket call answers a
// SOAP fault (SystemError). The answer (also to a POST without parameters) lists the host's
// address and the counts so far: "address A", "tickets N", "host-gets N", "host-bytes N",
// "host-401 N", "session-cookies N", "refused-connections N".

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha1" //nolint:gosec // a thumbprint as vCenter gives it, not a security decision
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"html"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/soap"
)

type hostTicket struct {
	path  string // path and query the ticket is for
	used  bool
	issue time.Time
}

type hostDirect struct {
	folder    *folderFront
	log       *requestLog
	addr      string
	cert      tls.Certificate
	other     tls.Certificate
	mu        sync.Mutex
	mode      string
	thumb     string
	tickets   map[string]*hostTicket
	issued    int
	gets      int
	bytes     int64
	refused   int
	cookies   int
	connsShut int
}

func selfSigned(name string) (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	serial, err := rand.Int(rand.Reader, big.NewInt(1<<62))
	if err != nil {
		return tls.Certificate{}, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: name},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}

// startHostDirect listens on a new 127.0.0.1 port as the lab's ESXi host.
func startHostDirect(folder *folderFront, log *requestLog) (*hostDirect, error) {
	h := &hostDirect{folder: folder, log: log, mode: "ok", thumb: "sha256", tickets: map[string]*hostTicket{}}
	var err error
	if h.cert, err = selfSigned("lab-esxi-host"); err != nil {
		return nil, err
	}
	if h.other, err = selfSigned("lab-esxi-impostor"); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	h.addr = ln.Addr().String()
	conf := &tls.Config{
		MinVersion: tls.VersionTLS12,
		NextProtos: []string{"http/1.1"},
		GetCertificate: func(*tls.ClientHelloInfo) (*tls.Certificate, error) {
			h.mu.Lock()
			defer h.mu.Unlock()
			if h.mode == "other-cert" {
				return &h.other, nil
			}
			return &h.cert, nil
		},
	}
	srv := &http.Server{Handler: http.HandlerFunc(h.serveHost), ReadHeaderTimeout: 60 * time.Second}
	go func() {
		if err := srv.Serve(tls.NewListener(shutListener{ln, h}, conf)); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(os.Stderr, "vcsim: the lab's host front:", err)
		}
	}()
	return h, nil
}

// shutListener closes each connection at once while the host is down.
type shutListener struct {
	net.Listener
	h *hostDirect
}

func (l shutListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		l.h.mu.Lock()
		down := l.h.mode == "down"
		if down {
			l.h.connsShut++
		}
		l.h.mu.Unlock()
		if !down {
			return c, nil
		}
		l.h.log.line("host-refused-connection from=%s", c.RemoteAddr())
		_ = c.Close()
	}
}

func (h *hostDirect) register(mux *http.ServeMux) {
	mux.HandleFunc("/lab/host-direct", h.folder.lc.guard(h.control))
}

func (h *hostDirect) thumbprint() string {
	var sum []byte
	switch h.thumb {
	case "sha1":
		s := sha1.Sum(h.cert.Certificate[0]) //nolint:gosec
		sum = s[:]
	case "none":
		return ""
	default:
		s := sha256.Sum256(h.cert.Certificate[0])
		sum = s[:]
	}
	parts := make([]string, len(sum))
	for i, b := range sum {
		parts[i] = fmt.Sprintf("%02X", b)
	}
	return strings.Join(parts, ":")
}

var ticketURL = regexp.MustCompile(`<url>([^<]*)</url>`)

// wrap answers AcquireGenericServiceTicket on vCenter's /sdk; everything else goes on.
func (h *hostDirect) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || !strings.HasPrefix(r.URL.Path, "/sdk") {
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(strings.NewReader(string(body)))
		if !strings.Contains(string(body), "AcquireGenericServiceTicket") {
			next.ServeHTTP(w, r)
			return
		}
		live := false
		if cookie, err := r.Cookie(soap.SessionCookieName); err == nil {
			keys, err := h.folder.liveSessions(r.Context())
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			for _, k := range keys {
				live = live || k == cookie.Value
			}
		}
		h.mu.Lock()
		mode := h.mode
		h.mu.Unlock()
		m := ticketURL.FindStringSubmatch(string(body))
		switch {
		case !live:
			soapFault(w, "NotAuthenticated", "The session is not authenticated.")
			return
		case mode == "fault" || m == nil:
			soapFault(w, "SystemError", "A general system error occurred: the lab refuses service tickets.")
			return
		}
		u, err := url.Parse(html.UnescapeString(m[1]))
		if err != nil {
			soapFault(w, "InvalidArgument", "A specified parameter was not correct: url")
			return
		}
		id := uuid.New().String()
		h.mu.Lock()
		h.tickets[id] = &hostTicket{path: u.EscapedPath() + "?" + u.RawQuery, issue: time.Now()}
		h.issued++
		thumb := h.thumbprint()
		h.mu.Unlock()
		h.log.line("host-ticket url=%s", strconv.Quote(u.String()))
		w.Header().Set("Content-Type", "text/xml; charset=utf-8")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><AcquireGenericServiceTicketResponse xmlns="urn:vim25"><returnval><id>%s</id><hostName>%s</hostName><sslThumbprint>%s</sslThumbprint></returnval></AcquireGenericServiceTicketResponse></soapenv:Body></soapenv:Envelope>`,
			id, h.addr, thumb)
	})
}

func soapFault(w http.ResponseWriter, fault, text string) {
	w.Header().Set("Content-Type", "text/xml; charset=utf-8")
	w.WriteHeader(http.StatusInternalServerError)
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>%s</faultstring><detail><%sFault xmlns="urn:vim25" xsi:type="%s"></%sFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>`,
		html.EscapeString(text), fault, fault, fault)
}

// serveHost is the ESXi host's /folder front.
func (h *hostDirect) serveHost(w http.ResponseWriter, r *http.Request) {
	if _, err := r.Cookie(soap.SessionCookieName); err == nil {
		h.mu.Lock()
		h.cookies++
		h.mu.Unlock()
		h.log.line("host-session-cookie path=%s", strconv.Quote(r.URL.Path))
		http.Error(w, "a vCenter session cookie has no business here", http.StatusForbidden)
		return
	}
	reason := ""
	if r.Method != http.MethodGet || !strings.HasPrefix(r.URL.Path, "/folder/") {
		reason = "method-or-path"
	}
	cookie, err := r.Cookie("vmware_cgi_ticket")
	h.mu.Lock()
	if reason == "" {
		var t *hostTicket
		if err == nil {
			t = h.tickets[cookie.Value]
		}
		switch {
		case t == nil:
			reason = "no-ticket"
		case t.used:
			reason = "ticket-reused"
		case t.path != r.URL.EscapedPath()+"?"+r.URL.RawQuery:
			reason = "ticket-for-another-url"
		default:
			t.used = true
		}
	}
	if reason != "" {
		h.refused++
	}
	h.mu.Unlock()
	if reason != "" {
		h.log.line("host-401 reason=%s path=%s", reason, strconv.Quote(r.URL.Path))
		http.Error(w, "no valid ticket: "+reason, http.StatusUnauthorized)
		return
	}
	dir := ""
	for _, e := range simulator.Map.All("Datastore") {
		if ds, ok := e.(*simulator.Datastore); ok && ds.Name == r.URL.Query().Get("dsName") {
			if info := ds.Info.GetDatastoreInfo(); info != nil {
				dir = filepath.Clean(info.Url)
			}
		}
	}
	if dir == "" {
		http.Error(w, "no such datastore", http.StatusNotFound)
		return
	}
	rel := filepath.Clean("/" + strings.TrimPrefix(r.URL.Path, "/folder/"))
	f, err := os.Open(filepath.Join(dir, rel))
	if err != nil {
		http.Error(w, "no such file", http.StatusNotFound)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		http.Error(w, "no such file", http.StatusNotFound)
		return
	}
	h.log.line("host-get path=%s range=%s", strconv.Quote(r.URL.Path), strconv.Quote(r.Header.Get("Range")))
	cw := &countingWriter{ResponseWriter: w}
	http.ServeContent(cw, r, "", st.ModTime(), f)
	h.mu.Lock()
	h.gets++
	h.bytes += cw.n
	h.mu.Unlock()
}

type countingWriter struct {
	http.ResponseWriter
	n int64
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.ResponseWriter.Write(b)
	c.n += int64(n)
	return n, err
}

func (h *hostDirect) control(w http.ResponseWriter, r *http.Request) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if v := r.Form.Get("mode"); v != "" {
		switch v {
		case "ok", "down", "other-cert", "fault":
			h.mode = v
		default:
			return fmt.Errorf("mode= must be ok, down, other-cert or fault")
		}
	}
	if v := r.Form.Get("thumbprint"); v != "" {
		switch v {
		case "sha256", "sha1", "none":
			h.thumb = v
		default:
			return fmt.Errorf("thumbprint= must be sha256, sha1 or none")
		}
	}
	fmt.Fprintf(w, "address %s\nmode %s\nthumbprint %s\ntickets %d\nhost-gets %d\nhost-bytes %d\nhost-401 %d\nsession-cookies %d\nrefused-connections %d\n",
		h.addr, h.mode, h.thumb, h.issued, h.gets, h.bytes, h.refused, h.cookies, h.connsShut)
	return nil
}
