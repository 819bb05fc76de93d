<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../ui/about/aboutdialog.ui" />
            <source>About Ferry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>Ferry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>Moves virtual machines from VMware vSphere to Incus and LXD.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchWindowsPage</name>
        <message>
            <location filename="../src/gui/batches/batchwizard.cpp" line="+96" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchesPage</name>
        <message>
            <location filename="../src/gui/batches/batchespage.cpp" line="+54" />
            <source>any time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>from %1 UTC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 windows, from %2 UTC</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../ui/common/errordialog.ui" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>Technical details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InstanceRowBuilder</name>
        <message>
            <location filename="../src/gui/instances/instancerow.cpp" line="+29" />
            <source>Disabled manually</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Invalid name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unknown OS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No architecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No IPv4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No background import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Background import unverified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unsupported disk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelectionPreview</name>
        <message>
            <location filename="../src/gui/batches/selectionpreview.cpp" line="+142" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TargetSettingsWidget</name>
        <message>
            <location filename="../ui/targets/targetsettingswidget.ui" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>lxd01</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>How Ferry and ferryctl call this target. No slashes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>&amp;Endpoint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>https://host:8443</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>The server's HTTPS address: a host name, host:port or an https URL. The port is 8443 unless you give another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>A host name, host:port or an https URL; the port defaults to 8443.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>Limits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>Concurrent &amp;imports:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>How many instances may be imported into this target at once (0: no limit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>No limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>Concurrent &amp;creations:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>How many instances may be created on this target at once (0: no limit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>&amp;Timeout:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>How long Ferry waits for a connection or a server operation, e.g. 30s, 5m or 1h30m.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>5m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>Server certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>SHA-256 &amp;fingerprint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui</name>
        <message>
            <location filename="../src/gui/queue/queuesnapshot.cpp" line="+33" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/startup/commandline.cpp" line="+110" />
            <source>Unexpected argument: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>--data-dir needs a directory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Usage: ferry [options]

Ferry moves virtual machines from VMware (vCenter, ESXi) to Incus and LXD.
This is the desktop application; ferryctl is its command-line twin and shares the same database.

Options:
  -h, --help            Show this help and exit
  -V, --version         Show the version and exit
  --data-dir DIR        Use this data directory (default: $FERRY_DATA_DIR or the user's data directory)
  -v, --verbose         Also print log messages on stderr

Qt options such as -platform and -style are passed on to Qt.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>ferry %1 (Qt %2)
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>ferry: %1
Try 'ferry --help' for more information.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/startup/startup.cpp" line="+38" />
            <source>Ferry could not find a directory for its data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Neither --data-dir, FERRY_DATA_DIR nor the platform's application data location gave a directory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ferry cannot create its data directory %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Check that the parent directory exists and that you may write to it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::AboutDialog</name>
        <message>
            <location filename="../src/gui/about/aboutdialog.cpp" line="+28" />
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Built with Qt %1, running on Qt %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ferry uses Qt (GNU LGPL version 3), QtKeychain (BSD licence) and yaml-cpp (MIT licence). It is provided without any warranty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>About Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::AddSourceWizard</name>
        <message>
            <location filename="../src/gui/sources/addsourcewizard.cpp" line="+24" />
            <source>Add Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>Step %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::AddTargetAuthPage</name>
        <message>
            <location filename="../src/gui/targets/addtargetauthpage.cpp" line="+32" />
            <source>Not supported yet: Ferry cannot sign in with OIDC. Use a trust token or a client certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Trust &amp;token (recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Create a certificate for Ferry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use an &amp;existing certificate and key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;OIDC single sign-on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Authentication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose how Ferry proves to the server who it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Paste the token the server printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trust token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Client certificate (PEM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client certificate file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Private key (PEM, not encrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Private key file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>On the server, run "lxc config trust add --name ferry" (LXD) or "incus config trust add ferry" (Incus) and paste the token it prints. Ferry creates its certificate, redeems the token once and never stores it; the token also tells Ferry the server's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Ferry creates a key pair and keeps the private key only in the system keychain. You then run one command on the server to trust the certificate; the wizard shows it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>PEM files; the key must not be encrypted. Ferry copies the key into the system keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Client Certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Private Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>This token expired at %1. Create a new one on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>This token names the server certificate %1, not the fingerprint %2 you entered in step 1. Ferry will refuse it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This token was issued by the server at %1, but the endpoint is %2. Ferry sends the token only if %2 presents the token's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>A token for client "%1" from the server at %2 (certificate %3…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>PEM files (*.crt *.pem *.key *.cer);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Paste the trust token, or choose another way to authenticate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Ferry cannot use this token (see above). Create a new one on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Choose the client certificate file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose the private key file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::AddTargetCertificatePage</name>
        <message>
            <location filename="../src/gui/targets/addtargetcertificatepage.cpp" line="+22" />
            <source>Server Certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Check the server's certificate before Ferry trusts it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Trust and Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Tick only after you compared the fingerprint with the certificate_fingerprint that "lxc info" or "incus info" shows on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>%1 presented a certificate that does not match the fingerprint you entered. Ferry sent nothing to it. Trust this certificate only if you know why it differs, for example because you copied the fingerprint of another server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ferry has not seen the certificate of %1 before. Compare its fingerprint with the &lt;b&gt;certificate_fingerprint&lt;/b&gt; that &lt;tt&gt;lxc info&lt;/tt&gt; or &lt;tt&gt;incus info&lt;/tt&gt; shows on the server, and trust it only if they match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Trusting the certificate and connecting again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Ferry could not trust the certificate: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::AddTargetConnectPage</name>
        <message>
            <location filename="../src/gui/targets/addtargetconnectpage.cpp" line="+19" />
            <source>&amp;Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Try Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ferry registers the target and connects to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Next &gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Stop waiting for the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Ferry waits up to %1 for the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Checking %1 again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Connecting to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Redeeming the trust token at %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ferry creates its client certificate if needed, saves the target, checks the server's certificate and reads what the server offers. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ferry creates its client certificate, has the server trust it with the token, saves the target and reads what the server offers. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>You stopped Ferry while it waited for the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 Target %2 was saved before that: try again, or cancel to keep or remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 Nothing was saved. Go back to change the settings or the authentication, or try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ferry could not add the target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Ferry saved target %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Connected to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 The server trusts Ferry, and Ferry read its projects, storage pools and networks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The server's certificate is not the one you named.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The server's certificate needs your confirmation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 The server presented another certificate than the fingerprint you entered, and Ferry sent nothing to it. Check the certificate on the next page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 The server presented a certificate that Ferry does not know yet. Check it on the next page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Connected to %1, but the server does not trust Ferry yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 The next page shows the command that makes the server trust Ferry's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::AddTargetPage</name>
        <message>
            <location filename="../src/gui/targets/addtargetpage.cpp" line="+32" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::AddTargetSettingsPage</name>
        <message>
            <location filename="../src/gui/targets/addtargetsettingspage.cpp" line="+15" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name the Incus or LXD server and say where it listens.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::AddTargetSummaryPage</name>
        <message>
            <location filename="../src/gui/targets/addtargetsummarypage.cpp" line="+25" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 and %2 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What Ferry registered and found on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>API extensions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Endpoint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Server certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ferry's certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Authentication:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Limits:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Projects:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Storage pools:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Networks:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Target %1 is ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ferry and the server trust each other. The target is on the Targets page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ferry saved target %1; its status is "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 You can do that later on the Targets page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+50" />
            <location line="+1" />
            <location line="+1" />
            <source>not read yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-51" />
            <source>%1, all that Ferry needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1; missing: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>not trusted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A TLS client certificate Ferry created, trusted by the server through the token. Its private key is only in the system keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A TLS client certificate Ferry created. Its private key is only in the system keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Your TLS client certificate. Ferry copied its private key into the system keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>imports at once: %1, creations at once: %2, timeout: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+3" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>no network managed by the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1, plus 1 unmanaged interface of the host</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1, plus %2 unmanaged interfaces of the host</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Not managed by the server: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::AddTargetTrustPage</name>
        <message>
            <location filename="../src/gui/targets/addtargettrustpage.cpp" line="+20" />
            <source>Check &amp;Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Trust Ferry on the Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Run one command on the server, then check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Next &gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Connect again and see whether the server trusts Ferry now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Waiting for the server to trust Ferry's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>After you ran the command, press Check Again. You can also continue now and check again later on the Targets page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Checking %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>OK: the server trusts Ferry now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Checked at %1. Ferry read the server's projects, storage pools and networks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Not yet: the server does not trust Ferry's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Checked at %1. Run the command above on the server, then check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Checked at %1. %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::AddTargetWizard</name>
        <message>
            <location filename="../src/gui/targets/addtargetwizard.cpp" line="+30" />
            <source>Add Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+176" />
            <source>Step %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Keep Target?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ferry already saved target %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Its status is "%1". Keep it to finish later on the Targets page, or remove it (Ferry also deletes its client key from the keychain).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Keep Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remove Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Continue Adding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Ferry could not remove target %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::BatchNamePage</name>
        <message>
            <location filename="../src/gui/batches/batchwizard.cpp" line="+24" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A batch is a group of instances that migrate together. Give it a name people recognise in the queue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Batch name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>for example web-tier-wave1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>A batch needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The name may not contain control characters, slashes or spaces at either end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A batch named %1 exists already.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::BatchOptionsPage</name>
        <message>
            <location line="+673" />
            <source>Allow instances whose &amp;operating system is unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Allow instances without an &amp;IPv4 address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Allow instances that cannot be copied in the &amp;background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How failures are retried, which restrictions this batch overrides, and how often the disks are topped up while an instance waits for its window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>How often the disks are copied again while waiting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The last top-up happens at most this long before the window; not above the interval.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Post-migration &amp;retries:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Background &amp;sync interval:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Final background sync limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Restriction overrides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>The final background sync limit cannot be longer than the interval.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::BatchPlacementPage</name>
        <message>
            <location line="-385" />
            <source>&amp;Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Dry Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Placement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Where the instances go. The lists come from the target itself. Network mappings and instance overrides apply on top, then the optional script.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+28" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-22" />
            <location line="+22" />
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-20" />
            <source>Storage pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Migration network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>An extra NIC the VM uses while it is being migrated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Migration NIC type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Migration VLAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no VLAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Placement script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Compute the placement of every selected instance without saving anything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Storage pools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Networks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Target:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Project:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Storage &amp;pool:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Migration network:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Placement script (JavaScript)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>No target is registered: the batch is saved without one. Add a target before starting it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Reading the projects, pools and networks of %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>%1 could not be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%1: %n project(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>, %n storage pool(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+20" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>Migration network: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This build of Ferry cannot run placement scripts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>%1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The expression selects no instance.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::BatchPreflightPage</name>
        <message>
            <location line="+100" />
            <source>Pre-flight checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What Ferry found for each selected instance. A critical finding blocks the instance (it is queued as Blocked with the reason); warnings and notes inform.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Pre-flight results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Instance / finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Checking the selected instances…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The checks could not run: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Not queued: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <source>blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The expression selects no instance now.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n instance(s) checked: </source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n blocked by a critical finding, </source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n with warnings, </source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n ready.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ferry::gui::BatchSelectionPage</name>
        <message>
            <location line="-822" />
            <source>Selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>An expression chooses the instances, for example &lt;code&gt;location matches '/prod/' and len(disks) == 1&lt;/code&gt;. Ctrl+Space completes field and function names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Include expression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>true selects every instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Matching instances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Include expression:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <location line="+43" />
            <source>The expression is not complete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-33" />
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Reading the instances…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The instances could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>%n instance(s) match</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source> of %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The expression failed on %n instance(s), for example %1</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>… and %n more</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ferry::gui::BatchSummaryPage</name>
        <message>
            <location line="+727" />
            <source>&amp;Start the batch now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This is the batch that Create saves, as `ferryctl batch show` will print it. It can be edited later with `ferryctl batch edit`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Batch YAML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Queue the selected instances at once; otherwise start the batch later from the Batches page.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::BatchWindowsPage</name>
        <message>
            <location line="-718" />
            <location line="+5" />
            <source>Migration windows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>When the final cut-over may happen (times in UTC). Without windows each instance cuts over as soon as its copy is ready. No new instance is assigned to a window after its lockout.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Lockout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Add Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>window%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>No limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>At most this many instances cut over in this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>needs a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the name is used twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>ends before it starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the lockout is outside the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>overlaps %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::BatchWizard</name>
        <message>
            <location line="+622" />
            <source>Create Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+78" />
            <source>The batch was not created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The batch %1 was created but did not start.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::BatchesPage</name>
        <message>
            <location filename="../src/gui/batches/batchespage.cpp" line="+13" />
            <source>Batch actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Matched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Windows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Batch YAML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Matched instances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>YAML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Matched Instances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>S&amp;top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>R&amp;eset…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;move…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+103" />
            <source>The batches could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Queue the instances the batch selects now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Select a batch first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stop queueing new work; the entries stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Back to Defined: the queue entries are removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stop the batch first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Delete the batch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Reading %1…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>%1: %2, %n instance(s) selected now</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>, %n queued</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>, target %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>The batch %1 did not start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The batch %1 did not stop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Ferry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Reset the batch %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Its queue entries are removed and it goes back to Defined. Instances already created on the target stay there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The batch %1 was not reset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Remove the batch %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Its definition and queue entries are deleted. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The batch %1 was not removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::CertificateView</name>
        <message>
            <location filename="../src/gui/sources/certificateview.cpp" line="+29" />
            <source>Organization: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unit: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>DNS %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>IP %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>email %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Issued to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Alternative names:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Issued by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Valid from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Valid until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Trusted before:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+131" />
            <source>SHA-256 fingerprint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-122" />
            <location line="+129" />
            <source>I &amp;trust this certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-127" />
            <source>I trust this certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tick only after you compared the fingerprint with the one your vSphere administrator gave you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>The server did not present a certificate that Ferry could read, so there is nothing to trust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>This is not the certificate you trusted before: its fingerprint changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&lt;b&gt;The certificate of this server changed.&lt;/b&gt; Ferry sent nothing to the server. Trust the new certificate only if you know why it changed, for example because the server was renewed or reinstalled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;Problems with this certificate:&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>%1
(self-signed: issued by itself)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 (not valid yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (expired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Trusted fingerprint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Presented fingerprint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>SHA-256 fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>I &amp;trust the new certificate</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::ColumnChooser</name>
        <message>
            <location filename="../src/gui/common/columnchooser.cpp" line="+126" />
            <source>This column is always shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Reset Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Show the default columns with their default widths and order.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::EditTargetDialog</name>
        <message>
            <location filename="../src/gui/targets/edittargetdialog.cpp" line="+30" />
            <source>Edit Target %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Trust token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Optional: a new token from the server ("lxc config trust add --name ferry" or "incus config trust add ferry") makes it trust Ferry's certificate again, for example after it was removed from the server's trust store. The token is used once and never stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Leave empty to keep the current authentication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>This is not a trust token. Copy the whole last line that "lxc config trust add" or "incus config trust add" printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Saving and checking %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Ferry could not save the target: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::EngineController</name>
        <message>
            <location filename="../src/gui/queue/enginecontroller.cpp" line="+113" />
            <source>Engine stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Engine running in this window</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Engine running in this window: %n migration(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Engine held by pid %1 on host %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Engine held by another process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Engine not running: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::ErrorDialog</name>
        <message>
            <location filename="../src/gui/common/errordialog.cpp" line="+39" />
            <source>Error code: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Copy Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>Ferry cannot start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::InstanceDetailsWidget</name>
        <message>
            <location filename="../src/gui/instances/instancedetailswidget.cpp" line="+54" />
            <source>Powered on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Powered off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+157" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-129" />
            <source>Edit &amp;Overrides…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Edit overrides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change the name, CPUs or memory on the target, disable the migration or ignore the restrictions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Virtual machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>OS:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>CPUs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Memory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Firmware:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Power:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Background import:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>UUID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Disks and NICs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Supported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>MAC Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>IPv4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>IPv6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>NICs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+168" />
            <source>Migration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-165" />
            <location line="+167" />
            <source>Restrictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-158" />
            <source>Overrides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>Select an instance to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>%1 (no longer on the source)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Type %1, distribution %2 %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>%1 (vSphere: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>BIOS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>UEFI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>secure boot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>TPM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Yes (change tracking on)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No (change tracking off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%L1 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Ignored for this instance (override).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>None: this instance can be migrated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>CPUs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::InstanceOverridesDialog</name>
        <message>
            <location filename="../src/gui/instances/instanceoverridesdialog.cpp" line="+23" />
            <source>Overrides of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>How %1 is created on the target. Unticked values stay as on the source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Name on the target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+10" />
            <location line="+11" />
            <source>vSphere: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-19" />
            <source>&amp;CPUs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>CPUs on the target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Memory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Memory on the target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>for example 8GiB or 4096MiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Disable migration of this instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Batches skip it, whatever their expression matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ignore restrictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Migrate it even though Ferry found reasons not to (unknown OS, no IPv4 address, no background import, ...).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;lear All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Clear all overrides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Untick everything: the instance is migrated as it is on the source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Enter a name, or untick it to keep the one from the source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>"%1" cannot be a host name on the target: use letters, digits and hyphens, at most 63, not starting or ending with a hyphen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The memory must be more than zero.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::InstancesModel</name>
        <message>
            <location filename="../src/gui/instances/instancesmodel.cpp" line="+138" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+273" />
            <source>Ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>%1
No longer on the source: the last sync did not find it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Restrictions are ignored for this instance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nothing prevents migrating this instance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Overridden for the target (in italics).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%L1 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>UUID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>OS Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>CPUs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Background Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Migration Disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Restrictions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::InstancesPage</name>
        <message>
            <location filename="../src/gui/instances/instancespage.cpp" line="+52" />
            <source>Filter by location…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Filter by location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Shows the instances whose inventory path contains this text, as ferryctl instance list --filter does.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Instances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+101" />
            <source>The instances could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>1 instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%L1 instances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%L1 of 1 instance matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%L1 of %L2 instances match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>No instance matches the filter.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::KeychainStatusWidget</name>
        <message>
            <location filename="../src/gui/mainwindow/keychainstatuswidget.cpp" line="+39" />
            <source>Asking the system keychain whether it is reachable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>The system keychain answers. Ferry keeps passwords and keys only there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Keychain: not checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Keychain: checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Keychain: available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Keychain: unavailable</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::MainWindow</name>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="+59" />
            <source>Not available yet: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>No sources yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sources are the VMware vCenter Servers and ESXi hosts that Ferry copies virtual machines from. Add one to import its VMs and networks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No targets yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Targets are the Incus and LXD servers that receive the migrated virtual machines. Add one and confirm its certificate to start planning migrations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No instances yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Instances are the virtual machines found on your sources. They appear here, with their disks, NICs and guest details, once a source has been synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No networks yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The networks found on your sources are listed here, so that you can map each one to a network on the target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No batches yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A batch selects instances with an expression and moves them to a target during the migration windows you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The queue is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>When a batch starts, each of its instances is queued here with its status and the progress of every disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No artifacts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Artifacts are files that migrations need, such as the VMware VDDK or the virtio drivers for Windows guests.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Problems found while syncing or migrating, such as disks that cannot be copied or lost connections, are collected here for you to review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Instances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Networks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Artifacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Add &amp;Source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Register a vCenter Server or ESXi host and import its VMs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Add &amp;Target…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Register an Incus or LXD server that receives the migrated VMs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>S&amp;ync Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Create &amp;Batch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Select instances with an expression and plan their migration: windows, placement and pre-flight checks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Add &amp;Artifact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>adding artifacts arrives with artifact management.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Show Batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Go to the Batches page, where migrations are planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Close Ferry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;User Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the user guide arrives with the documentation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About Ferry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Show the version of Ferry and its licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Show the %1 page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Main Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Show &amp;Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose the page to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+125" />
            <source>Data directory: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Data directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Database: %1
Log files: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+97" />
            <source>Migrations are running</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n migration(s) are running in this window.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Quitting cancels them: each source that Ferry powered off is powered back on and what was created on the target is deleted. Retry them from the Queue page later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Cancel Migrations and Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keep Ferry Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Stopping the migration engine…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Read the VMs and networks of every source now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add a source first (File &gt; Add Source…), then sync it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::NetworkMappingDialog</name>
        <message>
            <location filename="../src/gui/networks/networkmappingdialog.cpp" line="+26" />
            <source>Mapping of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Where the NICs connected to %1 go on the target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Default: network %1, %2 NIC%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>, VLAN %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Target network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The managed network on the target, or the parent interface for bridged and physical NICs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>NIC type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>managed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>bridged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>physical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A NIC on a network the target manages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A NIC on an existing bridge of the target host.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A NIC on a host interface, with an optional VLAN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>VLAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A VLAN id such as 42, or ranges for a trunk (100-200,300); only with the bridged or physical NIC type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Target &amp;network:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>NIC &amp;type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;VLAN:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reset to Default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reset to default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::NetworkMappingsDialog</name>
        <message>
            <location filename="../src/gui/networks/networkmappingsdialog.cpp" line="+44" />
            <source>Network Mappings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Where the NICs on each source network go on the target. Choose the target network from the list, or type the name of a bridge or host interface for bridged and physical NICs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Target whose networks are listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No target registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Target network for the selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>NIC type for the selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>VLAN for the selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no VLAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Apply to Selected Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Networks of &amp;target:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Set:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Network mappings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Source network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Target network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>NIC type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>VLAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 (%2)
Default: network %3, %4 NIC%5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>, VLAN %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+125" />
            <source>Choose a target network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a network %2 manages; use bridged or physical.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 has no network %2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>%n network(s) to save.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n row(s) cannot be saved; the reason is in the Problem column.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ferry::gui::NetworksModel</name>
        <message>
            <location filename="../src/gui/networks/networksmodel.cpp" line="+17" />
            <source>Standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Distributed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>NSX distributed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>NSX</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+110" />
            <source>Changed from the default (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1
No longer on the source: the last sync did not find it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Source Specific ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>UUID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Target Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Target NIC Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Target VLAN</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::NetworksPage</name>
        <message>
            <location filename="../src/gui/networks/networkspage.cpp" line="+37" />
            <source>Network actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Networks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Edit Mapping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reset to Default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Edit &amp;Several Mappings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>By default a standard network becomes a managed NIC on the target network of the same name (spaces as hyphens), a distributed port group a physical NIC with its VLAN. Changed values are in italics. Select several networks (Ctrl or Shift) to edit their mappings together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>The networks could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+53" />
            <source>Edit the mapping of the %n selected network(s) in one table.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select one or more networks first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Change where this network's NICs go on the target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Select a network first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Forget the changes: use the default mapping.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This network uses the default mapping already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <location line="+24" />
            <source>The mappings were not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-23" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+48" />
            <location line="+16" />
            <source>The mapping was not saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::OperationStatusWidget</name>
        <message>
            <location filename="../src/gui/common/operationstatuswidget.cpp" line="+45" />
            <location line="+1" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::QueueDetailsWidget</name>
        <message>
            <location filename="../src/gui/queue/queuedetailswidget.cpp" line="+55" />
            <source>Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1, project %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Target instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Storage pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1, VLAN %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>NIC %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the target's default profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Migration window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Retries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Next attempt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel, Keep Leftovers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resolve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Stop this migration: the source is powered back on if Ferry stopped it, and what was created on the target is deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Not available yet: the engine keeps leftovers only for every entry at once (ferryctl engine run --keep-leftovers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Queue this entry again (from Error, Canceled or Conflict).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Not available yet: resolving a conflict arrives with ferryctl queue resolve. Retry queues the entry again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <location line="+42" />
            <source>Disks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-41" />
            <source>Disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>ETA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <location line="+28" />
            <source>Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-7" />
            <source>Placement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Select an entry to see its disks and log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Disk %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::QueueModel</name>
        <message>
            <location filename="../src/gui/queue/queuemodel.cpp" line="+52" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>ETA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Migration Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::QueueNotifier</name>
        <message>
            <location filename="../src/gui/queue/queuenotifier.cpp" line="+36" />
            <source>Migration of %1 failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Batch %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Conflict in batch %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Batch %1 finished</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n instance(s) migrated (%1).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Ferry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::QueuePage</name>
        <message>
            <location filename="../src/gui/queue/queuepage.cpp" line="+80" />
            <source>Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>All batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>&amp;Batch:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>S&amp;tatus:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>The queue could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+78" />
            <source>No entry matches the filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>The entry is %1 and cannot be canceled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Canceled by a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Canceled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cancel failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The entry is %1; only entries in Error, Canceled or Conflict can be retried.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Retry requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Waiting again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Retry failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Engine held by pid %1 on host %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No engine is running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>1 entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%L1 entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%L1 of %L2 entries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::QueueSummaryWidget</name>
        <message>
            <location filename="../src/gui/queue/queuesummarywidget.cpp" line="+36" />
            <source>%1 finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 migrating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 in conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 canceled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: bytes copied</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::SettingsDialog</name>
        <message>
            <location filename="../src/gui/settings/settingsdialog.cpp" line="+56" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Storage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Open &amp;Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Data directory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The database and logs live here. To use another directory, start Ferry with --data-dir DIR or set the FERRY_DATA_DIR environment variable; ferryctl takes the same option.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Keychain:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Migrations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>How many disks Ferry copies from a new source at once. Each source can change its own limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>How many migrations run at the same time, whatever the sources and targets allow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>How often a failed migration is tried again before it stays in Error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Import limit for new sources:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Migrations at once:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Retries after a failure:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>ferryctl engine run uses the same values unless you pass other ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+12" />
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The language changes when Ferry starts again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Logs and Diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Errors only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Warnings and errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Debug (verbose)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Log &amp;level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Log level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open Log Fol&amp;der</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Export Diagnostics…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Write the logs, the versions, the settings and a copy of the database without passwords, keys or user names into one file for a bug report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+88" />
            <source>The settings could not be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Export Diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tar archives (*.tar);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Exporting diagnostics…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copying the database without secrets and collecting the logs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The diagnostics could not be exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Diagnostics exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 was written. Nothing secret is in it: attach it to your bug report.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::SourceCertificatePage</name>
        <message>
            <location filename="../src/gui/sources/sourcecertificatepage.cpp" line="+26" />
            <source>&amp;Correct the Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Server certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: decide whether to trust the certificate the server presented.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Correct the password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>The server at %1 presents another certificate than the one that was trusted for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server at %1 presented a certificate that this computer does not trust. Compare its fingerprint with the one your vSphere administrator gives you (on the server: the certificate's SHA-256 thumbprint) before you trust it. Ferry has sent nothing to the server yet, not even the user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Trusting the certificate and logging in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Fingerprint %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>The certificate could not be trusted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Certificate trusted, logged in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The server refused the user name or the password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Authentication error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The certificate is trusted now, but the server refused the user name or the password. Correct them in the first step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 Check both and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>You trusted the certificate of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The server now presents another certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Check this one before you trust it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::SourceConnectPage</name>
        <message>
            <location filename="../src/gui/sources/sourceconnectpage.cpp" line="+21" />
            <source>&amp;Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Try Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Correct the Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Connecting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: Ferry stores the password in the system keychain and connects to the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Stop connecting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Correct the password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Go back to the first step to enter the user name and password again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Connecting to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Saving the changed settings, then checking the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nothing but the connection itself is sent until the server's certificate is trusted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <location line="+13" />
            <source>Stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-12" />
            <location line="+13" />
            <source>Go back to change the connection details, or try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The source could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Connected to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Logged in as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server presented a certificate that this computer does not trust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Check it in the next step. Nothing, not even the user name, has been sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server refused the user name or the password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Authentication error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 Correct them in the first step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 Check both and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Ferry could not reach %1. Check the endpoint (Back) and the network, then try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::SourceConnectionPage</name>
        <message>
            <location filename="../src/gui/sources/sourceconnectionpage.cpp" line="+19" />
            <source>Connection details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: the vCenter Server or ESXi host to import virtual machines from.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::SourceEditDialog</name>
        <message>
            <location filename="../src/gui/sources/sourceeditdialog.cpp" line="+25" />
            <source>Edit Source %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Saving and checking the connection to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The changes could not be saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::SourceFormWidget</name>
        <message>
            <location filename="../src/gui/sources/sourceformwidget.cpp" line="+35" />
            <source>vcenter.example.com, 10.0.0.5 or https://esxi01:8443</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Endpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The host name, IP address or https URL of the vCenter Server or ESXi host; https and port 443 unless you say otherwise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>vc01</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How Ferry and ferryctl refer to this source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>administrator@vsphere.local</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kept in the system keychain, never in Ferry's database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Endpoint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Import options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Import limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How many VMs may be imported from this source at the same time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Connection timeout in seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A request that receives nothing for this long fails with "Cannot connect".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All datacenters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Datacenters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only import from these datacenters, separated by commas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Import &amp;limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Connection &amp;timeout:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Datacenters:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+92" />
            <source>Enter the endpoint: the host name, IP address or URL of the vCenter Server or ESXi host.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Enter a name for the source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A source named "%1" exists already; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter the user name to log in with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter the password.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::SourceSummaryPage</name>
        <message>
            <location filename="../src/gui/sources/sourcesummarypage.cpp" line="+25" />
            <source>&amp;Show the instances when the wizard closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: the source is registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Endpoint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trusted certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Virtual machines:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Networks:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Skipped:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Warnings of the sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Warnings:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Show the instances when the wizard closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Source %1 is registered and its inventory imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Source %1 is registered, but its inventory was not imported: %2 Sync it from the Sources page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>trusted by this computer's certificate store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+1" />
            <source>%L1 imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>1 template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%L1 templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>1 vSphere system VM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%L1 vSphere system VMs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>1 VM no longer on the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%L1 VMs no longer on the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nothing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::SourceSyncPage</name>
        <message>
            <location filename="../src/gui/sources/sourcesyncpage.cpp" line="+19" />
            <source>&amp;Stop Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Try Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Importing the inventory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: Ferry reads the virtual machines and networks of the source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Stop the sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Try the sync again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Reading the inventory of %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Large inventories take a while; you may stop and sync later from the Sources page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>1 VM read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%L1 VMs read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Imported 1 VM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Imported %L1 VMs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>1 network found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%L1 networks found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+1" />
            <source>The sync was stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The source is registered; sync it later from the Sources page, or try again now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The sync failed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::SourcesModel</name>
        <message>
            <location filename="../src/gui/sources/sourcesmodel.cpp" line="+106" />
            <source>Not trusted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>%1

%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No certificate has been trusted for this source yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trusted certificate, SHA-256:
%1
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>This source has not been synced yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Connectivity status, as ferryctl source list prints it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The SHA-256 fingerprint of the server certificate you trusted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Server Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Endpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Trusted Certificate (SHA-256)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last Sync</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::SourcesPage</name>
        <message>
            <location filename="../src/gui/sources/sourcespage.cpp" line="+47" />
            <source>Source actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Trust certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+86" />
            <source>S&amp;ync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Check Connectivity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Trust Certificate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The sources could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>Select a source first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wait until the current operation on this source ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Read the VMs and networks of the selected source now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A sync is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Connect and log in to see whether the source is reachable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Change the name, endpoint, credentials or import options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remove the source and its imported inventory from Ferry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The server's certificate is trusted already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The server has not presented a certificate to trust; check the connectivity first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Review and trust the server's new certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Review and trust the server's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>The connectivity could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Remove Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove the source %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Its imported VM and its networks are removed from Ferry, and its password from the keychain. Nothing changes on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Its %L1 imported VMs and its networks are removed from Ferry, and its password from the keychain. Nothing changes on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Removing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The source could not be removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::SyncDialog</name>
        <message>
            <location filename="../src/gui/sources/syncdialog.cpp" line="+31" />
            <source>Sync %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sync Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Sync results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Cancel the sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Reading the inventory of %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Source %1 of %2: reading the inventory of %3…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>1 VM read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%L1 VMs read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>1 VM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%L1 VMs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>1 network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%L1 networks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1; warnings: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1: stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>The sync was stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The sync is complete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The sync is complete, with errors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::TargetDetailsWidget</name>
        <message>
            <location filename="../src/gui/targets/targetdetailswidget.cpp" line="+87" />
            <source>Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Endpoint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Authentication:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Limits:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Server certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ferry's certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Inventory read:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Projects, storage pools, networks and profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Select a target to see its projects, storage pools and networks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>The server does not trust Ferry's client certificate (SHA-256 %1) yet. Run the command below on the server, then Check Again, or redeem a new trust token with Edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>%1, %2 API extensions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1; missing: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 imports, %2 creations at once; timeout %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>not trusted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (trusted)
%2 (presented now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Ferry reads the projects, storage pools and networks once the target's status is OK.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::TargetInventoryModel</name>
        <message>
            <location filename="../src/gui/targets/targetinventorymodel.cpp" line="+128" />
            <source>project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>uses the default project's networks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>uses the default project's profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Storage pools (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Networks (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Profiles (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Instances (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>%1 of %2 used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 in total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>The server's storage pools; every project can place volumes in them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Networks that instances of project %1 can attach to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Profiles of project %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Instances already in project %1: a migrated VM cannot take one of these names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Not managed by the server: an interface of the host.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Managed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>IPv4 Subnet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>IPv6 Subnet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::TargetSettingsWidget</name>
        <message>
            <location filename="../src/gui/targets/targetsettingswidget.cpp" line="+35" />
            <source>Optional: the certificate_fingerprint that "lxc info" or "incus info" shows on the server. Without it, Ferry shows you the server's certificate to confirm. A trust token brings its own fingerprint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The fingerprint Ferry trusts. Change it only to trust another certificate you have compared with the server's; Ferry refuses any other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not trusted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>Give the target a name, for example lxd01.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A target name cannot contain a slash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A target named %1 already exists. Choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>"%1" is not a duration. Write it like 30s, 5m or 1h30m.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The timeout must be longer than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The fingerprint must be 64 hexadecimal digits (colons allowed), as "lxc info" prints certificate_fingerprint.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::TargetTrustCertificateDialog</name>
        <message>
            <location filename="../src/gui/targets/targettrustcertificatedialog.cpp" line="+28" />
            <source>Trust New Certificate of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trust Certificate of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 now presents another certificate than the one Ferry trusts, and Ferry refuses to talk to it. Trust the new certificate only if you know why it changed and its fingerprint matches the &lt;b&gt;certificate_fingerprint&lt;/b&gt; that &lt;tt&gt;lxc info&lt;/tt&gt; or &lt;tt&gt;incus info&lt;/tt&gt; shows on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Compare the fingerprint with the &lt;b&gt;certificate_fingerprint&lt;/b&gt; that &lt;tt&gt;lxc info&lt;/tt&gt; or &lt;tt&gt;incus info&lt;/tt&gt; shows on the server, and trust it only if they match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Tick only after you compared the fingerprint with the certificate_fingerprint that "lxc info" or "incus info" shows on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Trust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Trusting the certificate and connecting again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Ferry could not trust the certificate: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::TargetsModel</name>
        <message>
            <location filename="../src/gui/targets/targetsmodel.cpp" line="+122" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Not trusted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>%1

%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No server certificate has been trusted for this target yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trusted server certificate, SHA-256:
%1
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server type is known after the first trusted connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Connectivity Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Endpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Auth Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Trusted TLS Cert SHA-256 Fingerprint</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::TargetsPage</name>
        <message>
            <location filename="../src/gui/targets/targetspage.cpp" line="+54" />
            <location line="+31" />
            <source>Targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-22" />
            <source>No targets yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Targets are the Incus and LXD servers that receive the migrated virtual machines. Add one and confirm its certificate to start planning migrations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+81" />
            <source>Check &amp;Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Trust New Certificate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>Ferry cannot read the targets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Select a target first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ferry is still working on this target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Connect again, check the trust both ways and re-read the inventory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change the name, endpoint, limits or trust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove the target and its client key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Ferry trusts the server's certificate; there is nothing to confirm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The server has not presented a certificate that Ferry could trust. Check again first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Check the server's certificate and trust it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Ferry could not check target %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Remove Target?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove target %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ferry forgets the server and deletes its client key from the keychain. Nothing on the server changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>To revoke Ferry's access there too, run "%1 config trust remove %2" on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Removing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Ferry could not remove target %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::ThroughputChart</name>
        <message>
            <location filename="../src/gui/queue/throughputchart.cpp" line="+33" />
            <location line="+65" />
            <source>Throughput</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-49" />
            <location line="+55" />
            <source>%1 MiB/s now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>no copy running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>%1 min ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>now (MiB/s)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::TrustCertificateDialog</name>
        <message>
            <location filename="../src/gui/sources/trustcertificatedialog.cpp" line="+28" />
            <source>Certificate of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The server of source %1 (%2) now presents another certificate than the one that was trusted for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server of source %1 (%2) presented a certificate that this computer does not trust. Compare its fingerprint with the one your vSphere administrator gives you before you trust it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Trust New Certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Trust Certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Trust the certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Trusting the certificate and checking the connection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The certificate could not be trusted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The certificate is trusted. Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::TrustCommandsWidget</name>
        <message>
            <location filename="../src/gui/targets/trustcommandswidget.cpp" line="+37" />
            <source>On the server (copy the file there first if it is another machine), run:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Show Certificate &amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Open the folder that holds the certificate, to copy it to the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Ferry could not write its client certificate (SHA-256 %1) to a file for the server. Check that the data directory is writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Ferry wrote its client certificate to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>SHA-256 fingerprint of the certificate: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Command to run on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+18" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-16" />
            <source>Copy the command to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::UserGuideWindow</name>
        <message>
            <location filename="../src/gui/help/userguidewindow.cpp" line="+23" />
            <source>Ferry User Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>User guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source># The user guide is not installed

Ferry looked for `user-guide.md` next to the program and did not find it. The guide is `docs/user-guide.md` in Ferry's sources; packages install it under `share/doc/ferry`.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::WindowsTimeline</name>
        <message>
            <location filename="../src/gui/batches/windowstimeline.cpp" line="+20" />
            <source>Timeline of the migration windows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>No windows: the instances may cut over as soon as they are ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source> UTC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Window %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::queuetext</name>
        <message>
            <location filename="../src/gui/queue/queuepresentation.cpp" line="+43" />
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Migrating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Waiting or blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Canceled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>%1 MiB/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 min %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::sourcepresentation</name>
        <message>
            <location filename="../src/gui/sources/sourcepresentation.cpp" line="+45" />
            <source>TLS error: certificate changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Ferry connected and logged in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server presented a certificate that this computer does not trust. Check its fingerprint and trust it to continue; nothing was sent to the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server now presents another certificate than the one you trusted. Nothing was sent. Trust the new certificate only if you know why it changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The secure connection failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server refused the user name or the password. Edit the source to correct them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ferry could not reach the server. Check the endpoint and the network, then check the connectivity again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not checked yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>vCenter Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>ESXi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ferry::gui::targetpresentation</name>
        <message>
            <location filename="../src/gui/targets/targetpresentation.cpp" line="+38" />
            <source>TLS error: certificate changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not checked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Ferry and the server trust each other, and the inventory was read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server presented a certificate that Ferry does not trust yet. Compare its fingerprint with the certificate_fingerprint that "lxc info" or "incus info" shows on the server, then trust it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server now presents another certificate than the one you trusted. Nothing was sent. Trust the new certificate only if you know why it changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The secure connection failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server does not trust Ferry's client certificate yet. Run the trust command (the target's details show it) on the server and check again, or redeem a new trust token with Edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ferry could not reach an Incus or LXD server there. Check the address and port (8443 by default) and core.https_address, then check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not checked yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>OIDC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>TLS client certificate</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
