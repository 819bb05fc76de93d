package main

// The lab's control interface: what real vSphere does that the simulator does not, done on a
// test's request, on the simulator's own HTTPS port (loopback) behind the lab's username and
// password (HTTP basic authentication).
//
//	POST /lab/snapshot  vm=NAME file=[DS] DIR/NAME-000001.vmdk format=redoLogFormat|seSparseFormat
//	                    [disk=INDEX] [name=SNAPSHOT] [when=now|poweroff]
//
// Takes a snapshot of the VM as ESXi does: the snapshot tree gains an entry (the simulator's
// CreateSnapshot_Task), and the VM's disk number INDEX (0: the first) switches to the delta
// descriptor `file`, which the test has written into the datastore directory beforehand (tests/
// fixtures/vmdk-chain/make_chain.py --delta): backing.fileName is the delta, backing.parent the
// old backing, deltaDiskFormat the format, a new contentId. With when=poweroff the snapshot is
// armed instead and taken when the VM is next asked to power off (PowerOffVM_Task or
// ShutdownGuest), just before the simulator does so: a snapshot that lands between Ferry's checks
// and its power-off, as nightly backup software takes them.
//
//	POST /lab/power-on  vm=NAME
//
// Powers the VM on (the bench VMs start powered off).

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"sync"

	"github.com/google/uuid"
	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25"
	"github.com/vmware/govmomi/vim25/types"
)

type snapshotRequest struct {
	vm     types.ManagedObjectReference
	disk   int
	file   string
	format string
	name   string
}

type labControl struct {
	username, password string
	c                  *vim25.Client
	model              *simulator.Model
	mu                 sync.Mutex
	armed              map[string][]snapshotRequest // by the VM's moref value
}

func newLabControl(model *simulator.Model, username, password string) (*labControl, error) {
	c, err := vim25.NewClient(context.Background(), model.Service)
	if err != nil {
		return nil, err
	}
	return &labControl{username: username, password: password, c: c, model: model, armed: map[string][]snapshotRequest{}}, nil
}

func (lc *labControl) register(mux *http.ServeMux) {
	mux.HandleFunc("/lab/snapshot", lc.guard(lc.snapshot))
	mux.HandleFunc("/lab/power-on", lc.guard(lc.powerOn))
	lc.registerCutover(mux)  // labcutover.go: suspend, encrypt, add-nic, reregister, restricted
	lc.registerSessions(mux) // labsessions.go: sessions
	lc.registerBoot(mux)     // labboot.go: boot-order
	lc.registerCbt(mux)      // labcbt.go: cbt
}

func (lc *labControl) guard(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		if !ok || user != lc.username || pass != lc.password {
			w.Header().Set("WWW-Authenticate", `Basic realm="ferry lab"`)
			http.Error(w, "the lab's username and password are required", http.StatusUnauthorized)
			return
		}
		if r.Method != http.MethodPost {
			http.Error(w, "POST only", http.StatusMethodNotAllowed)
			return
		}
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := h(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	}
}

func findVM(name string) (*simulator.VirtualMachine, error) {
	for _, e := range simulator.Map.All("VirtualMachine") {
		if vm, ok := e.(*simulator.VirtualMachine); ok && vm.Name == name {
			return vm, nil
		}
	}
	return nil, fmt.Errorf("no VM named %q", name)
}

func (lc *labControl) snapshot(w http.ResponseWriter, r *http.Request) error {
	vm, err := findVM(r.Form.Get("vm"))
	if err != nil {
		return err
	}
	req := snapshotRequest{vm: vm.Reference(), file: r.Form.Get("file"), format: r.Form.Get("format"), name: r.Form.Get("name")}
	if req.file == "" {
		return fmt.Errorf("file= is required")
	}
	if req.format != "redoLogFormat" && req.format != "seSparseFormat" {
		return fmt.Errorf("format= must be redoLogFormat or seSparseFormat")
	}
	if req.name == "" {
		req.name = "lab snapshot"
	}
	if d := r.Form.Get("disk"); d != "" {
		if req.disk, err = strconv.Atoi(d); err != nil || req.disk < 0 {
			return fmt.Errorf("disk= must be a disk index")
		}
	}
	switch r.Form.Get("when") {
	case "", "now":
		if err := lc.take(r.Context(), req); err != nil {
			return err
		}
		fmt.Fprintf(w, "snapshot %q of %s taken: disk %d is now %s\n", req.name, vm.Name, req.disk, req.file)
	case "poweroff":
		lc.mu.Lock()
		lc.armed[req.vm.Value] = append(lc.armed[req.vm.Value], req)
		lc.mu.Unlock()
		fmt.Fprintf(w, "snapshot %q of %s armed for its next power-off\n", req.name, vm.Name)
	default:
		return fmt.Errorf("when= must be now or poweroff")
	}
	return nil
}

// take records the snapshot in the tree, then switches the disk's backing to the delta.
func (lc *labControl) take(ctx context.Context, req snapshotRequest) error {
	task, err := object.NewVirtualMachine(lc.c, req.vm).CreateSnapshot(ctx, req.name, "Taken through the Ferry lab's control interface", false, false)
	if err == nil {
		err = task.Wait(ctx)
	}
	if err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	vm := simulator.Map.Get(req.vm).(*simulator.VirtualMachine)
	var failed error
	simulator.Map.WithLock(vm, func() {
		n := 0
		for _, dev := range vm.Config.Hardware.Device {
			disk, ok := dev.(*types.VirtualDisk)
			if !ok {
				continue
			}
			if n != req.disk {
				n++
				continue
			}
			old, ok := disk.Backing.(*types.VirtualDiskFlatVer2BackingInfo)
			if !ok {
				failed = fmt.Errorf("disk %d has no flat backing", req.disk)
				return
			}
			parent := *old
			delta := parent
			delta.FileName = req.file
			delta.Parent = &parent
			delta.DeltaDiskFormat = req.format
			delta.ContentId = uuid.New().String()
			delta.ChangeId = ""
			disk.Backing = &delta
			return
		}
		failed = fmt.Errorf("the VM has no disk %d", req.disk)
	})
	return failed
}

func (lc *labControl) powerOn(w http.ResponseWriter, r *http.Request) error {
	vm, err := findVM(r.Form.Get("vm"))
	if err != nil {
		return err
	}
	task, err := object.NewVirtualMachine(lc.c, vm.Reference()).PowerOn(r.Context())
	if err == nil {
		err = task.Wait(r.Context())
	}
	if err != nil {
		return fmt.Errorf("power-on: %w", err)
	}
	fmt.Fprintf(w, "%s is powered on\n", vm.Name)
	return nil
}

var powerOffThis = regexp.MustCompile(`<(?:\w+:)?_this[^>]*type="VirtualMachine"[^>]*>([^<]+)<`)

// beforeSoap runs every snapshot armed for the VM a power-off request names, before the
// simulator handles the request.
func (lc *labControl) beforeSoap(method string, body []byte) {
	if method != "PowerOffVM_Task" && method != "ShutdownGuest" {
		return
	}
	m := powerOffThis.FindSubmatch(body)
	if m == nil {
		return
	}
	lc.mu.Lock()
	reqs := lc.armed[string(m[1])]
	delete(lc.armed, string(m[1]))
	lc.mu.Unlock()
	for _, req := range reqs {
		if err := lc.take(context.Background(), req); err != nil {
			fmt.Printf("vcsim: the armed snapshot of %s failed: %v\n", req.vm.Value, err)
		} else {
			fmt.Printf("vcsim: armed snapshot %q of %s taken before its power-off\n", req.name, req.vm.Value)
		}
	}
}
