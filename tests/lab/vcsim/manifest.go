package main

// The manifest (-manifest FILE): what the served inventory holds, for tests that need managed
// object IDs, UUIDs or disk files without asking the simulator. UTF-8, tab-separated, one
// record per line, first field the record kind; lines starting with # are comments:
//
//	vm       moref  instanceUuid  powerState  template(true|false)  importable(true|false)  inventory path
//	network  moref  type          vlan        inventory path
//	disk     vm-moref  index  capacityBytes  thin(true|false)  datastore path  descriptor file  flat file  regions
//
// vlan is "-", a VLAN ID ("42") or "trunk:100-200,300". regions (scenario disks only) is a
// comma-separated list of OFFSET:SHA256 for the 1 MiB data regions of the flat file.
// Records are sorted by kind, then inventory path (disks: by VM path, then index).

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

// importable: what Ferry imports, i.e. neither a template nor a vSphere Cluster Services VM.
func importable(vm *simulator.VirtualMachine) bool {
	if vm.Config != nil && vm.Config.Template {
		return false
	}
	return !strings.HasPrefix(vm.Name, "vCLS-") && !strings.HasPrefix(vm.Name, "vCLS (")
}

func vmCounts() (total, importableCount int) {
	for _, e := range simulator.Map.All("VirtualMachine") {
		if vm, ok := e.(*simulator.VirtualMachine); ok {
			total++
			if importable(vm) {
				importableCount++
			}
		}
	}
	return total, importableCount
}

func vlanOf(pg *simulator.DistributedVirtualPortgroup) string {
	setting, ok := pg.Config.DefaultPortConfig.(*types.VMwareDVSPortSetting)
	if !ok || setting == nil || setting.Vlan == nil {
		return "-"
	}
	switch v := setting.Vlan.(type) {
	case *types.VmwareDistributedVirtualSwitchVlanIdSpec:
		if v.VlanId == 0 {
			return "-"
		}
		return fmt.Sprint(v.VlanId)
	case *types.VmwareDistributedVirtualSwitchTrunkVlanSpec:
		var r []string
		for _, n := range v.VlanId {
			if n.Start == n.End {
				r = append(r, fmt.Sprint(n.Start))
			} else {
				r = append(r, fmt.Sprintf("%d-%d", n.Start, n.End))
			}
		}
		return "trunk:" + strings.Join(r, ",")
	}
	return "-"
}

func writeManifest(file string, disks []diskInfo) error {
	var vms, nets, dsk []string
	vmPath := map[types.ManagedObjectReference]string{}
	for _, e := range simulator.Map.All("VirtualMachine") {
		vm, ok := e.(*simulator.VirtualMachine)
		if !ok {
			continue
		}
		p := inventoryPath(vm)
		vmPath[vm.Self] = p
		uuid := "-"
		if vm.Config != nil && vm.Config.InstanceUuid != "" {
			uuid = vm.Config.InstanceUuid
		}
		vms = append(vms, strings.Join([]string{"vm", vm.Self.Value, uuid, string(vm.Runtime.PowerState),
			fmt.Sprint(vm.Config != nil && vm.Config.Template), fmt.Sprint(importable(vm)), p}, "\t"))
	}
	for _, kind := range []string{"Network", "DistributedVirtualPortgroup", "OpaqueNetwork"} {
		for _, e := range simulator.Map.All(kind) {
			vlan := "-"
			if pg, ok := e.(*simulator.DistributedVirtualPortgroup); ok {
				vlan = vlanOf(pg)
			}
			nets = append(nets, strings.Join([]string{"network", e.Reference().Value, kind, vlan, inventoryPath(e)}, "\t"))
		}
	}
	for _, d := range disks {
		var regions []string
		for _, r := range d.regions {
			regions = append(regions, fmt.Sprintf("%d:%s", r.offset, r.sha256))
		}
		dsk = append(dsk, strings.Join([]string{"disk", d.vm.Value, fmt.Sprint(d.index), fmt.Sprint(d.capacity),
			fmt.Sprint(d.thin), d.datastorePath, d.descriptor, d.flat, strings.Join(regions, ",")}, "\t"))
	}
	byPath := func(list []string) {
		sort.Slice(list, func(i, j int) bool {
			a, b := strings.Split(list[i], "\t"), strings.Split(list[j], "\t")
			return a[len(a)-1] < b[len(b)-1]
		})
	}
	byPath(vms)
	byPath(nets)
	sort.SliceStable(dsk, func(i, j int) bool {
		a, b := strings.Split(dsk[i], "\t"), strings.Split(dsk[j], "\t")
		pa, pb := vmPath[types.ManagedObjectReference{Type: "VirtualMachine", Value: a[1]}],
			vmPath[types.ManagedObjectReference{Type: "VirtualMachine", Value: b[1]}]
		if pa != pb {
			return pa < pb
		}
		return a[2] < b[2]
	})

	var out strings.Builder
	out.WriteString("# vm\tmoref\tinstanceUuid\tpowerState\ttemplate\timportable\tpath\n")
	out.WriteString("# network\tmoref\ttype\tvlan\tpath\n")
	out.WriteString("# disk\tvm-moref\tindex\tcapacityBytes\tthin\tdatastorePath\tdescriptor\tflat\tregions(offset:sha256,...)\n")
	for _, l := range append(append(vms, nets...), dsk...) {
		out.WriteString(l + "\n")
	}
	tmp := file + ".tmp"
	if err := os.WriteFile(tmp, []byte(out.String()), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, file)
}
