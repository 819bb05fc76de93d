<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchService</name>
    <message numerus="yes">
        <location filename="../src/core/batch/batchservice.cpp" line="+149"/>
        <source>... and %n more instance(s) where the expression failed.</source>
        <translation>
            <numerusform>... and %n more instance where the expression failed.</numerusform>
            <numerusform>... and %n more instances where the expression failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+611"/>
        <source>%n instance(s) of batch %1 are past the point of no return (their source was powered off for the final copy); pass --force to reset anyway.</source>
        <translation>
            <numerusform>%n instance of batch %1 is past the point of no return (its source was powered off for the final copy); pass --force to reset anyway.</numerusform>
            <numerusform>%n instances of batch %1 are past the point of no return (their source was powered off for the final copy); pass --force to reset anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message numerus="yes">
        <location filename="../src/core/batch/preflight.cpp" line="+411"/>
        <source>New guest addresses are set for %n NIC(s), but guest conversion is off for this batch, and only the conversion writes them into the guest.</source>
        <translation>
            <numerusform>A new guest address is set for %n NIC, but guest conversion is off for this batch, and only the conversion writes it into the guest.</numerusform>
            <numerusform>New guest addresses are set for %n NICs, but guest conversion is off for this batch, and only the conversion writes them into the guest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>The VM has %n snapshot(s); the target gets its current state only.</source>
        <translation>
            <numerusform>The VM has %n snapshot; the target gets its current state only.</numerusform>
            <numerusform>The VM has %n snapshots; the target gets its current state only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::convert</name>
    <message numerus="yes">
        <location filename="../src/core/convert/guestdryrun.cpp" line="+219"/>
        <source>At first boot, %n NIC(s) get their static IP configuration (or the new address given) on the virtio adapter with the same MAC; drive letters restored.</source>
        <translation>
            <numerusform>At first boot, %n NIC gets its static IP configuration (or the new address given) on the virtio adapter with the same MAC; drive letters restored.</numerusform>
            <numerusform>At first boot, %n NICs get their static IP configuration (or the new address given) on the virtio adapter with the same MAC; drive letters restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::engine::MigrationJob</name>
    <message numerus="yes">
        <location filename="../src/core/engine/migrationjob.cpp" line="+603"/>
        <source>Disk %1 has %n snapshot delta(s), read merged over the base: %2 (%3 MiB in the deltas)</source>
        <translation>
            <numerusform>Disk %1 has %n snapshot delta, read merged over the base: %2 (%3 MiB in the delta)</numerusform>
            <numerusform>Disk %1 has %n snapshot deltas, read merged over the base: %2 (%3 MiB in the deltas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+724"/>
        <source>Importing %n disks in one instance backup</source>
        <translation>
            <numerusform>Importing %n disk in one instance backup</numerusform>
            <numerusform>Importing %n disks in one instance backup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Target %1 has the API extension dependent: the %n extra disks go into the instance backup as dependent volumes and land with the VM</source>
        <translation>
            <numerusform>Target %1 has the API extension dependent: the %n extra disk goes into the instance backup as a dependent volume and lands with the VM</numerusform>
            <numerusform>Target %1 has the API extension dependent: the %n extra disks go into the instance backup as dependent volumes and land with the VM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Disk %1: %n reads retried</source>
        <translation>
            <numerusform>Disk %1: %n read retried</numerusform>
            <numerusform>Disk %1: %n reads retried</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::AddTargetConnectPage</name>
    <message numerus="yes">
        <location filename="../src/gui/targets/addtargetconnectpage.cpp" line="+185"/>
        <source>The code is valid for %n minute(s). Stop cancels the sign-in.</source>
        <translation>
            <numerusform>The code is valid for %n minute. Stop cancels the sign-in.</numerusform>
            <numerusform>The code is valid for %n minutes. Stop cancels the sign-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::AddTargetSummaryPage</name>
    <message numerus="yes">
        <location filename="../src/gui/targets/addtargetsummarypage.cpp" line="+156"/>
        <source>%1, plus %n unmanaged interface(s) of the host</source>
        <translation>
            <numerusform>%1, plus %n unmanaged interface of the host</numerusform>
            <numerusform>%1, plus %n unmanaged interfaces of the host</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::BatchPreflightPage</name>
    <message numerus="yes">
        <location filename="../src/gui/batches/batchpreflightpage.cpp" line="+132"/>
        <source>The last conversion dry run of %n instance(s).</source>
        <translation>
            <numerusform>The last conversion dry run of %n instance.</numerusform>
            <numerusform>The last conversion dry run of %n instances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Inspecting %n instance(s) read-only; about 1 to 2 minutes each…</source>
        <translation>
            <numerusform>Inspecting %n instance read-only; about 1 to 2 minutes…</numerusform>
            <numerusform>Inspecting %n instances read-only; about 1 to 2 minutes each…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n instance(s) checked: %1 blocked by a critical finding, %2 with warnings, %3 ready.</source>
        <translation>
            <numerusform>%n instance checked: %1 blocked by a critical finding, %2 with warnings, %3 ready.</numerusform>
            <numerusform>%n instances checked: %1 blocked by a critical finding, %2 with warnings, %3 ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::BatchSelectionPage</name>
    <message numerus="yes">
        <location filename="../src/gui/batches/batchselectionpage.cpp" line="+146"/>
        <source>%Ln of %1 instance(s) match.</source>
        <translation>
            <numerusform>%Ln of %1 instances matches.</numerusform>
            <numerusform>%Ln of %1 instances match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::BatchesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/batches/batchespage.cpp" line="+273"/>
        <source>%1: %2, %Ln instance(s) selected now, %3 queued.</source>
        <translation>
            <numerusform>%1: %2, %Ln instance selected now, %3 queued.</numerusform>
            <numerusform>%1: %2, %Ln instances selected now, %3 queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2, %Ln instance(s) selected now, %3 queued, target %4.</source>
        <translation>
            <numerusform>%1: %2, %Ln instance selected now, %3 queued, target %4.</numerusform>
            <numerusform>%1: %2, %Ln instances selected now, %3 queued, target %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::EngineController</name>
    <message numerus="yes">
        <location filename="../src/gui/queue/enginecontroller.cpp" line="+132"/>
        <source>Engine running in this window: %n migration(s)</source>
        <translation>
            <numerusform>Engine running in this window: %n migration</numerusform>
            <numerusform>Engine running in this window: %n migrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::InstancesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/instances/instancespage.cpp" line="+346"/>
        <source>%Ln instance(s)</source>
        <translation>
            <numerusform>%Ln instance</numerusform>
            <numerusform>%Ln instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%L1 of %Ln instance(s) match</source>
        <translation>
            <numerusform>%L1 of %Ln instance matches</numerusform>
            <numerusform>%L1 of %Ln instances match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="+594"/>
        <source>%n migration(s) are running in this window.</source>
        <translation>
            <numerusform>%n migration is running in this window.</numerusform>
            <numerusform>%n migrations are running in this window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::QueueNotifier</name>
    <message numerus="yes">
        <location filename="../src/gui/queue/queuenotifier.cpp" line="+51"/>
        <source>%n instance(s) migrated (%1).</source>
        <translation>
            <numerusform>%n instance migrated (%1).</numerusform>
            <numerusform>%n instances migrated (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::SourceSummaryPage</name>
    <message numerus="yes">
        <location filename="../src/gui/sources/sourcesummarypage.cpp" line="+120"/>
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln template</numerusform>
            <numerusform>%Ln templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln vSphere system VM(s)</source>
        <translation>
            <numerusform>%Ln vSphere system VM</numerusform>
            <numerusform>%Ln vSphere system VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln VM(s) no longer on the source</source>
        <translation>
            <numerusform>%Ln VM no longer on the source</numerusform>
            <numerusform>%Ln VMs no longer on the source</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::SourceSyncPage</name>
    <message numerus="yes">
        <location filename="../src/gui/sources/sourcesyncpage.cpp" line="+124"/>
        <source>%Ln VM(s) read</source>
        <translation>
            <numerusform>%Ln VM read</numerusform>
            <numerusform>%Ln VMs read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %Ln VM(s).</source>
        <translation>
            <numerusform>Imported %Ln VM.</numerusform>
            <numerusform>Imported %Ln VMs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln network(s) found.</source>
        <translation>
            <numerusform>%Ln network found.</numerusform>
            <numerusform>%Ln networks found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::SourcesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/sources/sourcespage.cpp" line="+465"/>
        <source>Its %Ln imported VM(s) and its networks are removed from Ferry, and its password from the keychain. Nothing changes on the server.</source>
        <translation>
            <numerusform>Its imported VM and its networks are removed from Ferry, and its password from the keychain. Nothing changes on the server.</numerusform>
            <numerusform>Its %Ln imported VMs and its networks are removed from Ferry, and its password from the keychain. Nothing changes on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::SyncDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/sources/syncdialog.cpp" line="+115"/>
        <source>%Ln VM(s) read</source>
        <translation>
            <numerusform>%Ln VM read</numerusform>
            <numerusform>%Ln VMs read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln VM(s)</source>
        <translation>
            <numerusform>%Ln VM</numerusform>
            <numerusform>%Ln VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln network(s)</source>
        <translation>
            <numerusform>%Ln network</numerusform>
            <numerusform>%Ln networks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::TargetSettingsWidget</name>
    <message numerus="yes">
        <location filename="../src/gui/targets/targetsettingswidget.cpp" line="+99"/>
        <source>%n certificate authorities stored; choose a file to replace them</source>
        <translation>
            <numerusform>%n certificate authority stored; choose a file to replace it</numerusform>
            <numerusform>%n certificate authorities stored; choose a file to replace them</numerusform>
        </translation>
    </message>
</context>
</TS>
