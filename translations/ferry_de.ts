<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about/aboutdialog.ui"/>
        <source>About Ferry</source>
        <translation>Über Ferry</translation>
    </message>
    <message>
        <location/>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <location/>
        <source>Moves virtual machines from VMware vSphere to Incus and LXD.</source>
        <translation>Verschiebt virtuelle Maschinen von VMware vSphere nach Incus und LXD.</translation>
    </message>
</context>
<context>
    <name>ArtifactRepository</name>
    <message>
        <location filename="../src/core/store/artifactrepository.cpp" line="+56"/>
        <source>No artifact %1.</source>
        <translation>Kein Artefakt %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An artifact needs a type.</source>
        <translation>Ein Artefakt braucht einen Typ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An artifact with the UUID %1 already exists.</source>
        <translation>Ein Artefakt mit der UUID %1 gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>ArtifactService</name>
    <message>
        <location filename="../src/core/artifacts/artifactservice.cpp" line="+36"/>
        <location line="+16"/>
        <location line="+10"/>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a file Ferry can read.</source>
        <translation>%1 ist keine Datei, die Ferry lesen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an ISO 9660 image (a virtio-win driver ISO is one).</source>
        <translation>%1 ist kein ISO-9660-Abbild (ein virtio-win-Treiber-ISO ist eines).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no virtio-win drivers: no viostor, vioscsi, NetKVM or Balloon folder with &lt;Windows version&gt;/&lt;architecture&gt; folders in it. Use the virtio-win ISO from the Fedora project (virtio-win.iso).</source>
        <translation>%1 enthält keine virtio-win-Treiber: kein Ordner viostor, vioscsi, NetKVM oder Balloon mit Ordnern &lt;Windows-Version&gt;/&lt;Architektur&gt; darin. Verwenden Sie das virtio-win-ISO des Fedora-Projekts (virtio-win.iso).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This file was added already: artifact %1 (%2).</source>
        <translation>Diese Datei wurde bereits hinzugefügt: Artefakt %1 (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A virtio-win driver ISO is there now: waiting to run again</source>
        <translation>Ein virtio-win-Treiber-ISO ist jetzt vorhanden: wartet auf den nächsten Lauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A virtio-win driver ISO was added: the entry waits to run again</source>
        <translation>Ein virtio-win-Treiber-ISO wurde hinzugefügt: der Eintrag wartet auf den nächsten Lauf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file of artifact %1 (%2) is not on this host at %3: copy it there from where it was added (SHA-256 %4), or run the migration on an engine that has it.</source>
        <translation>Die Datei von Artefakt %1 (%2) liegt auf diesem Rechner nicht unter %3: Kopieren Sie sie von dort, wo sie hinzugefügt wurde, hierher (SHA-256 %4), oder führen Sie die Migration auf einer Engine aus, die sie hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file of artifact %1 at %2 on this host is not the one that was added: %3 bytes, not %4. Copy it again (SHA-256 %5).</source>
        <translation>Die Datei von Artefakt %1 unter %2 auf diesem Rechner ist nicht die hinzugefügte: %3 Bytes statt %4. Kopieren Sie sie erneut (SHA-256 %5).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file of artifact %1 at %2 on this host is not the one that was added: its SHA-256 is %3, not %4. Copy it again.</source>
        <translation>Die Datei von Artefakt %1 unter %2 auf diesem Rechner ist nicht die hinzugefügte: ihr SHA-256 ist %3 statt %4. Kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/artifacts/isolisting.cpp" line="+51"/>
        <source>Cannot read ISO images on this computer: xorriso is not installed (Debian package xorriso).</source>
        <translation>Auf diesem Computer können keine ISO-Abbilder gelesen werden: xorriso ist nicht installiert (Debian-Paket xorriso).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>xorriso did not finish reading %1.</source>
        <translation>xorriso hat das Lesen von %1 nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be read as an ISO 9660 image.</source>
        <translation>%1 konnte nicht als ISO-9660-Abbild gelesen werden.</translation>
    </message>
</context>
<context>
    <name>BatchRepository</name>
    <message>
        <location filename="../src/core/store/batchrepository.cpp" line="+79"/>
        <source>No batch %1.</source>
        <translation>Kein Batch %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A batch needs a name.</source>
        <translation>Ein Batch braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A migration window of the batch %1 has no name.</source>
        <translation>Ein Migrationsfenster des Batches %1 hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The batch %1 has two migration windows named %2.</source>
        <translation>Der Batch %1 hat zwei Migrationsfenster namens %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A constraint of the batch %1 has no name.</source>
        <translation>Eine Bedingung des Batches %1 hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch %1 has two constraints named %2.</source>
        <translation>Der Batch %1 hat zwei Bedingungen namens %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A batch named %1 already exists.</source>
        <translation>Einen Batch namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target with id %1.</source>
        <translation>Kein Ziel mit der ID %1.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Unknown batch status %1.</source>
        <translation>Unbekannter Batch-Status %1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The batch %1 cannot match an instance that does not exist.</source>
        <translation>Der Batch %1 kann keine Instanz auswählen, die es nicht gibt.</translation>
    </message>
</context>
<context>
    <name>BatchService</name>
    <message>
        <location filename="../src/core/batch/batchrules.cpp" line="+62"/>
        <source>A batch needs a name.</source>
        <translation>Ein Batch braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name %1 may not contain control characters, slashes or spaces at either end.</source>
        <translation>Der Name %1 darf keine Steuerzeichen und keine Schrägstriche enthalten und weder mit einem Leerzeichen beginnen noch enden.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchservice.cpp" line="+132"/>
        <source>The include expression of batch %1 is not valid: %2</source>
        <translation>Der Auswahlausdruck des Batches %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>... and %n more instance(s) where the expression failed.</source>
        <translation>
            <numerusform>... und %n weitere Instanz, bei der der Ausdruck fehlschlug.</numerusform>
            <numerusform>... und %n weitere Instanzen, bei denen der Ausdruck fehlschlug.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The registered targets cannot be read: %1</source>
        <translation>Die registrierten Ziele können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The document names the batch %1, not %2.</source>
        <translation>Das Dokument nennt den Batch %1, nicht %2.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The name of a batch that has started cannot change (the batch is %1).</source>
        <translation>Der Name eines Batches, der schon gestartet ist, kann sich nicht mehr ändern (der Batch ist %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The include expression of a batch that has started cannot change (the batch is %1).</source>
        <translation>Der Auswahlausdruck eines Batches, der schon gestartet ist, kann sich nicht mehr ändern (der Batch ist %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default target of a batch that has started cannot change (the batch is %1).</source>
        <translation>Das Standardziel eines Batches, der schon gestartet ist, kann sich nicht mehr ändern (der Batch ist %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default project of a batch that has started cannot change (the batch is %1).</source>
        <translation>Das Standardprojekt eines Batches, der schon gestartet ist, kann sich nicht mehr ändern (der Batch ist %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default storage pool of a batch that has started cannot change (the batch is %1).</source>
        <translation>Der Standard-Speicherpool eines Batches, der schon gestartet ist, kann sich nicht mehr ändern (der Batch ist %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The migration network of a batch that has started cannot change (the batch is %1).</source>
        <translation>Das Migrationsnetzwerk eines Batches, der schon gestartet ist, kann sich nicht mehr ändern (der Batch ist %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The placement script cannot change while instances of the batch are being migrated.</source>
        <translation>Das Platzierungsskript kann sich nicht ändern, während Instanzen des Batches migriert werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The window %1 is assigned to queued instances; it cannot be removed or renamed.</source>
        <translation>Das Fenster %1 ist eingereihten Instanzen zugewiesen; es kann nicht entfernt oder umbenannt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The window %1 is assigned to queued instances; it can only become more permissive (an earlier start, a later end or lockout, more capacity).</source>
        <translation>Das Fenster %1 ist eingereihten Instanzen zugewiesen; es kann nur großzügiger werden (früherer Beginn, späteres Ende oder späterer Sperrbeginn, mehr Kapazität).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The constraint %1 applies to instances past the point of no return; it cannot change or be removed.</source>
        <translation>Die Bedingung %1 gilt für Instanzen, die den Punkt ohne Wiederkehr überschritten haben; sie kann weder geändert noch entfernt werden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Another batch is named %1.</source>
        <translation>Ein anderer Batch heißt bereits %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The batch was changed; placed again.</source>
        <translation>Der Batch wurde geändert und neu platziert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+276"/>
        <source>The batch %1 is running; stop it first (ferryctl batch stop %1).</source>
        <translation>Der Batch %1 läuft; halten Sie ihn zuerst an (ferryctl batch stop %1).</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>The batch %1 has instances being migrated; reset it first (ferryctl batch reset %1).</source>
        <translation>Im Batch %1 werden gerade Instanzen migriert; setzen Sie ihn zuerst zurück (ferryctl batch reset %1).</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+94"/>
        <source>already migrated by batch %1</source>
        <translation>bereits von Batch %1 migriert</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+95"/>
        <source>held by the running batch %1</source>
        <translation>vom laufenden Batch %1 belegt</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The batch %1 is %2; only a Defined, Stopped or Error batch can start.</source>
        <translation>Der Batch %1 ist %2; nur ein Batch im Status Defined, Stopped oder Error kann starten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The batch %1 cannot start; in its YAML (ferryctl batch show %1), %2</source>
        <translation>Der Batch %1 kann nicht starten; in seinem YAML (ferryctl batch show %1): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The batch %1 cannot start: every migration window has ended or is locked out.</source>
        <translation>Der Batch %1 kann nicht starten: Jedes Migrationsfenster ist abgelaufen oder gesperrt.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The batch %1 cannot start: its include expression selects no instance.</source>
        <translation>Der Batch %1 kann nicht starten: Sein Auswahlausdruck wählt keine Instanz aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch %1 cannot start: every instance it selects is held by another running batch or already migrated.</source>
        <translation>Der Batch %1 kann nicht starten: Jede Instanz, die er auswählt, ist von einem anderen laufenden Batch belegt oder bereits migriert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The batch %1 is %2, not running.</source>
        <translation>Der Batch %1 ist %2 und läuft nicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n instance(s) of batch %1 are past the point of no return (their source was powered off for the final copy); pass --force to reset anyway.</source>
        <translation>
            <numerusform>%n Instanz des Batches %1 hat den Punkt ohne Wiederkehr überschritten (ihre Quelle wurde für die letzte Kopie ausgeschaltet); geben Sie --force an, um trotzdem zurückzusetzen.</numerusform>
            <numerusform>%n Instanzen des Batches %1 haben den Punkt ohne Wiederkehr überschritten (ihre Quelle wurde für die letzte Kopie ausgeschaltet); geben Sie --force an, um trotzdem zurückzusetzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchWindowsPage</name>
    <message>
        <location filename="../src/gui/batches/windowsdelegate.cpp" line="+23"/>
        <location filename="../src/gui/batches/windowsmodel.cpp" line="+92"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>BatchYaml</name>
    <message>
        <location filename="../src/core/batch/batchyamlsuggest.cpp" line="+27"/>
        <source> Did you mean %1?</source>
        <translation> Meinten Sie %1?</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchyamlfields.cpp" line="+27"/>
        <source>the batch</source>
        <translation>der Batch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a mapping (key: value lines).</source>
        <translation>%1 muss eine Zuordnung sein (Zeilen der Form Schlüssel: Wert).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys in %1 must be plain words.</source>
        <translation>Schlüssel in %1 müssen einfache Wörter sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown key %1 in %2.%3</source>
        <translation>Unbekannter Schlüssel %1 in %2.%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key %1 appears twice in %2.</source>
        <translation>Der Schlüssel %1 kommt in %2 zweimal vor.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 must be a list (lines starting with &quot;- &quot;, or []).</source>
        <translation>%1 muss eine Liste sein (Zeilen, die mit &quot;- &quot; beginnen, oder []).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be text, not a %2.</source>
        <translation>%1 muss Text sein, keine %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 muss true oder false sein, nicht %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht %4.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <location filename="../src/core/batch/batchyamlschema.cpp" line="+43"/>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchyamlschema.cpp" line="-41"/>
        <source>%1 is empty; write true to select everything.</source>
        <translation>%1 ist leer; schreiben Sie true, um alles auszuwählen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: this build of Ferry cannot run placement scripts (it was built without Qt QML).</source>
        <translation>%1: Dieser Build von Ferry kann keine Platzierungsskripte ausführen (er wurde ohne Qt QML gebaut).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, line %2 of the script: %3</source>
        <translation>%1, Zeile %2 des Skripts: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document is larger than %1 bytes.</source>
        <translation>Das Dokument ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The document is nested too deeply.</source>
        <translation>Das Dokument ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>This is not valid YAML: %1.</source>
        <translation>Das ist kein gültiges YAML: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document is empty; a batch needs at least a name.</source>
        <translation>Das Dokument ist leer; ein Batch braucht mindestens einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one document is allowed (remove the &quot;---&quot;).</source>
        <translation>Nur ein Dokument ist erlaubt (entfernen Sie das &quot;---&quot;).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The batch needs a name (name: ...).</source>
        <translation>Der Batch braucht einen Namen (name: ...).</translation>
    </message>
    <message>
        <source>The name %1 may not contain control characters, slashes or spaces at either end.</source>
        <translation type="vanished">Der Name %1 darf keine Steuerzeichen und keine Schrägstriche enthalten und weder mit einem Leerzeichen beginnen noch enden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>include_expression is empty; write true to select everything.</source>
        <translation>include_expression ist leer; schreiben Sie true, um alles auszuwählen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>The document cannot be read: %1.</source>
        <translation>Das Dokument kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchrules.cpp" line="-29"/>
        <source>The migration window %1 needs a name.</source>
        <translation>Das Migrationsfenster %1 braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two migration windows are named %1.</source>
        <translation>Zwei Migrationsfenster heißen %1.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchyamlschema.cpp" line="+52"/>
        <source>The capacity of window %1 is given twice (capacity and config.capacity).</source>
        <translation>Die Kapazität des Fensters %1 ist zweimal angegeben (capacity und config.capacity).</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchrules.cpp" line="+4"/>
        <source>The window %1 ends when it starts (%2).</source>
        <translation>Das Fenster %1 endet, wenn es beginnt (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window %1 ends (%2) before it starts (%3).</source>
        <translation>Das Fenster %1 endet (%2), bevor es beginnt (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lockout of window %1 (%2) is outside the window (%3 to %4).</source>
        <translation>Die Sperre des Fensters %1 (%2) liegt außerhalb des Fensters (%3 bis %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no end</source>
        <translation>kein Ende</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The window %1 (%2) overlaps the window %3 (%4); windows may not overlap.</source>
        <translation>Das Fenster %1 (%2) überschneidet sich mit dem Fenster %3 (%4); Fenster dürfen sich nicht überschneiden.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchyamlschema.cpp" line="+59"/>
        <source>The constraint %1 needs a name.</source>
        <translation>Die Bedingung %1 braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two constraints are named %1.</source>
        <translation>Zwei Bedingungen heißen %1.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is empty; leave it out for &quot;default&quot;.</source>
        <translation>%1 ist leer; lassen Sie es für &quot;default&quot; weg.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The migration network %1 needs a network name.</source>
        <translation>Das Migrationsnetzwerk %1 braucht einen Netzwerknamen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be managed, bridged, macvlan or physical, not %2.</source>
        <translation>%1 muss managed, bridged, macvlan oder physical sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 must be managed, bridged or physical, not %2.</source>
        <translation type="vanished">%1 muss managed, bridged oder physical sein, nicht %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Two migration networks are given for the same target and project; give one per target and project.</source>
        <translation>Für dasselbe Ziel und Projekt sind zwei Migrationsnetzwerke angegeben; geben Sie eines je Ziel und Projekt an.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>config.background_sync_interval must be longer than 0s.</source>
        <translation>config.background_sync_interval muss länger als 0s sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>config.final_background_sync_limit (%1) is longer than config.background_sync_interval (%2); it must not be.</source>
        <translation>config.final_background_sync_limit (%1) ist länger als config.background_sync_interval (%2); das ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown target %1: no target is registered (ferryctl target add).</source>
        <translation>Unbekanntes Ziel %1: Es ist kein Ziel registriert (ferryctl target add).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown target %1.%2 Registered: %3.</source>
        <translation>Unbekanntes Ziel %1.%2 Registriert: %3.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The target %1 has no project %2.%3 It has: %4.</source>
        <translation>Das Ziel %1 hat kein Projekt %2.%3 Es hat: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target %1 has no storage pool %2.%3 It has: %4.</source>
        <translation>Das Ziel %1 hat keinen Speicherpool %2.%3 Es hat: %4.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The target %1 has no project %2.</source>
        <translation>Das Ziel %1 hat kein Projekt %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The target %1 has no network %2 in project %3.%4</source>
        <translation>Das Ziel %1 hat kein Netzwerk %2 im Projekt %3.%4</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchyaml.cpp" line="+26"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The batch has no problem.</source>
        <translation>Der Batch hat kein Problem.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchtime.cpp" line="+33"/>
        <source>%1 is not a time; write it like 2025-12-01 01:00:00 (UTC) or 2025-12-01T01:00:00+02:00.</source>
        <translation>%1 ist keine Zeitangabe; schreiben Sie sie wie 2025-12-01 01:00:00 (UTC) oder 2025-12-01T01:00:00+02:00.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is not a duration; write it like 90s, 10m, 1h or 1h30m.</source>
        <translation>%1 ist keine Dauer; schreiben Sie sie wie 90s, 10m, 1h oder 1h30m.</translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <location filename="../src/gui/batches/batchesmodel.cpp" line="+35"/>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 UTC</source>
        <translation>ab %1 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 windows, from %2 UTC</source>
        <translation>%1 Fenster, ab %2 UTC</translation>
    </message>
</context>
<context>
    <name>ClientCertificate</name>
    <message>
        <location filename="../src/core/incus/clientcertificate.cpp" line="+27"/>
        <source>Ferry needs the openssl program to create a client certificate; install OpenSSL, or use an existing certificate and key.</source>
        <translation>Ferry braucht das Programm openssl, um ein Client-Zertifikat zu erstellen; installieren Sie OpenSSL oder verwenden Sie ein vorhandenes Zertifikat mit Schlüssel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot run openssl.</source>
        <translation>openssl kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>openssl did not finish within a minute.</source>
        <translation>openssl wurde nicht innerhalb einer Minute fertig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>openssl failed.</source>
        <translation>openssl ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The client certificate is not a PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Das Client-Zertifikat ist kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The client key is protected by a passphrase; Ferry needs it unencrypted (it keeps it in the system keychain): openssl pkey -in KEY -out KEY.plain</source>
        <translation>Der Client-Schlüssel ist durch eine Passphrase geschützt; Ferry braucht ihn unverschlüsselt (es bewahrt ihn im Schlüsselbund des Systems auf): openssl pkey -in KEY -out KEY.plain</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The client key is not a PEM private key (EC or RSA).</source>
        <translation>Der Client-Schlüssel ist kein privater PEM-Schlüssel (EC oder RSA).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>openssl did not print a key and a certificate.</source>
        <translation>openssl hat keinen Schlüssel und kein Zertifikat ausgegeben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The client certificate expired on %1; Incus and LXD refuse it.</source>
        <translation>Das Client-Zertifikat ist am %1 abgelaufen; Incus und LXD lehnen es ab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client key does not belong to the client certificate.</source>
        <translation>Der Client-Schlüssel gehört nicht zum Client-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>CredentialDestination</name>
    <message>
        <location filename="../src/core/secrets/credentialdestination.cpp" line="+32"/>
        <source>This process runs with systemd credentials (CREDENTIALS_DIRECTORY=%1), which are read-only: run the command outside the service.</source>
        <translation>Dieser Prozess läuft mit systemd-Credentials (CREDENTIALS_DIRECTORY=%1), die nur gelesen werden können: Führen Sie den Befehl außerhalb des Dienstes aus.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../src/core/secrets/credentialstore.cpp" line="+127"/>
        <source>The system keychain did not answer while %1. It may be locked or waiting for a password: unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat beim %1 nicht geantwortet. Er ist vielleicht gesperrt oder wartet auf ein Passwort: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain is locked, so Ferry cannot read its secrets while %1. Unlock it (log in to the desktop session or open your keyring manager) and try again. Nothing was read from anywhere else.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher kann Ferry beim %1 seine Geheimnisse nicht lesen. Entsperren Sie ihn (melden Sie sich an der Desktop-Sitzung an oder öffnen Sie Ihre Schlüsselbundverwaltung) und versuchen Sie es erneut. Nichts wurde anderswo gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain has no such entry.</source>
        <translation>Der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain refused access while %1.</source>
        <translation>Der Schlüsselbund des Systems hat beim %1 den Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No usable system keychain while %1. Ferry keeps passwords and keys only in the keychain (Secret Service such as GNOME Keyring or KWallet on Linux, Credential Manager on Windows); start or unlock it and try again. Nothing was stored elsewhere.</source>
        <translation>Beim %1 war kein nutzbarer Schlüsselbund des Systems verfügbar. Ferry bewahrt Passwörter und Schlüssel nur im Schlüsselbund auf (Secret Service wie GNOME Keyring oder KWallet unter Linux, Anmeldeinformationsverwaltung unter Windows); starten oder entsperren Sie ihn und versuchen Sie es erneut. Nichts wurde anderswo gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ferry runs with systemd credentials (CREDENTIALS_DIRECTORY=%1), which are read-only, so it cannot go on %2 (credential %3). Change the secret outside the service (ferryctl source login or target login with --systemd-creds, or with --keychain) and restart the service.</source>
        <translation>Ferry läuft mit systemd-Credentials (CREDENTIALS_DIRECTORY=%1), die nur gelesen werden können, und kann daher nicht mit %2 fortfahren (Credential %3). Ändern Sie das Geheimnis außerhalb des Dienstes (ferryctl source login oder target login mit --systemd-creds oder mit --keychain) und starten Sie den Dienst neu.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+13"/>
        <source>storing a secret</source>
        <translation>Speichern eines Geheimnisses</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the systemd credential %1.</source>
        <translation>Das systemd-Credential %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The systemd credential %1 is larger than 1 MiB: it is not a password or a key.</source>
        <translation>Das systemd-Credential %1 ist größer als 1 MiB: Es ist kein Passwort und kein Schlüssel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The secret %1 is neither a systemd credential (no file %2 in CREDENTIALS_DIRECTORY) nor in the keychain: %3 Store it with ferryctl source login or target login --systemd-creds and add its LoadCredentialEncrypted= line to the service.</source>
        <translation>Das Geheimnis %1 ist weder ein systemd-Credential (keine Datei %2 in CREDENTIALS_DIRECTORY) noch im Schlüsselbund: %3 Speichern Sie es mit ferryctl source login oder target login --systemd-creds und fügen Sie seine Zeile LoadCredentialEncrypted= dem Dienst hinzu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading a secret</source>
        <translation>Lesen eines Geheimnisses</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>removing a secret</source>
        <translation>Entfernen eines Geheimnisses</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/core/store/database.cpp" line="+46"/>
        <source>Database error while %1.</source>
        <translation>Datenbankfehler beim %1.</translation>
    </message>
    <message>
        <location line="+238"/>
        <location line="+24"/>
        <source>preparing a statement</source>
        <translation>Vorbereiten einer Anweisung</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+29"/>
        <source>writing or reading data</source>
        <translation>Schreiben oder Lesen von Daten</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+7"/>
        <source>starting a transaction</source>
        <translation>Beginnen einer Transaktion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database file is damaged.</source>
        <translation>Die Datenbankdatei ist beschädigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a Ferry database or cannot be read.</source>
        <translation>%1 ist keine Ferry-Datenbank oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 was written by a newer version of Ferry (schema %2; this Ferry knows up to %3). Install a newer Ferry or choose another data directory; the file was not changed.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Ferry geschrieben (Schema %2; dieses Ferry kennt bis %3). Installieren Sie ein neueres Ferry oder wählen Sie ein anderes Datenverzeichnis; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the database %1.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian and Ubuntu install the package libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; unter Debian und Ubuntu das Paket libqt6sql6-psql installieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot connect to the database %1.</source>
        <translation>Keine Verbindung zur Datenbank %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The database %1 was written by a newer version of Ferry (schema %2; this Ferry knows up to %3). Install a newer Ferry or choose another database; nothing was changed.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Ferry-Version geschrieben (Schema %2; dieses Ferry kennt bis %3). Installieren Sie ein neueres Ferry oder wählen Sie eine andere Datenbank; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not keep a copy of the database before upgrading it; nothing was changed.</source>
        <translation>Vor der Aktualisierung der Datenbank konnte keine Kopie angelegt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+57"/>
        <source>Upgrading the database to schema %1 failed; nothing was changed.</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <location filename="../src/core/appsettings/databasechoice.cpp" line="+41"/>
        <source>The server %1 did not accept the password of the user &quot;%2&quot;.</source>
        <translation>Der Server %1 hat das Passwort des Benutzers „%2“ nicht angenommen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server %1 could not be verified: its certificate is not signed by the CA file or does not name the host.</source>
        <translation>Der Server %1 ließ sich nicht prüfen: Sein Zertifikat ist nicht von der CA-Datei signiert oder nennt den Host nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 does not offer TLS; choose another TLS mode only if the network to it is trusted.</source>
        <translation>Der Server %1 bietet kein TLS an; wählen Sie einen anderen TLS-Modus nur, wenn das Netz zu ihm vertrauenswürdig ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing answers at %1: check the host, the port and that the server runs.</source>
        <translation>Unter %1 antwortet nichts: Prüfen Sie Host und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 has no database &quot;%2&quot;.</source>
        <translation>Der Server %1 hat keine Datenbank „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to the database %1.</source>
        <translation>Keine Verbindung zur Datenbank %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ferry cannot read its database choice in %1.</source>
        <translation>Ferry kann seine Datenbankwahl in %1 nicht lesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from the database chosen in Settings (%1)</source>
        <translation>aus der in den Einstellungen gewählten Datenbank (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ferry cannot create the directory of %1.</source>
        <translation>Ferry kann das Verzeichnis von %1 nicht anlegen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ferry cannot write its database choice to %1.</source>
        <translation>Ferry kann seine Datenbankwahl nicht in %1 schreiben.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter the host name or address of the PostgreSQL server.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des PostgreSQL-Servers ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>„%1“ ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank auf dem Server ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the user (role) Ferry logs in as.</source>
        <translation>Geben Sie den Benutzer (die Rolle) ein, als der Ferry sich anmeldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a TLS mode: %1.</source>
        <translation>Wählen Sie einen TLS-Modus: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Only a PostgreSQL database is tested.</source>
        <translation>Nur eine PostgreSQL-Datenbank wird getestet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian and Ubuntu install the package libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; installieren Sie unter Debian und Ubuntu das Paket libqt6sql6-psql.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../src/core/store/databasecopy.cpp" line="+45"/>
        <source>The two databases have different schema versions (%1 and %2); open both with the same Ferry first.</source>
        <translation>Die beiden Datenbanken haben verschiedene Schemaversionen (%1 und %2); öffnen Sie zuerst beide mit demselben Ferry.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database cannot be copied onto itself.</source>
        <translation>Die Datenbank kann nicht auf sich selbst kopiert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database %1 already holds Ferry data (table %2 is not empty); copy only into a new, empty database.</source>
        <translation>Die Datenbank %1 enthält bereits Ferry-Daten (Tabelle %2 ist nicht leer); kopieren Sie nur in eine neue, leere Datenbank.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The source database has no table %1.</source>
        <translation>Die Quelldatenbank hat keine Tabelle %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the table %1 failed.</source>
        <translation>Das Lesen der Tabelle %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing a row of the table %1 failed; the target was not changed.</source>
        <translation>Das Schreiben einer Zeile der Tabelle %1 ist fehlgeschlagen; das Ziel wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../src/core/store/databaseurl.cpp" line="+50"/>
        <source>The database URL is empty.</source>
        <translation>Die Datenbank-URL ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a database URL; use postgresql://USER@HOST:PORT/DATABASE or sqlite:///PATH/TO/FILE.</source>
        <translation>„%1“ ist keine Datenbank-URL; verwenden Sie postgresql://BENUTZER@HOST:PORT/DATENBANK oder sqlite:///PFAD/ZUR/DATEI.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An SQLite database URL names only a file: sqlite:///PATH/TO/FILE (&quot;%1&quot;).</source>
        <translation>Eine SQLite-Datenbank-URL nennt nur eine Datei: sqlite:///PFAD/ZUR/DATEI („%1“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An SQLite database URL needs an absolute file path: sqlite:///PATH/TO/FILE (&quot;%1&quot;).</source>
        <translation>Eine SQLite-Datenbank-URL braucht einen absoluten Dateipfad: sqlite:///PFAD/ZUR/DATEI („%1“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ferry keeps its state in SQLite or PostgreSQL; &quot;%1&quot; is neither (use postgresql://... or sqlite:///...).</source>
        <translation>Ferry speichert seinen Zustand in SQLite oder PostgreSQL; „%1“ ist keines von beiden (verwenden Sie postgresql://... oder sqlite:///...).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+33"/>
        <source>The database URL must not contain a password: give it in PGPASSWORD or in the PostgreSQL password file (~/.pgpass) instead.</source>
        <translation>Die Datenbank-URL darf kein Passwort enthalten: Geben Sie es stattdessen in PGPASSWORD oder in der PostgreSQL-Passwortdatei (~/.pgpass) an.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The database URL &quot;%1&quot; names no server: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die Datenbank-URL „%1“ nennt keinen Server: postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database URL &quot;%1&quot; has an invalid port.</source>
        <translation>Die Datenbank-URL „%1“ hat einen ungültigen Port.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database URL &quot;%1&quot; names no database: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die Datenbank-URL „%1“ nennt keine Datenbank: postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database URL has an unknown parameter &quot;%1&quot;; known: %2.</source>
        <translation>Die Datenbank-URL hat einen unbekannten Parameter „%1“; bekannt sind: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database URL&apos;s parameter &quot;%1&quot; has an invalid value.</source>
        <translation>Der Parameter „%1“ der Datenbank-URL hat einen ungültigen Wert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database URL&apos;s sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>Der sslmode „%1“ der Datenbank-URL ist keiner von %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database URL&apos;s connect_timeout must be a number of seconds.</source>
        <translation>Der connect_timeout der Datenbank-URL muss eine Anzahl Sekunden sein.</translation>
    </message>
</context>
<context>
    <name>Datastores</name>
    <message>
        <location filename="../src/core/vmware/datastore.cpp" line="+73"/>
        <source>The datastore refused to serve %1 (HTTP %2): the session is not logged in or its user may not browse the datastore.</source>
        <translation>Der Datenspeicher hat %1 verweigert (HTTP %2): Die Sitzung ist nicht angemeldet oder ihr Benutzer darf den Datenspeicher nicht durchsuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not on the datastore (HTTP 404).</source>
        <translation>%1 liegt nicht auf dem Datenspeicher (HTTP 404).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1 from the datastore failed (HTTP %2).</source>
        <translation>Das Lesen von %1 aus dem Datenspeicher ist fehlgeschlagen (HTTP %2).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The datastore answered a read of %1 with other bytes than asked.</source>
        <translation>Der Datenspeicher hat auf das Lesen von %1 mit anderen Bytes als den angefragten geantwortet.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading [%1] %2 from the datastore failed (HTTP %3).</source>
        <translation>Das Lesen von [%1] %2 aus dem Datenspeicher ist fehlgeschlagen (HTTP %3).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking for [%1] %2 on the datastore failed (HTTP %3).</source>
        <translation>Die Suche nach [%1] %2 im Datenspeicher ist fehlgeschlagen (HTTP %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>VM %1: cannot verify changed block tracking of disk %2: %3</source>
        <translation>VM %1: Die Änderungsverfolgung (CBT) von Disk %2 lässt sich nicht prüfen: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/core/vmware/datastorechain.cpp" line="+56"/>
        <location line="+80"/>
        <source>Disk %1 is not on a datastore.</source>
        <translation>Festplatte %1 liegt nicht auf einem Datenspeicher.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The datastore does not answer ranged reads of %1.</source>
        <translation>Der Datenspeicher beantwortet keine Bereichsabfragen (Range) für %1.</translation>
    </message>
    <message>
        <location filename="../src/core/vmware/datastorechain.cpp" line="-70"/>
        <source>The snapshot chain of %1 names the parent disk [%2] %3, which is not on the datastore; consolidate the disk&apos;s snapshots in vSphere.</source>
        <translation>Die Snapshot-Kette von %1 nennt die übergeordnete Festplatte [%2] %3, die nicht auf dem Datenspeicher liegt; konsolidieren Sie die Snapshots der Festplatte in vSphere.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[%1] %2 is not a disk descriptor.</source>
        <translation>[%1] %2 ist keine Festplattenbeschreibung (Deskriptor).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The flat extent [%1] %2 is shorter than its descriptor says.</source>
        <translation>Der Flat-Extent [%1] %2 ist kürzer, als sein Deskriptor angibt.</translation>
    </message>
</context>
<context>
    <name>EngineLockRepository</name>
    <message>
        <location filename="../src/core/store/enginelockrepository.cpp" line="+56"/>
        <source>Another Ferry engine drives this database: process %1 on %2, running since %3, last heartbeat %4.</source>
        <translation>Eine andere Ferry-Engine steuert diese Datenbank: Prozess %1 auf %2, läuft seit %3, letztes Lebenszeichen %4.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>This engine no longer holds the lock of the database.</source>
        <translation>Diese Engine hält die Sperre der Datenbank nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This engine no longer holds the lock of the database: process %1 on %2 took it over.</source>
        <translation>Diese Engine hält die Sperre der Datenbank nicht mehr: Prozess %1 auf %2 hat sie übernommen.</translation>
    </message>
</context>
<context>
    <name>EngineReach</name>
    <message>
        <location filename="../src/core/engine/enginereach.cpp" line="+103"/>
        <source>sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>targets: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster members: %1</source>
        <translation>Cluster-Mitglieder: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no credentials for source %1</source>
        <translation>keine Zugangsdaten für Quelle %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no credentials for target %1</source>
        <translation>keine Zugangsdaten für Ziel %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The engine has no credential store.</source>
        <translation>Die Engine hat keinen Speicher für Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No engine is running</source>
        <translation>Keine Engine läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No running engine may take source %1 (restricted with --only-source)</source>
        <translation>Keine laufende Engine darf Quelle %1 übernehmen (eingeschränkt mit --only-source)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No running engine may take target %1 (restricted with --only-target)</source>
        <translation>Keine laufende Engine darf Ziel %1 übernehmen (eingeschränkt mit --only-target)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No running engine takes an entry without a cluster member (all are restricted with --only-member)</source>
        <translation>Keine laufende Engine nimmt einen Eintrag ohne Cluster-Mitglied (alle sind mit --only-member eingeschränkt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No running engine may take cluster member %1 (restricted with --only-member)</source>
        <translation>Keine laufende Engine darf das Cluster-Mitglied %1 übernehmen (eingeschränkt mit --only-member)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No running engine may take both source %1 and target %2 (restricted with --only-source and --only-target)</source>
        <translation>Keine laufende Engine darf zugleich Quelle %1 und Ziel %2 übernehmen (eingeschränkt mit --only-source und --only-target)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No engine has credentials for source %1</source>
        <translation>Keine Engine hat Zugangsdaten für Quelle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No engine has credentials for target %1</source>
        <translation>Keine Engine hat Zugangsdaten für Ziel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No engine has credentials for both source %1 and target %2</source>
        <translation>Keine Engine hat Zugangsdaten für Quelle %1 und Ziel %2 zugleich</translation>
    </message>
</context>
<context>
    <name>EngineRepository</name>
    <message>
        <location filename="../src/core/store/enginerepository.cpp" line="+44"/>
        <source>The engine %1 is not registered in the database (any more).</source>
        <translation>Die Engine %1 ist nicht (mehr) in der Datenbank eingetragen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The engine %1 is registered already.</source>
        <translation>Die Engine %1 ist bereits eingetragen.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ui/common/errordialog.ui"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location/>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <location filename="../src/core/expr/compiler.cpp" line="+109"/>
        <location filename="../src/core/expr/evaluator.cpp" line="+964"/>
        <source>the expression must be true or false, but it gives %1</source>
        <translation>der Ausdruck muss true oder false ergeben, ergibt aber %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&apos;%1&apos; needs true or false, but gets %2</source>
        <translation>&apos;%1&apos; braucht true oder false, bekommt aber %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; needs a number, but gets %2</source>
        <translation>&apos;%1&apos; braucht eine Zahl, bekommt aber %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;%1&apos; needs true or false on both sides, but one side is %2</source>
        <translation>&apos;%1&apos; braucht auf beiden Seiten true oder false, aber eine Seite ist %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the condition before &apos;?&apos; must be true or false, but it is %1</source>
        <translation>die Bedingung vor &apos;?&apos; muss true oder false sein, ist aber %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../src/core/expr/evaluator.cpp" line="-750"/>
        <source>internal error: unexpected node</source>
        <translation>interner Fehler: unerwarteter Knoten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a function: call it as %2</source>
        <translation>%1 ist eine Funktion: Rufen Sie sie als %2 auf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown field &apos;%1&apos;; did you mean &apos;%2&apos;? The fields are: %3</source>
        <translation>unbekanntes Feld &apos;%1&apos;; meinten Sie &apos;%2&apos;? Die Felder sind: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown field &apos;%1&apos;; the fields are: %2</source>
        <translation>unbekanntes Feld &apos;%1&apos;; die Felder sind: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;#&apos; can only be used inside a predicate</source>
        <translation>&apos;#&apos; kann nur innerhalb eines Prädikats verwendet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown #%1: inside a predicate, # is the element and #index its position</source>
        <translation>unbekanntes #%1: Innerhalb eines Prädikats ist # das Element und #index seine Position</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has no field &apos;%2&apos;; its fields are: %3</source>
        <translation>%1 hat kein Feld &apos;%2&apos;; die Felder sind: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no field &apos;%2&apos;; did you mean &apos;%3&apos;? Its fields are: %4</source>
        <translation>%1 hat kein Feld &apos;%2&apos;; meinten Sie &apos;%3&apos;? Die Felder sind: %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a list has no field &apos;%1&apos;: use an index, as in disks[0].%1, or a predicate, as in any(disks, .%1 ...)</source>
        <translation>eine Liste hat kein Feld &apos;%1&apos;: Verwenden Sie einen Index wie in disks[0].%1 oder ein Prädikat wie in any(disks, .%1 ...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/core/expr/evaluator.cpp" line="+339"/>
        <source>cannot read the field &apos;%1&apos; of %2</source>
        <translation>das Feld &apos;%1&apos; von %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a list index must be a number, but this is %1</source>
        <translation>ein Listenindex muss eine Zahl sein, dieser ist aber %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/core/expr/evaluator.cpp" line="-19"/>
        <location line="+33"/>
        <source>a config key must be text, but this is %1</source>
        <translation>ein config-Schlüssel muss Text sein, dieser ist aber %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a text index must be a number, but this is %1</source>
        <translation>ein Textindex muss eine Zahl sein, dieser ist aber %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/core/expr/evaluator.cpp" line="+4"/>
        <source>%1 cannot be indexed with [...]</source>
        <translation>%1 kann nicht mit [...] indiziert werden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&apos;%1&apos; compares numbers or texts, but the left side is %2</source>
        <translation>&apos;%1&apos; vergleicht Zahlen oder Texte, aber die linke Seite ist %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; compares numbers or texts, but the right side is %2</source>
        <translation>&apos;%1&apos; vergleicht Zahlen oder Texte, aber die rechte Seite ist %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; cannot compare %2 with %3</source>
        <translation>&apos;%1&apos; kann %2 nicht mit %3 vergleichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;in&apos; looks for an element of a list or a key of config; to look for text in text, use contains</source>
        <translation>&apos;in&apos; sucht ein Element einer Liste oder einen Schlüssel von config; um Text in Text zu suchen, verwenden Sie contains</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/expr/evaluator.cpp" line="-175"/>
        <source>&apos;in&apos; needs a list or config on its right, but gets %1</source>
        <translation>&apos;in&apos; braucht rechts eine Liste oder config, bekommt aber %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>config keys are text, but the left side of &apos;in&apos; is %1</source>
        <translation>config-Schlüssel sind Text, aber die linke Seite von &apos;in&apos; ist %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; needs text on both sides, but the left side is %2</source>
        <translation>&apos;%1&apos; braucht auf beiden Seiten Text, aber die linke Seite ist %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; needs text on both sides, but the right side is %2</source>
        <translation>&apos;%1&apos; braucht auf beiden Seiten Text, aber die rechte Seite ist %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the regular expression is not valid: %1 (at character %2 of the pattern)</source>
        <translation>der reguläre Ausdruck ist ungültig: %1 (bei Zeichen %2 des Musters)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the regular expression is not valid: %1</source>
        <translation>der reguläre Ausdruck ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;+&apos; joins two texts or adds two numbers, but gets %1 and %2</source>
        <translation>&apos;+&apos; verbindet zwei Texte oder addiert zwei Zahlen, bekommt aber %1 und %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; needs numbers, but gets %2 and %3</source>
        <translation>&apos;%1&apos; braucht Zahlen, bekommt aber %2 und %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/core/expr/evaluator.cpp" line="+116"/>
        <source>&apos;%&apos; needs whole numbers</source>
        <translation>&apos;%&apos; braucht ganze Zahlen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 needs %2 as its argument %3, but gets %4</source>
        <translation>%1 braucht %2 als Argument %3, bekommt aber %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown function &apos;%1&apos;; did you mean &apos;%2&apos;? The functions are: %3</source>
        <translation>unbekannte Funktion &apos;%1&apos;; meinten Sie &apos;%2&apos;? Die Funktionen sind: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown function &apos;%1&apos;; the functions are: %2</source>
        <translation>unbekannte Funktion &apos;%1&apos;; die Funktionen sind: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 takes 1 argument</source>
        <translation>%1 nimmt 1 Argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes %2 arguments</source>
        <translation>%1 nimmt %2 Argumente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes %2 or %3 arguments</source>
        <translation>%1 nimmt %2 oder %3 Argumente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>but 1 is given</source>
        <translation>aber 1 ist angegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>but %1 are given</source>
        <translation>aber %1 sind angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs a list as its first argument, but gets %2</source>
        <translation>%1 braucht als erstes Argument eine Liste, bekommt aber %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the predicate of %1 must be true or false, but it gives %2</source>
        <translation>das Prädikat von %1 muss true oder false ergeben, ergibt aber %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../src/core/expr/evaluator.cpp" line="+310"/>
        <source>len needs text, a list or config, but gets %1</source>
        <translation>len braucht Text, eine Liste oder config, bekommt aber %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+11"/>
        <location filename="../src/core/expr/fields.cpp" line="+187"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../src/core/expr/fields.cpp" line="-2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <location filename="../src/core/expr/fields.cpp" line="+4"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/core/expr/evaluator.cpp" line="+109"/>
        <source>internal error: unexpected function</source>
        <translation>interner Fehler: unerwartete Funktion</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the pattern is not valid: %1</source>
        <translation>das Muster ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../src/core/expr/evaluator.cpp" line="-790"/>
        <source>&apos;not&apos; needs true or false, but gets %1</source>
        <translation>&apos;not&apos; braucht true oder false, bekommt aber %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;-&apos; needs a number, but gets %1</source>
        <translation>&apos;-&apos; braucht eine Zahl, bekommt aber %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;+&apos; needs a number, but gets %1</source>
        <translation>&apos;+&apos; braucht eine Zahl, bekommt aber %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>expected true or false, but got %1</source>
        <translation>true oder false erwartet, aber %1 bekommen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the expression needs too much work for one instance (more than %1 steps)</source>
        <translation>der Ausdruck braucht für eine Instanz zu viel Arbeit (mehr als %1 Schritte)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>cannot compare %1 with %2</source>
        <translation>%1 kann nicht mit %2 verglichen werden</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>this operator needs text on both sides, but gets %1 and %2</source>
        <translation>dieser Operator braucht auf beiden Seiten Text, bekommt aber %1 und %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a pattern must be text, but this is %1</source>
        <translation>ein Muster muss Text sein, dieses ist aber %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the regular expression &apos;%1&apos; is not valid: %2</source>
        <translation>der reguläre Ausdruck &apos;%1&apos; ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;matches&apos; needs text on its left, but gets %1</source>
        <translation>&apos;matches&apos; braucht links Text, bekommt aber %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this operator needs numbers, but gets %1 and %2</source>
        <translation>dieser Operator braucht Zahlen, bekommt aber %1 und %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no field &apos;%2&apos;</source>
        <translation>%1 hat kein Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an index must be a number, but this is %1</source>
        <translation>ein Index muss eine Zahl sein, dieser ist aber %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 needs a list, but gets %2</source>
        <translation>%1 braucht eine Liste, bekommt aber %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 needs text, but gets %2</source>
        <translation>%1 braucht Text, bekommt aber %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>count without a predicate counts true values, but an element is %1</source>
        <translation>count ohne Prädikat zählt true-Werte, aber ein Element ist %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>split needs a number as its argument 3, but gets %1</source>
        <translation>split braucht als Argument 3 eine Zahl, bekommt aber %1</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>join needs a list of texts, but an element is %1</source>
        <translation>join braucht eine Liste von Texten, aber ein Element ist %1</translation>
    </message>
    <message>
        <location filename="../src/core/expr/expression.cpp" line="+39"/>
        <source>the expression is longer than %1 characters</source>
        <translation>der Ausdruck ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the expression has not been compiled</source>
        <translation>der Ausdruck wurde nicht übersetzt</translation>
    </message>
    <message>
        <location filename="../src/core/expr/fields.cpp" line="-9"/>
        <source>nil</source>
        <translation>nil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a map (config)</source>
        <translation>eine Zuordnung (config)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a disk</source>
        <translation>eine Festplatte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a NIC</source>
        <translation>eine Netzwerkkarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a snapshot</source>
        <translation>ein Snapshot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an instance</source>
        <translation>eine Instanz</translation>
    </message>
    <message>
        <location filename="../src/core/expr/lexer.cpp" line="+125"/>
        <source>the comment that starts here is not closed with */</source>
        <translation>der Kommentar, der hier beginnt, wird nicht mit */ geschlossen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>expected digits after %1</source>
        <translation>nach %1 werden Ziffern erwartet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unexpected character &apos;%1&apos; after the number %2</source>
        <translation>unerwartetes Zeichen &apos;%1&apos; nach der Zahl %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>the number %1 is too large</source>
        <translation>die Zahl %1 ist zu groß</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <source>the text that starts here is not closed: expected %1 at the end</source>
        <translation>der Text, der hier beginnt, wird nicht geschlossen: %1 am Ende erwartet</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>\%1 needs %2 hexadecimal digits</source>
        <translation>\%1 braucht %2 Hexadezimalziffern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>\%1 is not a valid character</source>
        <translation>\%1 ist kein gültiges Zeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the octal escape is above \377</source>
        <translation>die oktale Escape-Sequenz liegt über \377</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the text that starts here is not closed: expected ` at the end</source>
        <translation>der Text, der hier beginnt, wird nicht geschlossen: ` am Ende erwartet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expr/parser.cpp" line="+105"/>
        <source>there is a &apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>hier steht eine &apos;)&apos; ohne passende &apos;(&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use == to compare, not =</source>
        <translation>verwenden Sie == zum Vergleichen, nicht =</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an operator or the end of the expression, but found %1</source>
        <translation>ein Operator oder das Ende des Ausdrucks erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the end of the expression</source>
        <translation>das Ende des Ausdrucks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text &apos;%1&apos;</source>
        <translation>den Text &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+17"/>
        <source>the expression is nested too deeply (more than %1 levels)</source>
        <translation>der Ausdruck ist zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>expected in, matches, contains, startsWith or endsWith after &apos;not&apos;, but found %1</source>
        <translation>nach &apos;not&apos; wird in, matches, contains, startsWith oder endsWith erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a function name after &apos;|&apos;, but found %1</source>
        <translation>nach &apos;|&apos; wird ein Funktionsname erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &apos;(&apos; after %1</source>
        <translation>nach %1 wird &apos;(&apos; erwartet</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+71"/>
        <source>expected a value after &apos;%1&apos;, but found %2</source>
        <translation>nach &apos;%1&apos; wird ein Wert erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>expected &apos;:&apos; in the conditional that starts with &apos;?&apos; at column %1, but found %2</source>
        <translation>in der Bedingung, die mit &apos;?&apos; in Spalte %1 beginnt, wird &apos;:&apos; erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>expected a value between &apos;(&apos; and &apos;)&apos;</source>
        <translation>zwischen &apos;(&apos; und &apos;)&apos; wird ein Wert erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, but found %2</source>
        <translation>&apos;)&apos; wird erwartet, um die &apos;(&apos; in Spalte %1 zu schließen, aber %2 gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; stands for the element in a predicate and can only be used inside one, as in any(disks, .supported)</source>
        <translation>&apos;%1&apos; steht für das Element in einem Prädikat und kann nur innerhalb eines Prädikats verwendet werden, wie in any(disks, .supported)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>expected a value, but found the operator &apos;%1&apos;</source>
        <translation>ein Wert wird erwartet, aber der Operator &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a value, but the expression ends here</source>
        <translation>ein Wert wird erwartet, aber der Ausdruck endet hier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>map literals ({...}) are not supported</source>
        <translation>Zuordnungsliterale ({...}) werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a value, but found &apos;)&apos;</source>
        <translation>ein Wert wird erwartet, aber &apos;)&apos; gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a value, but found %1</source>
        <translation>ein Wert wird erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list that starts at column %1, but found %2</source>
        <translation>in der Liste, die in Spalte %1 beginnt, wird &apos;,&apos; oder &apos;]&apos; erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a value in the list that starts at column %1, but found %2</source>
        <translation>in der Liste, die in Spalte %1 beginnt, wird ein Wert erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a field name after &apos;%1&apos;, but found %2</source>
        <translation>nach &apos;%1&apos; wird ein Feldname erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>methods such as .%1() are not supported; use the functions instead</source>
        <translation>Methoden wie .%1() werden nicht unterstützt; verwenden Sie stattdessen die Funktionen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>slices ([a:b]) are not supported</source>
        <translation>Ausschnitte ([a:b]) werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>expected an index after &apos;[&apos;, but found %1</source>
        <translation>nach &apos;[&apos; wird ein Index erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &apos;]&apos; after the index that starts at column %1, but found %2</source>
        <translation>nach dem Index, der in Spalte %1 beginnt, wird &apos;]&apos; erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected &apos;)&apos; after the arguments of %1, but found %2</source>
        <translation>nach den Argumenten von %1 wird &apos;)&apos; erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected an argument of %1, but found %2</source>
        <translation>ein Argument von %1 wird erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs a list and a predicate, as in %1(disks, .supported)</source>
        <translation>%1 braucht eine Liste und ein Prädikat, wie in %1(disks, .supported)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a predicate, but found %1</source>
        <translation>ein Prädikat wird erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected &apos;}&apos; to close the &apos;{&apos; at column %1, but found %2</source>
        <translation>&apos;}&apos; wird erwartet, um die &apos;{&apos; in Spalte %1 zu schließen, aber %2 gefunden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the expression is empty</source>
        <translation>der Ausdruck ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/expr/pattern.cpp" line="+84"/>
        <source>back-references (\%1) are not supported</source>
        <translation>Rückverweise (\%1) werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>\%1 is not supported</source>
        <translation>\%1 wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>verbs such as (*…) are not supported</source>
        <translation>Verben wie (*…) werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>look-ahead and look-behind ((?=, (?!, (?&lt;=, (?&lt;!) are not supported</source>
        <translation>Look-ahead und Look-behind ((?=, (?!, (?&lt;=, (?&lt;!) werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>atomic groups ((?&gt;) are not supported</source>
        <translation>atomare Gruppen ((?&gt;) werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this kind of group (%1) is not supported</source>
        <translation>diese Art von Gruppe (%1) wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the regular expression is longer than %1 characters</source>
        <translation>der reguläre Ausdruck ist länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>HostTicket</name>
    <message>
        <location filename="../src/core/vmware/hostticket.cpp" line="+89"/>
        <source>The source&apos;s service ticket has no id.</source>
        <translation>Das Service-Ticket der Quelle hat keine ID.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The source answered no service ticket.</source>
        <translation>Die Quelle hat kein Service-Ticket geliefert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The source does not say %1 of %2.</source>
        <translation>Die Quelle nennt %1 von %2 nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The VM&apos;s host has no name.</source>
        <translation>Der Host der VM hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../src/core/net/httpclient.cpp" line="+152"/>
        <source>The certificate of %1 has changed: the trusted fingerprint is %2 but the server presented %3. Nothing was sent. Trust the new certificate only if you know why it changed.</source>
        <translation>Das Zertifikat von %1 hat sich geändert: Der vertraute Fingerabdruck ist %2, aber der Server hat %3 vorgelegt. Es wurde nichts gesendet. Vertrauen Sie dem neuen Zertifikat nur, wenn Sie wissen, warum es sich geändert hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 presented a certificate that no trusted certificate authority issued for host name %2 (SHA-256 fingerprint %3). Nothing was sent. Give the target the CA that issues its certificates, or pin the fingerprint instead.</source>
        <translation>%1 hat ein Zertifikat vorgelegt, das keine vertrauenswürdige Zertifizierungsstelle für den Hostnamen %2 ausgestellt hat (SHA-256-Fingerabdruck %3). Es wurde nichts gesendet. Geben Sie dem Ziel die Zertifizierungsstelle, die seine Zertifikate ausstellt, oder pinnen Sie stattdessen den Fingerabdruck.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 presented a certificate that is not trusted (SHA-256 fingerprint %2). Nothing was sent. Confirm the fingerprint to trust it.</source>
        <translation>%1 hat ein Zertifikat vorgelegt, dem nicht vertraut wird (SHA-256-Fingerabdruck %2). Es wurde nichts gesendet. Bestätigen Sie den Fingerabdruck, um ihm zu vertrauen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request to %1 was canceled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot connect to %1: no answer within %2 seconds.</source>
        <translation>Keine Verbindung zu %1: keine Antwort innerhalb von %2 Sekunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS handshake with %1 failed.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to %1.</source>
        <translation>Keine Verbindung zu %1.</translation>
    </message>
</context>
<context>
    <name>IncusClient</name>
    <message>
        <location filename="../src/core/incus/incusclient.cpp" line="+52"/>
        <location line="+146"/>
        <location line="+416"/>
        <source>Unexpected answer from the server while reading %1.</source>
        <translation>Unerwartete Antwort des Servers beim Lesen von %1.</translation>
    </message>
    <message>
        <location line="-561"/>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 bekommen</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 answered HTTP %2, but not with the Incus/LXD REST API&apos;s JSON.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, aber nicht mit dem JSON der Incus/LXD-REST-API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no &quot;type&quot; field</source>
        <translation>kein Feld &quot;type&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 failed with HTTP %2.</source>
        <translation>%1 ist mit HTTP %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+416"/>
        <source>response type &quot;%1&quot;</source>
        <translation>Antworttyp &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>The answer to GET /1.0 is JSON but not an Incus or LXD server&apos;s.</source>
        <translation>Die Antwort auf GET /1.0 ist JSON, aber nicht die eines Incus- oder LXD-Servers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no &quot;auth&quot; or &quot;api_version&quot;</source>
        <translation>kein &quot;auth&quot; oder &quot;api_version&quot;</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Unexpected answer from the server while reading the storage pools.</source>
        <translation>Unerwartete Antwort des Servers beim Lesen der Speicherpools.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pool without a name or driver</source>
        <translation>ein Pool ohne Namen oder Treiber</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>%1 was canceled on the server.</source>
        <translation>%1 wurde auf dem Server abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still &quot;%2&quot;.</source>
        <translation>%1 ist immer noch &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not an Incus or LXD trust token. Copy the whole line that &quot;incus config trust add NAME&quot; or &quot;lxc config trust add --name NAME&quot; printed on the server.</source>
        <translation>Das ist kein Vertrauens-Token von Incus oder LXD. Kopieren Sie die ganze Zeile, die &quot;incus config trust add NAME&quot; oder &quot;lxc config trust add --name NAME&quot; auf dem Server ausgegeben hat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not base64</source>
        <translation>kein Base64</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the decoded token is not a JSON object</source>
        <translation>das decodierte Token ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no &quot;secret&quot; in the token</source>
        <translation>kein &quot;secret&quot; im Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token&apos;s &quot;fingerprint&quot; is not a SHA-256 fingerprint</source>
        <translation>der &quot;fingerprint&quot; des Tokens ist kein SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The server has no /1.0: it is not an Incus or LXD server.</source>
        <translation>Der Server hat kein /1.0: Er ist kein Incus- oder LXD-Server.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+19"/>
        <source>Operation %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 did not finish within the target&apos;s timeout of %2 s; raise the target&apos;s timeout if the server is just slow.</source>
        <translation>%1 wurde nicht innerhalb des Zeitlimits des Ziels von %2 s fertig; erhöhen Sie das Zeitlimit des Ziels, falls der Server nur langsam ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped waiting for %1; it goes on on the server.</source>
        <translation>Das Warten auf %1 wurde beendet; auf dem Server läuft es weiter.</translation>
    </message>
</context>
<context>
    <name>InstanceOverrides</name>
    <message>
        <location filename="../src/core/inventory/instanceoverrides.cpp" line="+27"/>
        <source>The name on the target is empty.</source>
        <translation>Der Name auf dem Ziel ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; cannot be a host name on the target: use letters, digits and hyphens, at most 63, not starting or ending with a hyphen.</source>
        <translation>&quot;%1&quot; kann kein Hostname auf dem Ziel sein: Verwenden Sie Buchstaben, Ziffern und Bindestriche, höchstens 63, ohne Bindestrich am Anfang oder Ende.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The number of CPUs must be more than zero.</source>
        <translation>Die Anzahl der CPUs muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The memory must be more than zero.</source>
        <translation>Der Arbeitsspeicher muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The VM has no NIC with the MAC address %1.</source>
        <translation>Die VM hat keine Netzwerkkarte mit der MAC-Adresse %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an IPv4 address with a prefix length, such as 198.51.100.20/24.</source>
        <translation>„%1“ ist keine IPv4-Adresse mit Präfixlänge wie 198.51.100.20/24.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway &quot;%1&quot; is not an IPv4 address.</source>
        <translation>Das Gateway „%1“ ist keine IPv4-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway %1 is not in the subnet of %2.</source>
        <translation>Das Gateway %1 liegt nicht im Subnetz von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name server &quot;%1&quot; is not an IPv4 address.</source>
        <translation>Der DNS-Server „%1“ ist keine IPv4-Adresse.</translation>
    </message>
</context>
<context>
    <name>InstanceRepository</name>
    <message>
        <location filename="../src/core/store/instancerepository.cpp" line="+220"/>
        <source>The instance %1 has no identifier from its source.</source>
        <translation>Die Instanz %1 hat keine Kennung von ihrer Quelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two disks of the instance %1 have the same position %2.</source>
        <translation>Zwei Festplatten der Instanz %1 haben dieselbe Position %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two NICs of the instance %1 have the same position %2.</source>
        <translation>Zwei Netzwerkkarten der Instanz %1 haben dieselbe Position %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two snapshots of the instance %1 have the same position %2.</source>
        <translation>Zwei Snapshots der Instanz %1 haben dieselbe Position %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Another instance already has the UUID %1.</source>
        <translation>Eine andere Instanz hat bereits die UUID %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No source with id %1.</source>
        <translation>Keine Quelle mit der ID %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The instance %1 was not saved.</source>
        <translation>Die Instanz %1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The NIC %1 of the instance %2 refers to the network %3, which does not exist.</source>
        <translation>Die Netzwerkkarte %1 der Instanz %2 verweist auf das Netzwerk %3, das es nicht gibt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No instance %1.</source>
        <translation>Keine Instanz %1.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The instance is in the migration queue; remove its queue entries first.</source>
        <translation>Die Instanz ist in der Migrationswarteschlange; entfernen Sie zuerst ihre Einträge in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>NetworkRepository</name>
    <message>
        <location filename="../src/core/store/networkrepository.cpp" line="+45"/>
        <source>No network %1.</source>
        <translation>Kein Netzwerk %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown NIC type %1; use managed, bridged or physical.</source>
        <translation>Unbekannter NIC-Typ %1; verwenden Sie managed, bridged oder physical.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The network %1 has no identifier from its source.</source>
        <translation>Das Netzwerk %1 hat keine Kennung von seiner Quelle.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Another network already has the UUID %1.</source>
        <translation>Ein anderes Netzwerk hat bereits die UUID %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No source with id %1.</source>
        <translation>Keine Quelle mit der ID %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The network %1 was not saved.</source>
        <translation>Das Netzwerk %1 wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Oidc</name>
    <message>
        <location filename="../src/core/incus/oidc.cpp" line="+117"/>
        <source>The stored OIDC tokens are not readable; log in again.</source>
        <translation>Die gespeicherten OIDC-Token sind nicht lesbar; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The identity provider must be reached over HTTPS, not %1.</source>
        <translation>Der Identitätsanbieter muss über HTTPS erreicht werden, nicht über %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot reach the identity provider %1: %2</source>
        <translation>Der Identitätsanbieter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 gave no OpenID discovery document (HTTP %2).</source>
        <translation>%1 lieferte kein OpenID-Discovery-Dokument (HTTP %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The identity provider %1 names no token endpoint.</source>
        <translation>Der Identitätsanbieter %1 nennt keinen Token-Endpunkt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The identity provider %1 does not offer the device authorization grant that Incus clients log in with; ask its administrator to enable it for client %2.</source>
        <translation>Der Identitätsanbieter %1 bietet die Geräteautorisierung (Device Authorization Grant) nicht an, mit der sich Incus-Clients anmelden; bitten Sie seine Administratoren, sie für den Client %2 freizuschalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The identity provider refused to start a login for client %1: %2</source>
        <translation>Der Identitätsanbieter hat es abgelehnt, eine Anmeldung für den Client %1 zu beginnen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The identity provider&apos;s device authorization answer lacks the device code, the user code or the verification address.</source>
        <translation>Der Antwort des Identitätsanbieters auf die Geräteautorisierung fehlen der Gerätecode, der Benutzercode oder die Bestätigungsadresse.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The identity provider sent no access token.</source>
        <translation>Der Identitätsanbieter hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The login code expired before it was approved; start the login again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er bestätigt wurde; beginnen Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login was canceled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The login was denied at the identity provider.</source>
        <translation>Die Anmeldung wurde beim Identitätsanbieter abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The identity provider refused the login: %1</source>
        <translation>Der Identitätsanbieter hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The identity provider gave no refresh token.</source>
        <translation>Der Identitätsanbieter hat kein Aktualisierungstoken ausgegeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The identity provider refused the refresh token: %1</source>
        <translation>Der Identitätsanbieter hat das Aktualisierungstoken abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <location filename="../src/core/batch/placement.cpp" line="+76"/>
        <source>set_target(&quot;%1&quot;): no target of that name is registered.</source>
        <translation>set_target(&quot;%1&quot;): Kein Ziel dieses Namens ist registriert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set_project(&quot;&quot;): the project name is empty.</source>
        <translation>set_project(&quot;&quot;): Der Projektname ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set_pool(&quot;%1&quot;, ...): the instance has no disk of that name.</source>
        <translation>set_pool(&quot;%1&quot;, ...): Die Instanz hat keine Festplatte dieses Namens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set_pool(&quot;%1&quot;, &quot;&quot;): the pool name is empty.</source>
        <translation>set_pool(&quot;%1&quot;, &quot;&quot;): Der Poolname ist leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set_network(&quot;%1&quot;, ...): the instance has no NIC with that MAC address.</source>
        <translation>set_network(&quot;%1&quot;, ...): Die Instanz hat keine Netzwerkkarte mit dieser MAC-Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set_network(&quot;%1&quot;, ...): the NIC type must be managed, bridged, macvlan or physical, not &quot;%2&quot;.</source>
        <translation>set_network(&quot;%1&quot;, ...): der Netzwerkkartentyp muss managed, bridged, macvlan oder physical sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>set_network(&quot;%1&quot;, ...): the NIC type must be managed, bridged or physical, not &quot;%2&quot;.</source>
        <translation type="vanished">set_network(&quot;%1&quot;, ...): Der NIC-Typ muss managed, bridged oder physical sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set_network(&quot;%1&quot;, &quot;&quot;): the network name is empty.</source>
        <translation>set_network(&quot;%1&quot;, &quot;&quot;): Der Netzwerkname ist leer.</translation>
    </message>
</context>
<context>
    <name>PlacementScript</name>
    <message>
        <location filename="../src/core/batch/placementscript.cpp" line="+173"/>
        <source>The placement script ran longer than %1 ms and was stopped.</source>
        <translation>Das Platzierungsskript lief länger als %1 ms und wurde angehalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The placement script failed at line %1: %2</source>
        <translation>Das Platzierungsskript ist in Zeile %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The placement script failed: %1</source>
        <translation>Das Platzierungsskript ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Placement scripts may not import modules or files.</source>
        <translation>Platzierungsskripte dürfen keine Module oder Dateien importieren.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The script does not define function placement(instance, batch).</source>
        <translation>Das Skript definiert keine Funktion placement(instance, batch).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The placement script ran longer than %1 ms for an earlier instance; it is not run again.</source>
        <translation>Das Platzierungsskript lief für eine frühere Instanz länger als %1 ms; es wird nicht erneut ausgeführt.</translation>
    </message>
    <message>
        <location filename="../src/core/batch/placementscript_unavailable.cpp" line="+21"/>
        <location line="+41"/>
        <location line="+7"/>
        <source>This build of Ferry cannot run placement scripts (built without Qt QML).</source>
        <translation>Dieser Build von Ferry kann keine Platzierungsskripte ausführen (ohne Qt QML gebaut).</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../src/core/batch/preflight.cpp" line="+39"/>
        <source> It will be skipped (the instance ignores restrictions).</source>
        <translation> Sie wird übersprungen (die Instanz ignoriert Einschränkungen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disk %1 is a raw device mapping, which cannot be copied.%2</source>
        <translation>Festplatte %1 ist eine Raw-Device-Zuordnung, die nicht kopiert werden kann.%2</translation>
    </message>
    <message>
        <source>Disk %1 is independent (%2): it cannot be snapshotted, so it cannot be copied while the VM runs.%3</source>
        <translation type="vanished">Festplatte %1 ist unabhängig (%2): Von ihr kann kein Snapshot erstellt werden, daher kann sie nicht kopiert werden, während die VM läuft.%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disk %1 is shared with other VMs (multi-writer).%2</source>
        <translation>Festplatte %1 wird mit anderen VMs geteilt (Multi-Writer).%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disk %1: %2%3</source>
        <translation>Festplatte %1: %2%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disk %1 is independent (%2); it is copied as it is on the datastore.</source>
        <translation>Die Festplatte %1 ist unabhängig (%2); sie wird so kopiert, wie sie im Datenspeicher liegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disk %1 reports no capacity.</source>
        <translation>Festplatte %1 meldet keine Kapazität.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Target %1 stages each upload in its var directory (backups/ under /var/lib/incus or /var/lib/lxd, /var/snap/lxd/common/lxd for the snap), whose free space its API does not report: this VM&apos;s largest disk needs %2 there while it is imported. Set storage.backups_volume to a volume in a pool with room to have Ferry check it.</source>
        <translation>Das Ziel %1 legt jeden Upload in seinem var-Verzeichnis ab (backups/ unter /var/lib/incus oder /var/lib/lxd, beim Snap /var/snap/lxd/common/lxd), dessen freien Platz seine API nicht meldet: Die größte Festplatte dieser VM braucht dort %2, während sie importiert wird. Setzen Sie storage.backups_volume auf ein Volume in einem Pool mit genug Platz, damit Ferry das prüfen kann.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Target %1 stages each upload in storage.backups_volume %2, in storage pool %3, which also takes this VM&apos;s disks: the disks (%4) and the largest upload (%5) need more than its %6 free. Free space in pool %3 or set storage.backups_volume to a volume in a pool with room.</source>
        <translation>Das Ziel %1 legt jeden Upload in storage.backups_volume %2 im Speicherpool %3 ab, der auch die Festplatten dieser VM aufnimmt: Die Festplatten (%4) und der größte Upload (%5) brauchen mehr als die %6, die er frei hat. Schaffen Sie Platz im Pool %3 oder setzen Sie storage.backups_volume auf ein Volume in einem Pool mit genug Platz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target %1 stages each upload in storage.backups_volume %2, in storage pool %3, which has %4 free, and this VM&apos;s largest disk needs %5 there while it is imported. Free space in pool %3 or set storage.backups_volume to a volume in a pool with room.</source>
        <translation>Das Ziel %1 legt jeden Upload in storage.backups_volume %2 im Speicherpool %3 ab, der %4 frei hat, und die größte Festplatte dieser VM braucht dort %5, während sie importiert wird. Schaffen Sie Platz im Pool %3 oder setzen Sie storage.backups_volume auf ein Volume in einem Pool mit genug Platz.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> Incus %1 also charges each staged upload to this budget, so the import is refused while it uploads.</source>
        <translation> Incus %1 rechnet außerdem jeden abgelegten Upload auf dieses Budget an, daher wird der Import schon beim Hochladen abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project %1 on target %2 has a disk budget (limits.disk) of %3 with %4 in use, so %5 are left, and this VM needs %6 (its disks and the %7 state volume the server counts for every VM).%8 Raise limits.disk or place the VM in another project.</source>
        <translation>Das Projekt %1 auf dem Ziel %2 hat ein Speicherbudget (limits.disk) von %3, davon sind %4 belegt, es bleiben also %5, und diese VM braucht %6 (ihre Festplatten und das Zustandsvolume von %7, das der Server für jede VM zählt).%8 Erhöhen Sie limits.disk oder legen Sie die VM in ein anderes Projekt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No target: set defaults.placement.target or call set_target in the placement script.</source>
        <translation>Kein Ziel: Setzen Sie defaults.placement.target oder rufen Sie set_target im Platzierungsskript auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target %1 is not registered.</source>
        <translation>Das Ziel %1 ist nicht registriert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target %1 lacks API extensions this VM needs: %2. Upgrade the server or choose another target.</source>
        <translation>Dem Ziel %1 fehlen API-Erweiterungen, die diese VM braucht: %2. Aktualisieren Sie den Server oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The VM boots with BIOS and target %1 has no CSM (neither the security_csm nor the instance_boot_mode API extension): it gets UEFI firmware and boots only if the guest has a UEFI boot path (an EFI system partition with \EFI\BOOT\BOOTX64.EFI).</source>
        <translation>Die VM startet mit BIOS, und das Ziel %1 hat kein CSM (weder die API-Erweiterung security_csm noch instance_boot_mode): Sie erhält UEFI-Firmware und startet nur, wenn der Gast einen UEFI-Startpfad hat (eine EFI-Systempartition mit \EFI\BOOT\BOOTX64.EFI).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The inventory of target %1 was never read, so project, pools, networks and names are not checked (ferryctl target refresh %1).</source>
        <translation>Das Inventar des Ziels %1 wurde nie gelesen, daher werden Projekt, Pools, Netzwerke und Namen nicht geprüft (ferryctl target refresh %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The target %1 has no project %2.</source>
        <translation>Das Ziel %1 hat kein Projekt %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An instance named %1 already exists in project %2 of target %3.</source>
        <translation>Eine Instanz namens %1 gibt es bereits im Projekt %2 des Ziels %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The target %1 has no storage pool %2.</source>
        <translation>Das Ziel %1 hat keinen Speicherpool %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The storage pool %1 on target %2 has %3 free, and the VM&apos;s disks placed in it need %4; free space there or place the disks in another pool.</source>
        <translation>Der Speicherpool %1 auf dem Ziel %2 hat %3 frei, und die Datenträger der VM, die dort landen, brauchen %4; schaffen Sie dort Platz oder legen Sie die Datenträger in einen anderen Pool.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>NICs %1 would all be on the managed network %2, which takes one NIC of an instance only; map all but one of their source networks to another network (or to a bridged or macvlan NIC).</source>
        <translation>Die Netzwerkkarten %1 lägen alle im verwalteten Netzwerk %2, das nur eine Netzwerkkarte je Instanz aufnimmt; ordnen Sie alle Quellnetzwerke bis auf eines einem anderen Netzwerk zu (oder einer Netzwerkkarte vom Typ bridged oder macvlan).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>NIC %1: %2</source>
        <translation>Netzwerkkarte %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NIC %1: the target %2 has no network %3 in project %4.</source>
        <translation>Netzwerkkarte %1: Das Ziel %2 hat kein Netzwerk %3 im Projekt %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NIC %1: the project %2 on target %3 allows no NICs (restricted.devices.nic=block); ask the target&apos;s administrator to allow them, or place the VM in another project.</source>
        <translation>Netzwerkkarte %1: Das Projekt %2 auf dem Ziel %3 erlaubt keine Netzwerkkarten (restricted.devices.nic=block); bitten Sie die Administration des Ziels, sie zu erlauben, oder platzieren Sie die VM in einem anderen Projekt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NIC %1: the project %2 on target %3 allows only NICs on managed networks (restricted.devices.nic=managed), not a %4 NIC on %5; map its source network to a managed network, or ask the target&apos;s administrator for restricted.devices.nic=allow.</source>
        <translation>Netzwerkkarte %1: Das Projekt %2 auf dem Ziel %3 erlaubt nur Netzwerkkarten in verwalteten Netzwerken (restricted.devices.nic=managed), keine %4-Netzwerkkarte an %5; ordnen Sie ihr Quellnetzwerk einem verwalteten Netzwerk zu, oder bitten Sie die Administration des Ziels um restricted.devices.nic=allow.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NIC %1: a bridged NIC needs a bridge, and %2 on target %3 is a %4 interface; use the NIC type macvlan for it, or a bridge on top of it.</source>
        <translation>Netzwerkkarte %1: Eine bridged-Netzwerkkarte braucht eine Bridge, und %2 auf dem Ziel %3 ist eine Schnittstelle vom Typ %4; verwenden Sie dafür den Typ macvlan oder eine Bridge darüber.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NIC %1: the NIC type physical hands the whole host interface %2 to the VM (PCI passthrough); the VM keeps neither its MAC address nor a VLAN. Use bridged or macvlan to share the host&apos;s network.</source>
        <translation>Netzwerkkarte %1: Der Typ physical übergibt die ganze Host-Schnittstelle %2 an die VM (PCI-Passthrough); die VM behält weder ihre MAC-Adresse noch ein VLAN. Verwenden Sie bridged oder macvlan, um das Netzwerk des Hosts zu teilen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NIC %1: a macvlan NIC takes one VLAN, not the list %2; use the NIC type bridged for a trunk.</source>
        <translation>Netzwerkkarte %1: Eine macvlan-Netzwerkkarte nimmt ein VLAN, nicht die Liste %2; verwenden Sie für einen Trunk den Typ bridged.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NIC %1: the network %2 on target %3 is not managed; use the NIC type bridged or physical.</source>
        <translation>Netzwerkkarte %1: Das Netzwerk %2 auf dem Ziel %3 ist nicht verwaltet; verwenden Sie den NIC-Typ bridged oder physical.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NIC %1: the network %2 has no IPv4 subnet, so the address %3 is not reserved on the target.</source>
        <translation>Netzwerkkarte %1: Das Netzwerk %2 hat kein IPv4-Subnetz, daher wird die Adresse %3 auf dem Ziel nicht reserviert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NIC %1: the address %2 is outside the subnet %3 of the managed network %4.</source>
        <translation>Netzwerkkarte %1: Die Adresse %2 liegt außerhalb des Subnetzes %3 des verwalteten Netzwerks %4.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Windows guest: the conversion injects the virtio drivers from a virtio-win ISO, and none is added, so the migration will wait for a virtio-win ISO (Blocked, before the source is powered off). Add one with ferryctl artifact add or on the Artifacts page.</source>
        <translation>Windows-Gast: Die Konvertierung spielt die virtio-Treiber aus einem virtio-win-ISO ein, und es ist keines hinzugefügt; die Migration wartet daher auf ein virtio-win-ISO (Blockiert, bevor die Quelle ausgeschaltet wird). Fügen Sie eines mit ferryctl artifact add oder auf der Seite Artefakte hinzu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Windows guest: the virtio drivers come from the virtio-win ISO artifact %1 (%2); the inventory does not tell the Windows version, it has drivers for %3.</source>
        <translation>Windows-Gast: Die virtio-Treiber kommen aus dem virtio-win-ISO-Artefakt %1 (%2); das Inventar nennt die Windows-Version nicht, es hat Treiber für %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows guest: the virtio drivers come from the virtio-win ISO artifact %1 (%2), which has drivers for this guest&apos;s Windows version (%3).</source>
        <translation>Windows-Gast: Die virtio-Treiber kommen aus dem virtio-win-ISO-Artefakt %1 (%2), das Treiber für die Windows-Version dieses Gasts hat (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows guest: the virtio-win ISO artifact %1 (%2) has no drivers for this guest&apos;s Windows version (%3), only for %4. Add a virtio-win ISO that has them.</source>
        <translation>Windows-Gast: Das virtio-win-ISO-Artefakt %1 (%2) hat keine Treiber für die Windows-Version dieses Gasts (%3), nur für %4. Fügen Sie ein virtio-win-ISO hinzu, das sie hat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new guest address for NIC %1 cannot be applied: %2</source>
        <translation>Die neue Gastadresse für die Netzwerkkarte %1 kann nicht angewendet werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>New guest addresses are set for %n NIC(s), but guest conversion is off for this batch, and only the conversion writes them into the guest.</source>
        <translation>
            <numerusform>Für %n Netzwerkkarte ist eine neue Gastadresse gesetzt, aber die Gastkonvertierung ist für diesen Batch aus, und nur die Konvertierung schreibt sie in den Gast.</numerusform>
            <numerusform>Für %n Netzwerkkarten sind neue Gastadressen gesetzt, aber die Gastkonvertierung ist für diesen Batch aus, und nur die Konvertierung schreibt sie in den Gast.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guest conversion is off for this batch: the disks land as they are on VMware (VMware Tools kept, no virtio drivers added), so the guest may not boot or find its network on the target.</source>
        <translation>Die Gastkonvertierung ist für diesen Batch ausgeschaltet: Die Datenträger kommen so an, wie sie auf VMware sind (VMware Tools bleiben, keine virtio-Treiber), daher startet der Gast auf dem Ziel womöglich nicht oder findet sein Netzwerk nicht.</translation>
    </message>
    <message>
        <source>Windows guests are not converted yet (no virtio drivers are injected): if its disks hold Windows, the engine stops before powering the source off. Install the virtio-win drivers in the guest and turn guest conversion off for this batch.</source>
        <translation type="vanished">Windows-Gäste werden noch nicht konvertiert (es werden keine virtio-Treiber eingespielt): Enthalten die Datenträger Windows, hält die Engine an, bevor sie die Quelle ausschaltet. Installieren Sie die virtio-win-Treiber im Gast und schalten Sie die Gastkonvertierung für diesen Batch aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer cannot convert guests (%1 missing): an engine here stops before powering the source off when the disks hold an operating system. Run the engine on a Linux host with libguestfs-tools, nbdkit and qemu-utils, or turn guest conversion off for this batch.</source>
        <translation>Dieser Computer kann keine Gäste konvertieren (%1 fehlt): Eine Engine hier hält an, bevor sie die Quelle ausschaltet, wenn die Datenträger ein Betriebssystem enthalten. Führen Sie die Engine auf einem Linux-Host mit libguestfs-tools, nbdkit und qemu-utils aus oder schalten Sie die Gastkonvertierung für diesen Batch aus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The VM is no longer on its source (since %1).</source>
        <translation>Die VM ist nicht mehr auf ihrer Quelle (seit %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The VM is suspended; Ferry does not power it off, because that would discard its memory state. Resume it and shut it down, or power it off yourself if that state may go.</source>
        <translation>Die VM ist angehalten (suspendiert); Ferry schaltet sie nicht aus, weil dabei ihr Arbeitsspeicherzustand verloren ginge. Setzen Sie sie fort und fahren Sie sie herunter, oder schalten Sie sie selbst aus, wenn dieser Zustand verloren gehen darf.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The VM has %n snapshot(s); the target gets its current state only.</source>
        <translation>
            <numerusform>Die VM hat %n Snapshot; das Ziel bekommt nur ihren aktuellen Zustand.</numerusform>
            <numerusform>Die VM hat %n Snapshots; das Ziel bekommt nur ihren aktuellen Zustand.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The VM has a TPM; its contents (keys, BitLocker or LUKS secrets sealed to it) do not move, the target VM gets a new, empty vTPM.</source>
        <translation>Die VM hat ein TPM; sein Inhalt (Schlüssel, daran versiegelte BitLocker- oder LUKS-Geheimnisse) zieht nicht mit um, die Ziel-VM bekommt ein neues, leeres vTPM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NIC %1 is on a network that was not imported, so it has no target network; map it with an instance placement override or the placement script.</source>
        <translation>Netzwerkkarte %1 hängt an einem Netzwerk, das nicht importiert wurde, daher hat sie kein Zielnetzwerk; ordnen Sie es mit einer Platzierungsanpassung der Instanz oder dem Platzierungsskript zu.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Together, the %1 VMs of this batch placed in storage pool %2 on target %3 need %4, and it has %5 free: the last imports would fail when it is full.</source>
        <translation>Zusammen brauchen die %1 VMs dieses Batches im Speicherpool %2 auf dem Ziel %3 %4, und er hat %5 frei: Die letzten Importe würden scheitern, wenn er voll ist.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Together, the %1 VMs of this batch placed in project %2 on target %3 need %4 of its disk budget (limits.disk %5), and %6 are left: the last imports would be refused.</source>
        <translation>Zusammen brauchen die %1 VMs dieses Batches im Projekt %2 auf dem Ziel %3 %4 seines Speicherbudgets (limits.disk %5), und es bleiben %6: Die letzten Importe würden abgelehnt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Target %1 stages each upload in storage.backups_volume %2, in storage pool %3, which this batch&apos;s VMs fill with %4 of disks: with the largest upload (%5) staged on top they need more than its %6 free, so the last imports would fail.</source>
        <translation>Das Ziel %1 legt jeden Upload in storage.backups_volume %2 im Speicherpool %3 ab, den die VMs dieses Batches mit %4 an Festplatten füllen: Mit dem größten Upload (%5) obendrauf brauchen sie mehr als die %6, die er frei hat, daher würden die letzten Importe scheitern.</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <location filename="../src/core/engine/queueactions.cpp" line="+21"/>
        <source>queue entry %1</source>
        <translation>Warteschlangeneintrag %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is %2 and cannot be canceled.</source>
        <translation>%1 ist %2 und kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canceled by a person</source>
        <translation>Von einer Person abgebrochen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is %2; only entries in Error, Canceled or Conflict can be retried.</source>
        <translation>%1 ist %2; nur Einträge in Fehler, Abgebrochen oder Konflikt können wiederholt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry requested</source>
        <translation>Wiederholung angefordert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2; only entries in Conflict can be resolved.</source>
        <translation>%1 ist %2; nur Einträge im Konflikt können gelöst werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflict resolved by a person; waiting again</source>
        <translation>Konflikt von einer Person gelöst; wartet erneut</translation>
    </message>
</context>
<context>
    <name>QueueRepository</name>
    <message>
        <location filename="../src/core/store/queuerepository.cpp" line="+29"/>
        <source>The queue entry %1 has the status &quot;%2&quot;, which this version of Ferry does not know.</source>
        <translation>Der Warteschlangeneintrag %1 hat den Status „%2“, den diese Version von Ferry nicht kennt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No queue entry with id %1.</source>
        <translation>Kein Warteschlangeneintrag mit der ID %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The instance %1 is already queued in the batch %2.</source>
        <translation>Die Instanz %1 ist bereits im Batch %2 eingereiht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch %1, the instance %2 or the migration window %3 does not exist.</source>
        <translation>Der Batch %1, die Instanz %2 oder das Migrationsfenster %3 existiert nicht.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The queue entry %1 is &quot;%2&quot;, not &quot;%3&quot;; it was not changed to &quot;%4&quot;.</source>
        <translation>Der Warteschlangeneintrag %1 ist &quot;%2&quot;, nicht &quot;%3&quot;; er wurde nicht zu &quot;%4&quot; geändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The queue entry %1 is no longer held by this engine (its lease ended or passed to another engine); it was not changed.</source>
        <translation>Der Warteschlangeneintrag %1 gehört nicht mehr dieser Engine (ihre Lease ist abgelaufen oder an eine andere Engine übergegangen); er wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The instance %1 is not queued in the batch %2.</source>
        <translation>Die Instanz %1 ist im Batch %2 nicht eingereiht.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Unknown log level %1.</source>
        <translation>Unbekannte Protokollstufe %1.</translation>
    </message>
</context>
<context>
    <name>QueueStateMachine</name>
    <message>
        <location filename="../src/core/engine/queuestatemachine.cpp" line="+103"/>
        <source>bug: queue entry %1 cannot go from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>Programmfehler: Warteschlangeneintrag %1 kann nicht von &quot;%2&quot; zu &quot;%3&quot; wechseln</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../src/core/store/repositorysupport.cpp" line="+84"/>
        <source>A value is outside of its allowed range.</source>
        <translation>Ein Wert liegt außerhalb seines erlaubten Bereichs.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../src/core/batch/selection.cpp" line="+70"/>
        <source>this build understands only the expressions true and false</source>
        <translation>dieser Build versteht nur die Ausdrücke true und false</translation>
    </message>
</context>
<context>
    <name>SelectionPreview</name>
    <message>
        <location filename="../src/gui/batches/selectionpreview.cpp" line="+142"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <location filename="../src/core/store/settingsrepository.cpp" line="+15"/>
        <source>The setting %1 is not set.</source>
        <translation>Die Einstellung %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A setting needs a name.</source>
        <translation>Eine Einstellung braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <location filename="../src/core/store/sourcerepository.cpp" line="+69"/>
        <source>No source named %1.</source>
        <translation>Keine Quelle namens %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A source named %1 already exists.</source>
        <translation>Eine Quelle namens %1 gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>SourceService</name>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="+22"/>
        <source>The endpoint is empty.</source>
        <translation>Der Endpunkt ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a host name, an IP address or an https URL.</source>
        <translation>&quot;%1&quot; ist kein Hostname, keine IP-Adresse und keine https-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only https endpoints are supported (got %1).</source>
        <translation>Nur https-Endpunkte werden unterstützt (angegeben: %1).</translation>
    </message>
    <message>
        <location filename="../src/core/sources/sourceservice.cpp" line="+76"/>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the password of user %1.</source>
        <translation>Prüfen Sie das Passwort des Benutzers %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source&apos;s certificate is not the trusted one (SHA-256 %1 was presented); trust it first with: ferryctl source update %2 --trusted-cert-fingerprint FP</source>
        <translation>Das Zertifikat der Quelle ist nicht das vertrauenswürdige (vorgelegt wurde SHA-256 %1); vertrauen Sie ihm zuerst mit: ferryctl source update %2 --trusted-cert-fingerprint FP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password was not stored: logging in to source %1 from this host gave &quot;%2&quot;. %3</source>
        <translation>Das Passwort wurde nicht gespeichert: Die Anmeldung an der Quelle %1 von diesem Host aus ergab „%2“. %3</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Source %1 has VMs in the running batch %2; stop the batch first.</source>
        <translation>Quelle %1 hat VMs im laufenden Batch %2; halten Sie den Batch zuerst an.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Source %1: %2.</source>
        <translation>Quelle %1: %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>VM %1 has the same UUID as another VM (%2) and was skipped.</source>
        <translation>VM %1 hat dieselbe UUID wie eine andere VM (%2) und wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>SystemdCredentials</name>
    <message>
        <location filename="../src/core/secrets/systemdcredentials.cpp" line="+35"/>
        <source>systemd-creds is not installed on this host (it comes with systemd 250 or newer), so Ferry cannot make a systemd credential. Use --keychain, or install systemd-creds.</source>
        <translation>systemd-creds ist auf diesem Host nicht installiert (es gehört zu systemd 250 oder neuer), daher kann Ferry kein systemd-Credential anlegen. Verwenden Sie --keychain oder installieren Sie systemd-creds.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot start systemd-creds.</source>
        <translation>systemd-creds kann nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>systemd-creds did not finish encrypting the credential %1 within a minute.</source>
        <translation>systemd-creds hat das Credential %1 nicht innerhalb einer Minute verschlüsselt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>systemd-creds could not encrypt the credential %1 into %2 (it needs root for the host key in /var/lib/systemd).</source>
        <translation>systemd-creds konnte das Credential %1 nicht nach %2 verschlüsseln (es braucht root für den Host-Schlüssel in /var/lib/systemd).</translation>
    </message>
</context>
<context>
    <name>TargetCleanup</name>
    <message>
        <location filename="../src/core/engine/targetcleanup.cpp" line="+35"/>
        <source>instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An instance named %1 exists in project %2 of the target and Ferry did not create it.</source>
        <translation>Im Projekt %2 des Ziels gibt es eine Instanz namens %1, die Ferry nicht angelegt hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted instance %1, left on the target by an attempt of this entry</source>
        <translation>Instanz %1 gelöscht, die ein Versuch dieses Eintrags auf dem Ziel hinterlassen hatte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>volumes in pool %1</source>
        <translation>Volumes im Pool %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted volume %1 in pool %2, left on the target by an attempt of this entry</source>
        <translation>Volume %1 im Speicherpool %2 gelöscht, das ein Versuch dieses Eintrags auf dem Ziel hinterlassen hatte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted volume %1 in pool %2 on member %3, left on the target by an attempt of this entry</source>
        <translation>Volume %1 im Pool %2 auf Mitglied %3 gelöscht, das ein Versuch dieses Eintrags auf dem Ziel hinterlassen hatte</translation>
    </message>
</context>
<context>
    <name>TargetInventory</name>
    <message>
        <location filename="../src/core/targets/targetinventory.cpp" line="+251"/>
        <source>Reading the target was canceled.</source>
        <translation>Das Lesen des Ziels wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>TargetRepository</name>
    <message>
        <location filename="../src/core/store/targetrepository.cpp" line="+65"/>
        <source>No target named %1.</source>
        <translation>Kein Ziel namens %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No target with id %1.</source>
        <translation>Kein Ziel mit der ID %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A target named %1 already exists.</source>
        <translation>Ein Ziel namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The target is the default target of a batch; change or remove the batch first.</source>
        <translation>Das Ziel ist das Standardziel eines Batches; ändern oder entfernen Sie zuerst den Batch.</translation>
    </message>
</context>
<context>
    <name>TargetService</name>
    <message>
        <location filename="../src/core/targets/targetservice.cpp" line="+62"/>
        <source>A target needs a name.</source>
        <translation>Ein Ziel braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; cannot be a target name: no slashes and no leading or trailing spaces.</source>
        <translation>&quot;%1&quot; kann kein Zielname sein: keine Schrägstriche und keine Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import and create limits must be 0 (unlimited) or more.</source>
        <translation>Die Grenzen für Importe und Erstellungen müssen 0 (unbegrenzt) oder mehr sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeout must be longer than zero.</source>
        <translation>Das Zeitlimit muss größer als null sein.</translation>
    </message>
    <message>
        <source>The endpoint is empty.</source>
        <translation type="vanished">Der Endpunkt ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name, an IP address or an https URL.</source>
        <translation type="vanished">&quot;%1&quot; ist kein Hostname, keine IP-Adresse und keine https-URL.</translation>
    </message>
    <message>
        <source>Only https endpoints are supported (got %1).</source>
        <translation type="vanished">Nur https-Endpunkte werden unterstützt (angegeben: %1).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Target %1 has no client certificate.</source>
        <translation>Ziel %1 hat kein Client-Zertifikat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the directory of %1.</source>
        <translation>Das Verzeichnis von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+143"/>
        <source>%1 is not an Incus or LXD server: %2 Check the host and port: Incus and LXD listen on 8443 by default.</source>
        <translation>%1 ist kein Incus- oder LXD-Server: %2 Prüfen Sie Host und Port: Incus und LXD lauschen standardmäßig auf 8443.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>The server did not accept the OIDC login; log in again: ferryctl target login %1</source>
        <translation>Der Server hat die OIDC-Anmeldung nicht angenommen; melden Sie sich erneut an: ferryctl target login %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server does not trust Ferry&apos;s client certificate (SHA-256 %1).</source>
        <translation>Der Server vertraut Ferrys Client-Zertifikat nicht (SHA-256 %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server lacks API extensions Ferry needs: %1. Upgrade it before migrating to it.</source>
        <translation>Dem Server fehlen API-Erweiterungen, die Ferry braucht: %1. Aktualisieren Sie ihn, bevor Sie dorthin migrieren.</translation>
    </message>
    <message>
        <source>OIDC authentication is not supported yet; give target %1 a client certificate or a trust token.</source>
        <translation type="vanished">OIDC-Authentifizierung wird noch nicht unterstützt; geben Sie dem Ziel %1 ein Client-Zertifikat oder ein Vertrauens-Token.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read the client key of target %1 from the keychain: %2</source>
        <translation>Der Client-Schlüssel des Ziels %1 kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the inventory failed: %1</source>
        <translation>Das Lesen des Inventars ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not the server that issued the trust token: the token names the server certificate %2, but %1 presented %3. Nothing was sent; check the endpoint.</source>
        <translation>%1 ist nicht der Server, der das Vertrauens-Token ausgestellt hat: Das Token nennt das Serverzertifikat %2, aber %1 hat %3 vorgelegt. Es wurde nichts gesendet; prüfen Sie den Endpunkt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot redeem the trust token: %1 Check that the server runs and listens on %2 (core.https_address) and try again: the token was not used.</source>
        <translation>Das Vertrauens-Token kann nicht eingelöst werden: %1 Prüfen Sie, ob der Server läuft und auf %2 lauscht (core.https_address), und versuchen Sie es erneut: Das Token wurde nicht verbraucht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot redeem the trust token: %1</source>
        <translation>Das Vertrauens-Token kann nicht eingelöst werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server refused the trust token (&quot;%1&quot;): it was already used, has expired or was revoked, or another server issued it. Create a new one on the server with &quot;%2&quot; and try again.</source>
        <translation>Der Server hat das Vertrauens-Token abgelehnt (&quot;%1&quot;): Es wurde bereits verwendet, ist abgelaufen oder wurde widerrufen, oder ein anderer Server hat es ausgestellt. Erstellen Sie auf dem Server mit &quot;%2&quot; ein neues und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redeeming the trust token failed: %1</source>
        <translation>Das Einlösen des Vertrauens-Tokens ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trust token expired at %1. Create a new one on the server with &quot;%2&quot; and try again.</source>
        <translation>Das Vertrauens-Token ist am %1 abgelaufen. Erstellen Sie auf dem Server mit &quot;%2&quot; ein neues und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trust token names the server certificate %1, but the target trusts %2. Use a token of the server you trust, or pin the token&apos;s fingerprint.</source>
        <translation>Das Vertrauens-Token nennt das Serverzertifikat %1, aber das Ziel vertraut %2. Verwenden Sie ein Token des Servers, dem Sie vertrauen, oder hinterlegen Sie den Fingerabdruck des Tokens.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is not a way to verify a server certificate: fingerprint (pin the certificate) or ca (a certificate authority and the host name).</source>
        <translation>„%1“ ist keine Art, ein Serverzertifikat zu prüfen: fingerprint (das Zertifikat pinnen) oder ca (eine Zertifizierungsstelle und der Hostname).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificate authorities of target %1 are not PEM certificates.</source>
        <translation>Die Zertifizierungsstellen von Ziel %1 sind keine PEM-Zertifikate.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changing a target to OIDC is not supported; remove it and add it again with OIDC.</source>
        <translation>Ein Ziel lässt sich nicht auf OIDC umstellen; entfernen Sie es und fügen Sie es mit OIDC erneut hinzu.</translation>
    </message>
    <message>
        <source>OIDC authentication is not supported yet; use a trust token or a client certificate.</source>
        <translation type="vanished">OIDC-Authentifizierung wird noch nicht unterstützt; verwenden Sie ein Vertrauens-Token oder ein Client-Zertifikat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target %1: pin a fingerprint or verify by certificate authority, not both.</source>
        <translation>Ziel %1: Pinnen Sie einen Fingerabdruck oder prüfen Sie über eine Zertifizierungsstelle, nicht beides.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose how Ferry authenticates to target %1: a trust token, a client certificate Ferry creates, or an existing certificate and key.</source>
        <translation>Wählen Sie, wie sich Ferry beim Ziel %1 authentifiziert: mit einem Vertrauens-Token, einem Client-Zertifikat, das Ferry erstellt, oder einem vorhandenen Zertifikat mit Schlüssel.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+53"/>
        <source>A target named %1 already exists.</source>
        <translation>Ein Ziel namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A trust token adds a client certificate; a target that authenticates by OIDC needs none.</source>
        <translation>Ein Vertrauens-Token fügt ein Client-Zertifikat hinzu; ein Ziel, das sich per OIDC anmeldet, braucht keines.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Target %1 authenticates with a client certificate, not OIDC: store its key with ferryctl target login %1 --client-key FILE.</source>
        <translation>Ziel %1 meldet sich mit einem Client-Zertifikat an, nicht per OIDC: Speichern Sie seinen Schlüssel mit ferryctl target login %1 --client-key DATEI.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Target %1 has no client certificate, so it has no key.</source>
        <translation>Ziel %1 hat kein Client-Zertifikat und daher keinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This host has no client key of target %1 (keychain key %2): export it on the computer that added the target or last stored its key.</source>
        <translation>Dieser Host hat keinen Client-Schlüssel von Ziel %1 (Schlüsselbund-Eintrag %2): Exportieren Sie ihn auf dem Computer, der das Ziel hinzugefügt oder seinen Schlüssel zuletzt gespeichert hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client key of target %1 in this host&apos;s keychain does not belong to its client certificate: %2</source>
        <translation>Der Client-Schlüssel von Ziel %1 im Schlüsselbund dieses Hosts gehört nicht zu seinem Client-Zertifikat: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Target %1 authenticates by OIDC and has no client key: log in with ferryctl target login %1 (without --client-key).</source>
        <translation>Ziel %1 meldet sich per OIDC an und hat keinen Client-Schlüssel: Melden Sie sich mit ferryctl target login %1 an (ohne --client-key).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target %1 has no client certificate, so it has no key to store.</source>
        <translation>Das Ziel %1 hat kein Client-Zertifikat und damit keinen Schlüssel, der gespeichert werden könnte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key was not stored: %1 The client certificate of target %2 has SHA-256 %3.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1 Das Client-Zertifikat des Ziels %2 hat SHA-256 %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The key was not stored: connecting to target %1 from this host with it gave &quot;%2&quot;.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: Die Verbindung zum Ziel %1 von diesem Host aus ergab damit „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/targets/oidctokens.cpp" line="+28"/>
        <source>This host has no OIDC login for target %1; log in: ferryctl target login %1</source>
        <translation>Dieser Rechner hat keine OIDC-Anmeldung für Ziel %1; melden Sie sich an: ferryctl target login %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The OIDC login of target %1 has expired and could not be renewed; log in again: ferryctl target login %1</source>
        <translation>Die OIDC-Anmeldung für Ziel %1 ist abgelaufen und konnte nicht erneuert werden; melden Sie sich erneut an: ferryctl target login %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 does not authenticate by OIDC (it sent no X-Incus-OIDC headers; HTTP %2). Configure oidc.issuer and oidc.client.id on the server, or use a trust token or a client certificate.</source>
        <translation>%1 authentifiziert nicht per OIDC (keine X-Incus-OIDC-Header; HTTP %2). Richten Sie oidc.issuer und oidc.client.id auf dem Server ein, oder verwenden Sie ein Vertrauens-Token oder ein Client-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>TargetSettingsWidget</name>
    <message>
        <location filename="../ui/targets/targetsettingswidget.ui"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location/>
        <source>lxd01</source>
        <translation>lxd01</translation>
    </message>
    <message>
        <location/>
        <source>How Ferry and ferryctl call this target. No slashes.</source>
        <translation>Wie Ferry und ferryctl dieses Ziel nennen. Ohne Schrägstriche.</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <location/>
        <source>https://host:8443</source>
        <translation>https://host:8443</translation>
    </message>
    <message>
        <location/>
        <source>The server&apos;s HTTPS address: a host name, host:port or an https URL. The port is 8443 unless you give another.</source>
        <translation>Die HTTPS-Adresse des Servers: ein Hostname, Host:Port oder eine https-URL. Ohne Angabe ist der Port 8443.</translation>
    </message>
    <message>
        <location/>
        <source>A host name, host:port or an https URL; the port defaults to 8443.</source>
        <translation>Ein Hostname, Host:Port oder eine https-URL; der Port ist standardmäßig 8443.</translation>
    </message>
    <message>
        <location/>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location/>
        <source>Concurrent &amp;imports:</source>
        <translation>Gleichzeitige &amp;Importe:</translation>
    </message>
    <message>
        <location/>
        <source>How many instances may be imported into this target at once (0: no limit).</source>
        <translation>Wie viele Instanzen gleichzeitig in dieses Ziel importiert werden dürfen (0: keine Grenze).</translation>
    </message>
    <message>
        <location/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location/>
        <source>Concurrent &amp;creations:</source>
        <translation>Gleichzeitiges &amp;Anlegen:</translation>
    </message>
    <message>
        <location/>
        <source>How many instances may be created on this target at once (0: no limit).</source>
        <translation>Wie viele Instanzen gleichzeitig auf diesem Ziel angelegt werden dürfen (0: keine Grenze).</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location/>
        <source>How long Ferry waits for a connection or a server operation, e.g. 30s, 5m or 1h30m.</source>
        <translation>Wie lange Ferry auf eine Verbindung oder eine Serveroperation wartet, z. B. 30s, 5m oder 1h30m.</translation>
    </message>
    <message>
        <location/>
        <source>5m</source>
        <translation>5m</translation>
    </message>
    <message>
        <location/>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <location/>
        <source>SHA-256 &amp;fingerprint:</source>
        <translation>SHA-256-&amp;Fingerabdruck:</translation>
    </message>
    <message>
        <location/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Verify by:</source>
        <translation>&amp;Prüfen über:</translation>
    </message>
    <message>
        <location/>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <location/>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
</context>
<context>
    <name>VsphereVm</name>
    <message>
        <location filename="../src/core/engine/vspherevm.cpp" line="+49"/>
        <location line="+7"/>
        <source>The source VM %1 does not exist any more.</source>
        <translation>Die Quell-VM %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The vSphere task %1 failed.</source>
        <translation>Die vSphere-Aufgabe %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vSphere task %1 did not finish in time.</source>
        <translation>Die vSphere-Aufgabe %1 wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The source VM did not reach the power state %1 in time (it is %2).</source>
        <translation>Die Quell-VM hat den Energiezustand %1 nicht rechtzeitig erreicht (sie ist %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Canceled while waiting for the source VM to power off; it is left as it is (%1).</source>
        <translation>Abgebrochen, während auf das Ausschalten der Quell-VM gewartet wurde; sie bleibt, wie sie ist (%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The source host refuses power operations through its API (%1: %2, as the free ESXi does). Ferry did not touch the VM: shut the VM down yourself, then retry.</source>
        <translation>Der Quell-Host lehnt Ein- und Ausschaltvorgänge über seine API ab (%1: %2, wie der kostenlose ESXi). Ferry hat die VM nicht angefasst: Fahren Sie die VM selbst herunter und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The source VM is suspended; powering it off would discard its memory state. Resume it and shut it down, or power it off yourself, then retry.</source>
        <translation>Die Quell-VM ist angehalten (suspended); Ausschalten würde ihren Arbeitsspeicherzustand verwerfen. Setzen Sie sie fort und fahren Sie sie herunter oder schalten Sie sie selbst aus, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source refused the guest shutdown (ShutdownGuest): %1 (%2)</source>
        <translation>Die Quelle hat das Herunterfahren des Gastes abgelehnt (ShutdownGuest): %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the guest shutdown was refused (%1)</source>
        <translation>das Herunterfahren des Gastes wurde abgelehnt (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the guest did not shut down within %1 s</source>
        <translation>der Gast ist nicht innerhalb von %1 s heruntergefahren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its guest tools are not running, so the guest cannot be asked to shut down</source>
        <translation>ihre Gast-Tools laufen nicht, daher kann der Gast nicht zum Herunterfahren aufgefordert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The source VM is still running: %1, and the batch does not allow a hard power-off. Shut the VM down yourself or allow hard power-off for the batch (config.hard_power_off), then retry.</source>
        <translation>Die Quell-VM läuft noch: %1, und der Batch erlaubt kein hartes Ausschalten. Fahren Sie die VM selbst herunter oder erlauben Sie hartes Ausschalten für den Batch (config.hard_power_off), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Powering the source VM off hard: %1</source>
        <translation>Die Quell-VM wird hart ausgeschaltet: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The source refused the power-off (PowerOffVM_Task): %1</source>
        <translation>Die Quelle hat das Ausschalten abgelehnt (PowerOffVM_Task): %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The source has no search index.</source>
        <translation>Die Quelle hat keinen Suchindex.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No VM with the instance UUID %1 exists on the source.</source>
        <translation>Auf der Quelle gibt es keine VM mit der Instanz-UUID %1.</translation>
    </message>
</context>
<context>
    <name>WarningRepository</name>
    <message>
        <location filename="../src/core/store/warningrepository.cpp" line="+47"/>
        <source>No warning %1.</source>
        <translation>Keine Warnung %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown warning status %1; use new or acknowledged.</source>
        <translation>Unbekannter Warnungsstatus %1; verwenden Sie new oder acknowledged.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A warning needs a type.</source>
        <translation>Eine Warnung braucht einen Typ.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A warning with the UUID %1 already exists.</source>
        <translation>Eine Warnung mit der UUID %1 gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>ferry::Diagnostics</name>
    <message>
        <location filename="../src/core/diagnostics/diagnostics.cpp" line="+80"/>
        <source>Could not prepare a query for the copy.</source>
        <translation>Eine Abfrage für die Kopie konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A query on the database copy failed.</source>
        <translation>Eine Abfrage auf der Datenbankkopie ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>The diagnostics bundle holds a copy of Ferry&apos;s SQLite database; Ferry is using the PostgreSQL database %1, which it cannot copy into the bundle yet. Attach a pg_dump of it to the report instead.</source>
        <translation>Das Diagnosepaket enthält eine Kopie der SQLite-Datenbank von Ferry; Ferry verwendet die PostgreSQL-Datenbank %1, die es noch nicht in das Paket kopieren kann. Hängen Sie stattdessen einen pg_dump davon an den Bericht an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no Ferry database in %1.</source>
        <translation>In %1 gibt es keine Ferry-Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the file to write the diagnostics to.</source>
        <translation>Nennen Sie die Datei, in die die Diagnose geschrieben werden soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not create a temporary directory.</source>
        <translation>Ein temporäres Verzeichnis konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not open the database.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not copy the database.</source>
        <translation>Die Datenbank konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the database copy.</source>
        <translation>Die Datenbankkopie konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ferry diagnostics
=================

versions.txt  Ferry, Qt, SQLite and operating system versions
settings.txt  Ferry&apos;s settings
ferry.db      a copy of Ferry&apos;s database (SQLite). Keychain references, user names,
              values of columns and settings named after passwords, secrets, tokens or
              keys, and private keys are replaced by [redacted]. Passwords and client
              keys were never in the database: they stay in the system keychain.
logs/         Ferry&apos;s log files, with password=, token= and similar values replaced

Values replaced: %1
</source>
        <translation>Ferry-Diagnose
==============

versions.txt  Versionen von Ferry, Qt, SQLite und dem Betriebssystem
settings.txt  Ferrys Einstellungen
ferry.db      eine Kopie von Ferrys Datenbank (SQLite). Verweise in den Schlüsselbund,
              Benutzernamen, Werte von Spalten und Einstellungen, die nach Passwörtern,
              Geheimnissen, Tokens oder Schlüsseln benannt sind, und private Schlüssel
              sind durch [redacted] ersetzt. Passwörter und Client-Schlüssel waren nie in
              der Datenbank: Sie bleiben im Schlüsselbund des Systems.
logs/         Ferrys Protokolldateien, mit ersetzten Werten von password=, token= usw.

Ersetzte Werte: %1
</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ferry::convert</name>
    <message>
        <location filename="../src/core/convert/linuxconfig.cpp" line="+27"/>
        <source>The MAC address %1 is not valid.</source>
        <translation>Die MAC-Adresse %1 ist ungültig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>The interface name %1 is not valid.</source>
        <translation>Der Schnittstellenname %1 ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/core/convert/cowoverlay.cpp" line="+131"/>
        <source>The disk %1 does not exist.</source>
        <translation>Die Festplatte %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Guest conversion needs nbdkit, which is not installed.</source>
        <translation>Die Gastkonvertierung braucht nbdkit, das nicht installiert ist.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Guest conversion needs %1, which is not installed.</source>
        <translation>Die Gastkonvertierung braucht %1, das nicht installiert ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not finish.</source>
        <translation>%1 wurde nicht fertig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+99"/>
        <source>No temporary directory for the conversion overlay.</source>
        <translation>Kein temporäres Verzeichnis für das Overlay der Konvertierung.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+9"/>
        <source>The overlay&apos;s map cannot be read.</source>
        <translation>Die Belegungsübersicht des Overlays kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The overlay holds data that cannot be read directly.</source>
        <translation>Das Overlay enthält Daten, die nicht direkt gelesen werden können.</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>nbdkit could not be started.</source>
        <translation>nbdkit konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nbdkit could not serve the disk.</source>
        <translation>nbdkit konnte die Festplatte nicht bereitstellen.</translation>
    </message>
    <message>
        <location filename="../src/core/convert/guestfishsession.cpp" line="+69"/>
        <source>Guest conversion needs libguestfs (guestfish), which is not installed.</source>
        <translation>Die Gastkonvertierung braucht libguestfs (guestfish), das nicht installiert ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+15"/>
        <source>libguestfs could not be started.</source>
        <translation>libguestfs konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>libguestfs is not running.</source>
        <translation>libguestfs läuft nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The guest conversion step %1 did not finish within %2 s.</source>
        <translation>Der Konvertierungsschritt %1 wurde nicht innerhalb von %2 s fertig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The guest conversion step %1 failed.</source>
        <translation>Der Konvertierungsschritt %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/core/convert/linuxconverter.cpp" line="+80"/>
        <source>Cannot read a file copied out of the guest.</source>
        <translation>Eine aus dem Gast kopierte Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/core/convert/windowsconverter.cpp" line="+403"/>
        <source>Cannot write a file for the guest.</source>
        <translation>Eine Datei für den Gast kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/core/convert/windowsconverter.cpp" line="-61"/>
        <source>The guest conversion was canceled.</source>
        <translation>Die Gastkonvertierung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/core/convert/windowsconverter.cpp" line="+74"/>
        <source>The conversion has no disk.</source>
        <translation>Die Konvertierung hat keine Festplatte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/core/convert/windowsconverter.cpp" line="+7"/>
        <source>No temporary directory for the conversion.</source>
        <translation>Kein temporäres Verzeichnis für die Konvertierung.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../src/core/convert/windowsconverter.cpp" line="+93"/>
        <source>No operating system was found on the disk: it is migrated unconverted.</source>
        <translation>Auf der Festplatte wurde kein Betriebssystem gefunden: Sie wird unkonvertiert migriert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disks hold %1 operating systems; the first (%2) is converted.</source>
        <translation>Die Festplatten enthalten %1 Betriebssysteme; das erste (%2) wird konvertiert.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The guest&apos;s operating system (%1) cannot be converted yet.</source>
        <translation>Das Betriebssystem des Gasts (%1) kann noch nicht konvertiert werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2) could not be mounted: %3</source>
        <translation>%1 (%2) konnte nicht eingehängt werden: %3</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Package format %1: VMware Tools were not looked for.</source>
        <translation>Paketformat %1: Nach VMware Tools wurde nicht gesucht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>VMware Tools could not be removed from the guest.</source>
        <translation>VMware Tools konnten nicht aus dem Gast entfernt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VMware Tools installed from VMware&apos;s own installer were found (/etc/vmware-tools): they are left in place.</source>
        <translation>Mit VMwares eigenem Installationsprogramm installierte VMware Tools wurden gefunden (/etc/vmware-tools): Sie bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No interface name in the guest&apos;s network configuration for the NIC(s) %1: they keep the names the target&apos;s hardware gives them.</source>
        <translation>Kein Schnittstellenname in der Netzwerkkonfiguration des Gastes für die Netzwerkkarte(n) %1: Sie behalten die Namen, die ihnen die Hardware des Ziels gibt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 was written anew for the new address of %2: the comments it had are gone.</source>
        <translation>%1 wurde für die neue Adresse von %2 neu geschrieben: Die Kommentare darin sind entfallen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The new address %1 for NIC %2 was not applied: no network configuration in the guest (ifupdown, netplan, NetworkManager, systemd-networkd, ifcfg) configures %3.</source>
        <translation>Die neue Adresse %1 für die Netzwerkkarte %2 wurde nicht übernommen: Keine Netzwerkkonfiguration im Gast (ifupdown, netplan, NetworkManager, systemd-networkd, ifcfg) konfiguriert %3.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is left as it was, with the old interface names: %2</source>
        <translation>%1 bleibt unverändert, mit den alten Schnittstellennamen: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is left as it was, with the old interface names: %2 exists already.</source>
        <translation>%1 bleibt unverändert, mit den alten Schnittstellennamen: %2 existiert bereits.</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>The dry run has no disk.</source>
        <translation>Der Probelauf hat keine Festplatte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No temporary directory for the dry run.</source>
        <translation>Kein temporäres Verzeichnis für den Probelauf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dry run took longer than %1 s and was stopped.</source>
        <translation>Der Probelauf dauerte länger als %1 s und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The new address %1 for NIC %2 was not applied: the guest has no ifupdown configuration for %3 (netplan, NetworkManager, systemd-networkd and ifcfg are not rewritten yet).</source>
        <translation type="vanished">Die neue Adresse %1 für die Netzwerkkarte %2 wurde nicht angewendet: Der Gast hat keine ifupdown-Konfiguration für %3 (netplan, NetworkManager, systemd-networkd und ifcfg werden noch nicht umgeschrieben).</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>it</source>
        <translation>sie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The VM has no NIC in the inventory: no interface name pinned.</source>
        <translation>Die VM hat im Inventar keine Netzwerkkarte: Kein Schnittstellenname wurde festgelegt.</translation>
    </message>
    <message>
        <source>%1 was not rewritten to the new interface names.</source>
        <translation type="vanished">%1 wurde nicht auf die neuen Schnittstellennamen umgeschrieben.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>/etc/fstab names %1, whose UUID is not known: left as it was.</source>
        <translation>/etc/fstab nennt %1, dessen UUID nicht bekannt ist: unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The guest has no kernel modules (/lib/modules is empty): it cannot be converted.</source>
        <translation>Der Gast hat keine Kernelmodule (/lib/modules ist leer): Er kann nicht konvertiert werden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+33"/>
        <source>The guest&apos;s initramfs could not be rebuilt.</source>
        <translation>Das initramfs des Gasts konnte nicht neu erstellt werden.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The rebuilt initramfs of kernel %1 has no virtio_scsi.</source>
        <translation>Das neu erstellte initramfs von Kernel %1 enthält kein virtio_scsi.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The guest has neither initramfs-tools nor dracut: its initramfs cannot be rebuilt with the virtio drivers.</source>
        <translation>Der Gast hat weder initramfs-tools noch dracut: Sein initramfs kann nicht mit den virtio-Treibern neu erstellt werden.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The UEFI guest has no boot loader on its EFI system partition that could serve as the fallback loader \EFI\BOOT\BOOTX64.EFI.</source>
        <translation>Der UEFI-Gast hat auf seiner EFI-Systempartition keinen Bootloader, der als Ersatz-Loader \EFI\BOOT\BOOTX64.EFI dienen könnte.</translation>
    </message>
    <message>
        <location filename="../src/core/convert/linuxnetaddress.cpp" line="+195"/>
        <location filename="../src/core/convert/linuxnetrename.cpp" line="+280"/>
        <source>The netplan file cannot be read: %1</source>
        <translation>Die netplan-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The netplan file cannot be written: %1</source>
        <translation>Die netplan-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/convert/linuxnetrename.cpp" line="-212"/>
        <source>%1: the pattern %2 matches the old name %3 and is left as it is.</source>
        <translation>%1: Das Muster %2 passt auf den alten Namen %3 und bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>it is neither a section, a setting nor a comment.</source>
        <translation>Sie ist weder ein Abschnitt noch eine Einstellung noch ein Kommentar.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Line %1 cannot be read: %2</source>
        <translation>Zeile %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it continues on the next line.</source>
        <translation>Sie wird in der nächsten Zeile fortgesetzt.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The netplan file holds more than one YAML document.</source>
        <translation>Die netplan-Datei enthält mehr als ein YAML-Dokument.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The netplan file configures both %1 and %2.</source>
        <translation>Die netplan-Datei konfiguriert sowohl %1 als auch %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The netplan file names an interface in a form that cannot be rewritten in place.</source>
        <translation>Die netplan-Datei nennt eine Schnittstelle in einer Form, die sich nicht an Ort und Stelle umschreiben lässt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The netplan file does not read back as expected once renamed.</source>
        <translation>Die netplan-Datei lässt sich nach der Umbenennung nicht wie erwartet zurücklesen.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>it is not a setting.</source>
        <translation>Sie ist keine Einstellung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 names an old interface and is left as it is.</source>
        <translation>%1 nennt eine alte Schnittstelle und bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the value of %1 is not a plain one.</source>
        <translation>Der Wert von %1 ist kein einfacher Wert.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is not a kind of network configuration.</source>
        <translation>%1 ist keine Art von Netzwerkkonfiguration.</translation>
    </message>
    <message>
        <location filename="../src/core/convert/guestdryrun.cpp" line="+66"/>
        <source>No network configuration found (ifupdown, netplan, NetworkManager, systemd-networkd, ifcfg).</source>
        <translation>Keine Netzwerkkonfiguration gefunden (ifupdown, netplan, NetworkManager, systemd-networkd, ifcfg).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no interface</source>
        <translation>keine Schnittstelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network configuration: %1</source>
        <translation>Netzwerkkonfiguration: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VM has no NIC in the inventory: no interface name would be pinned.</source>
        <translation>Die VM hat im Inventar keine Netzwerkkarte: Es würde kein Schnittstellenname festgelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No interface name in the guest&apos;s network configuration for the NIC(s) %1: they would keep the names the target&apos;s hardware gives them.</source>
        <translation>Kein Schnittstellenname in der Netzwerkkonfiguration des Gasts für die Netzwerkkarte(n) %1: Sie würden die Namen behalten, die die Hardware des Ziels ihnen gibt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pin-nic-names: would keep %1 (udev rule by MAC)</source>
        <translation>pin-nic-names: würde %1 beibehalten (udev-Regel nach MAC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new address %1 for NIC %2 would not be applied: no network configuration in the guest configures %3.</source>
        <translation>Die neue Adresse %1 für die Netzwerkkarte %2 würde nicht übernommen: Keine Netzwerkkonfiguration im Gast konfiguriert %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nic-addresses: %1 (%2) would get %3%4 in %5</source>
        <translation>nic-addresses: %1 (%2) würde %3%4 in %5 erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, gateway %1</source>
        <translation>, Gateway %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new address %1 for NIC %2 would not be applied: the guest names no interface for it.</source>
        <translation>Die neue Adresse %1 für die Netzwerkkarte %2 würde nicht übernommen: Der Gast nennt keine Schnittstelle für sie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 would be left as it is, with the old interface names: %2</source>
        <translation>%1 bliebe unverändert, mit den alten Schnittstellennamen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rename-nic-config: %1 in %2</source>
        <translation>rename-nic-config: %1 in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no file</source>
        <translation>keiner Datei</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No operating system found on the disks: they would migrate unconverted.</source>
        <translation>Kein Betriebssystem auf den Festplatten gefunden: Sie würden unkonvertiert migriert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disks hold %1 operating systems; only the first (%2) would be converted.</source>
        <translation>Die Festplatten enthalten %1 Betriebssysteme; nur das erste (%2) würde konvertiert.</translation>
    </message>
    <message>
        <source>Windows (%1) found: Windows guests are not converted yet; the migration would fail after the power-off. Install the virtio-win drivers in the guest and turn conversion off for the batch.</source>
        <translation type="vanished">Windows (%1) gefunden: Windows-Gäste werden noch nicht konvertiert; die Migration würde nach dem Ausschalten fehlschlagen. Installieren Sie die virtio-win-Treiber im Gast und schalten Sie die Konvertierung für den Batch aus.</translation>
    </message>
    <message>
        <source>%1 (%2) found: only Linux guests are converted; the migration would fail after the power-off.</source>
        <translation type="vanished">%1 (%2) gefunden: Nur Linux-Gäste werden konvertiert; die Migration würde nach dem Ausschalten fehlschlagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (Windows %2.%3, build %4, %5, %6), root %7</source>
        <translation>%1 (Windows %2.%3, Build %4, %5, %6), Root %7</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Windows is converted with the virtio-win drivers, and there is no virtio-win ISO: the migration would stop before the power-off.</source>
        <translation>Windows wird mit den virtio-win-Treibern konvertiert, und es gibt keine virtio-win-ISO: Die Migration würde vor dem Ausschalten anhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 The root disk would be attached on NVMe (io.bus=nvme).</source>
        <translation>%1 Der Root-Datenträger würde an NVMe angeschlossen (io.bus=nvme).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>virtio drivers would be injected from %1; services registered in the SYSTEM hive; VMware Tools&apos; services disabled</source>
        <translation>virtio-Treiber würden aus %1 eingespielt; Dienste im SYSTEM-Hive registriert; die Dienste der VMware Tools deaktiviert</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>At first boot, %n NIC(s) get their static IP configuration (or the new address given) on the virtio adapter with the same MAC; drive letters restored.</source>
        <translation>
            <numerusform>Beim ersten Start erhält %n Netzwerkkarte ihre statische IP-Konfiguration (oder die neu angegebene Adresse) auf dem virtio-Adapter mit derselben MAC; Laufwerksbuchstaben werden wiederhergestellt.</numerusform>
            <numerusform>Beim ersten Start erhalten %n Netzwerkkarten ihre statische IP-Konfiguration (oder die neu angegebene Adresse) auf dem virtio-Adapter mit derselben MAC; Laufwerksbuchstaben werden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) found: only Linux and Windows guests are converted; the migration would fail after the power-off.</source>
        <translation>%1 (%2) gefunden: Nur Linux- und Windows-Gäste werden konvertiert; die Migration würde nach dem Ausschalten fehlschlagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, root %2, %3, packages %4</source>
        <translation>%1, Root %2, %3, Pakete %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>libguestfs does not recognise the distribution: the steps below follow the tools found in the guest.</source>
        <translation>libguestfs erkennt die Distribution nicht: Die folgenden Schritte richten sich nach den Werkzeugen, die im Gast gefunden wurden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Package format %1: VMware Tools would not be looked for.</source>
        <translation>Paketformat %1: Nach VMware Tools würde nicht gesucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remove-vmware-tools: open-vm-tools is not installed, nothing to remove</source>
        <translation>remove-vmware-tools: open-vm-tools ist nicht installiert, nichts zu entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove-vmware-tools: would remove %1</source>
        <translation>remove-vmware-tools: würde %1 entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VMware Tools installed from VMware&apos;s own installer (/etc/vmware-tools) would be left in place.</source>
        <translation>Mit VMwares eigenem Installationsprogramm installierte VMware Tools (/etc/vmware-tools) blieben erhalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fstab-uuids: would rewrite %1</source>
        <translation>fstab-uuids: würde %1 umschreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/etc/fstab names %1, whose UUID is not known: it would be left as it is.</source>
        <translation>/etc/fstab nennt %1, dessen UUID nicht bekannt ist: Der Eintrag bliebe unverändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The guest has no kernel modules (/lib/modules is empty): the conversion would fail after the power-off.</source>
        <translation>Der Gast hat keine Kernelmodule (/lib/modules ist leer): Die Konvertierung würde nach dem Ausschalten fehlschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>initramfs-virtio: initramfs-tools would add %1 and rebuild for %2 (the longest step: about a minute under TCG)</source>
        <translation>initramfs-virtio: initramfs-tools würde %1 hinzufügen und für %2 neu erstellen (der längste Schritt: etwa eine Minute unter TCG)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>initramfs-virtio: dracut would add %1 and rebuild for %2</source>
        <translation>initramfs-virtio: dracut würde %1 hinzufügen und für %2 neu erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The guest has neither initramfs-tools nor dracut: its initramfs cannot get the virtio drivers, the conversion would fail after the power-off.</source>
        <translation>Der Gast hat weder initramfs-tools noch dracut: Seine initramfs kann die virtio-Treiber nicht erhalten, die Konvertierung würde nach dem Ausschalten fehlschlagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>efi-fallback: \EFI\BOOT\BOOTX64.EFI is present, nothing to do</source>
        <translation>efi-fallback: \EFI\BOOT\BOOTX64.EFI ist vorhanden, nichts zu tun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>efi-fallback: would copy the loader of \EFI\%1 to \EFI\BOOT\BOOTX64.EFI</source>
        <translation>efi-fallback: würde den Bootloader aus \EFI\%1 nach \EFI\BOOT\BOOTX64.EFI kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The UEFI guest has no boot loader on its EFI system partition that could serve as the fallback loader: the conversion would fail after the power-off.</source>
        <translation>Der UEFI-Gast hat auf seiner EFI-Systempartition keinen Bootloader, der als Fallback-Loader dienen könnte: Die Konvertierung würde nach dem Ausschalten fehlschlagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>conversion-log: would write /var/log/ferry-conversion.log</source>
        <translation>conversion-log: würde /var/log/ferry-conversion.log schreiben</translation>
    </message>
    <message>
        <location filename="../src/core/convert/guestconverter.cpp" line="+40"/>
        <source>Neither the Linux nor the Windows conversion accepts the guest (%1).</source>
        <translation>Weder die Linux- noch die Windows-Konvertierung nimmt den Gast an (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/convert/virtiowinlayout.cpp" line="+40"/>
        <source>Windows 8.1 (6.3 client) has no directory in the virtio-win ISO&apos;s layout.</source>
        <translation>Windows 8.1 (6.3 Client) hat kein Verzeichnis im Aufbau der virtio-win-ISO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows %1 (%2) is older than the virtio-win ISO&apos;s layout covers (Server 2012 R2, Windows 10 and newer).</source>
        <translation>Windows %1 (%2) ist älter als das, was der Aufbau der virtio-win-ISO abdeckt (Server 2012 R2, Windows 10 und neuer).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows Server 10.0 of unknown release (%1, build %2): no virtio-win directory can be chosen.</source>
        <translation>Windows Server 10.0 unbekannter Version (%1, Build %2): Es lässt sich kein virtio-win-Verzeichnis wählen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>virtio-win has no drivers for the architecture %1.</source>
        <translation>virtio-win hat keine Treiber für die Architektur %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The virtio-win ISO has no storage driver (viostor, vioscsi) for %1 (%2/%3).</source>
        <translation>Die virtio-win-ISO hat keinen Speichertreiber (viostor, vioscsi) für %1 (%2/%3).</translation>
    </message>
    <message>
        <location filename="../src/core/convert/windowsconverter.cpp" line="-160"/>
        <location line="+7"/>
        <source>hivexregedit could not read a registry hive.</source>
        <translation>hivexregedit konnte einen Registry-Hive nicht lesen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the registry edits.</source>
        <translation>Die Registry-Änderungen können nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The guest&apos;s registry could not be changed (hivexregedit).</source>
        <translation>Die Registry des Gasts konnte nicht geändert werden (hivexregedit).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Converting a Windows guest needs hivexregedit, which is not installed.</source>
        <translation>Das Konvertieren eines Windows-Gasts braucht hivexregedit, das nicht installiert ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The virtio-win ISO %1 does not exist.</source>
        <translation>Die virtio-win-ISO %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The guest&apos;s volume %1 is encrypted with BitLocker: it cannot be converted. Suspend or turn off BitLocker in the guest before the migration, or turn guest conversion off for the batch.</source>
        <translation>Das Volume %1 des Gasts ist mit BitLocker verschlüsselt: Es kann nicht konvertiert werden. Setzen Sie BitLocker im Gast vor der Migration aus oder schalten Sie es ab, oder schalten Sie die Gastkonvertierung für den Batch aus.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 needs the virtio-win drivers to be converted, and no virtio-win ISO was given.</source>
        <translation>%1 braucht zum Konvertieren die virtio-win-Treiber, und es wurde keine virtio-win-ISO angegeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The virtio-win ISO is not attached.</source>
        <translation>Die virtio-win-ISO ist nicht eingebunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The virtio-win ISO %1 could not be mounted.</source>
        <translation>Die virtio-win-ISO %1 konnte nicht eingehängt werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 The root disk must be attached on NVMe (io.bus=nvme), which Windows has an inbox driver for.</source>
        <translation>%1 Der Root-Datenträger muss an NVMe angeschlossen werden (io.bus=nvme), wofür Windows einen eingebauten Treiber hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The virtio-win ISO has no %1 for %2 (%3/%4).</source>
        <translation>Die virtio-win-ISO hat kein %1 für %2 (%3/%4).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The guest&apos;s SYSTEM hive names no current control set (Select\Current).</source>
        <translation>Der SYSTEM-Hive des Gasts nennt keinen aktuellen Control Set (Select\Current).</translation>
    </message>
</context>
<context>
    <name>ferry::convert::CowOverlay</name>
    <message>
        <source>The disk %1 does not exist.</source>
        <translation type="vanished">Die Festplatte %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Guest conversion needs nbdkit, which is not installed.</source>
        <translation type="vanished">Die Gastkonvertierung braucht nbdkit, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>No temporary directory for the conversion overlay.</source>
        <translation type="vanished">Kein temporäres Verzeichnis für das Overlay der Konvertierung.</translation>
    </message>
    <message>
        <source>nbdkit could not be started.</source>
        <translation type="vanished">nbdkit konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>nbdkit could not serve the disk.</source>
        <translation type="vanished">nbdkit konnte die Festplatte nicht bereitstellen.</translation>
    </message>
</context>
<context>
    <name>ferry::convert::GuestfishSession</name>
    <message>
        <source>Guest conversion needs libguestfs (guestfish), which is not installed.</source>
        <translation type="vanished">Die Gastkonvertierung braucht libguestfs (guestfish), das nicht installiert ist.</translation>
    </message>
    <message>
        <source>libguestfs could not be started.</source>
        <translation type="vanished">libguestfs konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>libguestfs is not running.</source>
        <translation type="vanished">libguestfs läuft nicht.</translation>
    </message>
    <message>
        <source>The guest conversion step %1 did not finish within %2 s.</source>
        <translation type="vanished">Der Konvertierungsschritt %1 wurde nicht innerhalb von %2 s fertig.</translation>
    </message>
    <message>
        <source>The guest conversion step %1 failed.</source>
        <translation type="vanished">Der Konvertierungsschritt %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ferry::convert::LinuxConverter</name>
    <message>
        <source>Cannot read a file copied out of the guest.</source>
        <translation type="vanished">Eine aus dem Gast kopierte Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write a file for the guest.</source>
        <translation type="vanished">Eine Datei für den Gast kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The guest conversion was canceled.</source>
        <translation type="vanished">Die Gastkonvertierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The conversion has no disk.</source>
        <translation type="vanished">Die Konvertierung hat keine Festplatte.</translation>
    </message>
    <message>
        <source>No temporary directory for the conversion.</source>
        <translation type="vanished">Kein temporäres Verzeichnis für die Konvertierung.</translation>
    </message>
    <message>
        <source>No operating system was found on the disk: it is migrated unconverted.</source>
        <translation type="vanished">Auf der Festplatte wurde kein Betriebssystem gefunden: Sie wird unkonvertiert migriert.</translation>
    </message>
    <message>
        <source>The disks hold %1 operating systems; the first (%2) is converted.</source>
        <translation type="vanished">Die Festplatten enthalten %1 Betriebssysteme; das erste (%2) wird konvertiert.</translation>
    </message>
    <message>
        <source>The guest&apos;s operating system (%1) cannot be converted yet.</source>
        <translation type="vanished">Das Betriebssystem des Gasts (%1) kann noch nicht konvertiert werden.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be mounted: %3</source>
        <translation type="vanished">%1 (%2) konnte nicht eingehängt werden: %3</translation>
    </message>
    <message>
        <source>Package format %1: VMware Tools were not looked for.</source>
        <translation type="vanished">Paketformat %1: Nach VMware Tools wurde nicht gesucht.</translation>
    </message>
    <message>
        <source>VMware Tools could not be removed from the guest.</source>
        <translation type="vanished">VMware Tools konnten nicht aus dem Gast entfernt werden.</translation>
    </message>
    <message>
        <source>VMware Tools installed from VMware&apos;s own installer were found (/etc/vmware-tools): they are left in place.</source>
        <translation type="vanished">Mit VMwares eigenem Installationsprogramm installierte VMware Tools wurden gefunden (/etc/vmware-tools): Sie bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>The VM has no NIC in the inventory: no interface name pinned.</source>
        <translation type="vanished">Die VM hat im Inventar keine Netzwerkkarte: Kein Schnittstellenname wurde festgelegt.</translation>
    </message>
    <message>
        <source>%1 was not rewritten to the new interface names.</source>
        <translation type="vanished">%1 wurde nicht auf die neuen Schnittstellennamen umgeschrieben.</translation>
    </message>
    <message>
        <source>/etc/fstab names %1, whose UUID is not known: left as it was.</source>
        <translation type="vanished">/etc/fstab nennt %1, dessen UUID nicht bekannt ist: unverändert gelassen.</translation>
    </message>
    <message>
        <source>The guest has no kernel modules (/lib/modules is empty): it cannot be converted.</source>
        <translation type="vanished">Der Gast hat keine Kernelmodule (/lib/modules ist leer): Er kann nicht konvertiert werden.</translation>
    </message>
    <message>
        <source>The guest&apos;s initramfs could not be rebuilt.</source>
        <translation type="vanished">Das initramfs des Gasts konnte nicht neu erstellt werden.</translation>
    </message>
    <message>
        <source>The rebuilt initramfs of kernel %1 has no virtio_scsi.</source>
        <translation type="vanished">Das neu erstellte initramfs von Kernel %1 enthält kein virtio_scsi.</translation>
    </message>
    <message>
        <source>The guest has neither initramfs-tools nor dracut: its initramfs cannot be rebuilt with the virtio drivers.</source>
        <translation type="vanished">Der Gast hat weder initramfs-tools noch dracut: Sein initramfs kann nicht mit den virtio-Treibern neu erstellt werden.</translation>
    </message>
    <message>
        <source>The UEFI guest has no boot loader on its EFI system partition that could serve as the fallback loader \EFI\BOOT\BOOTX64.EFI.</source>
        <translation type="vanished">Der UEFI-Gast hat auf seiner EFI-Systempartition keinen Bootloader, der als Ersatz-Loader \EFI\BOOT\BOOTX64.EFI dienen könnte.</translation>
    </message>
</context>
<context>
    <name>ferry::engine::Engine</name>
    <message>
        <source>Another engine drives this database: %1</source>
        <translation type="vanished">Eine andere Engine steuert diese Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../src/core/engine/engine.cpp" line="+86"/>
        <source>The engine has no credential store.</source>
        <translation>Die Engine hat keinen Speicher für Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Resuming: the engine stopped during the migration</source>
        <translation>Fortsetzen: Die Engine wurde während der Migration beendet</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>No migration window fits: all have ended, are locked out or full, or are shorter than the minimum boot time</source>
        <translation>Kein Migrationsfenster passt: Alle sind abgelaufen, gesperrt oder voll oder kürzer als die minimale Startzeit</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Creating target instance definition</source>
        <translation>Definition der Zielinstanz wird erstellt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Every instance was migrated</source>
        <translation>Jede Instanz wurde migriert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Retry %1 of %2 in %3 s after: %4</source>
        <translation>Wiederholung %1 von %2 in %3 s nach: %4</translation>
    </message>
</context>
<context>
    <name>ferry::engine::GuestDryRun</name>
    <message>
        <location filename="../src/core/engine/guestdryrun.cpp" line="+140"/>
        <source>This computer cannot inspect guests: %1 missing (libguestfs-tools, nbdkit and qemu-utils on Linux).</source>
        <translation>Dieser Computer kann keine Gäste untersuchen: %1 fehlt (libguestfs-tools, nbdkit und qemu-utils unter Linux).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the password of source %1: %2</source>
        <translation>Das Passwort der Quelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dry run not possible while the VM is suspended (its disks are in use).</source>
        <translation>Kein Probelauf möglich, solange die VM angehalten ist (ihre Festplatten sind in Gebrauch).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run not possible while the VM runs (its disks are in use).</source>
        <translation>Kein Probelauf möglich, solange die VM läuft (ihre Festplatten sind in Gebrauch).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Disk %1 cannot be read: %2</source>
        <translation>Datenträger %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The VM has no disk: nothing to inspect.</source>
        <translation>Die VM hat keine Festplatte: nichts zu untersuchen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No partition table or file system at the start of any disk: no operating system; the disks would land as they are.</source>
        <translation>Keine Partitionstabelle und kein Dateisystem am Anfang einer Festplatte: kein Betriebssystem; die Festplatten kämen unverändert an.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The guest could not be inspected: %1</source>
        <translation>Der Gast konnte nicht untersucht werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspected read-only in %1 s (%2); libguestfs read %3 bytes from the datastore; nothing was written.</source>
        <translation>In %1 s nur lesend untersucht (%2); libguestfs las %3 Bytes aus dem Datastore; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>ferry::engine::MigrationJob</name>
    <message>
        <location filename="../src/core/engine/migrationjob.cpp" line="+378"/>
        <source>The migration was canceled.</source>
        <translation>Die Migration wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>bug: a migration job started for an entry in &quot;%1&quot;</source>
        <translation>Programmfehler: Ein Migrationsauftrag wurde für einen Eintrag in &quot;%1&quot; gestartet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The target %1 of the placement is not registered.</source>
        <translation>Das Ziel %1 der Platzierung ist nicht registriert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the password of source %1: %2</source>
        <translation>Das Passwort der Quelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it has %1 disks, the batch started with %2.</source>
        <translation>Sie hat %1 Festplatten, der Batch begann mit %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>disk %1 is %2 (%3 bytes), the batch started with %4 (%5 bytes).</source>
        <translation>Festplatte %1 ist %2 (%3 Bytes), der Batch begann mit %4 (%5 Bytes).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the source VM</source>
        <translation>Quell-VM wird geprüft</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The source VM changed: its UUID is %1, the batch started with %2.</source>
        <translation>Die Quell-VM hat sich geändert: Ihre UUID ist %1, der Batch begann mit %2.</translation>
    </message>
    <message>
        <source>The source VM changed: it has %1 disks, the batch started with %2.</source>
        <translation type="vanished">Die Quell-VM hat sich geändert: Sie hat %1 Festplatten, der Batch begann mit %2.</translation>
    </message>
    <message>
        <source>The source VM changed: disk %1 is %2 (%3 bytes), the batch started with %4 (%5 bytes).</source>
        <translation type="vanished">Die Quell-VM hat sich geändert: Festplatte %1 ist %2 (%3 Bytes), der Batch begann mit %4 (%5 Bytes).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disk %1 cannot be copied: %2</source>
        <translation>Festplatte %1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>Source VM %1 (%2) is %3%4</source>
        <translation type="vanished">Quell-VM %1 (%2) ist %3%4</translation>
    </message>
    <message>
        <source>, powered off by Ferry earlier</source>
        <translation type="vanished">, zuvor von Ferry ausgeschaltet</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Cannot read the client key of target %1: %2</source>
        <translation>Der Client-Schlüssel des Ziels %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>instances</source>
        <translation type="vanished">Instanzen</translation>
    </message>
    <message>
        <source>An instance named %1 exists on target %2 and Ferry did not create it.</source>
        <translation type="vanished">Auf dem Ziel %2 gibt es eine Instanz namens %1, die Ferry nicht erstellt hat.</translation>
    </message>
    <message>
        <source>Deleting %1 left on the target by an earlier attempt</source>
        <translation type="vanished">%1, von einem früheren Versuch auf dem Ziel zurückgelassen, wird gelöscht</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Other projects could not be checked for a clashing name or MAC address: %1</source>
        <translation>Andere Projekte konnten nicht auf einen kollidierenden Namen oder eine kollidierende MAC-Adresse geprüft werden: %1</translation>
    </message>
    <message>
        <source>volumes in pool %1</source>
        <translation type="vanished">Volumes im Pool %1</translation>
    </message>
    <message>
        <source>Deleting volume %1 left on the target by an earlier attempt</source>
        <translation type="vanished">Volume %1, von einem früheren Versuch auf dem Ziel zurückgelassen, wird gelöscht</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Powering off the source VM</source>
        <translation>Quell-VM wird ausgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing disks</source>
        <translation>Festplatten werden importiert</translation>
    </message>
    <message>
        <source>Shutting the guest down</source>
        <translation type="vanished">Gast wird heruntergefahren</translation>
    </message>
    <message>
        <source>Powering the source VM off</source>
        <translation type="vanished">Quell-VM wird ausgeschaltet</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The source VM is off</source>
        <translation>Die Quell-VM ist ausgeschaltet</translation>
    </message>
    <message>
        <source>The source VM boots with BIOS; target %1 (LXD) has no security.csm, so the VM gets UEFI firmware and may need its boot loader converted</source>
        <translation type="vanished">Die Quell-VM startet mit BIOS; Ziel %1 (LXD) hat kein security.csm, daher bekommt die VM UEFI-Firmware, und ihr Bootloader muss eventuell umgestellt werden</translation>
    </message>
    <message>
        <location line="+408"/>
        <location line="+80"/>
        <location line="+11"/>
        <source>Importing disk (%1/%2) &quot;%3&quot;</source>
        <translation>Festplatte wird importiert (%1/%2) &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Disk %1 is not on a datastore.</source>
        <translation type="vanished">Festplatte %1 liegt nicht auf einem Datenspeicher.</translation>
    </message>
    <message>
        <source>Reading the descriptor of disk %1 failed (HTTP %2).</source>
        <translation type="vanished">Das Lesen des Deskriptors von Festplatte %1 ist fehlgeschlagen (HTTP %2).</translation>
    </message>
    <message>
        <source>Disk %1: %2 bytes in %3 ms (%4 bytes read, %5 sent%6), SHA-256 %7</source>
        <translation type="vanished">Festplatte %1: %2 Bytes in %3 ms (%4 Bytes gelesen, %5 gesendet%6), SHA-256 %7</translation>
    </message>
    <message>
        <source>, zero regions skipped</source>
        <translation type="vanished">, Nullbereiche übersprungen</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Configuring the target VM</source>
        <translation>Ziel-VM wird konfiguriert</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Configuring the target VM failed: %1</source>
        <translation>Das Konfigurieren der Ziel-VM ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Target VM %1 configured: %2 CPUs, %3, %4 NICs, %5 extra disks%6</source>
        <translation type="vanished">Ziel-VM %1 konfiguriert: %2 CPUs, %3, %4 Netzwerkkarten, %5 zusätzliche Festplatten%6</translation>
    </message>
    <message>
        <source>, TPM</source>
        <translation type="vanished">, TPM</translation>
    </message>
    <message>
        <location line="-968"/>
        <location line="+2"/>
        <source>The source VM changed: %1</source>
        <translation>Die Quell-VM hat sich geändert: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The source VM is suspended, and powering it off would discard its memory state. Resume it and shut it down, or power it off yourself if that state may go, then retry.</source>
        <translation>Die Quell-VM ist angehalten (suspendiert), und beim Ausschalten ginge ihr Arbeitsspeicherzustand verloren. Setzen Sie sie fort und fahren Sie sie herunter, oder schalten Sie sie selbst aus, wenn dieser Zustand verloren gehen darf, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source VM %1 (%2) is %3, powered off by Ferry earlier</source>
        <translation>Quell-VM %1 (%2) ist %3, zuvor von Ferry ausgeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source VM %1 (%2) is %3</source>
        <translation>Quell-VM %1 (%2) ist %3</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Target %1 lacks API extensions this VM needs: %2. Upgrade the server, or choose another target.</source>
        <translation>Dem Ziel %1 fehlen API-Erweiterungen, die diese VM braucht: %2. Aktualisieren Sie den Server oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Trying the VM&apos;s configuration on the target</source>
        <translation>Die Konfiguration der VM wird auf dem Ziel erprobt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target %1 refuses the VM&apos;s configuration (tried before the source is shut down): %2</source>
        <translation>Das Ziel %1 lehnt die Konfiguration der VM ab (erprobt, bevor die Quelle heruntergefahren wird): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target %1 accepts the VM&apos;s configuration</source>
        <translation>Das Ziel %1 akzeptiert die Konfiguration der VM</translation>
    </message>
    <message>
        <source>The source VM changed after it was checked: %1</source>
        <translation type="vanished">Die Quell-VM hat sich nach der Prüfung geändert: %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The source VM boots with BIOS; target %1 has no CSM (neither the security_csm nor the instance_boot_mode extension), so the VM gets UEFI firmware and may need its boot loader converted</source>
        <translation>Die Quell-VM startet mit BIOS; das Ziel %1 hat kein CSM (weder die Erweiterung security_csm noch instance_boot_mode), daher erhält die VM UEFI-Firmware und ihr Bootloader muss eventuell umgestellt werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>disk %1 could not be read yet (%2)</source>
        <translation>Datenträger %1 konnte noch nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disk %1: %2</source>
        <translation>Datenträger %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Guest conversion is off for batch %1: the disks land as they are</source>
        <translation>Die Gastkonvertierung ist für Batch %1 ausgeschaltet: Die Datenträger kommen unverändert an</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No partition table or file system at the start of any disk: no operating system to convert, the disks land as they are</source>
        <translation>Am Anfang keines Datenträgers steht eine Partitionstabelle oder ein Dateisystem: kein Betriebssystem zu konvertieren, die Datenträger kommen unverändert an</translation>
    </message>
    <message>
        <location line="-528"/>
        <source>This engine&apos;s lease on the entry ended (another engine may run it now); it stops without touching the source, the target or the entry.</source>
        <translation>Die Lease dieser Engine auf den Eintrag ist abgelaufen (eine andere Engine führt ihn womöglich jetzt aus); sie hält an, ohne Quelle, Ziel oder Eintrag anzurühren.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the VM has a NIC the batch does not know (%1): sync the source.</source>
        <translation>die VM hat eine Netzwerkkarte, die der Batch nicht kennt (%1): Synchronisieren Sie die Quelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has %1 NICs, the batch started with %2: sync the source.</source>
        <translation>sie hat %1 Netzwerkkarten, der Batch begann mit %2: Synchronisieren Sie die Quelle.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The source VM %1 is not there any more; its instance UUID %2 finds it as %3 (re-registered): the migration goes on with %3</source>
        <translation>Die Quell-VM %1 gibt es nicht mehr; ihre Instanz-UUID %2 findet sie als %3 (neu registriert): Die Migration geht mit %3 weiter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The source VM is encrypted (config.keyId): its disks are ciphertext on the datastore. Decrypt the VM first, then retry.</source>
        <translation>Die Quell-VM ist verschlüsselt (config.keyId): Ihre Festplatten liegen als Chiffretext im Datenspeicher. Entschlüsseln Sie die VM zuerst und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Disk %1 cannot be read: %2</source>
        <translation>Datenträger %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Disk %1 has %n snapshot delta(s), read merged over the base: %2 (%3 MiB in the deltas)</source>
        <translation>
            <numerusform>Datenträger %1 hat %n Snapshot-Delta, über der Basis zusammengeführt gelesen: %2 (%3 MiB im Delta)</numerusform>
            <numerusform>Datenträger %1 hat %n Snapshot-Deltas, über der Basis zusammengeführt gelesen: %2 (%3 MiB in den Deltas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Target %1 is a cluster (%2); the VM lands on the member that takes the import</source>
        <translation>Ziel %1 ist ein Cluster (%2); die VM landet auf dem Mitglied, das den Import annimmt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target %1 is a cluster; the VM goes to member %2 (%3)</source>
        <translation>Ziel %1 ist ein Cluster; die VM kommt auf Mitglied %2 (%3)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Shutting the guest down (up to %1 s; hard power-off %2)</source>
        <translation>Der Gast wird heruntergefahren (bis zu %1 s; hartes Ausschalten %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Powering the source VM off (its guest tools are not running; hard power-off %1)</source>
        <translation>Die Quell-VM wird ausgeschaltet (ihre Gast-Tools laufen nicht; hartes Ausschalten %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The source VM is left as it is (%1)</source>
        <translation>Die Quell-VM bleibt, wie sie ist (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The source VM changed after it was checked and before its disks were read: %1 Nothing was copied; the source VM stays off. Sync the source, check the VM, then retry the entry.</source>
        <translation>Die Quell-VM hat sich nach der Prüfung und vor dem Lesen ihrer Datenträger geändert: %1 Es wurde nichts kopiert; die Quell-VM bleibt ausgeschaltet. Synchronisieren Sie die Quelle, prüfen Sie die VM und wiederholen Sie dann den Eintrag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The source VM changed after it was checked and before its disks were read: %1 Nothing was copied; the source VM stays off.</source>
        <translation>Die Quell-VM hat sich nach der Prüfung und vor dem Lesen ihrer Festplatten geändert: %1 Nichts wurde kopiert; die Quell-VM bleibt aus.</translation>
    </message>
    <message>
        <source>The guest needs converting (%1), but Windows guests are not converted yet. Install the virtio-win drivers in the guest and turn guest conversion off for batch %2.</source>
        <translation type="vanished">Der Gast muss konvertiert werden (%1), aber Windows-Gäste werden noch nicht konvertiert. Installieren Sie die virtio-win-Treiber im Gast und schalten Sie die Gastkonvertierung für Batch %2 aus.</translation>
    </message>
    <message>
        <source>The guest needs converting (%1): Windows needs the virtio-win drivers, and this engine has no virtio-win ISO. Add the virtio-win artifact, or turn guest conversion off for batch %2.</source>
        <translation type="vanished">Der Gast muss konvertiert werden (%1): Windows braucht die virtio-win-Treiber, und diese Engine hat keine virtio-win-ISO. Fügen Sie das virtio-win-Artefakt hinzu oder schalten Sie die Gastkonvertierung für Batch %2 aus.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The guest needs converting (%1): Windows&apos; registry is edited with hivexregedit, which this engine&apos;s host lacks (Debian: libwin-hivex-perl).</source>
        <translation>Der Gast muss konvertiert werden (%1): Die Registry von Windows wird mit hivexregedit bearbeitet, das dem Host dieser Engine fehlt (Debian: libwin-hivex-perl).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The guest needs converting (%1), but this engine&apos;s host cannot convert guests: %2 missing. Run the engine on Linux with libguestfs-tools, nbdkit and qemu-utils installed, or turn guest conversion off for batch %3.</source>
        <translation>Der Gast muss konvertiert werden (%1), aber der Host dieser Engine kann keine Gäste konvertieren: %2 fehlt. Führen Sie die Engine unter Linux mit libguestfs-tools, nbdkit und qemu-utils aus oder schalten Sie die Gastkonvertierung für Batch %3 aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guest conversion: %1; the guest is converted once the source VM is off</source>
        <translation>Gastkonvertierung: %1; der Gast wird konvertiert, sobald die Quell-VM aus ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for a virtio-win driver ISO: add one with ferryctl artifact add or on the Artifacts page</source>
        <translation>Wartet auf ein virtio-win-Treiber-ISO: Fügen Sie eines mit ferryctl artifact add oder auf der Seite Artefakte hinzu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Windows drivers from the virtio-win ISO artifact %1 (%2)</source>
        <translation>Windows-Treiber aus dem virtio-win-ISO-Artefakt %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The virtio-win ISO artifact %1 has no drivers for Windows %2, and target %3 cannot attach the root disk on NVMe instead (API extension disk_io_bus missing). Add a virtio-win ISO with drivers for Windows %2, or upgrade the target.</source>
        <translation>Das virtio-win-ISO-Artefakt %1 enthält keine Treiber für Windows %2, und Ziel %3 kann die Root-Disk nicht stattdessen über NVMe anbinden (API-Erweiterung disk_io_bus fehlt). Fügen Sie ein virtio-win-ISO mit Treibern für Windows %2 hinzu oder aktualisieren Sie das Ziel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The virtio-win ISO artifact %1 has no drivers for Windows %2 (it has %3)</source>
        <translation>Das virtio-win-ISO-Artefakt %1 hat keine Treiber für Windows %2 (es hat %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Converting the guest for virtio hardware</source>
        <translation>Gast wird für virtio-Hardware konvertiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converting the guest (%1)</source>
        <translation>Gast wird konvertiert (%1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The guest could not be converted: %1</source>
        <translation>Der Gast konnte nicht konvertiert werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversion: %1</source>
        <translation>Konvertierung: %1</translation>
    </message>
    <message>
        <source>Conversion: the root disk must be attached on NVMe (io.bus=nvme): %1</source>
        <translation type="vanished">Konvertierung: Der Root-Datenträger muss an NVMe angeschlossen werden (io.bus=nvme): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversion: the root disk is attached on NVMe (io.bus=nvme): %1</source>
        <translation>Konvertierung: Die Root-Disk wird über NVMe angebunden (io.bus=nvme): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libguestfs found no operating system: the disks land as they are</source>
        <translation>libguestfs hat kein Betriebssystem gefunden: Die Datenträger kommen unverändert an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversion step %1 (%2 s): %3</source>
        <translation>Konvertierungsschritt %1 (%2 s): %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Guest %1 (%2) in %3 s (libguestfs&apos; start %4 s): %5 bytes of the disks changed, the overlay holds %6 bytes; libguestfs read %7 bytes from the source</source>
        <translation>Gast %1 (%2) in %3 s (Start von libguestfs %4 s): %5 Bytes der Datenträger geändert, das Overlay belegt %6 Bytes; libguestfs hat %7 Bytes von der Quelle gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inspected</source>
        <translation>untersucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converted</source>
        <translation>konvertiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no operating system</source>
        <translation>kein Betriebssystem</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The VM landed on cluster member %1, not on %2 as placed</source>
        <translation>Die VM ist auf Cluster-Mitglied %1 gelandet, nicht wie platziert auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VM landed on cluster member %1</source>
        <translation>Die VM ist auf Cluster-Mitglied %1 gelandet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disk %1 is the boot disk (the VM&apos;s boot order): the target&apos;s root disk</source>
        <translation>Disk %1 ist die Boot-Disk (Bootreihenfolge der VM): die Root-Disk des Ziels</translation>
    </message>
    <message>
        <location line="-966"/>
        <source>Disk %1: the source&apos;s session had ended during the copy; Ferry logged in again</source>
        <translation>Festplatte %1: die Sitzung bei der Quelle war während der Kopie abgelaufen; Ferry hat sich neu angemeldet</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Disk %1: the source&apos;s session had ended while the disk was read; Ferry logged in again</source>
        <translation>Disk %1: Die Sitzung an der Quelle war beendet, während die Disk gelesen wurde; Ferry hat sich neu angemeldet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Disk %1: the keep-alive call on the source failed: %2</source>
        <translation>Disk %1: Der Keep-alive-Aufruf an der Quelle ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The migration&apos;s thread did not renew the source&apos;s session within a minute.</source>
        <translation>Der Thread der Migration hat die Sitzung an der Quelle nicht innerhalb einer Minute erneuert.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the ticket names no certificate thumbprint for the host</source>
        <translation>das Ticket nennt keinen Zertifikats-Fingerabdruck für den Host</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disk %1: host-direct reads from %2 stopped, the disk is read through vCenter: %3</source>
        <translation>Datenträger %1: Direktes Lesen vom Host %2 beendet, der Datenträger wird über vCenter gelesen: %3</translation>
    </message>
    <message>
        <location line="+601"/>
        <source>The disks are read directly from host %1 (one service ticket per read)</source>
        <translation>Die Datenträger werden direkt vom Host %1 gelesen (ein Service-Ticket pro Lesevorgang)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host-direct reads: the VM&apos;s host is not known (%1); the disks are read through vCenter</source>
        <translation>Direktes Lesen vom Host: Der Host der VM ist nicht bekannt (%1); die Datenträger werden über vCenter gelesen</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>The extra disks&apos; volume names are longer than a device name may be (63 characters): they are imported as separate volumes</source>
        <translation>Die Volume-Namen der zusätzlichen Festplatten sind länger, als ein Gerätename sein darf (63 Zeichen): sie werden als eigene Volumes importiert</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1: the target is unpacking it</source>
        <translation>%1: das Ziel entpackt sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk %1: the target&apos;s import operation is %2</source>
        <translation>Festplatte %1: die Importoperation des Ziels ist %2</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Importing %n disks in one instance backup</source>
        <translation>
            <numerusform>%n Festplatte wird in einer Instanzsicherung importiert</numerusform>
            <numerusform>%n Festplatten werden in einer Instanzsicherung importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Target %1 has the API extension dependent: the %n extra disks go into the instance backup as dependent volumes and land with the VM</source>
        <translation>
            <numerusform>Ziel %1 hat die API-Erweiterung dependent: die %n zusätzliche Festplatte kommt als abhängiges Volume in die Instanzsicherung und landet mit der VM</numerusform>
            <numerusform>Ziel %1 hat die API-Erweiterung dependent: die %n zusätzlichen Festplatten kommen als abhängige Volumes in die Instanzsicherung und landen mit der VM</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The copy of disk %1 cannot be recorded: %2</source>
        <translation>Die Kopie des Datenträgers %1 kann nicht festgehalten werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disk %1: %2 bytes in %3 ms (%4 bytes read, %5 sent, zero regions skipped), SHA-256 %6</source>
        <translation>Festplatte %1: %2 Bytes in %3 ms (%4 Bytes gelesen, %5 gesendet, Nullbereiche übersprungen), SHA-256 %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk %1: %2 bytes in %3 ms (%4 bytes read, %5 sent), SHA-256 %6</source>
        <translation>Festplatte %1: %2 Bytes in %3 ms (%4 Bytes gelesen, %5 gesendet), SHA-256 %6</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Disk %1: %n reads retried</source>
        <translation>
            <numerusform>Festplatte %1: %n Lesevorgang wiederholt</numerusform>
            <numerusform>Festplatte %1: %n Lesevorgänge wiederholt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk %1: %2 bytes read directly from host %3</source>
        <translation>Datenträger %1: %2 Bytes direkt vom Host %3 gelesen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The source VM changed while its disks were copied (%1); the copy is not its current state. Someone powered it on: Ferry leaves it running. Check it, then retry the entry.</source>
        <translation>Die Quell-VM hat sich geändert, während ihre Datenträger kopiert wurden (%1); die Kopie ist nicht ihr aktueller Stand. Jemand hat sie eingeschaltet: Ferry lässt sie laufen. Prüfen Sie sie und wiederholen Sie dann den Eintrag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The source VM changed while its disks were copied (%1); the copy is not its current state. The source VM stays off: check it, then retry the entry.</source>
        <translation>Die Quell-VM hat sich geändert, während ihre Festplatten kopiert wurden (%1); die Kopie ist nicht ihr aktueller Stand. Die Quell-VM bleibt ausgeschaltet: Prüfen Sie sie und wiederholen Sie dann den Eintrag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is %1</source>
        <translation>sie ist %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>disk %1 was written</source>
        <translation>Festplatte %1 wurde beschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the descriptor of disk %1 has a new CID</source>
        <translation>der Deskriptor von Festplatte %1 hat eine neue CID</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The target did not keep %1 = %2 in the VM&apos;s configuration.</source>
        <translation>Das Ziel hat %1 = %2 nicht in der Konfiguration der VM behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target did not keep the device %1 of the VM.</source>
        <translation>Das Ziel hat das Gerät %1 der VM nicht behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target VM %1 configured: %2 CPUs, %3, %4 NICs, %5 extra disks, TPM</source>
        <translation>Ziel-VM %1 konfiguriert: %2 CPUs, %3, %4 Netzwerkkarten, %5 weitere Festplatten, TPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target VM %1 configured: %2 CPUs, %3, %4 NICs, %5 extra disks</source>
        <translation>Ziel-VM %1 konfiguriert: %2 CPUs, %3, %4 Netzwerkkarten, %5 weitere Festplatten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting the target VM</source>
        <translation>Ziel-VM wird gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the target VM failed: %1</source>
        <translation>Das Starten der Ziel-VM ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Migrated; the target VM runs</source>
        <translation>Migriert; die Ziel-VM läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Migrated</source>
        <translation>Migriert</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This engine&apos;s lease on the entry ended; it stopped and left the source, the target and the entry&apos;s status to whichever engine runs the entry next (%1)</source>
        <translation>Die Lease dieser Engine auf den Eintrag ist abgelaufen; sie hat angehalten und überlässt Quelle, Ziel und Status des Eintrags der Engine, die ihn als Nächste ausführt (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The entry became &quot;%1&quot; while the job ran; stopping</source>
        <translation>Der Eintrag wurde während des Auftrags zu &quot;%1&quot;; Abbruch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The migration window ended before the migration did: stopped; the source goes back to how it was and what was created on the target is removed</source>
        <translation>Das Migrationsfenster endete vor der Migration: angehalten; die Quelle wird in ihren vorherigen Zustand versetzt, und was auf dem Ziel erstellt wurde, wird entfernt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The source VM was powered on by someone else while Ferry copied it; Ferry leaves it running</source>
        <translation>Die Quell-VM wurde von jemand anderem eingeschaltet, während Ferry sie kopierte; Ferry lässt sie laufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source VM stays off</source>
        <translation>Die Quell-VM bleibt ausgeschaltet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The source VM was powered back on</source>
        <translation>Die Quell-VM wurde wieder eingeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Powering the source VM back on failed: %1</source>
        <translation>Das Wiedereinschalten der Quell-VM ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was created on the target stays, as asked</source>
        <translation>Was auf dem Ziel erstellt wurde, bleibt wie gewünscht erhalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removing what was created on the target failed: %1; the next attempt tries again</source>
        <translation>Das Entfernen dessen, was auf dem Ziel angelegt wurde, ist fehlgeschlagen: %1; der nächste Versuch probiert es erneut</translation>
    </message>
    <message>
        <source>Deleted %1 from the target</source>
        <translation type="vanished">%1 vom Ziel gelöscht</translation>
    </message>
    <message>
        <source>Deleted volume %1 from the target</source>
        <translation type="vanished">Volume %1 vom Ziel gelöscht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The migration window ended before the migration did; waiting for the next window</source>
        <translation>Das Migrationsfenster endete vor der Migration; warte auf das nächste Fenster</translation>
    </message>
</context>
<context>
    <name>ferry::engine::QueueStateMachine</name>
    <message>
        <source>bug: queue entry %1 cannot go from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation type="vanished">Programmfehler: Warteschlangeneintrag %1 kann nicht von &quot;%2&quot; zu &quot;%3&quot; wechseln</translation>
    </message>
</context>
<context>
    <name>ferry::engine::VsphereVm</name>
    <message>
        <source>The source VM %1 does not exist any more.</source>
        <translation type="vanished">Die Quell-VM %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The vSphere task %1 failed.</source>
        <translation type="vanished">Die vSphere-Aufgabe %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The vSphere task %1 did not finish in time.</source>
        <translation type="vanished">Die vSphere-Aufgabe %1 wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="vanished">Abgebrochen.</translation>
    </message>
    <message>
        <source>The source VM did not reach the power state %1 in time (it is %2).</source>
        <translation type="vanished">Die Quell-VM hat den Energiezustand %1 nicht rechtzeitig erreicht (sie ist %2).</translation>
    </message>
</context>
<context>
    <name>ferry::engine::targetstate</name>
    <message>
        <source>The target&apos;s list of %1 is not a list.</source>
        <translation type="vanished">Die Liste der %1 des Ziels ist keine Liste.</translation>
    </message>
    <message>
        <source>The target&apos;s list of %1 holds something that is not an object.</source>
        <translation type="vanished">Die Liste der %1 des Ziels enthält etwas, das kein Objekt ist.</translation>
    </message>
    <message>
        <source>The target lists one of Ferry&apos;s %1 under an unusable name: &quot;%2&quot;.</source>
        <translation type="vanished">Das Ziel führt einen Eintrag in Ferrys %1 unter einem unbrauchbaren Namen: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The MAC address %1 is already used by instance %2 in project %3; LXD refuses a second NIC with it.</source>
        <translation type="vanished">Die MAC-Adresse %1 wird bereits von Instanz %2 im Projekt %3 verwendet; LXD lehnt eine zweite Netzwerkkarte damit ab.</translation>
    </message>
    <message>
        <source>An instance named %1 exists in project %2 on network %3; LXD refuses a second instance of that name on the network.</source>
        <translation type="vanished">Im Projekt %2 gibt es im Netzwerk %3 eine Instanz namens %1; LXD lehnt eine zweite Instanz dieses Namens im Netzwerk ab.</translation>
    </message>
    <message>
        <source>The target&apos;s answer for the instance is not an object.</source>
        <translation type="vanished">Die Antwort des Ziels für die Instanz ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/about/aboutdialog.cpp" line="+28"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft auf Qt %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ferry uses Qt (GNU LGPL version 3), QtKeychain (BSD licence) and yaml-cpp (MIT licence). It is provided without any warranty.</source>
        <translation>Ferry verwendet Qt (GNU LGPL Version 3), QtKeychain (BSD-Lizenz) und yaml-cpp (MIT-Lizenz). Es wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ferry::gui::AddSourceWizard</name>
    <message>
        <location filename="../src/gui/sources/addsourcewizard.cpp" line="+24"/>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>ferry::gui::AddTargetAuthPage</name>
    <message>
        <source>Not supported yet: Ferry cannot sign in with OIDC. Use a trust token or a client certificate.</source>
        <translation type="vanished">Noch nicht unterstützt: Ferry kann sich nicht mit OIDC anmelden. Verwenden Sie ein Vertrauens-Token oder ein Client-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../src/gui/targets/addtargetauthpage.cpp" line="+33"/>
        <source>For an Incus server whose administrators sign in at an identity provider (oidc.issuer is set on the server). Ferry shows an address and a code, you approve the sign-in in a browser, and Ferry keeps the tokens only in the system keychain. The server&apos;s certificate must be trusted first: its fingerprint in step 1, or verification by certificate authority.</source>
        <translation>Für einen Incus-Server, dessen Administratoren sich bei einem Identitätsanbieter anmelden (oidc.issuer ist auf dem Server gesetzt). Ferry zeigt eine Adresse und einen Code, Sie bestätigen die Anmeldung im Browser, und Ferry bewahrt die Token nur im Schlüsselbund des Systems auf. Dem Zertifikat des Servers muss zuerst vertraut werden: sein Fingerabdruck in Schritt 1 oder die Prüfung durch eine Zertifizierungsstelle.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Trust &amp;token (recommended)</source>
        <translation>Vertrauens-&amp;Token (empfohlen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create a certificate for Ferry</source>
        <translation>Ein Zertifikat für Ferry &amp;erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;existing certificate and key</source>
        <translation>Ein &amp;vorhandenes Zertifikat mit Schlüssel verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OIDC single sign-on</source>
        <translation>&amp;OIDC-Single-Sign-On</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how Ferry proves to the server who it is.</source>
        <translation>Wählen Sie, wie Ferry sich gegenüber dem Server ausweist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste the token the server printed</source>
        <translation>Fügen Sie das Token ein, das der Server ausgegeben hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust token</source>
        <translation>Vertrauens-Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key (PEM, not encrypted)</source>
        <translation>Privater Schlüssel (PEM, unverschlüsselt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On the server, run &quot;lxc config trust add --name ferry&quot; (LXD) or &quot;incus config trust add ferry&quot; (Incus) and paste the token it prints. Ferry creates its certificate, redeems the token once and never stores it; the token also tells Ferry the server&apos;s certificate.</source>
        <translation>Führen Sie auf dem Server &quot;lxc config trust add --name ferry&quot; (LXD) oder &quot;incus config trust add ferry&quot; (Incus) aus und fügen Sie das ausgegebene Token ein. Ferry erstellt sein Zertifikat, löst das Token einmal ein und speichert es nie; das Token nennt Ferry auch das Zertifikat des Servers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ferry creates a key pair and keeps the private key only in the system keychain. You then run one command on the server to trust the certificate; the wizard shows it.</source>
        <translation>Ferry erstellt ein Schlüsselpaar und bewahrt den privaten Schlüssel nur im Schlüsselbund des Systems auf. Danach führen Sie auf dem Server einen Befehl aus, um dem Zertifikat zu vertrauen; der Assistent zeigt ihn an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PEM files; the key must not be encrypted. Ferry copies the key into the system keychain.</source>
        <translation>PEM-Dateien; der Schlüssel darf nicht verschlüsselt sein. Ferry kopiert den Schlüssel in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private Key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This token expired at %1. Create a new one on the server.</source>
        <translation>Dieses Token ist am %1 abgelaufen. Erstellen Sie auf dem Server ein neues.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This token names the server certificate %1, not the fingerprint %2 you entered in step 1. Ferry will refuse it.</source>
        <translation>Dieses Token nennt das Serverzertifikat %1, nicht den Fingerabdruck %2, den Sie in Schritt 1 eingegeben haben. Ferry wird es ablehnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This token was issued by the server at %1, but the endpoint is %2. Ferry sends the token only if %2 presents the token&apos;s certificate.</source>
        <translation>Dieses Token wurde vom Server unter %1 ausgestellt, der Endpunkt ist aber %2. Ferry sendet das Token nur, wenn %2 das Zertifikat des Tokens vorweist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A token for client &quot;%1&quot; from the server at %2 (certificate %3…).</source>
        <translation>Ein Token für den Client &quot;%1&quot; vom Server unter %2 (Zertifikat %3…).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PEM files (*.crt *.pem *.key *.cer);;All files (*)</source>
        <translation>PEM-Dateien (*.crt *.pem *.key *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste the trust token, or choose another way to authenticate.</source>
        <translation>Fügen Sie das Vertrauens-Token ein oder wählen Sie eine andere Art der Authentifizierung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ferry cannot use this token (see above). Create a new one on the server.</source>
        <translation>Ferry kann dieses Token nicht verwenden (siehe oben). Erstellen Sie auf dem Server ein neues.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the client certificate file.</source>
        <translation>Wählen Sie die Client-Zertifikatsdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the private key file.</source>
        <translation>Wählen Sie die Datei des privaten Schlüssels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>For OIDC, go back to step 1 and enter the server&apos;s certificate fingerprint (&quot;incus info&quot; shows it) or verify it by certificate authority.</source>
        <translation>Für OIDC gehen Sie zurück zu Schritt 1 und geben den Fingerabdruck des Serverzertifikats ein (&quot;incus info&quot; zeigt ihn) oder lassen es durch eine Zertifizierungsstelle prüfen.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::AddTargetCertificatePage</name>
    <message>
        <location filename="../src/gui/targets/addtargetcertificatepage.cpp" line="+22"/>
        <source>Server Certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server&apos;s certificate before Ferry trusts it.</source>
        <translation>Prüfen Sie das Zertifikat des Servers, bevor Ferry ihm vertraut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust and Continue</source>
        <translation>&amp;Vertrauen und weiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick only after you compared the fingerprint with the certificate_fingerprint that &quot;lxc info&quot; or &quot;incus info&quot; shows on the server.</source>
        <translation>Erst ankreuzen, nachdem Sie den Fingerabdruck mit dem certificate_fingerprint verglichen haben, den &quot;lxc info&quot; oder &quot;incus info&quot; auf dem Server anzeigt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 presented a certificate that does not match the fingerprint you entered. Ferry sent nothing to it. Trust this certificate only if you know why it differs, for example because you copied the fingerprint of another server.</source>
        <translation>%1 hat ein Zertifikat vorgewiesen, das nicht zum eingegebenen Fingerabdruck passt. Ferry hat nichts dorthin gesendet. Vertrauen Sie diesem Zertifikat nur, wenn Sie wissen, warum es abweicht, etwa weil Sie den Fingerabdruck eines anderen Servers kopiert haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ferry has not seen the certificate of %1 before. Compare its fingerprint with the &lt;b&gt;certificate_fingerprint&lt;/b&gt; that &lt;tt&gt;lxc info&lt;/tt&gt; or &lt;tt&gt;incus info&lt;/tt&gt; shows on the server, and trust it only if they match.</source>
        <translation>Ferry kennt das Zertifikat von %1 noch nicht. Vergleichen Sie seinen Fingerabdruck mit dem &lt;b&gt;certificate_fingerprint&lt;/b&gt;, den &lt;tt&gt;lxc info&lt;/tt&gt; oder &lt;tt&gt;incus info&lt;/tt&gt; auf dem Server anzeigt, und vertrauen Sie ihm nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Trusting the certificate and connecting again…</source>
        <translation>Dem Zertifikat wird vertraut und erneut verbunden…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ferry could not trust the certificate: %1</source>
        <translation>Ferry konnte dem Zertifikat nicht vertrauen: %1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::AddTargetConnectPage</name>
    <message>
        <location filename="../src/gui/targets/addtargetconnectpage.cpp" line="+28"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open in Browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferry registers the target and connects to it.</source>
        <translation>Ferry registriert das Ziel und verbindet sich damit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the server</source>
        <translation>Nicht länger auf den Server warten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the identity provider&apos;s sign-in page in the web browser</source>
        <translation>Die Anmeldeseite des Identitätsanbieters im Webbrowser öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in at the identity provider and confirm the code shown here. Ferry waits until the sign-in is approved.</source>
        <translation>Melden Sie sich beim Identitätsanbieter an und bestätigen Sie den hier gezeigten Code. Ferry wartet, bis die Anmeldung bestätigt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Ferry waits up to %1 for the server.</source>
        <translation>Ferry wartet bis zu %1 auf den Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1 again…</source>
        <translation>%1 wird erneut geprüft…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking %1 for its identity provider…</source>
        <translation>%1 wird nach seinem Identitätsanbieter gefragt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferry asks the server where to sign in, then shows the address and the code. %1</source>
        <translation>Ferry fragt den Server, wo die Anmeldung stattfindet, und zeigt dann die Adresse und den Code. %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeeming the trust token at %1…</source>
        <translation>Das Vertrauens-Token wird bei %1 eingelöst…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ferry creates its client certificate if needed, saves the target, checks the server&apos;s certificate and reads what the server offers. %1</source>
        <translation>Ferry erstellt bei Bedarf sein Client-Zertifikat, speichert das Ziel, prüft das Zertifikat des Servers und liest, was der Server anbietet. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ferry creates its client certificate, has the server trust it with the token, saves the target and reads what the server offers. %1</source>
        <translation>Ferry erstellt sein Client-Zertifikat, lässt den Server ihm mit dem Token vertrauen, speichert das Ziel und liest, was der Server anbietet. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting for the sign-in at the identity provider…</source>
        <translation>Warten auf die Anmeldung beim Identitätsanbieter…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The code is valid for %n minute(s). Stop cancels the sign-in.</source>
        <translation>
            <numerusform>Der Code ist %n Minute gültig. „Anhalten“ bricht die Anmeldung ab.</numerusform>
            <numerusform>Der Code ist %n Minuten gültig. „Anhalten“ bricht die Anmeldung ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You stopped Ferry while it waited for the server.</source>
        <translation>Sie haben Ferry angehalten, während es auf den Server wartete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Target %2 was saved before that: try again, or cancel to keep or remove it.</source>
        <translation>%1 Das Ziel %2 wurde vorher gespeichert: versuchen Sie es erneut oder brechen Sie ab, um es zu behalten oder zu entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Nothing was saved. Go back to change the settings or the authentication, or try again.</source>
        <translation>%1 Es wurde nichts gespeichert. Gehen Sie zurück, um die Einstellungen oder die Authentifizierung zu ändern, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ferry could not add the target.</source>
        <translation>Ferry konnte das Ziel nicht hinzufügen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ferry saved target %1.</source>
        <translation>Ferry hat das Ziel %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 The server trusts Ferry, and Ferry read its projects, storage pools and networks.</source>
        <translation>%1 Der Server vertraut Ferry, und Ferry hat seine Projekte, Speicherpools und Netzwerke gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate is not the one you named.</source>
        <translation>Das Zertifikat des Servers ist nicht das angegebene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate needs your confirmation.</source>
        <translation>Das Zertifikat des Servers braucht Ihre Bestätigung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 The server presented another certificate than the fingerprint you entered, and Ferry sent nothing to it. Check the certificate on the next page.</source>
        <translation>%1 Der Server hat ein anderes Zertifikat vorgewiesen als den eingegebenen Fingerabdruck, und Ferry hat nichts dorthin gesendet. Prüfen Sie das Zertifikat auf der nächsten Seite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The server presented a certificate that Ferry does not know yet. Check it on the next page.</source>
        <translation>%1 Der Server hat ein Zertifikat vorgewiesen, das Ferry noch nicht kennt. Prüfen Sie es auf der nächsten Seite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to %1, but the server did not accept the sign-in.</source>
        <translation>Mit %1 verbunden, aber der Server hat die Anmeldung nicht angenommen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected to %1, but the server does not trust Ferry yet.</source>
        <translation>Mit %1 verbunden, aber der Server vertraut Ferry noch nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 The next page shows the command that makes the server trust Ferry&apos;s certificate.</source>
        <translation>%1 Die nächste Seite zeigt den Befehl, mit dem der Server Ferrys Zertifikat vertraut.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+11"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ferry::gui::AddTargetPage</name>
    <message>
        <location filename="../src/gui/targets/addtargetpage.cpp" line="+32"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ferry::gui::AddTargetSettingsPage</name>
    <message>
        <location filename="../src/gui/targets/addtargetsettingspage.cpp" line="+15"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the Incus or LXD server and say where it listens.</source>
        <translation>Benennen Sie den Incus- oder LXD-Server und geben Sie an, wo er erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::AddTargetSummaryPage</name>
    <message>
        <location filename="../src/gui/targets/addtargetsummarypage.cpp" line="+25"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Ferry registered and found on the server.</source>
        <translation>Was Ferry registriert und auf dem Server gefunden hat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API extensions:</source>
        <translation>API-Erweiterungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate:</source>
        <translation>Serverzertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ferry&apos;s certificate:</source>
        <translation>Ferrys Zertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects:</source>
        <translation>Projekte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage pools:</source>
        <translation>Speicherpools:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks:</source>
        <translation>Netzwerke:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Target %1 is ready.</source>
        <translation>Das Ziel %1 ist bereit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferry and the server trust each other. The target is on the Targets page.</source>
        <translation>Ferry und der Server vertrauen einander. Das Ziel steht auf der Seite Ziele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ferry saved target %1; its status is &quot;%2&quot;.</source>
        <translation>Ferry hat das Ziel %1 gespeichert; sein Status ist &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 You can do that later on the Targets page.</source>
        <translation>%1 Das können Sie später auf der Seite Ziele erledigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+52"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1, all that Ferry needs</source>
        <translation>%1, alles, was Ferry braucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; missing: %2</source>
        <translation>%1; es fehlen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not trusted yet</source>
        <translation>noch nicht vertraut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A TLS client certificate Ferry created, trusted by the server through the token. Its private key is only in the system keychain.</source>
        <translation>Ein von Ferry erstelltes TLS-Client-Zertifikat, dem der Server über das Token vertraut. Sein privater Schlüssel liegt nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A TLS client certificate Ferry created. Its private key is only in the system keychain.</source>
        <translation>Ein von Ferry erstelltes TLS-Client-Zertifikat. Sein privater Schlüssel liegt nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your TLS client certificate. Ferry copied its private key into the system keychain.</source>
        <translation>Ihr TLS-Client-Zertifikat. Ferry hat seinen privaten Schlüssel in den Schlüsselbund des Systems kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OIDC sign-in at the server&apos;s identity provider. Ferry keeps the tokens only in the system keychain and renews them itself.</source>
        <translation>OIDC-Anmeldung beim Identitätsanbieter des Servers. Ferry bewahrt die Token nur im Schlüsselbund des Systems auf und erneuert sie selbst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imports at once: %1, creations at once: %2, timeout: %3</source>
        <translation>gleichzeitige Importe: %1, gleichzeitiges Anlegen: %2, Zeitlimit: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no network managed by the server</source>
        <translation>kein vom Server verwaltetes Netzwerk</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, plus %n unmanaged interface(s) of the host</source>
        <translation>
            <numerusform>%1, dazu %n nicht verwaltete Schnittstelle des Hosts</numerusform>
            <numerusform>%1, dazu %n nicht verwaltete Schnittstellen des Hosts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not managed by the server: %1</source>
        <translation>Nicht vom Server verwaltet: %1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::AddTargetTrustPage</name>
    <message>
        <location filename="../src/gui/targets/addtargettrustpage.cpp" line="+20"/>
        <source>Check &amp;Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust Ferry on the Server</source>
        <translation>Ferry auf dem Server vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run one command on the server, then check again.</source>
        <translation>Führen Sie einen Befehl auf dem Server aus und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect again and see whether the server trusts Ferry now</source>
        <translation>Erneut verbinden und sehen, ob der Server Ferry jetzt vertraut</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Waiting for the server to trust Ferry&apos;s certificate.</source>
        <translation>Warten, bis der Server Ferrys Zertifikat vertraut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After you ran the command, press Check Again. You can also continue now and check again later on the Targets page.</source>
        <translation>Wenn Sie den Befehl ausgeführt haben, klicken Sie auf Erneut prüfen. Sie können auch jetzt fortfahren und später auf der Seite Ziele erneut prüfen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>OK: the server trusts Ferry now.</source>
        <translation>OK: Der Server vertraut Ferry jetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked at %1. Ferry read the server&apos;s projects, storage pools and networks.</source>
        <translation>Geprüft um %1. Ferry hat die Projekte, Speicherpools und Netzwerke des Servers gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet: the server does not trust Ferry&apos;s certificate.</source>
        <translation>Noch nicht: Der Server vertraut Ferrys Zertifikat nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked at %1. Run the command above on the server, then check again.</source>
        <translation>Geprüft um %1. Führen Sie den Befehl oben auf dem Server aus und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked at %1. %2</source>
        <translation>Geprüft um %1. %2</translation>
    </message>
</context>
<context>
    <name>ferry::gui::AddTargetWizard</name>
    <message>
        <location filename="../src/gui/targets/addtargetwizard.cpp" line="+30"/>
        <source>Add Target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keep Target?</source>
        <translation>Ziel behalten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferry already saved target %1.</source>
        <translation>Ferry hat das Ziel %1 bereits gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its status is &quot;%1&quot;. Keep it to finish later on the Targets page, or remove it (Ferry also deletes its client key from the keychain).</source>
        <translation>Sein Status ist &quot;%1&quot;. Behalten Sie es, um es später auf der Seite Ziele fertigzustellen, oder entfernen Sie es (Ferry löscht dann auch seinen Client-Schlüssel aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep Target</source>
        <translation>Ziel &amp;behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Target</source>
        <translation>Ziel &amp;entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue Adding</source>
        <translation>Hinzufügen &amp;fortsetzen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ferry could not remove target %1.</source>
        <translation>Ferry konnte das Ziel %1 nicht entfernen.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::ArtifactsModel</name>
    <message>
        <location filename="../src/gui/artifacts/artifactsmodel.cpp" line="+63"/>
        <source>Drivers: %1
File: %2
SHA-256: %3</source>
        <translation>Treiber: %1
Datei: %2
SHA-256: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drivers</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Architectures</source>
        <translation>Architekturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ferry::gui::ArtifactsPage</name>
    <message>
        <location filename="../src/gui/artifacts/artifactspage.cpp" line="+35"/>
        <source>Artifact actions</source>
        <translation>Artefakt-Aktionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a virtio-win Driver ISO</source>
        <translation>virtio-win-Treiber-ISO hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO images (*.iso);;All files (*)</source>
        <translation>ISO-Abbilder (*.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Artifact</source>
        <translation>Artefakt entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a virtio-win driver ISO: it is checked and copied into Ferry&apos;s data directory.</source>
        <translation>Ein virtio-win-Treiber-ISO hinzufügen: Es wird geprüft und in Ferrys Datenverzeichnis kopiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The artifacts could not be read.</source>
        <translation>Die Artefakte konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove this artifact and its file.</source>
        <translation>Dieses Artefakt und seine Datei entfernen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an artifact first.</source>
        <translation>Wählen Sie zuerst ein Artefakt aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows guests get the virtio drivers from a virtio-win ISO (the Fedora project&apos;s virtio-win.iso): a Windows VM whose guest is converted waits, Blocked, until one is added here. Engines on other computers need the same file at the same path.</source>
        <translation>Windows-Gäste bekommen die virtio-Treiber aus einem virtio-win-ISO (virtio-win.iso des Fedora-Projekts): Eine Windows-VM, deren Gast konvertiert wird, wartet als Blockiert, bis hier eines hinzugefügt ist. Engines auf anderen Computern brauchen dieselbe Datei unter demselben Pfad.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adding %1: checking the ISO and copying it into Ferry&apos;s data directory…</source>
        <translation>%1 wird hinzugefügt: Das ISO wird geprüft und in Ferrys Datenverzeichnis kopiert…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 could not be added.</source>
        <translation>%1 konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove the artifact &quot;%1&quot; and delete its file %2? Windows guests that still need a virtio-win ISO will wait until another one is added.</source>
        <translation>Das Artefakt „%1“ entfernen und seine Datei %2 löschen? Windows-Gäste, die noch ein virtio-win-ISO brauchen, warten, bis ein anderes hinzugefügt ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The artifact &quot;%1&quot; could not be removed.</source>
        <translation>Das Artefakt „%1“ konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::BatchNamePage</name>
    <message>
        <location filename="../src/gui/batches/batchnamepage.cpp" line="+29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch is a group of instances that migrate together. Give it a name people recognise in the queue.</source>
        <translation>Ein Batch ist eine Gruppe von Instanzen, die gemeinsam migriert werden. Geben Sie ihm einen Namen, den man in der Warteschlange wiedererkennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch name</source>
        <translation>Batch-Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example web-tier-wave1</source>
        <translation>zum Beispiel web-tier-welle1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A batch needs a name.</source>
        <translation type="vanished">Ein Batch braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name may not contain control characters, slashes or spaces at either end.</source>
        <translation type="vanished">Der Name darf keine Steuerzeichen, Schrägstriche oder Leerzeichen am Anfang oder Ende enthalten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A batch named %1 exists already.</source>
        <translation>Ein Batch namens %1 existiert bereits.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::BatchOptionsPage</name>
    <message>
        <location filename="../src/gui/batches/batchoptionspage.cpp" line="+33"/>
        <source>Allow instances whose &amp;operating system is unknown</source>
        <translation>Instanzen mit unbekanntem &amp;Betriebssystem zulassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow instances without an &amp;IPv4 address</source>
        <translation>Instanzen ohne &amp;IPv4-Adresse zulassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow instances that cannot be copied in the &amp;background</source>
        <translation>Instanzen zulassen, die nicht im &amp;Hintergrund kopiert werden können</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Power the VM off &amp;hard when its guest does not shut down in time or has no tools</source>
        <translation>VM &amp;hart ausschalten, wenn ihr Gast nicht rechtzeitig herunterfährt oder keine Tools hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>How failures are retried, which restrictions this batch overrides, and how often the disks are topped up while an instance waits for its window.</source>
        <translation type="vanished">Wie Fehlschläge wiederholt werden, welche Einschränkungen dieser Batch aufhebt und wie oft die Festplatten aufgefrischt werden, während eine Instanz auf ihr Fenster wartet.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Con&amp;vert guests for virtio hardware (recommended)</source>
        <translation>Gäste für &amp;virtio-Hardware konvertieren (empfohlen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes VMware Tools, adds the virtio drivers to the initramfs and keeps the network interface names; guests without an operating system are copied unchanged. Needs libguestfs on the engine&apos;s host.</source>
        <translation>Entfernt die VMware Tools, fügt die virtio-Treiber zur initramfs hinzu und behält die Namen der Netzwerkschnittstellen bei; Gäste ohne Betriebssystem werden unverändert kopiert. Erfordert libguestfs auf dem Host der Engine.</translation>
    </message>
    <message>
        <source>Whether the guests are converted, how failures are retried, which restrictions this batch overrides, and how often the disks are topped up while an instance waits for its window.</source>
        <translation type="vanished">Ob die Gäste konvertiert werden, wie Fehlschläge wiederholt werden, welche Einschränkungen dieser Batch aufhebt und wie oft die Festplatten aufgefrischt werden, während eine Instanz auf ihr Fenster wartet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Whether the guests are converted, how failures are retried, which restrictions this batch overrides, how often the disks are topped up while an instance waits for its window, and how the source VMs are shut down.</source>
        <translation>Ob die Gäste konvertiert werden, wie Fehlschläge wiederholt werden, welche Einschränkungen dieser Batch aufhebt, wie oft die Festplatten nachkopiert werden, während eine Instanz auf ihr Fenster wartet, und wie die Quell-VMs heruntergefahren werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How often the disks are copied again while waiting.</source>
        <translation>Wie oft die Festplatten während des Wartens erneut kopiert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last top-up happens at most this long before the window; not above the interval.</source>
        <translation>Die letzte Auffrischung erfolgt höchstens so lange vor dem Fenster; nicht mehr als das Intervall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the guest gets to shut itself down (Windows updates can take much longer than the default two minutes).</source>
        <translation>Wie lange der Gast Zeit hat, sich selbst herunterzufahren (Windows-Updates können viel länger dauern als die voreingestellten zwei Minuten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off: such a VM is left running and its migration fails, asking you to shut it down yourself. A hard power-off is like pulling the plug.</source>
        <translation>Aus: Eine solche VM läuft weiter, und ihre Migration schlägt fehl mit der Bitte, sie selbst herunterzufahren. Hartes Ausschalten ist wie Stecker ziehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post-migration &amp;retries:</source>
        <translation>&amp;Wiederholungen nach der Migration:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background &amp;sync interval:</source>
        <translation>&amp;Intervall der Hintergrundsynchronisierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Final background sync limit:</source>
        <translation>&amp;Grenze der letzten Hintergrundsynchronisierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction overrides</source>
        <translation>Aufgehobene Einschränkungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source power-off</source>
        <translation>Ausschalten der Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest shut&amp;down timeout:</source>
        <translation>Zeitlimit für das &amp;Herunterfahren des Gastes:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The final background sync limit cannot be longer than the interval.</source>
        <translation>Die Grenze der letzten Hintergrundsynchronisierung darf nicht länger als das Intervall sein.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::BatchPlacementPage</name>
    <message>
        <location filename="../src/gui/batches/batchplacementpage.cpp" line="+51"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the instances go. The lists come from the target itself. Network mappings and instance overrides apply on top, then the optional script.</source>
        <translation>Wohin die Instanzen kommen. Die Listen stammen vom Ziel selbst. Netzwerkzuordnungen und Instanzanpassungen gelten zusätzlich, danach das optionale Skript.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/gui/batches/dryrunmodel.cpp" line="+59"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/gui/batches/dryrunmodel.cpp" line="+2"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage pool</source>
        <translation>Speicherpool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration network</source>
        <translation>Migrationsnetzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An extra NIC the VM uses while it is being migrated.</source>
        <translation>Eine zusätzliche Netzwerkkarte, die die VM während der Migration verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration NIC type</source>
        <translation>NIC-Typ für die Migration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migration VLAN</source>
        <translation>Migrations-VLAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no VLAN</source>
        <translation>kein VLAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placement script</source>
        <translation>Platzierungsskript</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compute the placement of every selected instance without saving anything.</source>
        <translation>Die Platzierung jeder ausgewählten Instanz berechnen, ohne etwas zu speichern.</translation>
    </message>
    <message>
        <location filename="../src/gui/batches/dryrunmodel.cpp" line="-4"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage pools</source>
        <translation>Speicherpools</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <location filename="../src/gui/batches/batchplacementpage.cpp" line="+22"/>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage &amp;pool:</source>
        <translation>Speicher&amp;pool:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster member</source>
        <translation>Cluster-Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster &amp;member:</source>
        <translation>Cluster-&amp;Mitglied:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Migration network:</source>
        <translation>&amp;Migrationsnetzwerk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placement script (JavaScript)</source>
        <translation>Platzierungsskript (JavaScript)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No target is registered: the batch is saved without one. Add a target before starting it.</source>
        <translation>Kein Ziel ist registriert: Der Batch wird ohne Ziel gespeichert. Fügen Sie ein Ziel hinzu, bevor Sie ihn starten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the projects, pools and networks of %1…</source>
        <translation>Die Projekte, Pools und Netzwerke von %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 offers %2 and %3.</source>
        <translation>%1 bietet %2 und %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 project</source>
        <translation>1 Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 projects</source>
        <translation>%1 Projekte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 storage pool</source>
        <translation>1 Speicherpool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 storage pools</source>
        <translation>%1 Speicherpools</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Any member</source>
        <translation>Beliebiges Mitglied</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Migration network: %1</source>
        <translation>Migrationsnetzwerk: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This build of Ferry cannot run placement scripts.</source>
        <translation>Dieser Build von Ferry kann keine Platzierungsskripte ausführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no mapping</source>
        <translation>%1: keine Zuordnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The expression selects no instance.</source>
        <translation>Der Ausdruck wählt keine Instanz aus.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::BatchPreflightPage</name>
    <message>
        <location filename="../src/gui/batches/batchpreflightpage.cpp" line="+37"/>
        <source>Pre-flight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Ferry found for each selected instance. A critical finding blocks the instance (it is queued as Blocked with the reason); warnings and notes inform.</source>
        <translation>Was Ferry bei jeder ausgewählten Instanz gefunden hat. Ein kritischer Befund blockiert die Instanz (sie wird mit dem Grund als Blockiert eingereiht); Warnungen und Hinweise dienen der Information.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre-flight results</source>
        <translation>Ergebnisse der Vorabprüfung</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+130"/>
        <source>Conversion &amp;Dry Run</source>
        <translation>&amp;Probelauf der Konvertierung</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Inspect the guest of each powered-off instance read-only with libguestfs and show what the conversion would do. Slow: about 1 to 2 minutes per instance. Running VMs are not read.</source>
        <translation>Den Gast jeder ausgeschalteten Instanz mit libguestfs nur lesend untersuchen und zeigen, was die Konvertierung tun würde. Langsam: etwa 1 bis 2 Minuten pro Instanz. Laufende VMs werden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Conversion dry run</source>
        <translation>Probelauf der Konvertierung</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The last dry runs could not be read: %1</source>
        <translation>Die letzten Probeläufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No conversion dry run yet for these instances.</source>
        <translation>Für diese Instanzen gibt es noch keinen Probelauf der Konvertierung.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The last conversion dry run of %n instance(s).</source>
        <translation>
            <numerusform>Der letzte Probelauf der Konvertierung von %n Instanz.</numerusform>
            <numerusform>Der letzte Probelauf der Konvertierung von %n Instanzen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Canceling the dry run…</source>
        <translation>Der Probelauf wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel &amp;Dry Run</source>
        <translation>&amp;Probelauf abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Inspecting %n instance(s) read-only; about 1 to 2 minutes each…</source>
        <translation>
            <numerusform>%n Instanz wird nur lesend untersucht; etwa 1 bis 2 Minuten…</numerusform>
            <numerusform>%n Instanzen werden nur lesend untersucht; etwa 1 bis 2 Minuten pro Instanz…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/batches/preflightmodel.cpp" line="+156"/>
        <source>Instance / finding</source>
        <translation>Instanz / Befund</translation>
    </message>
    <message>
        <location filename="../src/gui/batches/batchpreflightpage.cpp" line="-105"/>
        <location line="+13"/>
        <location filename="../src/gui/batches/preflightmodel.cpp" line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/gui/batches/preflightmodel.cpp" line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/gui/batches/batchpreflightpage.cpp" line="+130"/>
        <source>Checking the selected instances…</source>
        <translation>Die ausgewählten Instanzen werden geprüft…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/batches/preflightmodel.cpp" line="-29"/>
        <source>Not queued: %1</source>
        <translation>Nicht eingereiht: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../src/gui/batches/batchpreflightpage.cpp" line="+16"/>
        <source>The expression selects no instance now.</source>
        <translation>Der Ausdruck wählt derzeit keine Instanz aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n instance(s) checked: %1 blocked by a critical finding, %2 with warnings, %3 ready.</source>
        <translation>
            <numerusform>%n Instanz geprüft: %1 durch einen kritischen Befund blockiert, %2 mit Warnungen, %3 bereit.</numerusform>
            <numerusform>%n Instanzen geprüft: %1 durch einen kritischen Befund blockiert, %2 mit Warnungen, %3 bereit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::BatchSelectionPage</name>
    <message>
        <location filename="../src/gui/batches/batchselectionpage.cpp" line="+36"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An expression chooses the instances, for example &lt;code&gt;location matches &apos;/prod/&apos; and len(disks) == 1&lt;/code&gt;. Ctrl+Space completes field and function names.</source>
        <translation>Ein Ausdruck wählt die Instanzen aus, zum Beispiel &lt;code&gt;location matches &apos;/prod/&apos; and len(disks) == 1&lt;/code&gt;. Strg+Leertaste ergänzt Feld- und Funktionsnamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include expression</source>
        <translation>Auswahlausdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true selects every instance</source>
        <translation>true wählt jede Instanz aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching instances</source>
        <translation>Passende Instanzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Include expression:</source>
        <translation>&amp;Auswahlausdruck:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type an expression; true selects every instance.</source>
        <translation>Geben Sie einen Ausdruck ein; true wählt jede Instanz aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+43"/>
        <source>The expression is not complete.</source>
        <translation>Der Ausdruck ist unvollständig.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Counting…</source>
        <translation>Zählen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the instances…</source>
        <translation>Die Instanzen werden gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The instances could not be read: %1</source>
        <translation>Die Instanzen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln of %1 instance(s) match.</source>
        <translation>
            <numerusform>%Ln von %1 Instanzen passt.</numerusform>
            <numerusform>%Ln von %1 Instanzen passen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expression failed on one instance: %1</source>
        <translation>Der Ausdruck ist bei einer Instanz fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expression failed on %1 instances, for example %2</source>
        <translation>Der Ausdruck ist bei %1 Instanzen fehlgeschlagen, zum Beispiel %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>ferry::gui::BatchSummaryPage</name>
    <message>
        <location filename="../src/gui/batches/batchsummarypage.cpp" line="+27"/>
        <source>&amp;Start the batch now</source>
        <translation>Den Batch jetzt &amp;starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the batch Create saves, as &lt;code&gt;ferryctl batch show&lt;/code&gt; will print it; &lt;code&gt;ferryctl batch edit&lt;/code&gt; changes it later.</source>
        <translation>So speichert Erstellen den Batch (&lt;code&gt;ferryctl batch show&lt;/code&gt; gibt ihn so aus, &lt;code&gt;ferryctl batch edit&lt;/code&gt; ändert ihn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch YAML</source>
        <translation>Batch-YAML</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue the selected instances at once; otherwise start the batch later from the Batches page.</source>
        <translation>Die ausgewählten Instanzen sofort einreihen; andernfalls starten Sie den Batch später auf der Seite Batches.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::BatchWindowsPage</name>
    <message>
        <location filename="../src/gui/batches/batchwindowspage.cpp" line="+44"/>
        <location line="+5"/>
        <source>Migration windows</source>
        <translation>Migrationsfenster</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>When the final cut-over may happen (times in UTC). Without windows each instance cuts over as soon as its copy is ready. No new instance is assigned to a window after its lockout.</source>
        <translation>Wann die endgültige Umschaltung stattfinden darf (Zeiten in UTC). Ohne Fenster schaltet jede Instanz um, sobald ihre Kopie bereit ist. Nach der Sperrzeit eines Fensters wird ihm keine neue Instanz mehr zugewiesen.</translation>
    </message>
    <message>
        <location filename="../src/gui/batches/windowsmodel.cpp" line="+68"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lockout</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/gui/batches/batchwindowspage.cpp" line="+17"/>
        <source>&amp;Add Window</source>
        <translation>Fenster &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>window%1</source>
        <translation>fenster%1</translation>
    </message>
    <message>
        <location filename="../src/gui/batches/windowsdelegate.cpp" line="+40"/>
        <location filename="../src/gui/batches/windowsmodel.cpp" line="-72"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many instances cut over in this window.</source>
        <translation>Höchstens so viele Instanzen schalten in diesem Fenster um.</translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation type="vanished">braucht einen Namen</translation>
    </message>
    <message>
        <source>the name is used twice</source>
        <translation type="vanished">der Name kommt doppelt vor</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation type="vanished">endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>the lockout is outside the window</source>
        <translation type="vanished">die Sperrzeit liegt außerhalb des Fensters</translation>
    </message>
    <message>
        <source>overlaps %1</source>
        <translation type="vanished">überschneidet sich mit %1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::BatchWizard</name>
    <message>
        <location filename="../src/gui/batches/batchwizard.cpp" line="+24"/>
        <source>Create Batch</source>
        <translation>Batch erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The batch was not created.</source>
        <translation>Der Batch wurde nicht erstellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The batch %1 was created but did not start.</source>
        <translation>Der Batch %1 wurde erstellt, aber nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::BatchesPage</name>
    <message>
        <location filename="../src/gui/batches/batchespage.cpp" line="+39"/>
        <source>Batch actions</source>
        <translation>Batch-Aktionen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <location filename="../src/gui/batches/batchesmodel.cpp" line="+105"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../src/gui/batches/batchespage.cpp" line="+21"/>
        <source>Batch YAML</source>
        <translation>Batch-YAML</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Matched instances</source>
        <translation>Ausgewählte Instanzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched Instances</source>
        <translation>Ausgewählte Instanzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eset…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The batches could not be read.</source>
        <translation>Die Batches konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Queue the instances the batch selects now.</source>
        <translation>Die Instanzen, die der Batch jetzt auswählt, einreihen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a batch first.</source>
        <translation>Wählen Sie zuerst einen Batch aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop queueing new work; the entries stay.</source>
        <translation>Keine neue Arbeit mehr einreihen; die Einträge bleiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Defined: the queue entries are removed.</source>
        <translation>Zurück zu Definiert: Die Einträge der Warteschlange werden entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the batch first.</source>
        <translation>Halten Sie den Batch zuerst an.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the batch.</source>
        <translation>Den Batch löschen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1: %2, %Ln instance(s) selected now, %3 queued.</source>
        <translation>
            <numerusform>%1: %2, derzeit %Ln Instanz ausgewählt, %3 eingereiht.</numerusform>
            <numerusform>%1: %2, derzeit %Ln Instanzen ausgewählt, %3 eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2, %Ln instance(s) selected now, %3 queued, target %4.</source>
        <translation>
            <numerusform>%1: %2, derzeit %Ln Instanz ausgewählt, %3 eingereiht, Ziel %4.</numerusform>
            <numerusform>%1: %2, derzeit %Ln Instanzen ausgewählt, %3 eingereiht, Ziel %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest conversion: on.</source>
        <translation>Gastkonvertierung: ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest conversion: off.</source>
        <translation>Gastkonvertierung: aus.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The batch %1 did not start.</source>
        <translation>Der Batch %1 ist nicht gestartet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The batch %1 did not stop.</source>
        <translation>Der Batch %1 hat nicht angehalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reset the batch %1?</source>
        <translation>Den Batch %1 zurücksetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its queue entries are removed and it goes back to Defined. Instances already created on the target stay there.</source>
        <translation>Seine Einträge in der Warteschlange werden entfernt und er kehrt zu Definiert zurück. Bereits auf dem Ziel angelegte Instanzen bleiben dort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The batch %1 was not reset.</source>
        <translation>Der Batch %1 wurde nicht zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the batch %1?</source>
        <translation>Den Batch %1 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its definition and queue entries are deleted. This cannot be undone.</source>
        <translation>Seine Definition und seine Einträge in der Warteschlange werden gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The batch %1 was not removed.</source>
        <translation>Der Batch %1 wurde nicht entfernt.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::CertificateView</name>
    <message>
        <location filename="../src/gui/sources/certificateview.cpp" line="+29"/>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>email %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted before:</source>
        <translation>Bisher vertraut:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+131"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+129"/>
        <source>I &amp;trust this certificate</source>
        <translation>Ich &amp;vertraue diesem Zertifikat</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>I trust this certificate</source>
        <translation>Ich vertraue diesem Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick only after you compared the fingerprint with the one your vSphere administrator gave you.</source>
        <translation>Erst ankreuzen, nachdem Sie den Fingerabdruck mit dem verglichen haben, den Ihnen Ihr vSphere-Administrator gegeben hat.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The server did not present a certificate that Ferry could read, so there is nothing to trust.</source>
        <translation>Der Server hat kein Zertifikat vorgewiesen, das Ferry lesen konnte; es gibt also nichts, dem man vertrauen könnte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not the certificate you trusted before: its fingerprint changed.</source>
        <translation>Dies ist nicht das Zertifikat, dem Sie bisher vertraut haben: Sein Fingerabdruck hat sich geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;The certificate of this server changed.&lt;/b&gt; Ferry sent nothing to the server. Trust the new certificate only if you know why it changed, for example because the server was renewed or reinstalled.</source>
        <translation>&lt;b&gt;Das Zertifikat dieses Servers hat sich geändert.&lt;/b&gt; Ferry hat nichts an den Server gesendet. Vertrauen Sie dem neuen Zertifikat nur, wenn Sie wissen, warum es sich geändert hat, etwa weil der Server erneuert oder neu installiert wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Problems with this certificate:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Probleme mit diesem Zertifikat:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
(self-signed: issued by itself)</source>
        <translation>%1
(selbstsigniert: von sich selbst ausgestellt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not valid yet)</source>
        <translation>%1 (noch nicht gültig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trusted fingerprint:</source>
        <translation>Vertrauter Fingerabdruck:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presented fingerprint:</source>
        <translation>Vorgewiesener Fingerabdruck:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I &amp;trust the new certificate</source>
        <translation>Ich &amp;vertraue dem neuen Zertifikat</translation>
    </message>
</context>
<context>
    <name>ferry::gui::ColumnChooser</name>
    <message>
        <location filename="../src/gui/common/columnchooser.cpp" line="+126"/>
        <source>This column is always shown.</source>
        <translation>Diese Spalte wird immer angezeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the default columns with their default widths and order.</source>
        <translation>Die Standardspalten mit ihren Standardbreiten und ihrer Standardreihenfolge zeigen.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::CommandLine</name>
    <message>
        <location filename="../src/gui/startup/commandline.cpp" line="+113"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir braucht ein Verzeichnis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--database needs a URL.</source>
        <translation>--database braucht eine URL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: ferry [options]

Ferry moves virtual machines from VMware (vCenter, ESXi) to Incus and LXD.
This is the desktop application; ferryctl is its command-line twin and shares the same database.

Options:
  -h, --help            Show this help and exit
  -V, --version         Show the version and exit
  --data-dir DIR        Use this data directory (default: $FERRY_DATA_DIR or the user&apos;s data directory)
  --database URL        Keep the state in this database (default: $FERRY_DATABASE, or SQLite in the data directory), e.g. postgresql://USER@HOST:PORT/DATABASE
  -v, --verbose         Also print log messages on stderr

Qt options such as -platform and -style are passed on to Qt.
</source>
        <translation>Aufruf: ferry [Optionen]

Ferry verschiebt virtuelle Maschinen von VMware (vCenter, ESXi) nach Incus und LXD.
Dies ist die Desktop-Anwendung; ferryctl ist ihr Kommandozeilen-Gegenstück und nutzt dieselbe Datenbank.

Optionen:
  -h, --help            Diese Hilfe zeigen und beenden
  -V, --version         Die Version zeigen und beenden
  --data-dir DIR        Dieses Datenverzeichnis verwenden (Standard: $FERRY_DATA_DIR oder das Datenverzeichnis des Benutzers)
  --database URL        Den Zustand in dieser Datenbank halten (Standard: $FERRY_DATABASE oder SQLite im Datenverzeichnis), z. B. postgresql://BENUTZER@HOST:PORT/DATENBANK
  -v, --verbose         Protokollmeldungen auch auf stderr ausgeben

Qt-Optionen wie -platform und -style werden an Qt weitergegeben.
</translation>
    </message>
    <message>
        <source>Usage: ferry [options]

Ferry moves virtual machines from VMware (vCenter, ESXi) to Incus and LXD.
This is the desktop application; ferryctl is its command-line twin and shares the same database.

Options:
  -h, --help            Show this help and exit
  -V, --version         Show the version and exit
  --data-dir DIR        Use this data directory (default: $FERRY_DATA_DIR or the user&apos;s data directory)
  -v, --verbose         Also print log messages on stderr

Qt options such as -platform and -style are passed on to Qt.
</source>
        <translation type="vanished">Aufruf: ferry [Optionen]

Ferry verschiebt virtuelle Maschinen von VMware (vCenter, ESXi) nach Incus und LXD.
Dies ist die Desktop-Anwendung; ferryctl ist ihr Kommandozeilen-Gegenstück und nutzt dieselbe Datenbank.

Optionen:
  -h, --help            Diese Hilfe zeigen und beenden
  -V, --version         Die Version zeigen und beenden
  --data-dir DIR        Dieses Datenverzeichnis verwenden (Standard: $FERRY_DATA_DIR oder das Datenverzeichnis des Benutzers)
  -v, --verbose         Protokollmeldungen auch auf stderr ausgeben

Qt-Optionen wie -platform und -style werden an Qt weitergegeben.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ferry %1 (Qt %2)
</source>
        <translation>ferry %1 (Qt %2)
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ferry: %1
Try &apos;ferry --help&apos; for more information.
</source>
        <translation>ferry: %1
&apos;ferry --help&apos; zeigt weitere Informationen.
</translation>
    </message>
</context>
<context>
    <name>ferry::gui::DatabaseSettingsWidget</name>
    <message>
        <location filename="../src/gui/settings/databasesettingswidget.cpp" line="+37"/>
        <source>In use now: %1</source>
        <translation>Jetzt in Gebrauch: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;SQLite file in the data directory (the default)</source>
        <translation>&amp;SQLite-Datei im Datenverzeichnis (Standard)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;PostgreSQL server (shared by several engines)</source>
        <translation>&amp;PostgreSQL-Server (von mehreren Engines geteilt)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unchanged (keychain, PGPASSWORD or ~/.pgpass)</source>
        <translation>Unverändert (Schlüsselbund, PGPASSWORD oder ~/.pgpass)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved in the system keychain, never in a file. Leave it empty to keep the stored one.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in einer Datei. Leer lassen, um das gespeicherte zu behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify the server (verify-full)</source>
        <translation>Server prüfen (verify-full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt without verifying (require)</source>
        <translation>Verschlüsseln ohne Prüfung (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TLS (disable)</source>
        <translation>Kein TLS (disable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~/.postgresql/root.crt when empty</source>
        <translation>~/.postgresql/root.crt, wenn leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;est Connection</source>
        <translation>Verbindung t&amp;esten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect once with these values, without changing anything.</source>
        <translation>Einmal mit diesen Werten verbinden, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To take the data of the SQLite file along, quit Ferry and every engine on it, then run once:</source>
        <translation>Um die Daten der SQLite-Datei mitzunehmen, beenden Sie Ferry und jede Engine darauf und führen Sie einmal aus:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Command that copies the SQLite data</source>
        <translation>Befehl, der die SQLite-Daten kopiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ferry opens the chosen database when it starts again. --database and FERRY_DATABASE decide over this choice; ferryctl follows it too.</source>
        <translation>Ferry öffnet die gewählte Datenbank beim nächsten Start. --database und FERRY_DATABASE haben Vorrang vor dieser Wahl; ferryctl folgt ihr ebenfalls.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The database password could not be stored in the keychain.</source>
        <translation>Das Datenbankpasswort konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check the connection settings</source>
        <translation>Prüfen Sie die Verbindungseinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a PostgreSQL server first.</source>
        <translation>Wählen Sie zuerst einen PostgreSQL-Server.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ferry changes nothing on the server.</source>
        <translation>Ferry ändert nichts auf dem Server.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection failed</source>
        <translation>Die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection is encrypted (%1).</source>
        <translation>Die Verbindung ist verschlüsselt (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection is not encrypted.</source>
        <translation>Die Verbindung ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to PostgreSQL %1</source>
        <translation>Verbunden mit PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the CA File</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ferry::gui::EditTargetDialog</name>
    <message>
        <location filename="../src/gui/targets/edittargetdialog.cpp" line="+31"/>
        <source>Edit Target %1</source>
        <translation>Ziel %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trust token</source>
        <translation>Vertrauens-Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: a new token from the server (&quot;lxc config trust add --name ferry&quot; or &quot;incus config trust add ferry&quot;) makes it trust Ferry&apos;s certificate again, for example after it was removed from the server&apos;s trust store. The token is used once and never stored.</source>
        <translation>Optional: Ein neues Token vom Server (&quot;lxc config trust add --name ferry&quot; oder &quot;incus config trust add ferry&quot;) lässt ihn Ferrys Zertifikat wieder vertrauen, etwa nachdem es aus dem Vertrauensspeicher des Servers entfernt wurde. Das Token wird einmal verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty to keep the current authentication</source>
        <translation>Leer lassen, um die aktuelle Authentifizierung zu behalten</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This is not a trust token. Copy the whole last line that &quot;lxc config trust add&quot; or &quot;incus config trust add&quot; printed.</source>
        <translation>Dies ist kein Vertrauens-Token. Kopieren Sie die ganze letzte Zeile, die &quot;lxc config trust add&quot; oder &quot;incus config trust add&quot; ausgegeben hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving and checking %1…</source>
        <translation>%1 wird gespeichert und geprüft…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ferry could not save the target: %1</source>
        <translation>Ferry konnte das Ziel nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::EngineController</name>
    <message>
        <location filename="../src/gui/queue/enginecontroller.cpp" line="+128"/>
        <source>Engine stopped</source>
        <translation>Engine angehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine running in this window</source>
        <translation>Engine läuft in diesem Fenster</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Engine running in this window: %n migration(s)</source>
        <translation>
            <numerusform>Engine läuft in diesem Fenster: %n Migration</numerusform>
            <numerusform>Engine läuft in diesem Fenster: %n Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engine held by pid %1 on host %2</source>
        <translation>Engine belegt von PID %1 auf Host %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine held by another process</source>
        <translation>Engine von einem anderen Prozess belegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine not running: %1</source>
        <translation>Engine läuft nicht: %1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::EnginesModel</name>
    <message>
        <location filename="../src/gui/queue/enginesmodel.cpp" line="+97"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heartbeat</source>
        <translation>Lebenszeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Restrictions</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (this window)</source>
        <translation>%1 (dieses Fenster)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, late</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No heartbeat for %1: the engine may have stopped. Once its lease runs out, another engine takes its entries over.</source>
        <translation>Seit %1 kein Lebenszeichen: Die Engine ist vielleicht beendet. Sobald ihre Leases ablaufen, übernimmt eine andere Engine ihre Einträge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine %1</source>
        <translation>Engine %1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::EnginesPanel</name>
    <message>
        <location filename="../src/gui/queue/enginespanel.cpp" line="+43"/>
        <location line="+127"/>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>The engines sharing this database: host, process, heartbeat and the entries each works on</source>
        <translation>Die Engines, die sich diese Datenbank teilen: Host, Prozess, Lebenszeichen und die Einträge, an denen jede arbeitet</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The engines could not be read: %1</source>
        <translation>Die Engines konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No engine is running: nothing migrates until one starts (this window&apos;s, or ferryctl engine run).</source>
        <translation>Keine Engine läuft: Nichts wird migriert, bis eine startet (die dieses Fensters oder ferryctl engine run).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>1 engine</source>
        <translation>1 Engine</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>%L1 engines</source>
        <translation>%L1 Engines</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 with a late heartbeat</source>
        <translation>1 mit überfälligem Lebenszeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 with a late heartbeat</source>
        <translation>%L1 mit überfälligem Lebenszeichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Engines (%1, %2 late)</source>
        <translation>Engines (%1, %2 überfällig)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engines (%1)</source>
        <translation>Engines (%1)</translation>
    </message>
</context>
<context>
    <name>ferry::gui::ErrorDialog</name>
    <message>
        <location filename="../src/gui/common/errordialog.cpp" line="+39"/>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Ferry cannot start</source>
        <translation>Ferry kann nicht starten</translation>
    </message>
</context>
<context>
    <name>ferry::gui::InstanceDetailsWidget</name>
    <message>
        <location filename="../src/gui/instances/instancedetailswidget.cpp" line="+56"/>
        <source>Powered on</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Powered off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Edit &amp;Overrides…</source>
        <translation>&amp;Anpassungen bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit overrides</source>
        <translation>Anpassungen bearbeiten</translation>
    </message>
    <message>
        <source>Change the name, CPUs or memory on the target, disable the migration or ignore the restrictions.</source>
        <translation type="vanished">Name, CPUs oder Arbeitsspeicher auf dem Ziel ändern, die Migration deaktivieren oder die Einschränkungen ignorieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, CPUs or memory on the target, disable the migration, ignore the restrictions or give NICs new guest addresses.</source>
        <translation>Name, CPUs oder Arbeitsspeicher auf dem Ziel ändern, die Migration deaktivieren, die Einschränkungen ignorieren oder Netzwerkkarten neue Gastadressen geben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OS:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs:</source>
        <translation>CPUs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power:</source>
        <translation>Stromzustand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Background import:</source>
        <translation>Hintergrundimport:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disks and NICs</source>
        <translation>Festplatten und Netzwerkkarten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAC Address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NICs</source>
        <translation>Netzwerkkarten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+168"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+167"/>
        <source>Restrictions</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Overrides</source>
        <translation>Anpassungen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select an instance to see its details.</source>
        <translation>Wählen Sie eine Instanz aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (no longer on the source)</source>
        <translation>%1 (nicht mehr auf der Quelle)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type %1, distribution %2 %3</source>
        <translation>Typ %1, Distribution %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>%1 (vSphere: %2)</source>
        <translation>%1 (vSphere: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure boot</source>
        <translation>Secure Boot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes (change tracking on)</source>
        <translation>Ja (Änderungsverfolgung an)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No (change tracking off)</source>
        <translation>Nein (Änderungsverfolgung aus)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%L1 bytes</source>
        <translation>%L1 Bytes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ignored for this instance (override).</source>
        <translation>Für diese Instanz ignoriert (Anpassung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: this instance can be migrated.</source>
        <translation>Keine: Diese Instanz kann migriert werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, gateway %1</source>
        <translation>, Gateway %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, DNS %1</source>
        <translation>, DNS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New address of %1</source>
        <translation>Neue Adresse von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>ferry::gui::InstanceOverridesDialog</name>
    <message>
        <location filename="../src/gui/instances/instanceoverridesdialog.cpp" line="+38"/>
        <source>Overrides of %1</source>
        <translation>Anpassungen von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How %1 is created on the target. Unticked values stay as on the source.</source>
        <translation>Wie %1 auf dem Ziel angelegt wird. Nicht angekreuzte Werte bleiben wie auf der Quelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name on the target</source>
        <translation>Name auf dem Ziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+62"/>
        <source>vSphere: %1</source>
        <translation>vSphere: %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPUs on the target</source>
        <translation>CPUs auf dem Ziel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory on the target</source>
        <translation>Arbeitsspeicher auf dem Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example 8GiB or 4096MiB</source>
        <translation>zum Beispiel 8GiB oder 4096MiB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Disable migration of this instance</source>
        <translation>Migration dieser Instanz &amp;deaktivieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batches skip it, whatever their expression matches.</source>
        <translation>Batches überspringen sie, gleich was ihr Ausdruck auswählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ignore restrictions</source>
        <translation>Einschränkungen &amp;ignorieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migrate it even though Ferry found reasons not to (unknown OS, no IPv4 address, no background import, ...).</source>
        <translation>Sie migrieren, obwohl Ferry Gründe dagegen gefunden hat (unbekanntes Betriebssystem, keine IPv4-Adresse, kein Hintergrundimport, ...).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New guest addresses</source>
        <translation>Neue Gastadressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written into the guest by the guest conversion; leave empty to keep the guest&apos;s own configuration.</source>
        <translation>Die Gastkonvertierung schreibt sie in den Gast; lassen Sie die Felder leer, um die Konfiguration des Gastes zu behalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New address</source>
        <translation>Neue Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>vSphere: no IPv4 address</source>
        <translation>vSphere: keine IPv4-Adresse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New address of NIC %1</source>
        <translation>Neue Adresse der Netzwerkkarte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4 address with prefix length</source>
        <translation>IPv4-Adresse mit Präfixlänge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway of NIC %1</source>
        <translation>Gateway der Netzwerkkarte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNS servers of NIC %1</source>
        <translation>DNS-Server der Netzwerkkarte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4 addresses of the name servers, separated by commas</source>
        <translation>IPv4-Adressen der DNS-Server, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear All</source>
        <translation>Alle &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear all overrides</source>
        <translation>Alle Anpassungen zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick everything: the instance is migrated as it is on the source.</source>
        <translation>Alles abwählen: Die Instanz wird so migriert, wie sie auf der Quelle ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Enter a name, or untick it to keep the one from the source.</source>
        <translation>Geben Sie einen Namen ein oder wählen Sie ihn ab, um den der Quelle zu behalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: enter the new address, or leave the gateway and DNS servers empty.</source>
        <translation>%1: Geben Sie die neue Adresse ein oder lassen Sie Gateway und DNS-Server leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a host name on the target: use letters, digits and hyphens, at most 63, not starting or ending with a hyphen.</source>
        <translation type="vanished">&quot;%1&quot; kann kein Hostname auf dem Ziel sein: Verwenden Sie Buchstaben, Ziffern und Bindestriche, höchstens 63, ohne Bindestrich am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>The memory must be more than zero.</source>
        <translation type="vanished">Der Arbeitsspeicher muss größer als null sein.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::InstanceRow</name>
    <message>
        <location filename="../src/gui/instances/instancerow.cpp" line="+21"/>
        <source>Disabled manually</source>
        <translation>Manuell deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid name</source>
        <translation>Ungültiger Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown OS</source>
        <translation>Unbekanntes Betriebssystem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No architecture</source>
        <translation>Keine Architektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No IPv4</source>
        <translation>Kein IPv4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No background import</source>
        <translation>Kein Hintergrundimport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Background import unverified</source>
        <translation>Hintergrundimport ungeprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported disk</source>
        <translation>Nicht unterstützte Festplatte</translation>
    </message>
</context>
<context>
    <name>ferry::gui::InstancesModel</name>
    <message>
        <location filename="../src/gui/instances/instancesmodel.cpp" line="+138"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+288"/>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1
No longer on the source: the last sync did not find it.</source>
        <translation>%1
Nicht mehr auf der Quelle: Die letzte Synchronisierung hat sie nicht gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restrictions are ignored for this instance.</source>
        <translation>Die Einschränkungen werden für diese Instanz ignoriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing prevents migrating this instance.</source>
        <translation>Nichts verhindert die Migration dieser Instanz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overridden for the target (in italics).</source>
        <translation>Für das Ziel angepasst (kursiv).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 bytes</source>
        <translation>%L1 Bytes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS Version</source>
        <translation>Betriebssystemversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Background Import</source>
        <translation>Hintergrundimport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration Disabled</source>
        <translation>Migration deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restrictions</source>
        <translation>Einschränkungen</translation>
    </message>
</context>
<context>
    <name>ferry::gui::InstancesPage</name>
    <message>
        <location filename="../src/gui/instances/instancespage.cpp" line="+55"/>
        <source>Filter: location or expression…</source>
        <translation>Filter: Ort oder Ausdruck…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter instances</source>
        <translation>Instanzen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text shows the instances whose inventory path contains it; an expression of the selection language (for example cpus &gt;= 4 and os_type == &quot;linux&quot;) shows the instances it selects, as ferryctl instance list --filter does.</source>
        <translation>Ein Text zeigt die Instanzen, deren Inventarpfad ihn enthält; ein Ausdruck der Auswahlsprache (zum Beispiel cpus &gt;= 4 and os_type == &quot;linux&quot;) zeigt die Instanzen, die er auswählt, wie ferryctl instance list --filter.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The instances could not be read.</source>
        <translation>Die Instanzen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln instance(s)</source>
        <translation>
            <numerusform>%Ln Instanz</numerusform>
            <numerusform>%Ln Instanzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%L1 of %Ln instance(s) match</source>
        <translation>
            <numerusform>%L1 von %Ln Instanz passt</numerusform>
            <numerusform>%L1 von %Ln Instanzen passen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtering…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No instance matches the filter.</source>
        <translation>Keine Instanz passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::KeychainStatusWidget</name>
    <message>
        <location filename="../src/gui/mainwindow/keychainstatuswidget.cpp" line="+39"/>
        <source>Asking the system keychain whether it is reachable.</source>
        <translation>Der Schlüsselbund des Systems wird gefragt, ob er erreichbar ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The system keychain answers. Ferry keeps passwords and keys only there.</source>
        <translation>Der Schlüsselbund des Systems antwortet. Ferry bewahrt Passwörter und Schlüssel nur dort auf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keychain: not checked</source>
        <translation>Schlüsselbund: nicht geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain: checking…</source>
        <translation>Schlüsselbund: wird geprüft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain: available</source>
        <translation>Schlüsselbund: verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain: unavailable</source>
        <translation>Schlüsselbund: nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>ferry::gui::MainWindow</name>
    <message>
        <source>Not available yet: %1</source>
        <translation type="vanished">Noch nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="+69"/>
        <source>No sources yet</source>
        <translation>Noch keine Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources are the VMware vCenter Servers and ESXi hosts that Ferry copies virtual machines from. Add one to import its VMs and networks.</source>
        <translation>Quellen sind die VMware vCenter Server und ESXi-Hosts, von denen Ferry virtuelle Maschinen kopiert. Fügen Sie eine hinzu, um ihre VMs und Netzwerke zu importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No targets yet</source>
        <translation>Noch keine Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets are the Incus and LXD servers that receive the migrated virtual machines. Add one and confirm its certificate to start planning migrations.</source>
        <translation>Ziele sind die Incus- und LXD-Server, die die migrierten virtuellen Maschinen aufnehmen. Fügen Sie eines hinzu und bestätigen Sie sein Zertifikat, um Migrationen zu planen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No instances yet</source>
        <translation>Noch keine Instanzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances are the virtual machines found on your sources. They appear here, with their disks, NICs and guest details, once a source has been synced.</source>
        <translation>Instanzen sind die virtuellen Maschinen auf Ihren Quellen. Sie erscheinen hier mit Festplatten, Netzwerkkarten und Gastdetails, sobald eine Quelle synchronisiert wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No networks yet</source>
        <translation>Noch keine Netzwerke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The networks found on your sources are listed here, so that you can map each one to a network on the target.</source>
        <translation>Die Netzwerke Ihrer Quellen werden hier aufgeführt, damit Sie jedes einem Netzwerk auf dem Ziel zuordnen können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No batches yet</source>
        <translation>Noch keine Batches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch selects instances with an expression and moves them to a target during the migration windows you choose.</source>
        <translation>Ein Batch wählt Instanzen mit einem Ausdruck aus und verschiebt sie in den Migrationsfenstern, die Sie festlegen, auf ein Ziel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The queue is empty</source>
        <translation>Die Warteschlange ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a batch starts, each of its instances is queued here with its status and the progress of every disk.</source>
        <translation>Wenn ein Batch startet, wird jede seiner Instanzen hier mit ihrem Status und dem Fortschritt jeder Festplatte eingereiht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No artifacts yet</source>
        <translation>Noch keine Artefakte</translation>
    </message>
    <message>
        <source>Artifacts are files that migrations need, such as the VMware VDDK or the virtio drivers for Windows guests.</source>
        <translation type="vanished">Artefakte sind Dateien, die Migrationen brauchen, etwa das VMware VDDK oder die virtio-Treiber für Windows-Gäste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No warnings</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found while syncing or migrating, such as disks that cannot be copied or lost connections, are collected here for you to review.</source>
        <translation>Probleme beim Synchronisieren oder Migrieren, etwa Festplatten, die nicht kopiert werden können, oder abgebrochene Verbindungen, werden hier zur Durchsicht gesammelt.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;Source…</source>
        <translation>&amp;Quelle hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a vCenter Server or ESXi host and import its VMs.</source>
        <translation>Einen vCenter Server oder ESXi-Host registrieren und seine VMs importieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;Target…</source>
        <translation>&amp;Ziel hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register an Incus or LXD server that receives the migrated VMs.</source>
        <translation>Einen Incus- oder LXD-Server registrieren, der die migrierten VMs aufnimmt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ync Sources</source>
        <translation>Quellen s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create &amp;Batch…</source>
        <translation>&amp;Batch erstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select instances with an expression and plan their migration: windows, placement and pre-flight checks.</source>
        <translation>Instanzen mit einem Ausdruck auswählen und ihre Migration planen: Fenster, Platzierung und Vorabprüfungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;Artifact…</source>
        <translation>&amp;Artefakt hinzufügen…</translation>
    </message>
    <message>
        <source>adding artifacts arrives with artifact management.</source>
        <translation type="vanished">das Hinzufügen von Artefakten kommt mit der Artefaktverwaltung.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Artifacts are files that migrations need: Windows guests get the virtio drivers from a virtio-win ISO, and wait until one is added here.</source>
        <translation>Artefakte sind Dateien, die Migrationen brauchen: Windows-Gäste bekommen die virtio-Treiber aus einem virtio-win-ISO und warten, bis hier eines hinzugefügt ist.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Add a virtio-win driver ISO, which Windows guests&apos; conversion needs.</source>
        <translation>Ein virtio-win-Treiber-ISO hinzufügen, das die Konvertierung von Windows-Gästen braucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Batches</source>
        <translation>Batches zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Batches page, where migrations are planned.</source>
        <translation>Zur Seite Batches, auf der Migrationen geplant werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close Ferry</source>
        <translation>Ferry schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the user guide</source>
        <translation>Das Benutzerhandbuch öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Se&amp;ttings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Limits, language, theme, log level and diagnostics</source>
        <translation>Grenzen, Sprache, Design, Protokollstufe und Diagnose</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;About Ferry</source>
        <translation>Ü&amp;ber Ferry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version of Ferry and its licences</source>
        <translation>Die Version von Ferry und ihre Lizenzen zeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the %1 page</source>
        <translation>Die Seite %1 zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the page to show</source>
        <translation>Die anzuzeigende Seite wählen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Data directory: %1</source>
        <translation>Datenverzeichnis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1
Log files: %2</source>
        <translation>Datenbank: %1
Protokolldateien: %2</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Migrations are running</source>
        <translation>Migrationen laufen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n migration(s) are running in this window.</source>
        <translation>
            <numerusform>%n Migration läuft in diesem Fenster.</numerusform>
            <numerusform>%n Migrationen laufen in diesem Fenster.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quitting cancels them: each source that Ferry powered off is powered back on and what was created on the target is deleted. Retry them from the Queue page later.</source>
        <translation>Beenden bricht sie ab: Jede Quelle, die Ferry ausgeschaltet hat, wird wieder eingeschaltet, und was auf dem Ziel angelegt wurde, wird gelöscht. Wiederholen Sie sie später auf der Seite Warteschlange.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel Migrations and Quit</source>
        <translation>Migrationen abbrechen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Ferry Open</source>
        <translation>Ferry geöffnet lassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping the migration engine…</source>
        <translation>Die Migrations-Engine wird angehalten…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read the VMs and networks of every source now.</source>
        <translation>Die VMs und Netzwerke aller Quellen jetzt lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a source first (File &gt; Add Source…), then sync it.</source>
        <translation>Fügen Sie zuerst eine Quelle hinzu (Datei &gt; Quelle hinzufügen…) und synchronisieren Sie sie dann.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::NetworkMappingDialog</name>
    <message>
        <location filename="../src/gui/networks/networkmappingdialog.cpp" line="+26"/>
        <source>Mapping of %1</source>
        <translation>Zuordnung von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the NICs connected to %1 go on the target.</source>
        <translation>Wohin die mit %1 verbundenen Netzwerkkarten auf dem Ziel kommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default: network %1, %2 NIC%3</source>
        <translation>Standard: Netzwerk %1, %2-Netzwerkkarte%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, VLAN %1</source>
        <translation>, VLAN %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target network</source>
        <translation>Zielnetzwerk</translation>
    </message>
    <message>
        <source>The managed network on the target, or the parent interface for bridged and physical NICs.</source>
        <translation type="vanished">Das verwaltete Netzwerk auf dem Ziel oder die übergeordnete Schnittstelle für Bridged- und physische Netzwerkkarten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NIC type</source>
        <translation>NIC-Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>managed</source>
        <translation>managed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bridged</source>
        <translation>bridged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>physical</source>
        <translation>physical</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A NIC on a network the target manages.</source>
        <translation>Eine Netzwerkkarte in einem Netzwerk, das das Ziel verwaltet.</translation>
    </message>
    <message>
        <source>A NIC on an existing bridge of the target host.</source>
        <translation type="vanished">Eine Netzwerkkarte an einer vorhandenen Bridge des Zielhosts.</translation>
    </message>
    <message>
        <source>A NIC on a host interface, with an optional VLAN.</source>
        <translation type="vanished">Eine Netzwerkkarte an einer Host-Schnittstelle, mit optionalem VLAN.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A VLAN id such as 42, or ranges for a trunk (100-200,300); only with the bridged or physical NIC type.</source>
        <translation type="vanished">Eine VLAN-ID wie 42 oder Bereiche für einen Trunk (100-200,300); nur mit dem NIC-Typ bridged oder physical.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The managed network on the target, or the parent interface for bridged, macvlan and physical NICs.</source>
        <translation>Das verwaltete Netzwerk auf dem Ziel oder die übergeordnete Schnittstelle für Netzwerkkarten vom Typ bridged, macvlan und physical.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>macvlan</source>
        <translation>macvlan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A NIC on an existing bridge of the target host, with an optional VLAN or trunk.</source>
        <translation>Eine Netzwerkkarte an einer vorhandenen Bridge des Zielhosts, mit optionalem VLAN oder Trunk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A NIC of its own on a host interface (macvlan), with an optional VLAN.</source>
        <translation>Eine eigene Netzwerkkarte auf einer Host-Schnittstelle (macvlan), mit optionalem VLAN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole host interface handed to the VM (PCI passthrough): no VLAN, and the VM gets the card&apos;s MAC address.</source>
        <translation>Die ganze Host-Schnittstelle wird der VM übergeben (PCI-Passthrough): kein VLAN, und die VM erhält die MAC-Adresse der Karte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A VLAN id such as 42, or ranges for a trunk (100-200,300, bridged only); only with the bridged or macvlan NIC type.</source>
        <translation>Eine VLAN-ID wie 42 oder Bereiche für einen Trunk (100-200,300, nur bridged); nur mit dem Netzwerkkartentyp bridged oder macvlan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target &amp;network:</source>
        <translation>Ziel&amp;netzwerk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIC &amp;type:</source>
        <translation>NIC-&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VLAN:</source>
        <translation>&amp;VLAN:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to Default</source>
        <translation>Auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ferry::gui::NetworkMappingsDialog</name>
    <message>
        <location filename="../src/gui/networks/networkmappingsdialog.cpp" line="+43"/>
        <source>Network Mappings</source>
        <translation>Netzwerkzuordnungen</translation>
    </message>
    <message>
        <source>Where the NICs on each source network go on the target. Choose the target network from the list, or type the name of a bridge or host interface for bridged and physical NICs.</source>
        <translation type="vanished">Wohin die Netzwerkkarten jedes Quellnetzwerks auf dem Ziel kommen. Wählen Sie das Zielnetzwerk aus der Liste oder geben Sie für Bridged- und physische Netzwerkkarten den Namen einer Bridge oder Host-Schnittstelle ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the NICs on each source network go on the target. Choose the target network from the list, or type the name of a bridge or host interface for bridged, macvlan and physical NICs.</source>
        <translation>Wohin die Netzwerkkarten jedes Quellnetzwerks auf dem Ziel kommen. Wählen Sie das Zielnetzwerk aus der Liste, oder geben Sie den Namen einer Bridge oder Host-Schnittstelle für Netzwerkkarten vom Typ bridged, macvlan und physical ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target whose networks are listed</source>
        <translation>Ziel, dessen Netzwerke aufgeführt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No target registered</source>
        <translation>Kein Ziel registriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target network for the selected rows</source>
        <translation>Zielnetzwerk für die ausgewählten Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NIC type for the selected rows</source>
        <translation>NIC-Typ für die ausgewählten Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VLAN for the selected rows</source>
        <translation>VLAN für die ausgewählten Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no VLAN</source>
        <translation>kein VLAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply to Selected Rows</source>
        <translation>Auf ausgewählte Zeilen &amp;anwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Networks of &amp;target:</source>
        <translation>Netzwerke des &amp;Ziels:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set:</source>
        <translation>Setzen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network mappings</source>
        <translation>Netzwerkzuordnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source network</source>
        <translation>Quellnetzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target network</source>
        <translation>Zielnetzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NIC type</source>
        <translation>NIC-Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)
Default: network %3, %4 NIC%5</source>
        <translation>%1 (%2)
Standard: Netzwerk %3, %4-Netzwerkkarte%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, VLAN %1</source>
        <translation>, VLAN %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Choose a target network.</source>
        <translation>Wählen Sie ein Zielnetzwerk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a network %2 manages; use bridged or macvlan.</source>
        <translation>%1 ist kein Netzwerk, das %2 verwaltet; verwenden Sie bridged oder macvlan.</translation>
    </message>
    <message>
        <source>%1 is not a network %2 manages; use bridged or physical.</source>
        <translation type="vanished">%1 ist kein Netzwerk, das %2 verwaltet; verwenden Sie bridged oder physical.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no network %2.</source>
        <translation>%1 hat kein Netzwerk %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 network to save.</source>
        <translation>1 Netzwerk zu speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 networks to save.</source>
        <translation>%1 Netzwerke zu speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 row cannot be saved; the reason is in its Problem column.</source>
        <translation>1 Zeile kann nicht gespeichert werden; der Grund steht in ihrer Spalte Problem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows cannot be saved; the reasons are in the Problem column.</source>
        <translation>%1 Zeilen können nicht gespeichert werden; die Gründe stehen in der Spalte Problem.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::NetworksModel</name>
    <message>
        <location filename="../src/gui/networks/networksmodel.cpp" line="+17"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributed</source>
        <translation>Verteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSX distributed</source>
        <translation>NSX verteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSX</source>
        <translation>NSX</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Changed from the default (%1).</source>
        <translation>Gegenüber dem Standard geändert (%1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
No longer on the source: the last sync did not find it.</source>
        <translation>%1
Nicht mehr auf der Quelle: Die letzte Synchronisierung hat sie nicht gefunden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source Specific ID</source>
        <translation>Quellspezifische ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target Network</source>
        <translation>Zielnetzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target NIC Type</source>
        <translation>Ziel-NIC-Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target VLAN</source>
        <translation>Ziel-VLAN</translation>
    </message>
</context>
<context>
    <name>ferry::gui::NetworksPage</name>
    <message>
        <location filename="../src/gui/networks/networkspage.cpp" line="+38"/>
        <source>Network actions</source>
        <translation>Netzwerkaktionen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Edit Mapping…</source>
        <translation>Zuordnung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to Default</source>
        <translation>Auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;Several Mappings…</source>
        <translation>&amp;Mehrere Zuordnungen bearbeiten…</translation>
    </message>
    <message>
        <source>By default a standard network becomes a managed NIC on the target network of the same name (spaces as hyphens), a distributed port group a physical NIC with its VLAN. Changed values are in italics. Select several networks (Ctrl or Shift) to edit their mappings together.</source>
        <translation type="vanished">Standardmäßig wird ein Standardnetzwerk zu einer verwalteten Netzwerkkarte im gleichnamigen Zielnetzwerk (Leerzeichen als Bindestriche), eine verteilte Portgruppe zu einer physischen Netzwerkkarte mit ihrem VLAN. Geänderte Werte sind kursiv. Wählen Sie mehrere Netzwerke (Strg oder Umschalt), um ihre Zuordnungen gemeinsam zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>By default a standard network becomes a managed NIC on the target network of the same name (spaces as hyphens), a distributed port group a bridged NIC with its VLAN. Changed values are in italics. Select several networks (Ctrl or Shift) to edit their mappings together.</source>
        <translation>Standardmäßig wird ein Standardnetzwerk zu einer verwalteten Netzwerkkarte im gleichnamigen Zielnetzwerk (Leerzeichen als Bindestriche), eine verteilte Portgruppe zu einer Netzwerkkarte vom Typ bridged mit ihrem VLAN. Geänderte Werte sind kursiv. Wählen Sie mehrere Netzwerke (Strg oder Umschalt), um ihre Zuordnungen gemeinsam zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The networks could not be read.</source>
        <translation>Die Netzwerke konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Edit the mappings of the selected networks in one table.</source>
        <translation>Die Zuordnungen der ausgewählten Netzwerke in einer Tabelle bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more networks first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Netzwerke aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change where this network&apos;s NICs go on the target.</source>
        <translation>Ändern, wohin die Netzwerkkarten dieses Netzwerks auf dem Ziel kommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Select a network first.</source>
        <translation>Wählen Sie zuerst ein Netzwerk aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes: use the default mapping.</source>
        <translation>Die Änderungen verwerfen: die Standardzuordnung verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This network uses the default mapping already.</source>
        <translation>Dieses Netzwerk verwendet bereits die Standardzuordnung.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The mappings were not saved.</source>
        <translation>Die Zuordnungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The mapping was not saved.</source>
        <translation>Die Zuordnung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::OperationStatusWidget</name>
    <message>
        <location filename="../src/gui/common/operationstatuswidget.cpp" line="+45"/>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ferry::gui::QueueDetailsWidget</name>
    <message>
        <location filename="../src/gui/queue/queuedetailswidget.cpp" line="+57"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, project %2</source>
        <translation>%1, Projekt %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target instance</source>
        <translation>Zielinstanz</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Cluster member</source>
        <translation>Cluster-Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (placed, not landed yet)</source>
        <translation>%1 (platziert, noch nicht gelandet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Storage pool</source>
        <translation>Speicherpool</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, VLAN %2</source>
        <translation>%1, VLAN %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>NIC %1</source>
        <translation>Netzwerkkarte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target&apos;s default profile</source>
        <translation>das Standardprofil des Ziels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration window</source>
        <translation>Migrationsfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel, Keep Leftovers</source>
        <translation>Abbrechen, Reste behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stop this migration and leave what was created on the target for you to look at; the source is powered back on if Ferry stopped it. A later retry removes it first.</source>
        <translation>Diese Migration anhalten und das auf dem Ziel Erstellte zur Ansicht stehen lassen; die Quelle wird wieder eingeschaltet, falls Ferry sie ausgeschaltet hat. Ein späterer neuer Versuch entfernt es zuerst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You settled what made this entry a conflict (removed or renamed the instance that holds the target name, synced a changed source VM): queue it again, keeping its retry count.</source>
        <translation>Sie haben behoben, was diesen Eintrag zum Konflikt gemacht hat (die Instanz mit dem Zielnamen entfernt oder umbenannt, eine geänderte Quell-VM synchronisiert): Reihen Sie ihn erneut ein, mit seiner bisherigen Zahl der Wiederholungen.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Stop this migration: the source is powered back on if Ferry stopped it, and what was created on the target is deleted.</source>
        <translation>Diese Migration anhalten: Die Quelle wird wieder eingeschaltet, falls Ferry sie ausgeschaltet hat, und was auf dem Ziel angelegt wurde, wird gelöscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue this entry again (from Error, Canceled or Conflict).</source>
        <translation>Diesen Eintrag erneut einreihen (aus Fehler, Abgebrochen oder Konflikt).</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+43"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+28"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select an entry to see its disks and log.</source>
        <translation>Wählen Sie einen Eintrag aus, um seine Festplatten und sein Protokoll zu sehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Disk %1</source>
        <translation>Festplatte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ferry::gui::QueueModel</name>
    <message>
        <location filename="../src/gui/queue/queuemodel.cpp" line="+59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration Window</source>
        <translation>Migrationsfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Update</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status Message</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engine %1, its lease runs until %2</source>
        <translation>Engine %1, ihr Lease läuft bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine %1 on %2, its lease runs until %3</source>
        <translation>Engine %1 auf %2, ihr Lease läuft bis %3</translation>
    </message>
</context>
<context>
    <name>ferry::gui::QueueNotifier</name>
    <message>
        <location filename="../src/gui/queue/queuenotifier.cpp" line="+36"/>
        <source>Migration of %1 failed</source>
        <translation>Migration von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs attention</source>
        <translation>%1 braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict in batch %1</source>
        <translation>Konflikt in Batch %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Batch %1 finished</source>
        <translation>Batch %1 fertig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n instance(s) migrated (%1).</source>
        <translation>
            <numerusform>%n Instanz migriert (%1).</numerusform>
            <numerusform>%n Instanzen migriert (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
</context>
<context>
    <name>ferry::gui::QueuePage</name>
    <message>
        <location filename="../src/gui/queue/queuepage.cpp" line="+86"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All batches</source>
        <translation>Alle Batches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show the engines</source>
        <translation>Engines anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the engines sharing this database: host, heartbeat, entries</source>
        <translation>Die Engines, die sich diese Datenbank teilen, ein- oder ausblenden: Host, Lebenszeichen, Einträge</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The queue could not be read: %1</source>
        <translation>Die Warteschlange konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No entry matches the filters.</source>
        <translation>Kein Eintrag passt zu den Filtern.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The entry was not canceled.</source>
        <translation>Der Eintrag wurde nicht abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The entry was not queued again.</source>
        <translation>Der Eintrag wurde nicht erneut eingereiht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The conflict was not resolved.</source>
        <translation>Der Konflikt wurde nicht aufgelöst.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%L1 other engines run the queue</source>
        <translation>%L1 andere Engines bearbeiten die Warteschlange</translation>
    </message>
    <message>
        <source>The entry is %1 and cannot be canceled.</source>
        <translation type="vanished">Der Eintrag ist %1 und kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>Canceled by a person</source>
        <translation type="vanished">Von einer Person abgebrochen</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Canceled; what was created on the target stays.</source>
        <translation>Abgebrochen; was auf dem Ziel erstellt wurde, bleibt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancel failed: %1</source>
        <translation type="vanished">Abbrechen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The entry is %1; only entries in Error, Canceled or Conflict can be retried.</source>
        <translation type="vanished">Der Eintrag ist %1; nur Einträge in Fehler, Abgebrochen oder Konflikt können wiederholt werden.</translation>
    </message>
    <message>
        <source>Retry requested</source>
        <translation type="vanished">Wiederholung angefordert</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Waiting again.</source>
        <translation>Wartet erneut.</translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation type="vanished">Wiederholen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The entry is %1; only entries in Conflict can be resolved.</source>
        <translation type="vanished">Der Eintrag ist %1; nur Einträge im Konflikt können gelöst werden.</translation>
    </message>
    <message>
        <source>Conflict resolved by a person; waiting again</source>
        <translation type="vanished">Konflikt von einer Person gelöst; wartet erneut</translation>
    </message>
    <message>
        <source>Resolve failed: %1</source>
        <translation type="vanished">Lösen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Engine held by pid %1 on host %2</source>
        <translation>Engine belegt von PID %1 auf Host %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No engine is running</source>
        <translation>Keine Engine läuft</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 entries</source>
        <translation>%L1 Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 of %L2 entries</source>
        <translation>%L1 von %L2 Einträgen</translation>
    </message>
</context>
<context>
    <name>ferry::gui::QueueSnapshot</name>
    <message>
        <location filename="../src/gui/queue/queuesnapshot.cpp" line="+37"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>(gone)</source>
        <translation>(beendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
</context>
<context>
    <name>ferry::gui::QueueSummaryWidget</name>
    <message>
        <location filename="../src/gui/queue/queuesummarywidget.cpp" line="+37"/>
        <source>%1 finished</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 migrating</source>
        <translation>%1 in Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in conflict</source>
        <translation>%1 im Konflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 canceled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: bytes copied</source>
        <translation>%1: kopierte Bytes</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings/settingsdialog.cpp" line="+54"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storage</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Data directory:</source>
        <translation>&amp;Datenverzeichnis:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database and logs live here. To use another directory, start Ferry with --data-dir DIR or set the FERRY_DATA_DIR environment variable; ferryctl takes the same option.</source>
        <translation>Hier liegen die Datenbank und die Protokolle. Für ein anderes Verzeichnis starten Sie Ferry mit --data-dir DIR oder setzen die Umgebungsvariable FERRY_DATA_DIR; ferryctl kennt dieselbe Option.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keychain:</source>
        <translation>Schlüsselbund:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many disks Ferry copies from a new source at once. Each source can change its own limit.</source>
        <translation>Wie viele Festplatten Ferry gleichzeitig von einer neuen Quelle kopiert. Jede Quelle kann ihre eigene Grenze ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many migrations run at the same time, whatever the sources and targets allow.</source>
        <translation>Wie viele Migrationen gleichzeitig laufen, gleich was Quellen und Ziele erlauben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often a failed migration is tried again before it stays in Error.</source>
        <translation>Wie oft eine fehlgeschlagene Migration wiederholt wird, bevor sie im Fehler bleibt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import limit for new sources:</source>
        <translation>&amp;Importgrenze neuer Quellen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Migrations at once:</source>
        <translation>&amp;Gleichzeitige Migrationen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retries after a failure:</source>
        <translation>&amp;Wiederholungen nach einem Fehler:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ferryctl engine run uses the same values unless you pass other ones.</source>
        <translation>ferryctl engine run verwendet dieselben Werte, sofern Sie keine anderen angeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language changes when Ferry starts again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Ferry.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logs and Diagnostics</source>
        <translation>Protokolle und Diagnose</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug (verbose)</source>
        <translation>Debug (ausführlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;level:</source>
        <translation>Protokoll&amp;stufe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Log Fol&amp;der</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export Diagnostics…</source>
        <translation>Diagnose &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the logs, the versions, the settings and a copy of the database without passwords, keys or user names into one file for a bug report.</source>
        <translation>Die Protokolle, die Versionen, die Einstellungen und eine Kopie der Datenbank ohne Passwörter, Schlüssel oder Benutzernamen für einen Fehlerbericht in eine Datei schreiben.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data&amp;base</source>
        <translation>Daten&amp;bank</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The database choice could not be saved</source>
        <translation>Die Datenbankwahl konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings could not be saved</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferry opens the chosen database when it starts again. Until then it keeps using %1.</source>
        <translation>Ferry öffnet die gewählte Datenbank beim nächsten Start. Bis dahin verwendet es weiter %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Diagnostics</source>
        <translation>Diagnose exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tar archives (*.tar);;All files (*)</source>
        <translation>Tar-Archive (*.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting diagnostics…</source>
        <translation>Diagnose wird exportiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the database without secrets and collecting the logs.</source>
        <translation>Die Datenbank wird ohne Geheimnisse kopiert und die Protokolle werden gesammelt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The diagnostics could not be exported</source>
        <translation>Die Diagnose konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnostics exported</source>
        <translation>Diagnose exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was written. Nothing secret is in it: attach it to your bug report.</source>
        <translation>%1 wurde geschrieben. Sie enthält nichts Geheimes: Hängen Sie sie an Ihren Fehlerbericht an.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SourceCertificatePage</name>
    <message>
        <location filename="../src/gui/sources/sourcecertificatepage.cpp" line="+26"/>
        <source>&amp;Correct the Password</source>
        <translation>Passwort &amp;korrigieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: decide whether to trust the certificate the server presented.</source>
        <translation>%1: Entscheiden Sie, ob Sie dem Zertifikat vertrauen, das der Server vorgewiesen hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the password</source>
        <translation>Das Passwort korrigieren</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The server at %1 presents another certificate than the one that was trusted for it.</source>
        <translation>Der Server unter %1 weist ein anderes Zertifikat vor als das, dem für ihn vertraut wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 presented a certificate that this computer does not trust. Compare its fingerprint with the one your vSphere administrator gives you (on the server: the certificate&apos;s SHA-256 thumbprint) before you trust it. Ferry has sent nothing to the server yet, not even the user name.</source>
        <translation>Der Server unter %1 hat ein Zertifikat vorgewiesen, dem dieser Computer nicht vertraut. Vergleichen Sie seinen Fingerabdruck mit dem, den Ihnen Ihr vSphere-Administrator nennt (auf dem Server: der SHA-256-Thumbprint des Zertifikats), bevor Sie ihm vertrauen. Ferry hat noch nichts an den Server gesendet, nicht einmal den Benutzernamen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Trusting the certificate and logging in…</source>
        <translation>Dem Zertifikat wird vertraut und angemeldet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint %1</source>
        <translation>Fingerabdruck %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The certificate could not be trusted.</source>
        <translation>Dem Zertifikat konnte nicht vertraut werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate trusted, logged in.</source>
        <translation>Zertifikat vertraut, angemeldet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused the user name or the password.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication error</source>
        <translation>Authentifizierungsfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate is trusted now, but the server refused the user name or the password. Correct them in the first step.</source>
        <translation>Dem Zertifikat wird jetzt vertraut, aber der Server hat den Benutzernamen oder das Passwort abgelehnt. Korrigieren Sie sie im ersten Schritt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Check both and try again.</source>
        <translation>%1 Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You trusted the certificate of %1.</source>
        <translation>Sie haben dem Zertifikat von %1 vertraut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server now presents another certificate.</source>
        <translation>Der Server weist jetzt ein anderes Zertifikat vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this one before you trust it.</source>
        <translation>Prüfen Sie dieses, bevor Sie ihm vertrauen.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SourceConnectPage</name>
    <message>
        <location filename="../src/gui/sources/sourceconnectpage.cpp" line="+21"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct the Password</source>
        <translation>Passwort &amp;korrigieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: Ferry stores the password in the system keychain and connects to the server.</source>
        <translation>%1: Ferry speichert das Passwort im Schlüsselbund des Systems und verbindet sich mit dem Server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop connecting</source>
        <translation>Verbinden abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the password</source>
        <translation>Das Passwort korrigieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the first step to enter the user name and password again.</source>
        <translation>Zum ersten Schritt zurückgehen, um Benutzernamen und Passwort erneut einzugeben.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the changed settings, then checking the connection.</source>
        <translation>Die geänderten Einstellungen werden gespeichert, dann wird die Verbindung geprüft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing but the connection itself is sent until the server&apos;s certificate is trusted.</source>
        <translation>Bis dem Zertifikat des Servers vertraut wird, wird nichts außer der Verbindung selbst gesendet.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+13"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Go back to change the connection details, or try again.</source>
        <translation>Gehen Sie zurück, um die Verbindungsdaten zu ändern, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source could not be saved.</source>
        <translation>Die Quelle konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server presented a certificate that this computer does not trust.</source>
        <translation>Der Server hat ein Zertifikat vorgewiesen, dem dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check it in the next step. Nothing, not even the user name, has been sent.</source>
        <translation>Prüfen Sie es im nächsten Schritt. Es wurde nichts gesendet, nicht einmal der Benutzername.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the user name or the password.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication error</source>
        <translation>Authentifizierungsfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Correct them in the first step.</source>
        <translation>%1 Korrigieren Sie sie im ersten Schritt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Check both and try again.</source>
        <translation>%1 Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ferry could not reach %1. Check the endpoint (Back) and the network, then try again.</source>
        <translation>Ferry konnte %1 nicht erreichen. Prüfen Sie den Endpunkt (Zurück) und das Netzwerk und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SourceConnectionPage</name>
    <message>
        <location filename="../src/gui/sources/sourceconnectionpage.cpp" line="+19"/>
        <source>Connection details</source>
        <translation>Verbindungsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the vCenter Server or ESXi host to import virtual machines from.</source>
        <translation>%1: der vCenter Server oder ESXi-Host, von dem virtuelle Maschinen importiert werden.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SourceEditDialog</name>
    <message>
        <location filename="../src/gui/sources/sourceeditdialog.cpp" line="+25"/>
        <source>Edit Source %1</source>
        <translation>Quelle %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saving and checking the connection to %1…</source>
        <translation>Die Verbindung zu %1 wird gespeichert und geprüft…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The changes could not be saved.</source>
        <translation>Die Änderungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SourceFormWidget</name>
    <message>
        <location filename="../src/gui/sources/sourceformwidget.cpp" line="+36"/>
        <source>vcenter.example.com, 10.0.0.5 or https://esxi01:8443</source>
        <translation>vcenter.example.com, 10.0.0.5 oder https://esxi01:8443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host name, IP address or https URL of the vCenter Server or ESXi host; https and port 443 unless you say otherwise.</source>
        <translation>Hostname, IP-Adresse oder https-URL des vCenter Servers oder ESXi-Hosts; https und Port 443, sofern nicht anders angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vc01</source>
        <translation>vc01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How Ferry and ferryctl refer to this source.</source>
        <translation>Wie Ferry und ferryctl diese Quelle nennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>administrator@vsphere.local</source>
        <translation>administrator@vsphere.local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the system keychain, never in Ferry&apos;s database.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in Ferrys Datenbank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import options</source>
        <translation>Importoptionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import limit</source>
        <translation>Importgrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many VMs may be imported from this source at the same time.</source>
        <translation>Wie viele VMs gleichzeitig von dieser Quelle importiert werden dürfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection timeout in seconds</source>
        <translation>Verbindungszeitlimit in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A request that receives nothing for this long fails with &quot;Cannot connect&quot;.</source>
        <translation>Eine Anfrage, die so lange nichts empfängt, schlägt mit &quot;Keine Verbindung&quot; fehl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All datacenters</source>
        <translation>Alle Rechenzentren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datacenters</source>
        <translation>Rechenzentren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only import from these datacenters, separated by commas.</source>
        <translation>Nur aus diesen Rechenzentren importieren, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;limit:</source>
        <translation>Import&amp;grenze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection &amp;timeout:</source>
        <translation>Verbindungs&amp;zeitlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datacenters:</source>
        <translation>&amp;Rechenzentren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read disks directly from the ESXi &amp;hosts</source>
        <translation>Datenträger direkt von den ESXi-&amp;Hosts lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCenter only: each disk is read from the host that runs the VM with a one-time service ticket per read, the host&apos;s certificate pinned by the ticket; if that fails, through vCenter.</source>
        <translation>Nur vCenter: Jeder Datenträger wird vom Host gelesen, auf dem die VM läuft, mit einem einmaligen Service-Ticket pro Lesevorgang und dem durch das Ticket festgelegten Zertifikat des Hosts; schlägt das fehl, über vCenter.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Enter the endpoint: the host name, IP address or URL of the vCenter Server or ESXi host.</source>
        <translation>Geben Sie den Endpunkt ein: Hostname, IP-Adresse oder URL des vCenter Servers oder ESXi-Hosts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a name for the source.</source>
        <translation>Geben Sie einen Namen für die Quelle ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A source named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Eine Quelle namens &quot;%1&quot; existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user name to log in with.</source>
        <translation>Geben Sie den Benutzernamen für die Anmeldung ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SourceSummaryPage</name>
    <message>
        <location filename="../src/gui/sources/sourcesummarypage.cpp" line="+25"/>
        <source>&amp;Show the instances when the wizard closes</source>
        <translation>Die Instanzen &amp;zeigen, wenn der Assistent schließt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the source is registered.</source>
        <translation>%1: Die Quelle ist registriert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted certificate:</source>
        <translation>Vertrautes Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual machines:</source>
        <translation>Virtuelle Maschinen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks:</source>
        <translation>Netzwerke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings of the sync</source>
        <translation>Warnungen der Synchronisierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the instances when the wizard closes</source>
        <translation>Die Instanzen zeigen, wenn der Assistent schließt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Source %1 is registered and its inventory imported.</source>
        <translation>Die Quelle %1 ist registriert und ihr Inventar importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source %1 is registered, but its inventory was not imported: %2 Sync it from the Sources page.</source>
        <translation>Die Quelle %1 ist registriert, ihr Inventar wurde aber nicht importiert: %2 Synchronisieren Sie sie auf der Seite Quellen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>trusted by this computer&apos;s certificate store</source>
        <translation>vom Zertifikatsspeicher dieses Computers vertraut</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>%L1 imported</source>
        <translation>%L1 importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln Vorlage</numerusform>
            <numerusform>%Ln Vorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln vSphere system VM(s)</source>
        <translation>
            <numerusform>%Ln vSphere-System-VM</numerusform>
            <numerusform>%Ln vSphere-System-VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln VM(s) no longer on the source</source>
        <translation>
            <numerusform>%Ln VM nicht mehr auf der Quelle</numerusform>
            <numerusform>%Ln VMs nicht mehr auf der Quelle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SourceSyncPage</name>
    <message>
        <location filename="../src/gui/sources/sourcesyncpage.cpp" line="+19"/>
        <source>&amp;Stop Sync</source>
        <translation>Synchronisierung &amp;anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing the inventory</source>
        <translation>Inventar wird importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: Ferry reads the virtual machines and networks of the source.</source>
        <translation>%1: Ferry liest die virtuellen Maschinen und Netzwerke der Quelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the sync</source>
        <translation>Die Synchronisierung anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sync again</source>
        <translation>Die Synchronisierung erneut versuchen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading the inventory of %1…</source>
        <translation>Das Inventar von %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large inventories take a while; you may stop and sync later from the Sources page.</source>
        <translation>Große Inventare brauchen eine Weile; Sie können anhalten und später auf der Seite Quellen synchronisieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln VM(s) read</source>
        <translation>
            <numerusform>%Ln VM gelesen</numerusform>
            <numerusform>%Ln VMs gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %Ln VM(s).</source>
        <translation>
            <numerusform>%Ln VM importiert.</numerusform>
            <numerusform>%Ln VMs importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln network(s) found.</source>
        <translation>
            <numerusform>%Ln Netzwerk gefunden.</numerusform>
            <numerusform>%Ln Netzwerke gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>The sync was stopped.</source>
        <translation>Die Synchronisierung wurde angehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source is registered; sync it later from the Sources page, or try again now.</source>
        <translation>Die Quelle ist registriert; synchronisieren Sie sie später auf der Seite Quellen oder versuchen Sie es jetzt erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync failed.</source>
        <translation>Die Synchronisierung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SourcesModel</name>
    <message>
        <location filename="../src/gui/sources/sourcesmodel.cpp" line="+55"/>
        <source>Not trusted yet</source>
        <translation>Noch nicht vertraut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No certificate has been trusted for this source yet.</source>
        <translation>Für diese Quelle wurde noch keinem Zertifikat vertraut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted certificate, SHA-256:
%1
%2</source>
        <translation>Vertrautes Zertifikat, SHA-256:
%1
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This source has not been synced yet.</source>
        <translation>Diese Quelle wurde noch nicht synchronisiert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connectivity status, as ferryctl source list prints it</source>
        <translation>Verbindungsstatus, wie ferryctl source list ihn ausgibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SHA-256 fingerprint of the server certificate you trusted</source>
        <translation>Der SHA-256-Fingerabdruck des Serverzertifikats, dem Sie vertraut haben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server Type</source>
        <translation>Servertyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted Certificate (SHA-256)</source>
        <translation>Vertrautes Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SourcesPage</name>
    <message>
        <location filename="../src/gui/sources/sourcespage.cpp" line="+47"/>
        <source>Source actions</source>
        <translation>Quellenaktionen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Trust certificate</source>
        <translation>Zertifikat vertrauen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check Connectivity</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust Certificate…</source>
        <translation>Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sources could not be read.</source>
        <translation>Die Quellen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Select a source first.</source>
        <translation>Wählen Sie zuerst eine Quelle aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the current operation on this source ends.</source>
        <translation>Warten Sie, bis der laufende Vorgang an dieser Quelle endet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read the VMs and networks of the selected source now.</source>
        <translation>Die VMs und Netzwerke der ausgewählten Quelle jetzt lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is running.</source>
        <translation>Eine Synchronisierung läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect and log in to see whether the source is reachable.</source>
        <translation>Verbinden und anmelden, um zu sehen, ob die Quelle erreichbar ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the name, endpoint, credentials or import options.</source>
        <translation>Name, Endpunkt, Zugangsdaten oder Importoptionen ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the source and its imported inventory from Ferry.</source>
        <translation>Die Quelle und ihr importiertes Inventar aus Ferry entfernen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate is trusted already.</source>
        <translation>Dem Zertifikat des Servers wird bereits vertraut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has not presented a certificate to trust; check the connectivity first.</source>
        <translation>Der Server hat kein Zertifikat zum Vertrauen vorgewiesen; prüfen Sie zuerst die Verbindung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review and trust the server&apos;s new certificate.</source>
        <translation>Das neue Zertifikat des Servers prüfen und ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and trust the server&apos;s certificate.</source>
        <translation>Das Zertifikat des Servers prüfen und ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Syncing…</source>
        <translation>Synchronisieren…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Checking…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connectivity could not be checked.</source>
        <translation>Die Verbindung konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the source %1?</source>
        <translation>Die Quelle %1 entfernen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its %Ln imported VM(s) and its networks are removed from Ferry, and its password from the keychain. Nothing changes on the server.</source>
        <translation>
            <numerusform>Ihre importierte VM und ihre Netzwerke werden aus Ferry entfernt und ihr Passwort aus dem Schlüsselbund. Auf dem Server ändert sich nichts.</numerusform>
            <numerusform>Ihre %Ln importierten VMs und ihre Netzwerke werden aus Ferry entfernt und ihr Passwort aus dem Schlüsselbund. Auf dem Server ändert sich nichts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The source could not be removed.</source>
        <translation>Die Quelle konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::Startup</name>
    <message>
        <location filename="../src/gui/startup/startup.cpp" line="+40"/>
        <source>Ferry could not find a directory for its data.</source>
        <translation>Ferry hat kein Verzeichnis für seine Daten gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither --data-dir, FERRY_DATA_DIR nor the platform&apos;s application data location gave a directory.</source>
        <translation>Weder --data-dir, FERRY_DATA_DIR noch der Anwendungsdatenort der Plattform ergaben ein Verzeichnis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ferry cannot create its data directory %1.</source>
        <translation>Ferry kann sein Datenverzeichnis %1 nicht anlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the parent directory exists and that you may write to it.</source>
        <translation>Prüfen Sie, ob das übergeordnete Verzeichnis existiert und Sie darin schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::SyncDialog</name>
    <message>
        <location filename="../src/gui/sources/syncdialog.cpp" line="+31"/>
        <source>Sync %1</source>
        <translation>%1 synchronisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync Sources</source>
        <translation>Quellen synchronisieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync results</source>
        <translation>Ergebnisse der Synchronisierung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the sync</source>
        <translation>Die Synchronisierung abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading the inventory of %1…</source>
        <translation>Das Inventar von %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source %1 of %2: reading the inventory of %3…</source>
        <translation>Quelle %1 von %2: Das Inventar von %3 wird gelesen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln VM(s) read</source>
        <translation>
            <numerusform>%Ln VM gelesen</numerusform>
            <numerusform>%Ln VMs gelesen</numerusform>
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
            <numerusform>%Ln Netzwerk</numerusform>
            <numerusform>%Ln Netzwerke</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3</source>
        <extracomment>The result of one source&apos;s sync: &quot;vc1: 12 VMs, 3 networks&quot;.</extracomment>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; warnings: %2</source>
        <translation>%1; Warnungen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: stopped</source>
        <translation>%1: angehalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sync was stopped.</source>
        <translation>Die Synchronisierung wurde angehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync is complete.</source>
        <translation>Die Synchronisierung ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync is complete, with errors.</source>
        <translation>Die Synchronisierung ist abgeschlossen, mit Fehlern.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>ferry::gui::TargetDetailsWidget</name>
    <message>
        <location filename="../src/gui/targets/targetdetailswidget.cpp" line="+86"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate:</source>
        <translation>Serverzertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ferry&apos;s certificate:</source>
        <translation>Ferrys Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory read:</source>
        <translation>Inventar gelesen:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Projects, storage pools, networks and profiles</source>
        <translation>Projekte, Speicherpools, Netzwerke und Profile</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Select a target to see its projects, storage pools and networks.</source>
        <translation>Wählen Sie ein Ziel aus, um seine Projekte, Speicherpools und Netzwerke zu sehen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server does not trust Ferry&apos;s client certificate (SHA-256 %1) yet. Run the command below on the server, then Check Again, or redeem a new trust token with Edit.</source>
        <translation>Der Server vertraut Ferrys Client-Zertifikat (SHA-256 %1) noch nicht. Führen Sie den Befehl unten auf dem Server aus und dann Erneut prüfen, oder lösen Sie mit Bearbeiten ein neues Vertrauens-Token ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2 API extensions</source>
        <translation>%1, %2 API-Erweiterungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; missing: %2</source>
        <translation>%1; es fehlen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 imports, %2 creations at once; timeout %3</source>
        <translation>%1 Importe, %2 Anlagen gleichzeitig; Zeitlimit %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not trusted yet</source>
        <translation>noch nicht vertraut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (trusted)
%2 (presented now)</source>
        <translation>%1 (vertraut)
%2 (jetzt vorgewiesen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verified by certificate authority and host name (%1 presented last)</source>
        <translation>über Zertifizierungsstelle und Hostnamen geprüft (zuletzt vorgelegt: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ferry reads the projects, storage pools and networks once the target&apos;s status is OK.</source>
        <translation>Ferry liest die Projekte, Speicherpools und Netzwerke, sobald der Status des Ziels OK ist.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::TargetInventoryModel</name>
    <message>
        <location filename="../src/gui/targets/targetinventorymodel.cpp" line="+128"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>uses the default project&apos;s networks</source>
        <translation>verwendet die Netzwerke des Standardprojekts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uses the default project&apos;s profiles</source>
        <translation>verwendet die Profile des Standardprojekts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Storage pools (%1)</source>
        <translation>Speicherpools (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks (%1)</source>
        <translation>Netzwerke (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles (%1)</source>
        <translation>Profile (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances (%1)</source>
        <translation>Instanzen (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in total</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server&apos;s storage pools; every project can place volumes in them.</source>
        <translation>Die Speicherpools des Servers; jedes Projekt kann darin Volumes ablegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks that instances of project %1 can attach to.</source>
        <translation>Netzwerke, an die sich Instanzen des Projekts %1 anschließen können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles of project %1.</source>
        <translation>Profile des Projekts %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances already in project %1: a migrated VM cannot take one of these names.</source>
        <translation>Instanzen, die schon im Projekt %1 sind: Eine migrierte VM kann keinen dieser Namen bekommen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not managed by the server: an interface of the host.</source>
        <translation>Nicht vom Server verwaltet: eine Schnittstelle des Hosts.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4 Subnet</source>
        <translation>IPv4-Subnetz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv6 Subnet</source>
        <translation>IPv6-Subnetz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ferry::gui::TargetSettingsWidget</name>
    <message>
        <location filename="../src/gui/targets/targetsettingswidget.cpp" line="+31"/>
        <source>Its fingerprint (pinned)</source>
        <translation>Seinen Fingerabdruck (gepinnt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A certificate authority and the host name</source>
        <translation>Eine Zertifizierungsstelle und den Hostnamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin the fingerprint of a self-signed certificate (what Incus and LXD make). Choose a certificate authority for a certificate that renews, such as one issued by ACME (acme.domain): a pinned fingerprint would stop matching at the renewal.</source>
        <translation>Pinnen Sie den Fingerabdruck eines selbstsignierten Zertifikats (wie Incus und LXD es erzeugen). Wählen Sie eine Zertifizierungsstelle für ein Zertifikat, das erneuert wird, etwa eines von ACME (acme.domain): Ein gepinnter Fingerabdruck passt nach der Erneuerung nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: a PEM file with the authority that issues the server&apos;s certificates (a private ACME CA, for example). Without it, the system&apos;s authorities decide. The certificate must name the endpoint&apos;s host name.</source>
        <translation>Optional: eine PEM-Datei mit der Stelle, die die Zertifikate des Servers ausstellt (zum Beispiel eine private ACME-CA). Ohne sie entscheiden die Zertifizierungsstellen des Systems. Das Zertifikat muss den Hostnamen des Endpunkts nennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>Die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Optional: the certificate_fingerprint that &quot;lxc info&quot; or &quot;incus info&quot; shows on the server. Without it, Ferry shows you the server&apos;s certificate to confirm. A trust token brings its own fingerprint.</source>
        <translation>Optional: der certificate_fingerprint, den &quot;lxc info&quot; oder &quot;incus info&quot; auf dem Server anzeigt. Ohne ihn zeigt Ferry Ihnen das Zertifikat des Servers zur Bestätigung. Ein Vertrauens-Token bringt seinen eigenen Fingerabdruck mit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fingerprint Ferry trusts. Change it only to trust another certificate you have compared with the server&apos;s; Ferry refuses any other.</source>
        <translation>Der Fingerabdruck, dem Ferry vertraut. Ändern Sie ihn nur, um einem anderen Zertifikat zu vertrauen, das Sie mit dem des Servers verglichen haben; Ferry lehnt jedes andere ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not trusted yet</source>
        <translation>Noch nicht vertraut</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n certificate authorities stored; choose a file to replace them</source>
        <translation>
            <numerusform>%n Zertifizierungsstelle gespeichert; wählen Sie eine Datei, um sie zu ersetzen</numerusform>
            <numerusform>%n Zertifizierungsstellen gespeichert; wählen Sie eine Datei, um sie zu ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Certificate authorities</source>
        <translation>Zertifizierungsstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.crt *.pem *.cer);;All files (*)</source>
        <translation>PEM-Dateien (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Give the target a name, for example lxd01.</source>
        <translation>Geben Sie dem Ziel einen Namen, zum Beispiel lxd01.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A target name cannot contain a slash.</source>
        <translation>Ein Zielname darf keinen Schrägstrich enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A target named %1 already exists. Choose another name.</source>
        <translation>Ein Ziel namens %1 existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a duration. Write it like 30s, 5m or 1h30m.</source>
        <translation>&quot;%1&quot; ist keine Dauer. Schreiben Sie sie wie 30s, 5m oder 1h30m.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The timeout must be longer than zero.</source>
        <translation>Das Zeitlimit muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fingerprint must be 64 hexadecimal digits (colons allowed), as &quot;lxc info&quot; prints certificate_fingerprint.</source>
        <translation>Der Fingerabdruck muss aus 64 Hexadezimalziffern bestehen (Doppelpunkte erlaubt), so wie &quot;lxc info&quot; den certificate_fingerprint ausgibt.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::TargetTrustCertificateDialog</name>
    <message>
        <location filename="../src/gui/targets/targettrustcertificatedialog.cpp" line="+28"/>
        <source>Trust New Certificate of %1</source>
        <translation>Dem neuen Zertifikat von %1 vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust Certificate of %1</source>
        <translation>Dem Zertifikat von %1 vertrauen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 now presents another certificate than the one Ferry trusts, and Ferry refuses to talk to it. Trust the new certificate only if you know why it changed and its fingerprint matches the &lt;b&gt;certificate_fingerprint&lt;/b&gt; that &lt;tt&gt;lxc info&lt;/tt&gt; or &lt;tt&gt;incus info&lt;/tt&gt; shows on the server.</source>
        <translation>%1 weist jetzt ein anderes Zertifikat vor als das, dem Ferry vertraut, und Ferry verweigert die Verbindung. Vertrauen Sie dem neuen Zertifikat nur, wenn Sie wissen, warum es sich geändert hat, und sein Fingerabdruck zum &lt;b&gt;certificate_fingerprint&lt;/b&gt; passt, den &lt;tt&gt;lxc info&lt;/tt&gt; oder &lt;tt&gt;incus info&lt;/tt&gt; auf dem Server anzeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare the fingerprint with the &lt;b&gt;certificate_fingerprint&lt;/b&gt; that &lt;tt&gt;lxc info&lt;/tt&gt; or &lt;tt&gt;incus info&lt;/tt&gt; shows on the server, and trust it only if they match.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem &lt;b&gt;certificate_fingerprint&lt;/b&gt;, den &lt;tt&gt;lxc info&lt;/tt&gt; oder &lt;tt&gt;incus info&lt;/tt&gt; auf dem Server anzeigt, und vertrauen Sie ihm nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick only after you compared the fingerprint with the certificate_fingerprint that &quot;lxc info&quot; or &quot;incus info&quot; shows on the server.</source>
        <translation>Erst ankreuzen, nachdem Sie den Fingerabdruck mit dem certificate_fingerprint verglichen haben, den &quot;lxc info&quot; oder &quot;incus info&quot; auf dem Server anzeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Trusting the certificate and connecting again…</source>
        <translation>Dem Zertifikat wird vertraut und erneut verbunden…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ferry could not trust the certificate: %1</source>
        <translation>Ferry konnte dem Zertifikat nicht vertrauen: %1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::TargetsModel</name>
    <message>
        <location filename="../src/gui/targets/targetsmodel.cpp" line="+52"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not trusted yet</source>
        <translation>Noch nicht vertraut</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No server certificate has been trusted for this target yet.</source>
        <translation>Für dieses Ziel wurde noch keinem Serverzertifikat vertraut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted server certificate, SHA-256:
%1
%2</source>
        <translation>Vertrautes Serverzertifikat, SHA-256:
%1
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server type is known after the first trusted connection.</source>
        <translation>Der Servertyp ist nach der ersten vertrauten Verbindung bekannt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connectivity Status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth Type</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted TLS Cert SHA-256 Fingerprint</source>
        <translation>SHA-256-Fingerabdruck des vertrauten TLS-Zertifikats</translation>
    </message>
</context>
<context>
    <name>ferry::gui::TargetsPage</name>
    <message>
        <location filename="../src/gui/targets/targetspage.cpp" line="+54"/>
        <location line="+31"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>No targets yet</source>
        <translation>Noch keine Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets are the Incus and LXD servers that receive the migrated virtual machines. Add one and confirm its certificate to start planning migrations.</source>
        <translation>Ziele sind die Incus- und LXD-Server, die die migrierten virtuellen Maschinen aufnehmen. Fügen Sie eines hinzu und bestätigen Sie sein Zertifikat, um Migrationen zu planen.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Check &amp;Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust New Certificate…</source>
        <translation>Neuem Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Ferry cannot read the targets.</source>
        <translation>Ferry kann die Ziele nicht lesen.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Select a target first.</source>
        <translation>Wählen Sie zuerst ein Ziel aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferry is still working on this target.</source>
        <translation>Ferry arbeitet noch an diesem Ziel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect again, check the trust both ways and re-read the inventory</source>
        <translation>Erneut verbinden, das Vertrauen in beide Richtungen prüfen und das Inventar neu lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, endpoint, limits or trust</source>
        <translation>Name, Endpunkt, Grenzen oder Vertrauen ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the target and its client key</source>
        <translation>Das Ziel und seinen Client-Schlüssel entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ferry trusts the server&apos;s certificate; there is nothing to confirm.</source>
        <translation>Ferry vertraut dem Zertifikat des Servers; es gibt nichts zu bestätigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has not presented a certificate that Ferry could trust. Check again first.</source>
        <translation>Der Server hat kein Zertifikat vorgewiesen, dem Ferry vertrauen könnte. Prüfen Sie zuerst erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the server&apos;s certificate and trust it</source>
        <translation>Das Zertifikat des Servers prüfen und ihm vertrauen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Checking…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ferry could not check target %1.</source>
        <translation>Ferry konnte das Ziel %1 nicht prüfen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Remove Target?</source>
        <translation>Ziel entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove target %1?</source>
        <translation>Das Ziel %1 entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ferry forgets the server and deletes its client key from the keychain. Nothing on the server changes.</source>
        <translation>Ferry vergisst den Server und löscht seinen Client-Schlüssel aus dem Schlüsselbund. Auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To revoke Ferry&apos;s access there too, run &quot;%1 config trust remove %2&quot; on the server.</source>
        <translation>Um Ferrys Zugang auch dort zu widerrufen, führen Sie &quot;%1 config trust remove %2&quot; auf dem Server aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removing…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ferry could not remove target %1.</source>
        <translation>Ferry konnte das Ziel %1 nicht entfernen.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::ThroughputChart</name>
    <message>
        <location filename="../src/gui/queue/throughputchart.cpp" line="+33"/>
        <location line="+65"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+55"/>
        <source>%1 MiB/s now</source>
        <translation>%1 MiB/s jetzt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no copy running</source>
        <translation>keine Kopie läuft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now (MiB/s)</source>
        <translation>jetzt (MiB/s)</translation>
    </message>
</context>
<context>
    <name>ferry::gui::TrustCertificateDialog</name>
    <message>
        <location filename="../src/gui/sources/trustcertificatedialog.cpp" line="+28"/>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server of source %1 (%2) now presents another certificate than the one that was trusted for it.</source>
        <translation>Der Server der Quelle %1 (%2) weist jetzt ein anderes Zertifikat vor als das, dem für ihn vertraut wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server of source %1 (%2) presented a certificate that this computer does not trust. Compare its fingerprint with the one your vSphere administrator gives you before you trust it.</source>
        <translation>Der Server der Quelle %1 (%2) hat ein Zertifikat vorgewiesen, dem dieser Computer nicht vertraut. Vergleichen Sie seinen Fingerabdruck mit dem, den Ihnen Ihr vSphere-Administrator nennt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Trust New Certificate</source>
        <translation>Neuem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Trust Certificate</source>
        <translation>Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust the certificate</source>
        <translation>Dem Zertifikat vertrauen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Trusting the certificate and checking the connection…</source>
        <translation>Dem Zertifikat wird vertraut und die Verbindung geprüft…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The certificate could not be trusted.</source>
        <translation>Dem Zertifikat konnte nicht vertraut werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificate is trusted. Status: %1</source>
        <translation>Dem Zertifikat wird vertraut. Status: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>ferry::gui::TrustCommandsWidget</name>
    <message>
        <location filename="../src/gui/targets/trustcommandswidget.cpp" line="+37"/>
        <source>On the server (copy the file there first if it is another machine), run:</source>
        <translation>Führen Sie auf dem Server aus (kopieren Sie die Datei zuerst dorthin, wenn es ein anderer Rechner ist):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Certificate &amp;File</source>
        <translation>Zertifikats&amp;datei zeigen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open the folder that holds the certificate, to copy it to the server</source>
        <translation>Den Ordner mit dem Zertifikat öffnen, um es auf den Server zu kopieren</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ferry could not write its client certificate (SHA-256 %1) to a file for the server. Check that the data directory is writable.</source>
        <translation>Ferry konnte sein Client-Zertifikat (SHA-256 %1) nicht in eine Datei für den Server schreiben. Prüfen Sie, ob das Datenverzeichnis beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ferry wrote its client certificate to:</source>
        <translation>Ferry hat sein Client-Zertifikat hierhin geschrieben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 fingerprint of the certificate: %1</source>
        <translation>SHA-256-Fingerabdruck des Zertifikats: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Command to run on the server</source>
        <translation>Auf dem Server auszuführender Befehl</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Copy the command to the clipboard</source>
        <translation>Den Befehl in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ferry::gui::UserGuideWindow</name>
    <message>
        <location filename="../src/gui/help/userguidewindow.cpp" line="+57"/>
        <source>Ferry User Guide</source>
        <translation>Ferry-Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+29"/>
        <source># The user guide is not installed

Ferry looked for `user-guide.md` next to the program and did not find it. The guide is `docs/user-guide.md` in Ferry&apos;s sources; packages install it under `share/doc/ferry`.</source>
        <translation># Das Benutzerhandbuch ist nicht installiert

Ferry hat `user-guide.md` neben dem Programm gesucht und nicht gefunden. Das Handbuch ist `docs/user-guide.md` in Ferrys Quellen; Pakete installieren es unter `share/doc/ferry`.</translation>
    </message>
</context>
<context>
    <name>ferry::gui::WindowsTimeline</name>
    <message>
        <location filename="../src/gui/batches/windowstimeline.cpp" line="+20"/>
        <source>Timeline of the migration windows</source>
        <translation>Zeitleiste der Migrationsfenster</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No windows: the instances may cut over as soon as they are ready.</source>
        <translation>Keine Fenster: Die Instanzen dürfen umschalten, sobald sie bereit sind.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Window %1</source>
        <translation>Fenster %1</translation>
    </message>
</context>
<context>
    <name>ferry::gui::queuetext</name>
    <message>
        <location filename="../src/gui/queue/queuepresentation.cpp" line="+44"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrating</source>
        <translation>In Migration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting or blocked</source>
        <translation>Wartend oder blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <location line="+37"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+47"/>
        <location line="+37"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+49"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+45"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating new VM</source>
        <translation>Neue VM wird erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Performing background import tasks</source>
        <translation>Hintergrund-Import läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Performing final import tasks</source>
        <translation>Abschließender Import läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Performing post-import tasks</source>
        <translation>Nacharbeiten nach dem Import laufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker tasks complete</source>
        <translation>Worker-Aufgaben erledigt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>now, with no end</source>
        <translation>ab jetzt, ohne Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now until %1 UTC</source>
        <translation>ab jetzt bis %1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 UTC, with no end</source>
        <translation>ab %1 UTC, ohne Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Defined</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ferry::gui::sourcepresentation</name>
    <message>
        <location filename="../src/gui/sources/sourcepresentation.cpp" line="+32"/>
        <source>TLS error: certificate changed</source>
        <translation>TLS-Fehler: Zertifikat geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm TLS fingerprint</source>
        <translation>TLS-Fingerabdruck bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication error</source>
        <translation>Authentifizierungsfehler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ferry connected and logged in.</source>
        <translation>Ferry hat sich verbunden und angemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server presented a certificate that this computer does not trust. Check its fingerprint and trust it to continue; nothing was sent to the server.</source>
        <translation>Der Server hat ein Zertifikat vorgewiesen, dem dieser Computer nicht vertraut. Prüfen Sie seinen Fingerabdruck und vertrauen Sie ihm, um fortzufahren; es wurde nichts an den Server gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server now presents another certificate than the one you trusted. Nothing was sent. Trust the new certificate only if you know why it changed.</source>
        <translation>Der Server weist jetzt ein anderes Zertifikat vor als das, dem Sie vertraut haben. Es wurde nichts gesendet. Vertrauen Sie dem neuen Zertifikat nur, wenn Sie wissen, warum es sich geändert hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection failed.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the user name or the password. Edit the source to correct them.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt. Bearbeiten Sie die Quelle, um sie zu korrigieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ferry could not reach the server. Check the endpoint and the network, then check the connectivity again.</source>
        <translation>Ferry konnte den Server nicht erreichen. Prüfen Sie den Endpunkt und das Netzwerk und prüfen Sie dann die Verbindung erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vCenter Server</source>
        <translation>vCenter Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ESXi</source>
        <translation>ESXi</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+40"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ferry::gui::targetpresentation</name>
    <message>
        <location filename="../src/gui/targets/targetpresentation.cpp" line="+24"/>
        <source>TLS error: certificate changed</source>
        <translation>TLS-Fehler: Zertifikat geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm TLS fingerprint</source>
        <translation>TLS-Fingerabdruck bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication error</source>
        <translation>Authentifizierungsfehler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ferry and the server trust each other, and the inventory was read.</source>
        <translation>Ferry und der Server vertrauen einander, und das Inventar wurde gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server presented a certificate that Ferry does not trust yet. Compare its fingerprint with the certificate_fingerprint that &quot;lxc info&quot; or &quot;incus info&quot; shows on the server, then trust it.</source>
        <translation>Der Server hat ein Zertifikat vorgewiesen, dem Ferry noch nicht vertraut. Vergleichen Sie seinen Fingerabdruck mit dem certificate_fingerprint, den &quot;lxc info&quot; oder &quot;incus info&quot; auf dem Server anzeigt, und vertrauen Sie ihm dann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server now presents another certificate than the one you trusted. Nothing was sent. Trust the new certificate only if you know why it changed.</source>
        <translation>Der Server weist jetzt ein anderes Zertifikat vor als das, dem Sie vertraut haben. Es wurde nichts gesendet. Vertrauen Sie dem neuen Zertifikat nur, wenn Sie wissen, warum es sich geändert hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection failed.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OIDC sign-in of this target is missing or has expired. Sign in again with &quot;ferryctl target login %1&quot;, then check again.</source>
        <translation>Die OIDC-Anmeldung dieses Ziels fehlt oder ist abgelaufen. Melden Sie sich mit &quot;ferryctl target login %1&quot; erneut an und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not trust Ferry&apos;s client certificate yet. Run the trust command (the target&apos;s details show it) on the server and check again, or redeem a new trust token with Edit.</source>
        <translation>Der Server vertraut Ferrys Client-Zertifikat noch nicht. Führen Sie den Vertrauensbefehl (die Details des Ziels zeigen ihn) auf dem Server aus und prüfen Sie erneut, oder lösen Sie mit Bearbeiten ein neues Vertrauens-Token ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ferry could not reach an Incus or LXD server there. Check the address and port (8443 by default) and core.https_address, then check again.</source>
        <translation>Ferry konnte dort keinen Incus- oder LXD-Server erreichen. Prüfen Sie Adresse und Port (standardmäßig 8443) sowie core.https_address und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OIDC</source>
        <translation>OIDC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS client certificate</source>
        <translation>TLS-Client-Zertifikat</translation>
    </message>
</context>
<context>
    <name>ferry::incus</name>
    <message>
        <source>Ferry needs the openssl program to create a client certificate; install OpenSSL, or use an existing certificate and key.</source>
        <translation type="vanished">Ferry braucht das Programm openssl, um ein Client-Zertifikat zu erstellen; installieren Sie OpenSSL oder verwenden Sie ein vorhandenes Zertifikat mit Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot run openssl.</source>
        <translation type="vanished">openssl kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>openssl did not finish within a minute.</source>
        <translation type="vanished">openssl wurde nicht innerhalb einer Minute fertig.</translation>
    </message>
    <message>
        <source>openssl failed.</source>
        <translation type="vanished">openssl ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The client certificate is not a PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation type="vanished">Das Client-Zertifikat ist kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The client key is protected by a passphrase; Ferry needs it unencrypted (it keeps it in the system keychain): openssl pkey -in KEY -out KEY.plain</source>
        <translation type="vanished">Der Client-Schlüssel ist durch eine Passphrase geschützt; Ferry braucht ihn unverschlüsselt (es bewahrt ihn im Schlüsselbund des Systems auf): openssl pkey -in KEY -out KEY.plain</translation>
    </message>
    <message>
        <source>The client key is not a PEM private key (EC or RSA).</source>
        <translation type="vanished">Der Client-Schlüssel ist kein privater PEM-Schlüssel (EC oder RSA).</translation>
    </message>
    <message>
        <source>openssl did not print a key and a certificate.</source>
        <translation type="vanished">openssl hat keinen Schlüssel und kein Zertifikat ausgegeben.</translation>
    </message>
    <message>
        <source>The client certificate expired on %1; Incus and LXD refuse it.</source>
        <translation type="vanished">Das Client-Zertifikat ist am %1 abgelaufen; Incus und LXD lehnen es ab.</translation>
    </message>
    <message>
        <source>The client key does not belong to the client certificate.</source>
        <translation type="vanished">Der Client-Schlüssel gehört nicht zum Client-Zertifikat.</translation>
    </message>
    <message>
        <source>Unexpected answer from the server while reading %1.</source>
        <translation type="vanished">Unerwartete Antwort des Servers beim Lesen von %1.</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="vanished">%1 erwartet, %2 bekommen</translation>
    </message>
</context>
<context>
    <name>ferry::incus::IncusClient</name>
    <message>
        <source>Unexpected answer from the server while reading %1.</source>
        <translation type="vanished">Unerwartete Antwort des Servers beim Lesen von %1.</translation>
    </message>
    <message>
        <source>response type &quot;%1&quot;</source>
        <translation type="vanished">Antworttyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The server has no /1.0: it is not an Incus or LXD server.</source>
        <translation type="vanished">Der Server hat kein /1.0: Er ist kein Incus- oder LXD-Server.</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation type="vanished">Vorgang %1</translation>
    </message>
    <message>
        <source>%1 did not finish within the target&apos;s timeout of %2 s; raise the target&apos;s timeout if the server is just slow.</source>
        <translation type="vanished">%1 wurde nicht innerhalb des Zeitlimits des Ziels von %2 s fertig; erhöhen Sie das Zeitlimit des Ziels, falls der Server nur langsam ist.</translation>
    </message>
</context>
<context>
    <name>ferry::incus::parse</name>
    <message>
        <source>%1 answered HTTP %2, but not with the Incus/LXD REST API&apos;s JSON.</source>
        <translation type="vanished">%1 hat mit HTTP %2 geantwortet, aber nicht mit dem JSON der Incus/LXD-REST-API.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="vanished">%1 bei Byte %2</translation>
    </message>
    <message>
        <source>no &quot;type&quot; field</source>
        <translation type="vanished">kein Feld &quot;type&quot;</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2.</source>
        <translation type="vanished">%1 ist mit HTTP %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="vanished">%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="vanished">HTTP %1</translation>
    </message>
    <message>
        <source>Unexpected answer from the server while reading %1.</source>
        <translation type="vanished">Unerwartete Antwort des Servers beim Lesen von %1.</translation>
    </message>
    <message>
        <source>response type &quot;%1&quot;</source>
        <translation type="vanished">Antworttyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The answer to GET /1.0 is JSON but not an Incus or LXD server&apos;s.</source>
        <translation type="vanished">Die Antwort auf GET /1.0 ist JSON, aber nicht die eines Incus- oder LXD-Servers.</translation>
    </message>
    <message>
        <source>no &quot;auth&quot; or &quot;api_version&quot;</source>
        <translation type="vanished">kein &quot;auth&quot; oder &quot;api_version&quot;</translation>
    </message>
    <message>
        <source>Unexpected answer from the server while reading the storage pools.</source>
        <translation type="vanished">Unerwartete Antwort des Servers beim Lesen der Speicherpools.</translation>
    </message>
    <message>
        <source>a pool without a name or driver</source>
        <translation type="vanished">ein Pool ohne Namen oder Treiber</translation>
    </message>
    <message>
        <source>%1 was canceled on the server.</source>
        <translation type="vanished">%1 wurde auf dem Server abgebrochen.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation type="vanished">%1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <source>%1 is still &quot;%2&quot;.</source>
        <translation type="vanished">%1 ist immer noch &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This is not an Incus or LXD trust token. Copy the whole line that &quot;incus config trust add NAME&quot; or &quot;lxc config trust add --name NAME&quot; printed on the server.</source>
        <translation type="vanished">Das ist kein Vertrauens-Token von Incus oder LXD. Kopieren Sie die ganze Zeile, die &quot;incus config trust add NAME&quot; oder &quot;lxc config trust add --name NAME&quot; auf dem Server ausgegeben hat.</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation type="vanished">kein Base64</translation>
    </message>
    <message>
        <source>the decoded token is not a JSON object</source>
        <translation type="vanished">das decodierte Token ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;secret&quot; in the token</source>
        <translation type="vanished">kein &quot;secret&quot; im Token</translation>
    </message>
    <message>
        <source>the token&apos;s &quot;fingerprint&quot; is not a SHA-256 fingerprint</source>
        <translation type="vanished">der &quot;fingerprint&quot; des Tokens ist kein SHA-256-Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>ferry::incus::targetstate</name>
    <message>
        <location filename="../src/core/incus/targetstate.cpp" line="+26"/>
        <source>The placement names cluster member %1, but target %2 is not a cluster.</source>
        <translation>Die Platzierung nennt das Cluster-Mitglied %1, aber Ziel %2 ist kein Cluster.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster member %1 of target %2 is %3 (%4): a VM placed there cannot land now.</source>
        <translation>Cluster-Mitglied %1 von Ziel %2 ist %3 (%4): eine dort platzierte VM kann jetzt nicht landen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target %1 has no cluster member %2 (its members: %3).</source>
        <translation>Ziel %1 hat kein Cluster-Mitglied %2 (seine Mitglieder: %3).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The target&apos;s list of %1 is not a list.</source>
        <translation>Die Liste der %1 des Ziels ist keine Liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target&apos;s list of %1 holds something that is not an object.</source>
        <translation>Die Liste der %1 des Ziels enthält etwas, das kein Objekt ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The target lists one of Ferry&apos;s %1 under an unusable name: &quot;%2&quot;.</source>
        <translation>Das Ziel führt einen Eintrag in Ferrys %1 unter einem unbrauchbaren Namen: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The MAC address %1 is already used by instance %2 in project %3; LXD refuses a second NIC with it.</source>
        <translation>Die MAC-Adresse %1 wird bereits von Instanz %2 im Projekt %3 verwendet; LXD lehnt eine zweite Netzwerkkarte damit ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An instance named %1 exists in project %2 on network %3; LXD refuses a second instance of that name on the network.</source>
        <translation>Im Projekt %2 gibt es im Netzwerk %3 eine Instanz namens %1; LXD lehnt eine zweite Instanz dieses Namens im Netzwerk ab.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The target&apos;s answer for the instance is not an object.</source>
        <translation>Die Antwort des Ziels für die Instanz ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>ferry::transfer</name>
    <message>
        <source>The disk&apos;s .vmdk file is not a text descriptor (a binary sparse or stream-optimised VMDK); only flat disks can be copied.</source>
        <translation type="vanished">Die .vmdk-Datei der Festplatte ist kein Textdeskriptor (ein binäres Sparse- oder Stream-optimiertes VMDK); nur flache Festplatten können kopiert werden.</translation>
    </message>
    <message>
        <source>The disk descriptor names an extent larger than any disk (%1 sectors at offset %2).</source>
        <translation type="vanished">Der Festplattendeskriptor nennt einen Extent, der größer als jede Festplatte ist (%1 Sektoren ab Offset %2).</translation>
    </message>
    <message>
        <source>The disk descriptor names no create type or no extent.</source>
        <translation type="vanished">Der Festplattendeskriptor nennt keinen Erstellungstyp oder keinen Extent.</translation>
    </message>
    <message>
        <source>Disks of type &quot;%1&quot; cannot be copied yet; Ferry copies flat disks.</source>
        <translation type="vanished">Festplatten vom Typ &quot;%1&quot; können noch nicht kopiert werden; Ferry kopiert flache Festplatten.</translation>
    </message>
    <message>
        <source>The disk has %1 extents; Ferry copies disks with one extent.</source>
        <translation type="vanished">Die Festplatte hat %1 Extents; Ferry kopiert Festplatten mit einem Extent.</translation>
    </message>
    <message>
        <source>The disk&apos;s extent of type %1 cannot be copied.</source>
        <translation type="vanished">Der Extent der Festplatte vom Typ %1 kann nicht kopiert werden.</translation>
    </message>
    <message>
        <source>The copy was canceled.</source>
        <translation type="vanished">Das Kopieren wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sending the disk to %1 failed.</source>
        <translation type="vanished">Das Senden der Festplatte an %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>bug: the upload ended after %1 of %2 bytes.</source>
        <translation type="vanished">Programmfehler: Das Hochladen endete nach %1 von %2 Bytes.</translation>
    </message>
    <message>
        <source>The target did not start an import operation.</source>
        <translation type="vanished">Das Ziel hat keinen Importvorgang gestartet.</translation>
    </message>
    <message>
        <source>the instance import</source>
        <translation type="vanished">der Instanzimport</translation>
    </message>
    <message>
        <source>the volume import</source>
        <translation type="vanished">der Volume-Import</translation>
    </message>
</context>
<context>
    <name>ferry::transfer::BackupStream</name>
    <message>
        <location filename="../src/core/transfer/backupstream.h" line="+298"/>
        <source>The source disk changed while it was copied: its data read twice differs.</source>
        <translation>Die Quellfestplatte hat sich während des Kopierens geändert: Ihre zweimal gelesenen Daten unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>ferry::transfer::ExtentReader</name>
    <message>
        <location filename="../src/core/transfer/extentreader.h" line="+414"/>
        <source>The snapshot chain does not cover bytes %1 to %2 of the disk.</source>
        <translation>Die Snapshot-Kette deckt die Bytes %1 bis %2 des Datenträgers nicht ab.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>the host answered HTTP %1</source>
        <translation>der Host antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reading the disk from the source failed at byte %1.</source>
        <translation>Das Lesen der Festplatte von der Quelle ist bei Byte %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The source refuses the datastore read: the user may lack the privilege Datastore.Browse.</source>
        <translation>Die Quelle verweigert das Lesen aus dem Datenspeicher: dem Benutzer fehlt womöglich das Recht Datastore.Browse.</translation>
    </message>
</context>
<context>
    <name>ferry::transfer::RangeConnection</name>
    <message>
        <location line="-574"/>
        <source>No connection to the host within %1 s</source>
        <translation>Keine Verbindung zum Host innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data for 120 s</source>
        <translation>Seit 120 s keine Daten</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>The host&apos;s certificate is not the one the ticket names.</source>
        <translation>Das Zertifikat des Hosts ist nicht das im Ticket genannte.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The source&apos;s certificate is not the trusted one.</source>
        <translation>Das Zertifikat der Quelle ist nicht das vertraute.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The source closed the connection.</source>
        <translation>Die Quelle hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Unexpected answer: %1</source>
        <translation>Unerwartete Antwort: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The source answered another range: %1</source>
        <translation>Die Quelle hat einen anderen Bereich geliefert: %1</translation>
    </message>
</context>
<context>
    <name>ferry::transfer::RawUpload</name>
    <message>
        <location filename="../src/core/transfer/rawupload.h" line="+35"/>
        <source>The target&apos;s certificate is not the trusted one.</source>
        <translation>Das Zertifikat des Ziels ist nicht das vertraute.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The target closed the connection without an answer.</source>
        <translation>Das Ziel hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>ferry::vmware</name>
    <message>
        <source>The disk has no backing.</source>
        <translation type="vanished">Die Festplatte hat kein Backing.</translation>
    </message>
    <message>
        <source>Raw device mappings cannot be copied.</source>
        <translation type="vanished">Raw-Device-Zuordnungen können nicht kopiert werden.</translation>
    </message>
    <message>
        <source>The disk is independent (%1) and does not support snapshots.</source>
        <translation type="vanished">Die Festplatte ist unabhängig (%1) und unterstützt keine Snapshots.</translation>
    </message>
    <message>
        <source>The disk is shared between VMs (multi-writer).</source>
        <translation type="vanished">Die Festplatte wird von mehreren VMs geteilt (Multi-Writer).</translation>
    </message>
    <message>
        <source>The disk backing %1 is not supported.</source>
        <translation type="vanished">Das Festplatten-Backing %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The server does not offer the VM property %1; it was left out.</source>
        <translation type="vanished">Der Server bietet die VM-Eigenschaft %1 nicht an; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The inventory sync was canceled.</source>
        <translation type="vanished">Die Synchronisierung des Inventars wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ferry::vmware::InventoryAssembler</name>
    <message>
        <source>%1 %2: property %3 could not be read (%4).</source>
        <translation type="vanished">%1 %2: Eigenschaft %3 konnte nicht gelesen werden (%4).</translation>
    </message>
    <message>
        <source>VM %1 (%2) has no configuration and was not imported.</source>
        <translation type="vanished">VM %1 (%2) hat keine Konfiguration und wurde nicht importiert.</translation>
    </message>
</context>
<context>
    <name>ferry::vmware::SoapClient</name>
    <message>
        <source>The server answered %1 with HTTP status %2.</source>
        <translation type="vanished">Der Server hat %1 mit HTTP-Status %2 beantwortet.</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation type="vanished">Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="vanished">%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 has no SOAP body.</source>
        <translation type="vanished">Die Antwort des Servers auf %1 hat keinen SOAP-Body.</translation>
    </message>
    <message>
        <source>Unexpected answer to %1: &lt;%2&gt;.</source>
        <translation type="vanished">Unerwartete Antwort auf %1: &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 is not valid XML.</source>
        <translation type="vanished">Die Antwort des Servers auf %1 ist kein gültiges XML.</translation>
    </message>
    <message>
        <source>The server sent no answer to %1.</source>
        <translation type="vanished">Der Server hat auf %1 keine Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server sent no service content.</source>
        <translation type="vanished">Der Server hat keinen Service-Content gesendet.</translation>
    </message>
    <message>
        <source>The server at %1 does not look like vCenter or ESXi.</source>
        <translation type="vanished">Der Server unter %1 sieht nicht nach vCenter oder ESXi aus.</translation>
    </message>
    <message>
        <source>The user name or password was not accepted by %1.</source>
        <translation type="vanished">Benutzername oder Passwort wurde von %1 nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>ferry::vmware::XmlReader</name>
    <message>
        <source>Invalid document.</source>
        <translation type="vanished">Ungültiges Dokument.</translation>
    </message>
    <message>
        <source>Encoding not supported (only UTF-8 is).</source>
        <translation type="vanished">Kodierung nicht unterstützt (nur UTF-8).</translation>
    </message>
    <message>
        <source>Premature end of document.</source>
        <translation type="vanished">Vorzeitiges Ende des Dokuments.</translation>
    </message>
    <message>
        <source>Extra content at end of document.</source>
        <translation type="vanished">Zusätzlicher Inhalt am Ende des Dokuments.</translation>
    </message>
    <message>
        <source>Start tag expected.</source>
        <translation type="vanished">Start-Tag erwartet.</translation>
    </message>
    <message>
        <source>Document type declarations are not accepted.</source>
        <translation type="vanished">Dokumenttyp-Deklarationen werden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Opening and ending tag mismatch.</source>
        <translation type="vanished">Start- und End-Tag passen nicht zusammen.</translation>
    </message>
    <message>
        <source>Invalid attribute value.</source>
        <translation type="vanished">Ungültiger Attributwert.</translation>
    </message>
    <message>
        <source>Invalid tag.</source>
        <translation type="vanished">Ungültiges Tag.</translation>
    </message>
    <message>
        <source>Invalid element name.</source>
        <translation type="vanished">Ungültiger Elementname.</translation>
    </message>
    <message>
        <source>Invalid attribute.</source>
        <translation type="vanished">Ungültiges Attribut.</translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after the attribute name.</source>
        <translation type="vanished">Nach dem Attributnamen wird &apos;=&apos; erwartet.</translation>
    </message>
    <message>
        <source>Expected a quoted attribute value.</source>
        <translation type="vanished">Ein Attributwert in Anführungszeichen wird erwartet.</translation>
    </message>
    <message>
        <source>Namespace prefix %1 not declared.</source>
        <translation type="vanished">Namensraum-Präfix %1 nicht deklariert.</translation>
    </message>
    <message>
        <source>Invalid entity reference.</source>
        <translation type="vanished">Ungültige Entity-Referenz.</translation>
    </message>
    <message>
        <source>Invalid character reference.</source>
        <translation type="vanished">Ungültige Zeichenreferenz.</translation>
    </message>
    <message>
        <source>Entity &apos;%1&apos; not declared.</source>
        <translation type="vanished">Entity &apos;%1&apos; nicht deklariert.</translation>
    </message>
    <message>
        <source>Expected character data.</source>
        <translation type="vanished">Zeichendaten erwartet.</translation>
    </message>
</context>
<context>
    <name>networkmapping</name>
    <message>
        <source>The NIC type must be managed, bridged or physical.</source>
        <translation type="vanished">Der NIC-Typ muss managed, bridged oder physical sein.</translation>
    </message>
    <message>
        <source>A VLAN can only be set with the bridged or physical NIC type.</source>
        <translation type="vanished">Ein VLAN kann nur mit dem NIC-Typ bridged oder physical gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/inventory/networkmapping.cpp" line="+51"/>
        <source>The NIC type must be managed, bridged, macvlan or physical.</source>
        <translation>Der Netzwerkkartentyp muss managed, bridged, macvlan oder physical sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A VLAN can only be set with the bridged or macvlan NIC type.</source>
        <translation>Ein VLAN lässt sich nur mit dem Netzwerkkartentyp bridged oder macvlan setzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target network is empty.</source>
        <translation>Das Zielnetzwerk ist leer.</translation>
    </message>
</context>
<context>
    <name>restrictions</name>
    <message>
        <location filename="../src/core/inventory/restrictions.cpp" line="+22"/>
        <source>Migration is manually disabled.</source>
        <translation>Die Migration ist manuell deaktiviert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The name &quot;%1&quot; cannot be used as a host name on the target; set a name override.</source>
        <translation>Der Name &quot;%1&quot; kann auf dem Ziel nicht als Hostname verwendet werden; legen Sie einen abweichenden Namen fest.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not determine the guest OS; check that VMware Tools run in the guest.</source>
        <translation>Das Gastbetriebssystem konnte nicht ermittelt werden; prüfen Sie, ob VMware Tools im Gast laufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not determine the guest architecture.</source>
        <translation>Die Architektur des Gasts konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not determine an IPv4 address; check that VMware Tools run in the guest.</source>
        <translation>Es konnte keine IPv4-Adresse ermittelt werden; prüfen Sie, ob VMware Tools im Gast laufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Background import is not supported: changed block tracking is off.</source>
        <translation>Hintergrundimport wird nicht unterstützt: Changed Block Tracking ist aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verifying background import support.</source>
        <translation>Unterstützung für Hintergrundimport wird geprüft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk %1: %2</source>
        <translation>Festplatte %1: %2</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <location filename="../src/core/tls/certificate.cpp" line="+39"/>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or without colons.</source>
        <translation>&quot;%1&quot; ist kein SHA-256-Fingerabdruck: 64 Hexadezimalziffern erwartet, mit oder ohne Doppelpunkte.</translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <location filename="../src/core/transfer/transferinternal.h" line="+48"/>
        <source>The copy was canceled.</source>
        <translation>Das Kopieren wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/transfer/vmimport.cpp" line="+100"/>
        <source>Sending the disk to %1 failed.</source>
        <translation>Das Senden der Festplatte an %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bug: the upload ended after %1 of %2 bytes.</source>
        <translation>Programmfehler: Das Hochladen endete nach %1 von %2 Bytes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target did not start an import operation.</source>
        <translation>Das Ziel hat keinen Importvorgang gestartet.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+28"/>
        <source>the instance import</source>
        <translation>der Instanzimport</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>the volume import</source>
        <translation>der Volume-Import</translation>
    </message>
    <message>
        <location filename="../src/core/transfer/datastorerelay.cpp" line="+202"/>
        <source>The disk cannot be served to the guest conversion.</source>
        <translation>Der Datenträger kann der Gastkonvertierung nicht bereitgestellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/transfer/diskpatches.cpp" line="+27"/>
        <source>bug: the conversion&apos;s changes do not fit the disk.</source>
        <translation>Fehler im Programm: Die Änderungen der Konvertierung passen nicht zum Datenträger.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+5"/>
        <source>The conversion&apos;s changes cannot be read: %1</source>
        <translation>Die Änderungen der Konvertierung können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../src/core/util/units.cpp" line="+32"/>
        <source>&quot;%1&quot; is not a duration; write it like 90s, 10m, 1h30m or 5m0s.</source>
        <translation>&quot;%1&quot; ist keine Dauer; schreiben Sie sie wie 90s, 10m, 1h30m oder 5m0s.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;%1&quot; is not a size; write it like 4GiB or 4096MiB.</source>
        <translation>&quot;%1&quot; ist keine Größe; schreiben Sie sie wie 4GiB oder 4096MiB.</translation>
    </message>
</context>
<context>
    <name>vmdk</name>
    <message>
        <location filename="../src/core/vmware/vmdkdescriptor.cpp" line="+75"/>
        <source>The disk&apos;s .vmdk file is not a text descriptor (a binary sparse or stream-optimised VMDK); only flat disks can be copied.</source>
        <translation>Die .vmdk-Datei der Festplatte ist kein Textdeskriptor (ein binäres Sparse- oder Stream-optimiertes VMDK); nur flache Festplatten können kopiert werden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The disk descriptor is written in the encoding &quot;%1&quot;, which Ferry cannot read.</source>
        <translation>Der Disk-Deskriptor ist in der Kodierung „%1“ geschrieben, die Ferry nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The disk descriptor names an extent larger than any disk (%1 sectors at offset %2).</source>
        <translation>Der Festplattendeskriptor nennt einen Extent, der größer als jede Festplatte ist (%1 Sektoren ab Offset %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk descriptor names no create type or no extent.</source>
        <translation>Der Festplattendeskriptor nennt keinen Erstellungstyp oder keinen Extent.</translation>
    </message>
    <message>
        <location filename="../src/core/vmware/deltachain.cpp" line="+24"/>
        <source>The disk&apos;s snapshot chain is inconsistent; consolidate its snapshots in vSphere.</source>
        <translation>Die Snapshot-Kette der Festplatte ist inkonsistent; konsolidieren Sie ihre Snapshots in vSphere.</translation>
    </message>
    <message>
        <location line="+170"/>
        <location filename="../src/core/vmware/vmdkdescriptor.cpp" line="+40"/>
        <source>Disks of type &quot;%1&quot; cannot be copied yet; Ferry copies flat disks.</source>
        <translation>Festplatten vom Typ &quot;%1&quot; können noch nicht kopiert werden; Ferry kopiert flache Festplatten.</translation>
    </message>
    <message>
        <location filename="../src/core/vmware/vmdkdescriptor.cpp" line="-30"/>
        <source>The disk&apos;s snapshot chain has its base in another directory (a linked clone); Ferry cannot copy such a disk yet.</source>
        <translation>Die Basis der Snapshot-Kette der Festplatte liegt in einem anderen Verzeichnis (ein verknüpfter Klon); Ferry kann eine solche Festplatte noch nicht kopieren.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The disk has %1 extents; Ferry copies disks with one extent.</source>
        <translation>Die Festplatte hat %1 Extents; Ferry kopiert Festplatten mit einem Extent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk&apos;s extent of type %1 cannot be copied.</source>
        <translation>Der Extent der Festplatte vom Typ %1 kann nicht kopiert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/vmware/deltachain.cpp" line="-129"/>
        <location line="+12"/>
        <source>The snapshot chain&apos;s grain maps do not fit together.</source>
        <translation>Die Grain-Tabellen der Snapshot-Kette passen nicht zusammen.</translation>
    </message>
    <message>
        <location filename="../src/core/vmware/sparsedelta.cpp" line="+49"/>
        <source>The snapshot delta disk is damaged or is not a delta disk.</source>
        <translation>Die Delta-Festplatte des Snapshots ist beschädigt oder keine Delta-Festplatte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The snapshot delta disk uses a variant Ferry cannot read.</source>
        <translation>Die Delta-Festplatte des Snapshots verwendet eine Variante, die Ferry nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>vmware</name>
    <message>
        <location filename="../src/core/vmware/xmlnode.cpp" line="+49"/>
        <location line="+52"/>
        <source>Elements nested more than %1 levels deep.</source>
        <translation>Elemente sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../src/core/vmware/soapclient.cpp" line="+102"/>
        <location line="+141"/>
        <source>The server answered %1 with HTTP status %2.</source>
        <translation>Der Server hat %1 mit HTTP-Status %2 beantwortet.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>The server refused %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s answer to %1 has no SOAP body.</source>
        <translation>Die Antwort des Servers auf %1 hat keinen SOAP-Body.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected answer to %1: &lt;%2&gt;.</source>
        <translation>Unerwartete Antwort auf %1: &lt;%2&gt;.</translation>
    </message>
    <message>
        <location line="+99"/>
        <location filename="../src/core/vmware/xmlnode.cpp" line="+33"/>
        <source>The server&apos;s answer to %1 is not valid XML.</source>
        <translation>Die Antwort des Servers auf %1 ist kein gültiges XML.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent no answer to %1.</source>
        <translation>Der Server hat auf %1 keine Antwort gesendet.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The server at %1 is not vCenter or ESXi: %2</source>
        <translation>Der Server %1 ist kein vCenter oder ESXi: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server at %1 answered HTTP status %2; try again later.</source>
        <translation>Der Server %1 hat mit HTTP-Status %2 geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no /sdk/vimServiceVersions.xml (HTTP status %1).</source>
        <translation>er hat keine /sdk/vimServiceVersions.xml (HTTP-Status %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its /sdk/vimServiceVersions.xml is not a list of API namespaces.</source>
        <translation>seine /sdk/vimServiceVersions.xml ist keine Liste von API-Namensräumen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it does not offer the vim25 API.</source>
        <translation>er bietet die vim25-API nicht an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 offers vSphere API %2; Ferry speaks %3 to %4.</source>
        <translation>Der Server %1 bietet die vSphere-API %2 an; Ferry spricht %3 bis %4.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server sent no service content.</source>
        <translation>Der Server hat keinen Service-Content gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server at %1 does not look like vCenter or ESXi.</source>
        <translation>Der Server unter %1 sieht nicht nach vCenter oder ESXi aus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The user name or password was not accepted by %1.</source>
        <translation>Benutzername oder Passwort wurde von %1 nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../src/core/vmware/inventory.cpp" line="+403"/>
        <source>%1 %2: property %3 could not be read (%4).</source>
        <translation>%1 %2: Eigenschaft %3 konnte nicht gelesen werden (%4).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>VM %1 (%2) has no configuration and was not imported.</source>
        <translation>VM %1 (%2) hat keine Konfiguration und wurde nicht importiert.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The server does not offer the VM property %1; it was left out.</source>
        <translation>Der Server bietet die VM-Eigenschaft %1 nicht an; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The inventory sync was canceled.</source>
        <translation>Die Synchronisierung des Inventars wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The disk has no backing.</source>
        <translation>Die Festplatte hat kein Backing.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Raw device mappings cannot be copied.</source>
        <translation>Raw-Device-Zuordnungen können nicht kopiert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is shared between VMs (multi-writer).</source>
        <translation>Die Festplatte wird von mehreren VMs geteilt (Multi-Writer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is encrypted: its blocks on the datastore are ciphertext. Decrypt the VM first.</source>
        <translation>Die Festplatte ist verschlüsselt: Ihre Blöcke im Datenspeicher sind Chiffretext. Entschlüsseln Sie die VM zuerst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is a vSAN or vVol object, which the datastore&apos;s file interface does not serve as a flat file.</source>
        <translation>Die Festplatte ist ein vSAN- oder vVol-Objekt, das die Dateischnittstelle des Datenspeichers nicht als flache Datei liefert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The disk is a snapshot delta in %1, which the datastore&apos;s file interface does not serve as a file. Delete or consolidate the VM&apos;s snapshots first.</source>
        <translation>Der Datenträger ist ein Snapshot-Delta im Format %1, das die Dateischnittstelle des Datenspeichers nicht als Datei ausliefert. Löschen oder konsolidieren Sie zuerst die Snapshots der VM.</translation>
    </message>
    <message>
        <source>The disk is a snapshot delta (%1) over a chain of files; Ferry copies flat disks only so far. Delete or consolidate the VM&apos;s snapshots first.</source>
        <translation type="vanished">Die Festplatte ist ein Snapshot-Delta (%1) über einer Kette von Dateien; Ferry kopiert bisher nur flache Festplatten. Löschen oder konsolidieren Sie zuerst die Snapshots der VM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>The disk backing %1 is not supported.</source>
        <translation>Das Festplatten-Backing %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../src/core/vmware/xmlreader.cpp" line="+196"/>
        <source>Invalid document.</source>
        <translation>Ungültiges Dokument.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+38"/>
        <source>Encoding not supported (only UTF-8 is).</source>
        <translation>Kodierung nicht unterstützt (nur UTF-8).</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+23"/>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+17"/>
        <location line="+26"/>
        <source>Premature end of document.</source>
        <translation>Vorzeitiges Ende des Dokuments.</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+77"/>
        <source>Extra content at end of document.</source>
        <translation>Zusätzlicher Inhalt am Ende des Dokuments.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+36"/>
        <source>Start tag expected.</source>
        <translation>Start-Tag erwartet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document type declarations are not accepted.</source>
        <translation>Dokumenttyp-Deklarationen werden nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening and ending tag mismatch.</source>
        <translation>Start- und End-Tag passen nicht zusammen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+56"/>
        <source>Invalid attribute value.</source>
        <translation>Ungültiger Attributwert.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Invalid tag.</source>
        <translation>Ungültiges Tag.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid element name.</source>
        <translation>Ungültiger Elementname.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invalid attribute.</source>
        <translation>Ungültiges Attribut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected &apos;=&apos; after the attribute name.</source>
        <translation>Nach dem Attributnamen wird &apos;=&apos; erwartet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected a quoted attribute value.</source>
        <translation>Ein Attributwert in Anführungszeichen wird erwartet.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Namespace prefix %1 not declared.</source>
        <translation>Namensraum-Präfix %1 nicht deklariert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invalid entity reference.</source>
        <translation>Ungültige Entity-Referenz.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invalid character reference.</source>
        <translation>Ungültige Zeichenreferenz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entity &apos;%1&apos; not declared.</source>
        <translation>Entity &apos;%1&apos; nicht deklariert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Expected character data.</source>
        <translation>Zeichendaten erwartet.</translation>
    </message>
</context>
</TS>
