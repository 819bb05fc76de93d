package main

// The request log (-request-log FILE): one line per SOAP request and per failed TLS handshake,
// appended as they happen, so a test can prove what a client sent (or did not send) to this
// server. Lines:
//
//	2024-05-01T12:00:00.123456Z RetrieveServiceContent
//	2024-05-01T12:00:00.125001Z Login userName="ferry-1a2b3c@vsphere.local"
//	2024-05-01T12:00:00.130000Z tls-handshake-error from=127.0.0.1:51234 error="remote error: tls: unknown certificate authority"
//
// The time is UTC with microseconds. The second field is the SOAP method (the first element in
// the SOAP Body; "-" when the body is not a SOAP envelope) or, in lower case so it never looks
// like a SOAP method, tls-handshake-error. Login lines carry the userName (Go-quoted); no
// password or other argument is ever written. A line is written before the request is handled,
// so it is in the file by the time the client sees the response.

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

type requestLog struct {
	mu sync.Mutex
	f  *os.File // nil: log nothing
}

func openRequestLog(path string) (*requestLog, error) {
	l := &requestLog{}
	if path == "" {
		return l, nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	l.f = f
	return l, nil
}

func (l *requestLog) close() {
	if l.f != nil {
		_ = l.f.Close()
	}
}

// line appends one line, in a single write.
func (l *requestLog) line(format string, args ...interface{}) {
	if l.f == nil {
		return
	}
	s := time.Now().UTC().Format("2006-01-02T15:04:05.000000Z") + " " + fmt.Sprintf(format, args...) + "\n"
	l.mu.Lock()
	defer l.mu.Unlock()
	_, _ = l.f.WriteString(s)
}

// wrap logs every POST to the SDK endpoints (/sdk, /sdk/vimService), shows it to `before`
// (nil: nobody), then hands the request, with its body restored, to next.
func (l *requestLog) wrap(next http.Handler, before func(method string, body []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if (l.f != nil || before != nil) && r.Method == http.MethodPost && strings.HasPrefix(r.URL.Path, "/sdk") {
			body, err := io.ReadAll(r.Body)
			_ = r.Body.Close()
			if err != nil {
				l.line("- error=%s", strconv.Quote(err.Error()))
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			method, user := soapMethod(body)
			if method == "Login" {
				l.line("Login userName=%s", strconv.Quote(user))
			} else {
				l.line("%s", method)
			}
			if before != nil {
				before(method, body)
			}
		}
		next.ServeHTTP(w, r)
	})
}

// soapMethod returns the name of the first element inside the SOAP Body ("-" if there is
// none) and, for Login, the text of its userName argument. Nothing else is read.
func soapMethod(body []byte) (method, userName string) {
	d := xml.NewDecoder(bytes.NewReader(body))
	depth, bodyDepth, methodDepth := 0, -1, -1
	inUser := false
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case bodyDepth < 0 && t.Name.Local == "Body":
				bodyDepth = depth
			case bodyDepth >= 0 && methodDepth < 0 && depth == bodyDepth+1:
				method = t.Name.Local
				methodDepth = depth
				if method != "Login" {
					return method, ""
				}
			case methodDepth >= 0 && depth == methodDepth+1 && t.Name.Local == "userName":
				inUser = true
			}
		case xml.CharData:
			if inUser {
				userName += string(t)
			}
		case xml.EndElement:
			if inUser && depth == methodDepth+1 {
				return method, userName
			}
			depth--
			if methodDepth >= 0 && depth < methodDepth {
				return method, userName
			}
		}
	}
	if method == "" {
		method = "-"
	}
	return method, userName
}

// errorLogWriter receives the HTTP server's error log (one message per Write). It copies every
// message to out (the process log) and turns "http: TLS handshake error from ADDR: ERR" into a
// request log line.
type errorLogWriter struct {
	log *requestLog
	out io.Writer
}

const handshakePrefix = "http: TLS handshake error from "

func (w errorLogWriter) Write(p []byte) (int, error) {
	msg := strings.TrimRight(string(p), "\n")
	fmt.Fprintf(w.out, "%s %s\n", time.Now().UTC().Format(time.RFC3339), msg)
	if rest := strings.TrimPrefix(msg, handshakePrefix); rest != msg {
		from, why := rest, ""
		if i := strings.Index(rest, ": "); i >= 0 {
			from, why = rest[:i], rest[i+2:]
		}
		w.log.line("tls-handshake-error from=%s error=%s", from, strconv.Quote(why))
	}
	return len(p), nil
}
