package main

// The "field" scenario (-scenario field, vCenter only): the shapes of real inventories that
// addressing gets wrong. Its datacenter sits in a folder under a name with characters a URL
// query must encode, one VM lives in a vApp, and VMs live on datastores named "DS+1", "R&D" and
// one with a space, non-ASCII letters and vSphere's own escapes:
//
//	/Europe/<fieldDatacenter>/vm/field-01            on LocalDS_0
//	/Europe/<fieldDatacenter>/vm/Shop vApp/field-02  in the vApp (parent and parentVApp: the vApp)
//	/Europe/<fieldDatacenter>/vm/field-03            on "DS+1"
//	/Europe/<fieldDatacenter>/vm/field-04            on "R&D"
//	/Europe/<fieldDatacenter>/vm/field-05            on fieldDatastoreOdd
//
// Names are stored as vSphere stores them: '%' as "%25", '/' as "%2f" (so "100%25 a%2fb" is
// what a person sees as "100% a/b"). It needs -datastores 4 or more. The VMs are powered off,
// one 8 MiB disk each, with the pattern content of disks.go.
//
// strictFolder (below) makes the datastore front decode its query as vCenter does, for every
// scenario.

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

const (
	fieldFolder       = "Europe"
	fieldDatacenter   = "DC Zürich+R&D 100%25 a%2fb"
	fieldVApp         = "Shop vApp"
	fieldDatastorePlu = "DS+1"
	fieldDatastoreAmp = "R&D"
	fieldDatastoreOdd = "Lager Süd 5%25 a%2fb"
	fieldDiskBytes    = int64(8) << 20
)

func fieldPlans() []vmPlan {
	plan := func(name, datastore, pool string) vmPlan {
		return vmPlan{
			name: name, os: osDebian12, cpus: 1, memoryMB: 1024, firmware: "bios",
			disks: []int64{fieldDiskBytes}, thinDisk: -1, nics: []nicPlan{{stdNetwork, nil}},
			datastore: datastore, pool: pool, cluster: pool != "",
		}
	}
	return []vmPlan{
		plan("field-01", "", ""),
		plan("field-02", "", fieldVApp),
		plan("field-03", fieldDatastorePlu, ""),
		plan("field-04", fieldDatastoreAmp, ""),
		plan("field-05", fieldDatastoreOdd, ""),
	}
}

// fieldBefore renames LocalDS_1..3 and creates the vApp in the first cluster's root pool.
func (s *scenario) fieldBefore() error {
	for i, name := range []string{fieldDatastorePlu, fieldDatastoreAmp, fieldDatastoreOdd} {
		old := fmt.Sprintf("LocalDS_%d", i+1)
		ds, ok := simulator.Map.FindByName(old, s.dc.Datastore).(*simulator.Datastore)
		if !ok {
			return fmt.Errorf("datastore %s not found (the field scenario needs -datastores 4)", old)
		}
		simulator.Map.WithLock(ds, func() {
			ds.Name = name
			ds.Summary.Name = name
		})
	}
	clusters := s.placements("ClusterComputeResource")
	if len(clusters) == 0 {
		return fmt.Errorf("the field scenario needs a cluster for its vApp")
	}
	pool := object.NewResourcePool(s.c, clusters[0].pool)
	vapp, err := pool.CreateVApp(s.ctx, fieldVApp, types.DefaultResourceConfigSpec(), types.VAppConfigSpec{}, s.folders[""])
	if err != nil {
		return fmt.Errorf("creating the vApp: %w", err)
	}
	s.pools[fieldVApp] = vapp.Reference()
	return nil
}

// fieldAfter moves the vApp's VM under the vApp as vCenter has it (parent and parentVApp the
// vApp, not in a VM folder), then puts the datacenter into a folder and renames it.
func (s *scenario) fieldAfter(created map[string]types.ManagedObjectReference) error {
	vappRef := s.pools[fieldVApp]
	ref := created["field-02"]
	vm := simulator.Map.Get(ref).(*simulator.VirtualMachine)
	if vm.Parent != nil {
		if folder, ok := simulator.Map.Get(*vm.Parent).(*simulator.Folder); ok {
			simulator.Map.WithLock(folder, func() {
				var keep []types.ManagedObjectReference
				for _, c := range folder.ChildEntity {
					if c != ref {
						keep = append(keep, c)
					}
				}
				folder.ChildEntity = keep
			})
		}
	}
	simulator.Map.WithLock(vm, func() {
		vm.Parent = &vappRef
		vm.ParentVApp = &vappRef
	})

	root := object.NewRootFolder(s.c)
	europe, err := root.CreateFolder(s.ctx, fieldFolder)
	if err != nil {
		return fmt.Errorf("creating folder %s: %w", fieldFolder, err)
	}
	task, err := europe.MoveInto(s.ctx, []types.ManagedObjectReference{s.dc.Self})
	if err == nil {
		err = task.Wait(s.ctx)
	}
	if err != nil {
		return fmt.Errorf("moving the datacenter into %s: %w", fieldFolder, err)
	}
	simulator.Map.WithLock(s.dc, func() { s.dc.Name = fieldDatacenter })
	return nil
}

// strictFolder checks the datastore front's query before the simulator's handler sees it. The
// simulator looks dcPath and dsName up with govmomi's finder, which takes a datacenter's bare
// name, a glob, or nothing at all when there is one datacenter; vCenter takes the query as
// this does:
//
//   - the query is split at '&' and each value percent-decoded once, '+' read as a space (as a
//     form is decoded), so a bare '+' or '&' in a name reads as another name;
//   - dcPath is the datacenter's full inventory path from the root folder, each part compared
//     exactly with the names as the inventory stores them ("a%2fb" stays "a%2fb": a client that
//     sends it encoded once has it decoded to "a/b", another path);
//   - dsName is exactly the name of one of that datacenter's datastores.
//
// Anything else is 404, as vCenter answers. GET and HEAD are then served from the datastore's
// directory here (Range answered by http.ServeContent); other methods go on to the simulator.
func strictFolder(model *simulator.Model, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, folderPrefix) {
			next.ServeHTTP(w, r)
			return
		}
		ds, why := resolveFolderQuery(model, r.URL.RawQuery)
		if ds == nil {
			log.Printf("vcsim: /folder refused (%s): %s", why, r.URL.RawQuery)
			http.Error(w, why, http.StatusNotFound)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		dir := ds.Info.GetDatastoreInfo().Url
		rel := path.Clean("/" + strings.TrimPrefix(r.URL.Path, folderPrefix))
		r2 := r.Clone(r.Context())
		r2.URL.Path = rel
		http.FileServer(http.Dir(dir)).ServeHTTP(w, r2)
	})
}

const folderPrefix = "/folder/"

func formDecode(raw string) (string, error) {
	return url.QueryUnescape(raw) // '+' is a space, %XX one byte
}

func resolveFolderQuery(model *simulator.Model, rawQuery string) (*simulator.Datastore, string) {
	values := map[string][]string{}
	for _, pair := range strings.Split(rawQuery, "&") {
		if pair == "" {
			continue
		}
		kv := strings.SplitN(pair, "=", 2)
		if len(kv) != 2 {
			continue
		}
		k, err1 := formDecode(kv[0])
		v, err2 := formDecode(kv[1])
		if err1 != nil || err2 != nil {
			return nil, "bad percent-encoding"
		}
		values[k] = append(values[k], v)
	}
	if len(values["dcPath"]) != 1 || len(values["dsName"]) != 1 {
		return nil, "dcPath and dsName must be given once each"
	}
	dcPath, dsName := values["dcPath"][0], values["dsName"][0]

	var cur mo.Reference = simulator.Map.Get(model.ServiceContent.RootFolder)
	parts := strings.Split(strings.Trim(dcPath, "/"), "/")
	for _, part := range parts {
		folder, ok := cur.(*simulator.Folder)
		if !ok {
			return nil, fmt.Sprintf("dcPath %q does not lead to a datacenter", dcPath)
		}
		var next mo.Reference
		for _, c := range folder.ChildEntity {
			if e, ok := simulator.Map.Get(c).(mo.Entity); ok && e.Entity().Name == part {
				next = simulator.Map.Get(c)
				break
			}
		}
		if next == nil {
			return nil, fmt.Sprintf("no %q in the inventory path %q", part, dcPath)
		}
		cur = next
	}
	dc, ok := cur.(*simulator.Datacenter)
	if !ok {
		return nil, fmt.Sprintf("dcPath %q is not a datacenter", dcPath)
	}
	for _, ref := range dc.Datastore {
		if ds, ok := simulator.Map.Get(ref).(*simulator.Datastore); ok && ds.Name == dsName {
			return ds, ""
		}
	}
	return nil, fmt.Sprintf("no datastore %q in %q", dsName, dcPath)
}
