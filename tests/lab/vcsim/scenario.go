package main

// The "ferry" scenario (-scenario ferry): after the simulator model is created and before it
// serves, add the VMs, folders, networks and attributes a real inventory has and Ferry must
// import (or skip). Actions the simulator models go through its own API, in process (a vim25
// client over model.Service: CreateVM_Task, CreateDVS_Task, AddDVPortgroup_Task,
// CreateSnapshot_Task, MarkAsTemplate, PowerOnVM_Task, AddCustomFieldDef, SetField). What it does
// not model (guest tools state and guest.net addresses, guest OS names it does not know, the
// TPM flag in the summary) is set directly on the simulator objects, under their locks.
//
// Everything is deterministic: names, instance and BIOS UUIDs (name-based SHA-1 UUIDs),
// MAC addresses, disk content. Managed object IDs depend on creation order, so they are stable
// for the same size flags (see README.md for the lab defaults).

import (
	"context"
	"crypto/sha1"
	"fmt"
	"net"
	"path"
	"sort"
	"strings"

	"github.com/google/uuid"
	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

// labNamespace seeds every UUID the scenario derives from a name.
var labNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://ferry.invalid/tests/lab/vcsim"))

func instanceUUID(vmName string) string {
	return uuid.NewSHA1(labNamespace, []byte("instance:"+vmName)).String()
}
func biosUUID(vmName string) string {
	return uuid.NewSHA1(labNamespace, []byte("bios:"+vmName)).String()
}

const GiB = int64(1) << 30

// Guest OS descriptions, as VMware Tools 12 report them in guestinfo.detailed.data.
const (
	detailedDebian12 = "architecture='X86' bitness='64' cpeString='cpe:/o:debian:debian_linux:12' " +
		"distroAddlVersion='12.5' distroName='Debian GNU/Linux' distroVersion='12' familyName='Linux' " +
		"kernelVersion='6.1.0-18-amd64' prettyName='Debian GNU/Linux 12 (bookworm)'"
	detailedUbuntu2404 = "architecture='X86' bitness='64' cpeString='cpe:/o:canonical:ubuntu_linux:24.04' " +
		"distroAddlVersion='24.04 LTS (Noble Numbat)' distroName='Ubuntu' distroVersion='24.04' " +
		"familyName='Linux' kernelVersion='6.8.0-31-generic' prettyName='Ubuntu 24.04 LTS'"
	detailedWindows2019 = "architecture='X86' bitness='64' buildNumber='17763' distroName='Windows' " +
		"distroVersion='10.0' familyName='Windows' kernelVersion='17763.5696' " +
		"prettyName='Windows Server 2019 Standard, 64-bit (Build 17763)'"
)

type guestOS struct {
	id, fullName, family, detailed string
}

var (
	osDebian12    = guestOS{"debian12_64Guest", "Debian GNU/Linux 12 (64-bit)", "linuxGuest", detailedDebian12}
	osUbuntu2404  = guestOS{"ubuntu64Guest", "Ubuntu Linux (64-bit)", "linuxGuest", detailedUbuntu2404}
	osUbuntu2204  = guestOS{"ubuntu64Guest", "Ubuntu Linux (64-bit)", "linuxGuest", ""}
	osWindows2019 = guestOS{"windows2019srv_64Guest", "Microsoft Windows Server 2019 (64-bit)", "windowsGuest", detailedWindows2019}
	osPhoton      = guestOS{"vmwarePhoton64Guest", "VMware Photon OS (64-bit)", "linuxGuest", ""}
)

type nicPlan struct {
	network string   // network or distributed port group name
	ips     []string // guest.net addresses ("addr/prefix" or linkLocal); shown only while tools run
}

// linkLocal in nicPlan.ips stands for the NIC's IPv6 link-local address (EUI-64 from its MAC).
const linkLocal = "fe80::/64"

func eui64LinkLocal(mac string) string {
	var b [6]byte
	fmt.Sscanf(mac, "%x:%x:%x:%x:%x:%x", &b[0], &b[1], &b[2], &b[3], &b[4], &b[5])
	ip := net.IP{0xfe, 0x80, 0, 0, 0, 0, 0, 0, b[0] ^ 2, b[1], b[2], 0xff, 0xfe, b[3], b[4], b[5]}
	return ip.String() + "/64"
}

type vmPlan struct {
	name       string
	folder     string // sub-folder of the datacenter's VM folder, "" for the folder itself
	cluster    bool   // place in the first cluster (else on the first standalone host); either falls back to the other
	pool       string // child resource pool (or vApp) of the cluster's root pool, "" for the root pool
	datastore  string // the datastore of its files, "" for LocalDS_0
	os         guestOS
	cpus       int32
	memoryMB   int64
	annotation string
	firmware   string // bios or efi
	secureBoot bool
	tpm        bool
	cbt        bool
	windows    bool // LSI Logic SAS + e1000e instead of PVSCSI + vmxnet3
	disks      []int64
	thinDisk   int // index of the thin-provisioned disk, -1 for none
	nics       []nicPlan
	tools      bool // guest tools running (guest.net, hostName, ipAddress filled in)
	hostName   string
	powerOn    bool
	template   bool
	snapshot   string
	managedBy  *types.ManagedByInfo
	attributes map[string]string // custom attribute name -> value (vCenter only)
}

// The networks the scenario creates on a distributed switch (vCenter only).
const (
	scenarioDVS  = "DSwitch-Prod"
	pgVLAN42     = "Prod VLAN 42"
	pgTrunk      = "Lab Trunk"
	stdNetwork   = "VM Network"
	folderTeam   = "Team Folder"
	folderVCLS   = "vCLS"
	poolProd     = "Production"
	attrOwner    = "Owner"
	attrOwnerVal = "ops team"
)

func vcenterPlans() []vmPlan {
	return []vmPlan{
		{
			name: "web 01 (prod)", cluster: true, pool: poolProd, os: osDebian12, cpus: 2, memoryMB: 4096,
			annotation: "Production web front end.\nMigrate in the Saturday window.",
			firmware:   "bios", disks: []int64{1 * GiB, 2 * GiB, 3 * GiB}, thinDisk: 2,
			nics: []nicPlan{
				{stdNetwork, []string{"192.0.2.10/24", linkLocal}},
				{pgVLAN42, []string{"198.51.100.10/24"}},
			},
			tools: true, hostName: "web01", attributes: map[string]string{attrOwner: attrOwnerVal},
		},
		{
			name: "Zürich-DB ünïcødé", os: osUbuntu2404, cpus: 4, memoryMB: 8192,
			annotation: "Datenbank Zürich – \"Kunden\" & <Aufträge>",
			firmware:   "efi", secureBoot: true, tpm: true, disks: []int64{1 * GiB}, thinDisk: -1,
			nics:  []nicPlan{{stdNetwork, []string{"192.0.2.20/24"}}},
			tools: true, hostName: "zurich-db",
		},
		{
			name: "cbt-vm", cluster: true, os: osWindows2019, cpus: 2, memoryMB: 8192, windows: true,
			firmware: "efi", cbt: true, disks: []int64{1 * GiB}, thinDisk: 0,
			nics:  []nicPlan{{stdNetwork, []string{"192.0.2.30/24"}}},
			tools: true, hostName: "CBT-VM", powerOn: true, snapshot: "before-upgrade",
		},
		{
			name: "app 02", folder: folderTeam, cluster: true, os: osUbuntu2204, cpus: 1, memoryMB: 2048,
			firmware: "bios", disks: []int64{1 * GiB}, thinDisk: 0,
			nics:    []nicPlan{{pgTrunk, []string{"203.0.113.40/24"}}},
			powerOn: true, // guest tools not running: no guest.net, no detailed data
		},
		{
			name: "tmpl-debian", os: osDebian12, cpus: 1, memoryMB: 1024, firmware: "bios",
			disks: []int64{1 * GiB}, thinDisk: 0, nics: []nicPlan{{stdNetwork, nil}}, template: true,
		},
		{
			name: "vCLS-1234", folder: folderVCLS, cluster: true, os: osPhoton, cpus: 1, memoryMB: 128,
			annotation: "vSphere Cluster Service VM is required to maintain the health of vSphere Cluster Services.",
			firmware:   "efi", disks: []int64{1 * GiB}, thinDisk: 0, powerOn: true,
			managedBy: &types.ManagedByInfo{ExtensionKey: "com.vmware.vim.eam", Type: "cluster-agent"},
		},
	}
}

func esxPlans() []vmPlan {
	return []vmPlan{{
		name: "Debian Bookworm", os: osDebian12, cpus: 2, memoryMB: 2048, firmware: "bios",
		disks: []int64{1 * GiB}, thinDisk: -1,
		nics:  []nicPlan{{stdNetwork, []string{"192.0.2.50/24"}}},
		tools: true, hostName: "bookworm",
	}}
}

// scenario holds what applyScenario needs while it builds.
type scenario struct {
	ctx     context.Context
	c       *vim25.Client
	esx     bool
	dc      *simulator.Datacenter
	ds      *simulator.Datastore
	dsDir   string
	folders map[string]*object.Folder // "" = the VM folder
	pools   map[string]types.ManagedObjectReference
	nets    map[string]types.BaseVirtualDeviceBackingInfo
	disks   []diskInfo
	field   bool // the field scenario (field.go)
}

// benchPlans are the -bench-vms VMs: identical but for their names (so their UUIDs, MACs and
// disk files differ), powered off (a migration does not start them), -bench-disks thick disks
// (one by default) of the same capacity each, one NIC on the standard network, on the first standalone host. The concurrency
// benchmark (bench/concurrency) writes its own content into their flat extents.
func benchPlans(count int, diskBytes int64, disksEach int) []vmPlan {
	var plans []vmPlan
	for i := 1; i <= count; i++ {
		disks := make([]int64, disksEach)
		for d := range disks {
			disks[d] = diskBytes
		}
		plans = append(plans, vmPlan{
			name: fmt.Sprintf("bench-%02d", i), os: osDebian12, cpus: 1, memoryMB: 1024,
			firmware: "bios", disks: disks, thinDisk: -1,
			nics: []nicPlan{{stdNetwork, nil}},
		})
	}
	return plans
}

// applyScenario shapes the inventory (the scenario, then benchVMs bench VMs); it returns what it
// wrote to the datastores.
func applyScenario(model *simulator.Model, name, mode string, benchVMs int, benchDiskBytes int64, benchDisks int) ([]diskInfo, error) {
	if name == "none" && benchVMs == 0 {
		return nil, nil
	}
	ctx := context.Background()
	c, err := vim25.NewClient(ctx, model.Service) // in process: no HTTP, the internal session
	if err != nil {
		return nil, err
	}
	s := &scenario{ctx: ctx, c: c, esx: mode == "esx", field: name == "field" && mode == "vcenter", folders: map[string]*object.Folder{}, pools: map[string]types.ManagedObjectReference{},
		nets: map[string]types.BaseVirtualDeviceBackingInfo{}}
	if err := s.locate(mode); err != nil {
		return nil, err
	}

	var plans []vmPlan
	if name == "ferry" {
		plans = esxPlans()
		if mode == "vcenter" {
			plans = vcenterPlans()
			if err := s.vcenterExtras(); err != nil {
				return nil, err
			}
		}
	}
	if s.field {
		plans = fieldPlans()
		if err := s.fieldBefore(); err != nil {
			return nil, err
		}
	}
	plans = append(plans, benchPlans(benchVMs, benchDiskBytes, benchDisks)...)
	created := map[string]types.ManagedObjectReference{}
	for _, p := range plans {
		ref, err := s.createVM(p)
		if err != nil {
			return nil, fmt.Errorf("scenario VM %q: %w", p.name, err)
		}
		created[p.name] = ref
	}
	if mode == "vcenter" && name == "ferry" {
		if err := s.attributes(plans, created); err != nil {
			return nil, err
		}
	}
	if s.field {
		if err := s.fieldAfter(created); err != nil {
			return nil, err
		}
	}
	return s.disks, nil
}

// locate finds the first datacenter (DC0 / ha-datacenter), its first datastore and network.
func (s *scenario) locate(mode string) error {
	var dcs []*simulator.Datacenter
	for _, e := range simulator.Map.All("Datacenter") {
		if dc, ok := e.(*simulator.Datacenter); ok {
			dcs = append(dcs, dc)
		}
	}
	if len(dcs) == 0 {
		return fmt.Errorf("no datacenter in the model")
	}
	sort.Slice(dcs, func(i, j int) bool { return dcs[i].Name < dcs[j].Name })
	s.dc = dcs[0]
	if s.field {
		// The field scenario's datacenter is the second one (DC1): DC0 stays as it is, with
		// datastores of the same names, so a wrong dcPath reads the wrong datacenter.
		if len(dcs) < 2 {
			return fmt.Errorf("the field scenario needs -datacenters 2")
		}
		s.dc = dcs[1]
	}
	if ds, ok := simulator.Map.FindByName("LocalDS_0", s.dc.Datastore).(*simulator.Datastore); ok {
		s.ds = ds
		s.dsDir = ds.Info.GetDatastoreInfo().Url
	} else {
		return fmt.Errorf("datastore LocalDS_0 not found in %s (does it have hosts?)", s.dc.Name)
	}
	s.folders[""] = object.NewFolder(s.c, s.dc.VmFolder)
	s.nets[stdNetwork] = &types.VirtualEthernetCardNetworkBackingInfo{
		VirtualDeviceDeviceBackingInfo: types.VirtualDeviceDeviceBackingInfo{DeviceName: stdNetwork},
	}
	if simulator.Map.FindByName(stdNetwork, s.dc.Network) == nil {
		return fmt.Errorf("network %q not found in %s", stdNetwork, s.dc.Name)
	}
	return nil
}

// computeResources lists the datacenter's clusters or standalone compute resources (sorted by
// name) with their root pool and first host.
type placement struct {
	pool types.ManagedObjectReference
	host types.ManagedObjectReference
}

func (s *scenario) placements(kind string) []placement {
	type named struct {
		name string
		p    placement
	}
	var out []named
	for _, e := range simulator.Map.All(kind) {
		if datacenterOf(e) != s.dc.Name {
			continue
		}
		var cr *mo.ComputeResource
		switch x := e.(type) {
		case *simulator.ClusterComputeResource:
			cr = &x.ComputeResource
		case *mo.ComputeResource:
			cr = x
		default:
			continue
		}
		if cr.ResourcePool == nil || len(cr.Host) == 0 {
			continue
		}
		out = append(out, named{cr.Name, placement{*cr.ResourcePool, cr.Host[0]}})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	var ps []placement
	for _, n := range out {
		ps = append(ps, n.p)
	}
	return ps
}

func (s *scenario) place(p vmPlan) (placement, error) {
	clusters := s.placements("ClusterComputeResource")
	standalone := s.placements("ComputeResource")
	order := [][]placement{standalone, clusters}
	if p.cluster {
		order = [][]placement{clusters, standalone}
	}
	for _, list := range order {
		if len(list) > 0 {
			pl := list[0]
			if p.pool != "" {
				if ref, ok := s.pools[p.pool]; ok && len(clusters) > 0 && pl == clusters[0] {
					pl.pool = ref
				}
			}
			return pl, nil
		}
	}
	return placement{}, fmt.Errorf("datacenter %s has no host to place VMs on", s.dc.Name)
}

// vcenterExtras creates the folders, the resource pool and the distributed switch with its two
// port groups.
func (s *scenario) vcenterExtras() error {
	vmFolder := s.folders[""]
	for _, name := range []string{folderTeam, folderVCLS} {
		f, err := vmFolder.CreateFolder(s.ctx, name)
		if err != nil {
			return fmt.Errorf("creating folder %q: %w", name, err)
		}
		s.folders[name] = f
	}

	if clusters := s.placements("ClusterComputeResource"); len(clusters) > 0 {
		rp, err := object.NewResourcePool(s.c, clusters[0].pool).Create(s.ctx, poolProd, types.DefaultResourceConfigSpec())
		if err != nil {
			return fmt.Errorf("creating resource pool %q: %w", poolProd, err)
		}
		s.pools[poolProd] = rp.Reference()
	}

	netFolder := object.NewFolder(s.c, s.dc.NetworkFolder)
	task, err := netFolder.CreateDVS(s.ctx, types.DVSCreateSpec{
		ConfigSpec: &types.VMwareDVSConfigSpec{DVSConfigSpec: types.DVSConfigSpec{Name: scenarioDVS}},
	})
	if err != nil {
		return err
	}
	info, err := task.WaitForResult(s.ctx, nil)
	if err != nil {
		return fmt.Errorf("creating distributed switch %q: %w", scenarioDVS, err)
	}
	dvsRef := info.Result.(types.ManagedObjectReference)
	dvs := object.NewDistributedVirtualSwitch(s.c, dvsRef)

	// Every host of the datacenter joins the switch (a VM NIC may use a port group only when
	// all hosts of its compute resource are members).
	var members []types.DistributedVirtualSwitchHostMemberConfigSpec
	for _, e := range simulator.Map.All("HostSystem") {
		if datacenterOf(e) == s.dc.Name {
			members = append(members, types.DistributedVirtualSwitchHostMemberConfigSpec{
				Operation: string(types.ConfigSpecOperationAdd), Host: e.Reference(),
			})
		}
	}
	sort.Slice(members, func(i, j int) bool { return members[i].Host.Value < members[j].Host.Value })
	if task, err = dvs.Reconfigure(s.ctx, &types.VMwareDVSConfigSpec{DVSConfigSpec: types.DVSConfigSpec{Host: members}}); err == nil {
		err = task.Wait(s.ctx)
	}
	if err != nil {
		return fmt.Errorf("adding hosts to %q: %w", scenarioDVS, err)
	}

	pgs := []types.DVPortgroupConfigSpec{
		{Name: pgVLAN42, Type: string(types.DistributedVirtualPortgroupPortgroupTypeEarlyBinding), NumPorts: 8,
			DefaultPortConfig: &types.VMwareDVSPortSetting{Vlan: &types.VmwareDistributedVirtualSwitchVlanIdSpec{VlanId: 42}}},
		{Name: pgTrunk, Type: string(types.DistributedVirtualPortgroupPortgroupTypeEarlyBinding), NumPorts: 8,
			DefaultPortConfig: &types.VMwareDVSPortSetting{Vlan: &types.VmwareDistributedVirtualSwitchTrunkVlanSpec{
				VlanId: []types.NumericRange{{Start: 100, End: 200}, {Start: 300, End: 300}}}}},
	}
	for _, spec := range pgs {
		if task, err = dvs.AddPortgroup(s.ctx, []types.DVPortgroupConfigSpec{spec}); err == nil {
			err = task.Wait(s.ctx)
		}
		if err != nil {
			return fmt.Errorf("adding port group %q: %w", spec.Name, err)
		}
	}

	sw := simulator.Map.Get(dvsRef).(*simulator.DistributedVirtualSwitch)
	nf := simulator.Map.Get(s.dc.NetworkFolder).(*simulator.Folder)
	for _, spec := range pgs {
		pg, ok := simulator.Map.FindByName(spec.Name, nf.ChildEntity).(*simulator.DistributedVirtualPortgroup)
		if !ok {
			return fmt.Errorf("port group %q not found after creating it", spec.Name)
		}
		s.nets[spec.Name] = &types.VirtualEthernetCardDistributedVirtualPortBackingInfo{
			Port: types.DistributedVirtualSwitchPortConnection{SwitchUuid: sw.Uuid, PortgroupKey: pg.Key},
		}
	}
	return nil
}

// mac derives a NIC's address from the VM name and NIC position, in the range the server
// assigns from: vCenter 00:50:56:80:00:00-00:50:56:bf:ff:ff, ESXi 00:0c:29:xx:xx:xx.
func (s *scenario) mac(vmName string, nic int) string {
	h := sha1.Sum([]byte(fmt.Sprintf("mac:%s:%d", vmName, nic)))
	if s.esx {
		return fmt.Sprintf("00:0c:29:%02x:%02x:%02x", h[0], h[1], h[2])
	}
	return fmt.Sprintf("00:50:56:%02x:%02x:%02x", 0x80|(h[0]&0x3f), h[1], h[2])
}

// diskBase is the vSphere file naming: "<vm>.vmdk", "<vm>_1.vmdk", "<vm>_2.vmdk", ...
func diskBase(vmName string, i int) string {
	if i == 0 {
		return vmName
	}
	return fmt.Sprintf("%s_%d", vmName, i)
}

func (s *scenario) createVM(p vmPlan) (types.ManagedObjectReference, error) {
	var none types.ManagedObjectReference
	pl, err := s.place(p)
	if err != nil {
		return none, err
	}
	folder, ok := s.folders[p.folder]
	if !ok {
		folder = s.folders[""]
	}
	dsName, dsDir := s.ds.Name, s.dsDir
	if p.datastore != "" {
		ds, ok := simulator.Map.FindByName(p.datastore, s.dc.Datastore).(*simulator.Datastore)
		if !ok {
			return none, fmt.Errorf("datastore %q not found in %s", p.datastore, s.dc.Name)
		}
		dsName, dsDir = ds.Name, ds.Info.GetDatastoreInfo().Url
	}
	instance := instanceUUID(p.name)

	// Disk files first (descriptor + flat extent with content), then the VM attaches them as
	// existing disks; its directory is named after the VM, as vSphere does.
	var devices []types.BaseVirtualDeviceConfigSpec
	add := func(d types.BaseVirtualDevice) {
		devices = append(devices, &types.VirtualDeviceConfigSpec{Operation: types.VirtualDeviceConfigSpecOperationAdd, Device: d})
	}
	const ctlKey = int32(1000)
	ctl := types.VirtualSCSIController{
		VirtualController: types.VirtualController{
			VirtualDevice: types.VirtualDevice{Key: ctlKey, ControllerKey: 100, UnitNumber: types.NewInt32(3),
				DeviceInfo: &types.Description{Label: "SCSI controller 0", Summary: "VMware paravirtual SCSI"}},
			BusNumber: 0,
		},
		HotAddRemove: types.NewBool(true), SharedBus: types.VirtualSCSISharingNoSharing, ScsiCtlrUnitNumber: 7,
	}
	adapterType := "lsilogic"
	if p.windows {
		ctl.DeviceInfo = &types.Description{Label: "SCSI controller 0", Summary: "LSI Logic SAS"}
		add(&types.VirtualLsiLogicSASController{VirtualSCSIController: ctl})
	} else {
		add(&types.ParaVirtualSCSIController{VirtualSCSIController: ctl})
	}

	for i, capacity := range p.disks {
		base := diskBase(p.name, i)
		thin := i == p.thinDisk
		info, err := writeDisk(dsDir, dsName, p.name, base, i, capacity, thin, adapterType, instance)
		if err != nil {
			return none, err
		}
		s.disks = append(s.disks, info)
		add(&types.VirtualDisk{
			VirtualDevice: types.VirtualDevice{
				Key: 2000 + int32(i), ControllerKey: ctlKey, UnitNumber: types.NewInt32(int32(i)),
				DeviceInfo: &types.Description{Label: fmt.Sprintf("Hard disk %d", i+1),
					Summary: fmt.Sprintf("%s KB", thousands(capacity/1024))},
				Backing: &types.VirtualDiskFlatVer2BackingInfo{
					VirtualDeviceFileBackingInfo: types.VirtualDeviceFileBackingInfo{FileName: info.datastorePath},
					DiskMode:                     string(types.VirtualDiskModePersistent),
					ThinProvisioned:              types.NewBool(thin),
					EagerlyScrub:                 types.NewBool(false),
					Uuid:                         info.uuid,
				},
			},
			CapacityInKB:    capacity / 1024,
			CapacityInBytes: capacity,
		})
	}

	for i, n := range p.nics {
		backing, ok := s.nets[n.network]
		if !ok {
			return none, fmt.Errorf("unknown network %q", n.network)
		}
		card := types.VirtualEthernetCard{
			VirtualDevice: types.VirtualDevice{
				Key: 4000 + int32(i), ControllerKey: 100, UnitNumber: types.NewInt32(7 + int32(i)),
				DeviceInfo: &types.Description{Label: fmt.Sprintf("Network adapter %d", i+1), Summary: n.network},
				Backing:    backing,
				Connectable: &types.VirtualDeviceConnectInfo{StartConnected: true, AllowGuestControl: true,
					Connected: p.powerOn, Status: "ok"},
			},
			AddressType:      string(types.VirtualEthernetCardMacTypeAssigned),
			MacAddress:       s.mac(p.name, i),
			WakeOnLanEnabled: types.NewBool(true),
		}
		if p.windows {
			add(&types.VirtualE1000e{VirtualEthernetCard: card})
		} else {
			add(&types.VirtualVmxnet3{VirtualVmxnet: types.VirtualVmxnet{VirtualEthernetCard: card}})
		}
	}
	if p.tpm {
		add(&types.VirtualTPM{VirtualDevice: types.VirtualDevice{Key: 11000, ControllerKey: 100,
			DeviceInfo: &types.Description{Label: "Virtual TPM", Summary: "Virtual TPM"}}})
	}

	spec := types.VirtualMachineConfigSpec{
		Name:                  p.name,
		GuestId:               p.os.id,
		Annotation:            p.annotation,
		NumCPUs:               p.cpus,
		NumCoresPerSocket:     1,
		MemoryMB:              p.memoryMB,
		Version:               "vmx-19",
		Uuid:                  biosUUID(p.name),
		InstanceUuid:          instance,
		Firmware:              p.firmware,
		ChangeTrackingEnabled: types.NewBool(p.cbt),
		BootOptions:           &types.VirtualMachineBootOptions{EfiSecureBootEnabled: types.NewBool(p.secureBoot)},
		ManagedBy:             p.managedBy,
		Files:                 &types.VirtualMachineFileInfo{VmPathName: fmt.Sprintf("[%s] %s/%s.vmx", dsName, p.name, p.name)},
		DeviceChange:          devices,
	}
	if p.os.detailed != "" {
		spec.ExtraConfig = []types.BaseOptionValue{&types.OptionValue{Key: "guestinfo.detailed.data", Value: p.os.detailed}}
	}

	pool := object.NewResourcePool(s.c, pl.pool)
	host := object.NewHostSystem(s.c, pl.host)
	task, err := folder.CreateVM(s.ctx, spec, pool, host)
	if err != nil {
		return none, err
	}
	info, err := task.WaitForResult(s.ctx, nil)
	if err != nil {
		return none, err
	}
	ref := info.Result.(types.ManagedObjectReference)
	for i := range s.disks {
		if s.disks[i].vmName == p.name {
			s.disks[i].vm = ref
		}
	}

	s.setGuest(ref, p)

	vm := object.NewVirtualMachine(s.c, ref)
	if p.snapshot != "" {
		if task, err = vm.CreateSnapshot(s.ctx, p.snapshot, "Taken by the Ferry lab scenario", false, false); err == nil {
			err = task.Wait(s.ctx)
		}
		if err != nil {
			return none, fmt.Errorf("snapshot %q: %w", p.snapshot, err)
		}
	}
	if p.template {
		if err := vm.MarkAsTemplate(s.ctx); err != nil {
			return none, fmt.Errorf("marking as template: %w", err)
		}
	}
	if p.powerOn {
		if task, err = vm.PowerOn(s.ctx); err == nil {
			err = task.Wait(s.ctx)
		}
		if err != nil {
			return none, fmt.Errorf("powering on: %w", err)
		}
	}
	return ref, nil
}

// setGuest fills in what VMware Tools report and the simulator does not model: the guest OS
// names (the simulator copies the guest ID into guestFullName and knows no newer IDs), tools
// state, host name, guest.net with addresses, and summary.config.tpmPresent.
func (s *scenario) setGuest(ref types.ManagedObjectReference, p vmPlan) {
	vm := simulator.Map.Get(ref).(*simulator.VirtualMachine)
	simulator.Map.WithLock(vm, func() {
		vm.Config.GuestId = p.os.id
		vm.Config.GuestFullName = p.os.fullName
		vm.Summary.Config.GuestId = p.os.id
		vm.Summary.Config.GuestFullName = p.os.fullName
		vm.Summary.Config.TpmPresent = types.NewBool(p.tpm)

		g := vm.Guest
		g.GuestFamily = p.os.family
		g.ToolsVersion = "12389"
		g.ToolsVersionStatus = "guestToolsCurrent"
		g.ToolsVersionStatus2 = "guestToolsCurrent"
		g.Net = nil
		g.IpAddress = ""
		g.HostName = ""
		if p.tools {
			g.ToolsStatus = types.VirtualMachineToolsStatusToolsOk
			g.ToolsRunningStatus = string(types.VirtualMachineToolsRunningStatusGuestToolsRunning)
			g.GuestState = "running"
			g.GuestId = p.os.id
			g.GuestFullName = p.os.fullName
			g.HostName = p.hostName
			devices := object.VirtualDeviceList(vm.Config.Hardware.Device)
			for i, n := range p.nics {
				nic := types.GuestNicInfo{Network: n.network, MacAddress: s.mac(p.name, i), Connected: true,
					DeviceConfigId: 4000 + int32(i), IpConfig: &types.NetIpConfigInfo{}}
				if d := devices.FindByKey(4000 + int32(i)); d != nil {
					nic.MacAddress = d.(types.BaseVirtualEthernetCard).GetVirtualEthernetCard().MacAddress
				}
				for _, cidr := range n.ips {
					if cidr == linkLocal {
						cidr = eui64LinkLocal(nic.MacAddress)
					}
					addr, prefix := cidr, int32(24)
					if j := strings.IndexByte(cidr, '/'); j >= 0 {
						addr = cidr[:j]
						fmt.Sscanf(cidr[j+1:], "%d", &prefix)
					}
					nic.IpAddress = append(nic.IpAddress, addr)
					nic.IpConfig.IpAddress = append(nic.IpConfig.IpAddress, types.NetIpConfigInfoIpAddress{
						IpAddress: addr, PrefixLength: prefix, State: "preferred"})
					if g.IpAddress == "" && !strings.Contains(addr, ":") {
						g.IpAddress = addr
					}
				}
				g.Net = append(g.Net, nic)
			}
		} else {
			g.ToolsStatus = types.VirtualMachineToolsStatusToolsNotRunning
			g.ToolsRunningStatus = string(types.VirtualMachineToolsRunningStatusGuestToolsNotRunning)
			g.GuestState = "notRunning"
			g.GuestId = ""
			g.GuestFullName = ""
		}
		vm.Summary.Guest = &types.VirtualMachineGuestSummary{
			GuestId: g.GuestId, GuestFullName: g.GuestFullName, ToolsStatus: g.ToolsStatus,
			ToolsVersionStatus: g.ToolsVersionStatus, ToolsVersionStatus2: g.ToolsVersionStatus2,
			ToolsRunningStatus: g.ToolsRunningStatus, HostName: g.HostName, IpAddress: g.IpAddress,
			HwVersion: "vmx-19",
		}
	})
}

// attributes defines the custom attributes (CustomFieldsManager) and sets their values.
func (s *scenario) attributes(plans []vmPlan, created map[string]types.ManagedObjectReference) error {
	m, err := object.GetCustomFieldsManager(s.c)
	if err != nil {
		return fmt.Errorf("custom attributes: %w", err)
	}
	keys := map[string]int32{}
	for _, p := range plans {
		names := make([]string, 0, len(p.attributes))
		for n := range p.attributes {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			key, ok := keys[n]
			if !ok {
				def, err := m.Add(s.ctx, n, "VirtualMachine", nil, nil)
				if err != nil {
					return fmt.Errorf("adding custom attribute %q: %w", n, err)
				}
				key = def.Key
				keys[n] = key
			}
			if err := m.Set(s.ctx, created[p.name], key, p.attributes[n]); err != nil {
				return fmt.Errorf("setting %q on %q: %w", n, p.name, err)
			}
		}
	}
	return nil
}

// thousands formats n with commas, as vSphere's device summaries do ("1,048,576 KB").
func thousands(n int64) string {
	s := fmt.Sprintf("%d", n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// inventoryPath is the entity's path from the root folder down, "/DC0/vm/Team Folder/app 02",
// names as the inventory stores them ("a%2fb").
func inventoryPath(e mo.Entity) string {
	var names []string
	for e != nil {
		me := e.Entity()
		if me.Parent == nil { // the root folder is not part of the path
			break
		}
		names = append(names, me.Name)
		up := *me.Parent
		if vapp, ok := e.(*simulator.VirtualApp); ok {
			// A vApp's place in the VM inventory: its parent vApp or its VM folder (its
			// parent is a resource pool, on the host side).
			if vapp.ParentVApp != nil {
				up = *vapp.ParentVApp
			} else if vapp.ParentFolder != nil {
				up = *vapp.ParentFolder
			}
		}
		parent, ok := simulator.Map.Get(up).(mo.Entity)
		if !ok {
			break
		}
		e = parent
	}
	for i, j := 0, len(names)-1; i < j; i, j = i+1, j-1 {
		names[i], names[j] = names[j], names[i]
	}
	return "/" + path.Join(names...)
}
