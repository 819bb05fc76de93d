package main

// Two things real vCenter does that the simulator leaves to its clients (issue 13, "Addressing
// and sessions"):
//
//   - GET /sdk/vimServiceVersions.xml lists the urn:vim25 versions the server speaks (the
//     simulator serves it: its apiVersion, 6.0 and 5.5), and a SOAP request whose SOAPAction names
//     another vim25 version is refused as vCenter refuses it, with a fault "Unsupported version
//     URI", before it reaches the simulator (which accepts any). A client that sends a version
//     without reading the file first (Ferry used to send 7.0 to this 6.5 server) fails here. Each
//     GET of the file is a request log line "get-service-versions" and each refusal
//     "soapaction-refused action=...", lower case like tls-handshake-error.
//   - POST /lab/sessions (the lab's guard) lists the sessions open now, one line each,
//     "KEY8 USERNAME", after a first line "sessions N": a test counts them after a migration.

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/vmware/govmomi/property"
	"github.com/vmware/govmomi/vim25/mo"
)

// versionsFront serves as vCenter what touches the API versions; `versions` are the ones the
// simulator's vimServiceVersions.xml lists.
func versionsFront(next http.Handler, log *requestLog, versions []string) http.Handler {
	known := map[string]bool{}
	for _, v := range versions {
		known[v] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet && r.URL.Path == "/sdk/vimServiceVersions.xml" {
			log.line("get-service-versions")
			next.ServeHTTP(w, r)
			return
		}
		if r.Method == http.MethodPost && strings.HasPrefix(r.URL.Path, "/sdk") {
			action := strings.Trim(r.Header.Get("SOAPAction"), "\" ")
			if v := strings.TrimPrefix(action, "urn:vim25/"); v != action && !known[v] {
				log.line("soapaction-refused action=%s", strconv.Quote(action))
				w.Header().Set("Content-Type", "text/xml; charset=utf-8")
				w.WriteHeader(http.StatusInternalServerError)
				fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>Unsupported version URI &quot;%s&quot;</faultstring><detail><InvalidRequestFault xmlns="urn:vim25" xsi:type="InvalidRequest"></InvalidRequestFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>`,
					strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(action))
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (lc *labControl) registerSessions(mux *http.ServeMux) {
	mux.HandleFunc("/lab/sessions", lc.guard(lc.sessions))
}

func (lc *labControl) sessions(w http.ResponseWriter, r *http.Request) error {
	var sm mo.SessionManager
	pc := property.DefaultCollector(lc.c)
	if err := pc.RetrieveOne(r.Context(), *lc.c.ServiceContent.SessionManager, []string{"sessionList"}, &sm); err != nil {
		return err
	}
	fmt.Fprintf(w, "sessions %d\n", len(sm.SessionList))
	for _, s := range sm.SessionList {
		key := s.Key
		if len(key) > 8 {
			key = key[:8]
		}
		fmt.Fprintf(w, "%s %s\n", key, s.UserName)
	}
	return nil
}
