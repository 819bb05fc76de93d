package main

// The lab's control endpoints for the cutover (issue 13, "Before the point of no return"): VM
// states and source behaviour real vSphere has and the simulator does not make on its own. Same
// guard as labcontrol.go (POST, the lab's username and password).
//
//	POST /lab/suspend     vm=NAME   runtime.powerState becomes suspended (as after a suspend;
//	                                the simulator's own SuspendVM needs the VM on first)
//	POST /lab/encrypt     vm=NAME   config.keyId and every disk backing's keyId set, as a VM
//	                                encrypted with a key provider
//	POST /lab/vsan        vm=NAME   every flat disk backing gets a backingObjectId, as a disk on
//	                                a vSAN (or vVol) datastore: an object, not a file the
//	                                datastore's /folder front serves
//	POST /lab/add-nic     vm=NAME [mac=MAC]  a vmxnet3 NIC on the network of the VM's first NIC
//	                                (a NIC added after Ferry's sync)
//	POST /lab/reregister  vm=NAME   the VM unregistered and registered again from its .vmx: a new
//	                                moref, the same instance UUID, hardware and power state
//	POST /lab/restricted  on=1|0    every power operation (PowerOnVM_Task, PowerOffVM_Task,
//	                                ShutdownGuest, RebootGuest, SuspendVM_Task, ResetVM_Task) is
//	                                refused with a RestrictedVersion fault, as free ESXi's
//	                                read-only API does; the VM is untouched

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"

	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

var restrictedPower int32 // 1: power operations answer RestrictedVersion

// registerCutover adds the cutover endpoints and puts the RestrictedVersion front before the
// simulator's SDK handler (model.Service.ServeMux is what the server serves once register ends).
func (lc *labControl) registerCutover(mux *http.ServeMux) {
	mux.HandleFunc("/lab/suspend", lc.guard(lc.suspend))
	mux.HandleFunc("/lab/encrypt", lc.guard(lc.encrypt))
	mux.HandleFunc("/lab/vsan", lc.guard(lc.vsan))
	mux.HandleFunc("/lab/add-nic", lc.guard(lc.addNic))
	mux.HandleFunc("/lab/reregister", lc.guard(lc.reregister))
	mux.HandleFunc("/lab/restricted", lc.guard(lc.restricted))
	if lc.model != nil && lc.model.Service.ServeMux == mux {
		front := http.NewServeMux()
		front.Handle("/", restrictedFront(mux))
		lc.model.Service.ServeMux = front
	}
}

var restrictedMethods = map[string]bool{"PowerOnVM_Task": true, "PowerOffVM_Task": true,
	"ShutdownGuest": true, "RebootGuest": true, "SuspendVM_Task": true, "ResetVM_Task": true,
	"StandbyGuest": true}

func restrictedFront(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if atomic.LoadInt32(&restrictedPower) == 1 && r.Method == http.MethodPost && strings.HasPrefix(r.URL.Path, "/sdk") {
			body, err := io.ReadAll(r.Body)
			_ = r.Body.Close()
			if err != nil {
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			if method, _ := soapMethod(body); restrictedMethods[method] {
				w.Header().Set("Content-Type", "text/xml; charset=utf-8")
				w.WriteHeader(http.StatusInternalServerError)
				fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>Current license or ESXi version prohibits execution of the requested operation.</faultstring><detail><RestrictedVersionFault xmlns="urn:vim25" xsi:type="RestrictedVersion"></RestrictedVersionFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>`)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (lc *labControl) restricted(w http.ResponseWriter, r *http.Request) error {
	switch r.Form.Get("on") {
	case "1", "true":
		atomic.StoreInt32(&restrictedPower, 1)
	case "0", "false":
		atomic.StoreInt32(&restrictedPower, 0)
	default:
		return fmt.Errorf("on= must be 1 or 0")
	}
	fmt.Fprintf(w, "power operations restricted: %v\n", atomic.LoadInt32(&restrictedPower) == 1)
	return nil
}

func (lc *labControl) suspend(w http.ResponseWriter, r *http.Request) error {
	vm, err := findVM(r.Form.Get("vm"))
	if err != nil {
		return err
	}
	state := types.VirtualMachinePowerStateSuspended
	simulator.Map.WithLock(vm, func() {
		vm.Runtime.PowerState = state
		vm.Summary.Runtime.PowerState = state
	})
	simulator.Map.Update(vm, []types.PropertyChange{
		{Name: "runtime.powerState", Val: state},
		{Name: "summary.runtime.powerState", Val: state},
	})
	fmt.Fprintf(w, "%s is suspended\n", vm.Name)
	return nil
}

func (lc *labControl) encrypt(w http.ResponseWriter, r *http.Request) error {
	vm, err := findVM(r.Form.Get("vm"))
	if err != nil {
		return err
	}
	key := func() *types.CryptoKeyId {
		return &types.CryptoKeyId{KeyId: "ferry-lab-key-1", ProviderId: &types.KeyProviderId{Id: "ferry-lab-kms"}}
	}
	disks := 0
	simulator.Map.WithLock(vm, func() {
		vm.Config.KeyId = key()
		for _, dev := range vm.Config.Hardware.Device {
			disk, ok := dev.(*types.VirtualDisk)
			if !ok {
				continue
			}
			if b, ok := disk.Backing.(*types.VirtualDiskFlatVer2BackingInfo); ok {
				b.KeyId = key()
				disks++
			}
		}
	})
	fmt.Fprintf(w, "%s is encrypted (%d disks)\n", vm.Name, disks)
	return nil
}

func (lc *labControl) vsan(w http.ResponseWriter, r *http.Request) error {
	vm, err := findVM(r.Form.Get("vm"))
	if err != nil {
		return err
	}
	disks := 0
	simulator.Map.WithLock(vm, func() {
		for _, dev := range vm.Config.Hardware.Device {
			disk, ok := dev.(*types.VirtualDisk)
			if !ok {
				continue
			}
			if b, ok := disk.Backing.(*types.VirtualDiskFlatVer2BackingInfo); ok {
				b.BackingObjectId = fmt.Sprintf("52e1f0c4-9a3b-4d8e-b5a1-%012d", disks+1)
				disks++
			}
		}
	})
	fmt.Fprintf(w, "%s is on vSAN (%d disks)\n", vm.Name, disks)
	return nil
}

func (lc *labControl) addNic(w http.ResponseWriter, r *http.Request) error {
	vm, err := findVM(r.Form.Get("vm"))
	if err != nil {
		return err
	}
	mac := r.Form.Get("mac")
	if mac == "" {
		mac = "00:50:56:3f:ee:01"
	}
	var backing types.BaseVirtualDeviceBackingInfo
	for _, dev := range vm.Config.Hardware.Device {
		if nic, ok := dev.(types.BaseVirtualEthernetCard); ok {
			backing = nic.GetVirtualEthernetCard().Backing
			break
		}
	}
	if backing == nil {
		return fmt.Errorf("%s has no NIC whose network the new one could use", vm.Name)
	}
	card := &types.VirtualVmxnet3{VirtualVmxnet: types.VirtualVmxnet{VirtualEthernetCard: types.VirtualEthernetCard{
		VirtualDevice: types.VirtualDevice{Key: -1, Backing: backing},
		AddressType:   string(types.VirtualEthernetCardMacTypeManual),
		MacAddress:    mac,
	}}}
	err = object.NewVirtualMachine(lc.c, vm.Reference()).AddDevice(r.Context(), card)
	if err != nil {
		return fmt.Errorf("add-nic: %w", err)
	}
	fmt.Fprintf(w, "%s has a new NIC %s\n", vm.Name, mac)
	return nil
}

// reregister: UnregisterVM and RegisterVM_Task as vCenter does them; the simulator does not read
// the .vmx, so the new VM gets the old one's configuration (instance UUID, hardware) and power
// state copied over.
func (lc *labControl) reregister(w http.ResponseWriter, r *http.Request) error {
	old, err := findVM(r.Form.Get("vm"))
	if err != nil {
		return err
	}
	ctx := r.Context()
	oldRef := old.Reference()
	config := *old.Config
	name := old.Name
	pool := *old.ResourcePool
	host := *old.Runtime.Host
	state := old.Runtime.PowerState
	folder, ok := simulator.Map.Get(*old.Parent).(*simulator.Folder)
	if !ok {
		return fmt.Errorf("%s is not in a folder", name)
	}
	if state != types.VirtualMachinePowerStatePoweredOff {
		simulator.Map.WithLock(old, func() {
			old.Runtime.PowerState = types.VirtualMachinePowerStatePoweredOff
		})
	}
	if err := object.NewVirtualMachine(lc.c, oldRef).Unregister(ctx); err != nil {
		return fmt.Errorf("unregister: %w", err)
	}
	task, err := object.NewFolder(lc.c, folder.Reference()).RegisterVM(ctx, config.Files.VmPathName, name, false,
		object.NewResourcePool(lc.c, pool), object.NewHostSystem(lc.c, host))
	if err != nil {
		return fmt.Errorf("register: %w", err)
	}
	info, err := task.WaitForResult(ctx, nil)
	if err != nil {
		return fmt.Errorf("register: %w", err)
	}
	newRef := info.Result.(types.ManagedObjectReference)
	vm := simulator.Map.Get(newRef).(*simulator.VirtualMachine)
	simulator.Map.WithLock(vm, func() {
		c := config
		vm.Config = &c
		vm.Summary.Config.Uuid = c.Uuid
		vm.Summary.Config.InstanceUuid = c.InstanceUuid
		vm.Runtime.PowerState = state
		vm.Summary.Runtime.PowerState = state
	})
	fmt.Fprintf(w, "%s was %s, is now %s\n", name, oldRef.Value, newRef.Value)
	return nil
}
