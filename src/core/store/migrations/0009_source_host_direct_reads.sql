-- Ferry schema version 9: host-direct reads for a vCenter source (issue 13, docs/sources.md).
-- 1: each disk is read from the ESXi host that runs the VM with a one-time service ticket per
-- read (AcquireGenericServiceTicket), falling back to vCenter; 0 (the default): through vCenter.
ALTER TABLE sources ADD COLUMN host_direct_reads INTEGER NOT NULL DEFAULT 0;
