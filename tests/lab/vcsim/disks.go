package main

// Real disk content for the scenario VMs: each disk is a VMFS-style text descriptor
// "<base>.vmdk" (createType="vmfs", one extent "RW <sectors> VMFS "<base>-flat.vmdk"") and a
// sparse flat extent "<base>-flat.vmdk" of exactly the disk's capacity. Three 1 MiB regions of
// the extent hold data, the rest reads as zeros:
//
//	[0, 1 MiB)                       the first MiB
//	[capacity/2, capacity/2 + 1 MiB) the middle (capacity/2 is MiB-aligned for whole-MiB disks)
//	[capacity - 1 MiB, capacity)     the last MiB
//
// Every 512-byte sector of a region starts with the ASCII line
// "ferry-lab <instanceUuid> disk <index> lba <sector number>\n" and is filled up to 512 bytes
// with the bytes ((lba + i) mod 255) + 1 (i = offset in the sector), so no byte is zero and any
// misplaced sector is recognisable. The manifest (-manifest) lists each region's SHA-256.

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/uuid"
	"github.com/vmware/govmomi/vim25/types"
)

const (
	sectorSize = 512
	regionSize = 1 << 20
)

type dataRegion struct {
	offset int64
	sha256 string
}

type diskInfo struct {
	vmName        string
	vm            types.ManagedObjectReference
	index         int
	capacity      int64
	thin          bool
	datastorePath string // "[LocalDS_0] web 01 (prod)/web 01 (prod).vmdk"
	descriptor    string // local paths
	flat          string
	uuid          string // the backing's uuid, "6000C29x-..." style
	regions       []dataRegion
}

// fillSectors writes the pattern of the sectors starting at lba into buf.
func fillSectors(buf []byte, tag string, index int, lba int64) {
	for off := 0; off < len(buf); off += sectorSize {
		s := buf[off : off+sectorSize]
		n := lba + int64(off/sectorSize)
		head := fmt.Sprintf("ferry-lab %s disk %d lba %d\n", tag, index, n)
		copy(s, head)
		for i := len(head); i < sectorSize; i++ {
			s[i] = byte((n+int64(i))%255) + 1
		}
	}
}

// vmdkUUID formats a disk UUID the way vSphere shows backing.uuid: "6000C29x-xxxx-...".
func vmdkUUID(vmName string, index int) (backing string, ddb string) {
	u := uuid.NewSHA1(labNamespace, []byte(fmt.Sprintf("disk:%s:%d", vmName, index)))
	b := u[:]
	b[0], b[1] = 0x60, 0x00
	b[2], b[3] = 0xc2, 0x90|(b[3]&0x0f)
	h := hex.EncodeToString(b)
	backing = strings.ToUpper(fmt.Sprintf("%s-%s-%s-%s-%s", h[0:8], h[8:12], h[12:16], h[16:20], h[20:32]))
	pairs := make([]string, 16)
	for i := range pairs {
		pairs[i] = h[2*i : 2*i+2]
	}
	return backing, strings.ToUpper(strings.Join(pairs, " "))
}

func writeDisk(dsDir, dsName, vmName, base string, index int, capacity int64, thin bool, adapter, tag string) (diskInfo, error) {
	dir := filepath.Join(dsDir, vmName)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return diskInfo{}, err
	}
	info := diskInfo{
		vmName: vmName, index: index, capacity: capacity, thin: thin,
		datastorePath: fmt.Sprintf("[%s] %s/%s.vmdk", dsName, vmName, base),
		descriptor:    filepath.Join(dir, base+".vmdk"),
		flat:          filepath.Join(dir, base+"-flat.vmdk"),
	}
	var ddbUUID string
	info.uuid, ddbUUID = vmdkUUID(vmName, index)

	sectors := capacity / sectorSize
	cid := uint32(sha256.Sum224([]byte(info.datastorePath))[0])<<24 | uint32(index)
	long := sha256.Sum256([]byte("cid:" + info.datastorePath))
	var b strings.Builder
	b.WriteString("# Disk DescriptorFile\nversion=1\nencoding=\"UTF-8\"\n")
	fmt.Fprintf(&b, "CID=%08x\nparentCID=ffffffff\ncreateType=\"vmfs\"\n\n", cid)
	fmt.Fprintf(&b, "# Extent description\nRW %d VMFS \"%s-flat.vmdk\"\n\n", sectors, base)
	b.WriteString("# The Disk Data Base\n#DDB\n\n")
	fmt.Fprintf(&b, "ddb.adapterType = \"%s\"\n", adapter)
	fmt.Fprintf(&b, "ddb.geometry.cylinders = \"%d\"\n", sectors/(255*63))
	b.WriteString("ddb.geometry.heads = \"255\"\nddb.geometry.sectors = \"63\"\n")
	fmt.Fprintf(&b, "ddb.longContentID = \"%x\"\n", long[:16])
	if thin {
		b.WriteString("ddb.thinProvisioned = \"1\"\n")
	}
	fmt.Fprintf(&b, "ddb.uuid = \"%s\"\n", ddbUUID)
	b.WriteString("ddb.virtualHWVersion = \"19\"\n")
	if err := os.WriteFile(info.descriptor, []byte(b.String()), 0o600); err != nil {
		return diskInfo{}, err
	}

	f, err := os.OpenFile(info.flat, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return diskInfo{}, err
	}
	defer f.Close()
	if err := f.Truncate(capacity); err != nil {
		return diskInfo{}, err
	}
	buf := make([]byte, regionSize)
	offsets := []int64{0, capacity / 2 / regionSize * regionSize, capacity - regionSize}
	for _, off := range offsets {
		fillSectors(buf, tag, index, off/sectorSize)
		if _, err := f.WriteAt(buf, off); err != nil {
			return diskInfo{}, err
		}
		sum := sha256.Sum256(buf)
		info.regions = append(info.regions, dataRegion{off, hex.EncodeToString(sum[:])})
	}
	return info, f.Close()
}
