// Command vcsim is Ferry's lab VMware peer: a vCenter or ESXi simulator built on the govmomi
// simulator library (Debian's golang-github-vmware-govmomi-dev, 0.24.2).
//
// It listens on loopback with a per-run TLS certificate and one username/password, builds a
// model inventory of the requested size, optionally shapes it after a scenario (-scenario ferry,
// scenario.go), writes a KEY=VALUE ready file once it accepts connections, and runs in the
// foreground until SIGTERM or SIGINT. With -request-log it records every SOAP request and every
// failed TLS handshake (requestlog.go); with -manifest it lists the inventory (manifest.go).
package main

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/mo"
)

type options struct {
	mode         string
	listen       string
	certFile     string
	keyFile      string
	username     string
	password     string
	datacenters  int
	clusters     int
	hosts        int
	standalone   int
	vms          int
	datastores   int
	portgroups   int
	autostart    bool
	datastoreDir string
	readyFile    string
	scenario     string
	requestLog   string
	manifest     string
	benchVMs     int
	benchDiskMiB int
	benchDisks   int
}

func parseFlags() (*options, error) {
	o := new(options)
	flag.StringVar(&o.mode, "mode", "vcenter", "what to simulate: vcenter or esx")
	flag.StringVar(&o.listen, "listen", "127.0.0.1:0", "host:port to listen on (port 0 picks a free port)")
	flag.StringVar(&o.certFile, "cert", "", "PEM server certificate (required)")
	flag.StringVar(&o.keyFile, "key", "", "PEM private key of -cert (required)")
	flag.StringVar(&o.username, "username", "", "the only username Login accepts (required)")
	flag.StringVar(&o.password, "password", "", "the only password Login accepts (required)")
	flag.IntVar(&o.datacenters, "datacenters", 1, "vcenter: datacenters")
	flag.IntVar(&o.clusters, "clusters", 1, "vcenter: clusters per datacenter")
	flag.IntVar(&o.hosts, "hosts", 2, "vcenter: hosts per cluster")
	flag.IntVar(&o.standalone, "standalone-hosts", 1, "vcenter: standalone hosts per datacenter")
	flag.IntVar(&o.vms, "vms", 2, "VMs per standalone host and per cluster resource pool (esx: in total)")
	flag.IntVar(&o.datastores, "datastores", 1, "local datastores (mounted on every host of a datacenter)")
	flag.IntVar(&o.portgroups, "portgroups", 1, "vcenter: distributed port groups per datacenter")
	flag.BoolVar(&o.autostart, "autostart", true, "power on the generated VMs")
	flag.StringVar(&o.datastoreDir, "datastore-dir", "", "directory that holds the datastore directories (default: $TMPDIR)")
	flag.StringVar(&o.readyFile, "ready-file", "", "write KEY=VALUE lines (URL, PORT, datastores...) here once listening")
	flag.StringVar(&o.scenario, "scenario", "none", "shape the inventory: none (the generated model only), ferry or field (see README.md)")
	flag.StringVar(&o.requestLog, "request-log", "", "append one line per SOAP request and per failed TLS handshake to this file")
	flag.StringVar(&o.manifest, "manifest", "", "write the served inventory (VMs, networks, scenario disks) here, tab-separated")
	flag.IntVar(&o.benchVMs, "bench-vms", 0, "add this many identical powered-off VMs bench-01, bench-02, ... (one disk each; see README.md)")
	flag.IntVar(&o.benchDiskMiB, "bench-disk-mib", 1024, "the capacity of each bench VM's disk, in MiB (at least 3)")
	flag.IntVar(&o.benchDisks, "bench-disks", 1, "the number of disks of each bench VM (1 to 4)")
	flag.Parse()

	if flag.NArg() != 0 {
		return nil, fmt.Errorf("unexpected arguments: %s", strings.Join(flag.Args(), " "))
	}
	if o.mode != "vcenter" && o.mode != "esx" {
		return nil, fmt.Errorf("-mode must be vcenter or esx, not %q", o.mode)
	}
	if o.scenario != "none" && o.scenario != "ferry" && o.scenario != "field" {
		return nil, fmt.Errorf("-scenario must be none, ferry or field, not %q", o.scenario)
	}
	if o.scenario == "field" && o.mode == "vcenter" && (o.datacenters < 2 || o.datastores < 4) {
		return nil, errors.New("-scenario field needs -datacenters 2 and -datastores 4 (field.go)")
	}
	if o.certFile == "" || o.keyFile == "" {
		return nil, errors.New("-cert and -key are required (use a fresh self-signed certificate per run)")
	}
	if o.username == "" || o.password == "" {
		return nil, errors.New("-username and -password are required")
	}
	for name, v := range map[string]int{
		"datacenters": o.datacenters, "clusters": o.clusters, "hosts": o.hosts,
		"standalone-hosts": o.standalone, "vms": o.vms, "datastores": o.datastores,
		"portgroups": o.portgroups, "bench-vms": o.benchVMs,
	} {
		if v < 0 {
			return nil, fmt.Errorf("-%s must not be negative", name)
		}
	}
	if o.benchDisks < 1 || o.benchDisks > 4 {
		return nil, errors.New("-bench-disks must be 1 to 4")
	}
	if o.benchVMs > 0 && o.benchDiskMiB < 3 {
		// Three 1 MiB data regions (first, middle, last MiB) must fit.
		return nil, errors.New("-bench-disk-mib must be at least 3")
	}
	if o.datastores < 1 {
		// The model places every VM's files on LocalDS_0.
		return nil, errors.New("-datastores must be at least 1")
	}
	return o, nil
}

func newModel(o *options) *simulator.Model {
	if o.mode == "esx" {
		m := simulator.ESX()
		m.Machine = o.vms
		m.Datastore = o.datastores
		m.Autostart = o.autostart
		return m
	}
	m := simulator.VPX()
	m.Datacenter = o.datacenters
	m.Cluster = o.clusters
	m.ClusterHost = o.hosts
	m.Host = o.standalone
	m.Machine = o.vms
	m.Datastore = o.datastores
	m.Portgroup = o.portgroups
	m.Autostart = o.autostart
	return m
}

// startServer wraps NewServer, which panics when it cannot listen.
func startServer(svc *simulator.Service) (srv *simulator.Server, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return svc.NewServer(), nil
}

// writeReadyFile writes the file atomically so a reader never sees half of it.
func writeReadyFile(path string, lines []string) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func run() error {
	o, err := parseFlags()
	if err != nil {
		return err
	}

	// From here on SIGTERM and SIGINT end the program through the deferred clean-ups (the
	// datastore directories are removed), even while the inventory is still being built.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)

	cert, err := tls.LoadX509KeyPair(o.certFile, o.keyFile)
	if err != nil {
		return fmt.Errorf("loading the TLS certificate: %w", err)
	}

	if o.datastoreDir != "" {
		// The model creates each datastore with ioutil.TempDir("", ...), which reads $TMPDIR.
		if err := os.MkdirAll(o.datastoreDir, 0o700); err != nil {
			return err
		}
		if err := os.Setenv("TMPDIR", o.datastoreDir); err != nil {
			return err
		}
	}

	reqLog, err := openRequestLog(o.requestLog)
	if err != nil {
		return fmt.Errorf("opening the request log: %w", err)
	}
	defer reqLog.close()

	model := newModel(o)
	defer model.Remove()
	if err := model.Create(); err != nil {
		return fmt.Errorf("creating the inventory: %w", err)
	}
	disks, err := applyScenario(model, o.scenario, o.mode, o.benchVMs, int64(o.benchDiskMiB)<<20, o.benchDisks)
	if err != nil {
		return fmt.Errorf("scenario %s: %w", o.scenario, err)
	}

	srv, u, served, err := serve(model, o, cert, reqLog)
	if err != nil {
		return err
	}
	defer func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		_ = srv.Close()
	}()

	_, port, _ := net.SplitHostPort(u.Host)
	count := model.Count()
	total, importableVMs := vmCounts()
	lines := []string{
		"URL=" + u.String(),
		"HOST_PORT=" + u.Host,
		"PORT=" + port,
		"API_TYPE=" + model.ServiceContent.About.ApiType,
		"SCENARIO=" + o.scenario,
		fmt.Sprintf("VMS=%d", total),
		fmt.Sprintf("IMPORTABLE_VMS=%d", importableVMs),
		fmt.Sprintf("HOSTS=%d", count.Host),
		fmt.Sprintf("DATACENTERS=%d", count.Datacenter),
	}
	lines = append(lines, datastoreLines()...)

	if o.manifest != "" {
		if err := writeManifest(o.manifest, disks); err != nil {
			return fmt.Errorf("writing the manifest: %w", err)
		}
	}
	fmt.Printf("vcsim (%s, scenario %s) listening on %s\n", o.mode, o.scenario, u.String())
	if o.readyFile != "" {
		if err := writeReadyFile(o.readyFile, lines); err != nil {
			return fmt.Errorf("writing the ready file: %w", err)
		}
		defer os.Remove(o.readyFile)
	}

	select {
	case s := <-sig:
		fmt.Printf("vcsim: %s received, shutting down\n", s)
		return nil
	case err := <-served:
		return fmt.Errorf("serving: %w", err)
	}
}

// serve starts the HTTPS server on -listen. The simulator's NewServer sets up its handlers
// (/sdk, /folder, /nfc, ...) on Service.ServeMux and points the model at its own address; it
// runs on an internal loopback port that is closed again at once. Our server, on the -listen
// address, serves that mux behind the request log, and its error log turns failed TLS
// handshakes into request log lines. The returned channel reports a serving failure.
func serve(model *simulator.Model, o *options, cert tls.Certificate, reqLog *requestLog) (*http.Server, *url.URL, <-chan error, error) {
	ln, err := net.Listen("tcp", o.listen)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("listening on %s: %w", o.listen, err)
	}

	model.Service.Listen = &url.URL{Host: "127.0.0.1:0", User: url.UserPassword(o.username, o.password)}
	model.Service.TLS = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	inner, err := startServer(model.Service)
	if err != nil {
		_ = ln.Close()
		return nil, nil, nil, fmt.Errorf("setting up the simulator's handlers: %w", err)
	}
	innerHost := inner.URL.Host
	inner.Close()

	u := &url.URL{Scheme: "https", Host: ln.Addr().String(), Path: inner.URL.Path}
	// What NewServer pointed at the internal address now names the real one.
	model.Service.Listen.Host = u.Host
	sm := simulator.Map.SessionManager()
	simulator.Map.WithLock(sm, func() { sm.ServiceHostName = u.Host })
	om := simulator.Map.OptionManager()
	simulator.Map.WithLock(om, func() {
		for _, setting := range om.Setting {
			ov := setting.GetOptionValue()
			if v, ok := ov.Value.(string); ok && strings.Contains(v, innerHost) {
				ov.Value = strings.ReplaceAll(v, innerHost, u.Host)
			}
		}
	})

	tlsConf := &tls.Config{
		Certificates: []tls.Certificate{cert},
		MinVersion:   tls.VersionTLS12,
		ClientAuth:   tls.RequestClientCert, // as the simulator's server (LoginExtensionByCertificate)
		NextProtos:   []string{"http/1.1"},
	}
	control, err := newLabControl(model, o.username, o.password)
	if err != nil {
		_ = ln.Close()
		return nil, nil, nil, fmt.Errorf("setting up the lab's control interface: %w", err)
	}
	control.register(model.Service.ServeMux)
	folder := newFolderFront(control, reqLog) // labfolder.go
	folder.register(model.Service.ServeMux)
	host, err := startHostDirect(folder, reqLog) // labhostdirect.go
	if err != nil {
		_ = ln.Close()
		return nil, nil, nil, fmt.Errorf("setting up the lab's host front: %w", err)
	}
	host.register(model.Service.ServeMux)
	srv := &http.Server{
		Handler: reqLog.wrap(versionsFront(host.wrap(folder.wrap(strictFolder(model, model.Service.ServeMux))),
			reqLog, []string{control.c.ServiceContent.About.ApiVersion, "6.0", "5.5"}), control.beforeSoap), // labsessions.go
		ErrorLog:          log.New(errorLogWriter{log: reqLog, out: os.Stderr}, "", 0),
		ReadHeaderTimeout: 60 * time.Second,
	}
	served := make(chan error, 1)
	go func() {
		if err := srv.Serve(tls.NewListener(ln, tlsConf)); err != nil && !errors.Is(err, http.ErrServerClosed) {
			served <- err
		}
	}()
	return srv, u, served, nil
}

// datastoreLines lists each datastore as DATASTORE=<datacenter>:<datastore>:<local directory>,
// sorted; a datastore name is unique only within its datacenter.
func datastoreLines() []string {
	var out []string
	for _, e := range simulator.Map.All("Datastore") {
		ds, ok := e.(*simulator.Datastore)
		if !ok {
			continue
		}
		dir := ""
		if info := ds.Info.GetDatastoreInfo(); info != nil {
			dir = filepath.Clean(info.Url)
		}
		out = append(out, "DATASTORE="+datacenterOf(ds)+":"+ds.Name+":"+dir)
	}
	sort.Strings(out)
	return out
}

// datacenterOf walks up the inventory to the entity's datacenter.
func datacenterOf(e mo.Entity) string {
	for e != nil {
		me := e.Entity()
		if me.Self.Type == "Datacenter" {
			return me.Name
		}
		if me.Parent == nil {
			break
		}
		parent, ok := simulator.Map.Get(*me.Parent).(mo.Entity)
		if !ok {
			break
		}
		e = parent
	}
	return ""
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "vcsim:", err)
		os.Exit(1)
	}
}
