package main

// The boot order as vSphere keeps it (issue 13, "the boot disk from config.bootOptions.bootOrder,
// not the first disk"): a VM may boot from any of its disks.
//
//	POST /lab/boot-order vm=NAME disk=N   config.bootOptions.bootOrder becomes one bootable disk
//	                                      device, the VM's N-th VirtualDisk (0-based, in device
//	                                      order), set through ReconfigVM_Task as a person would

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

func (lc *labControl) registerBoot(mux *http.ServeMux) {
	mux.HandleFunc("/lab/boot-order", lc.guard(lc.bootOrder))
}

func (lc *labControl) bootOrder(w http.ResponseWriter, r *http.Request) error {
	vm, err := findVM(r.Form.Get("vm"))
	if err != nil {
		return err
	}
	n, err := strconv.Atoi(r.Form.Get("disk"))
	if err != nil || n < 0 {
		return fmt.Errorf("disk= must be a disk's index (0, 1, ...)")
	}
	key := int32(-1)
	simulator.Map.WithLock(vm, func() {
		i := 0
		for _, dev := range vm.Config.Hardware.Device {
			if disk, ok := dev.(*types.VirtualDisk); ok {
				if i == n {
					key = disk.Key
				}
				i++
			}
		}
	})
	if key < 0 {
		return fmt.Errorf("%s has no disk %d", vm.Name, n)
	}
	spec := types.VirtualMachineConfigSpec{BootOptions: &types.VirtualMachineBootOptions{
		BootOrder: []types.BaseVirtualMachineBootOptionsBootableDevice{
			&types.VirtualMachineBootOptionsBootableDiskDevice{DeviceKey: key},
		},
	}}
	task, err := object.NewVirtualMachine(lc.c, vm.Reference()).Reconfigure(r.Context(), spec)
	if err == nil {
		err = task.Wait(r.Context())
	}
	if err != nil {
		return fmt.Errorf("reconfigure: %w", err)
	}
	fmt.Fprintf(w, "%s boots from disk %d (device key %d)\n", vm.Name, n, key)
	return nil
}
