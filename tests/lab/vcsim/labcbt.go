package main

// Changed block tracking as vSphere shows it once it runs (issue 13, "the CBT restriction"):
//
//	POST /lab/cbt vm=NAME   config.changeTrackingEnabled becomes true and every flat disk
//	                        backing gets a changeId ("52 ... /N", as vSphere writes them once
//	                        tracking runs for the disk). The tracking files "<disk>-ctk.vmdk"
//	                        are the test's to write (or not) next to the descriptors: the
//	                        simulator does not track changes.

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/google/uuid"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

func (lc *labControl) registerCbt(mux *http.ServeMux) {
	mux.HandleFunc("/lab/cbt", lc.guard(lc.cbt))
}

func (lc *labControl) cbt(w http.ResponseWriter, r *http.Request) error {
	vm, err := findVM(r.Form.Get("vm"))
	if err != nil {
		return err
	}
	disks := 0
	simulator.Map.WithLock(vm, func() {
		on := true
		vm.Config.ChangeTrackingEnabled = &on
		for _, dev := range vm.Config.Hardware.Device {
			disk, ok := dev.(*types.VirtualDisk)
			if !ok {
				continue
			}
			if b, ok := disk.Backing.(*types.VirtualDiskFlatVer2BackingInfo); ok {
				u := uuid.NewSHA1(labNamespace, []byte(fmt.Sprintf("cbt:%s:%d", vm.Name, disk.Key)))
				pairs := make([]string, 16)
				for i := range pairs {
					pairs[i] = fmt.Sprintf("%02x", u[i])
				}
				b.ChangeId = strings.Join(pairs[:8], " ") + "-" + strings.Join(pairs[8:], " ") + "/4"
				disks++
			}
		}
	})
	fmt.Fprintf(w, "%s tracks changes (%d disks)\n", vm.Name, disks)
	return nil
}
