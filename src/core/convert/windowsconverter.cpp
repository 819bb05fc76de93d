#include "convert/windowsconverter.h"

#include "convert/guestfishsession.h"
#include "convert/linuxconfig.h"
#include "convert/virtiowinlayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ferry::convert {

Q_LOGGING_CATEGORY(lcWinConvert, "ferry.convert.windows", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::convert)
};

const QString kGuest = QStringLiteral("/guest");
const QString kIso = QStringLiteral("/iso");
const QString kStaging = QStringLiteral("Drivers\\VirtIO"); // under %SystemRoot%
const QString kScsiClass = QStringLiteral("{4D36E97B-E325-11CE-BFC1-08002BE10318}");

QString psQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

quint64 le(const QByteArray &b, int at, int n)
{
    quint64 v = 0;
    for (int i = 0; i < n; ++i)
        v |= quint64(quint8(b.at(at + i))) << (8 * i);
    return v;
}

} // namespace

const QStringList &vmwareServiceNames()
{
    static const QStringList names {QStringLiteral("VMTools"), QStringLiteral("VGAuthService"),
        QStringLiteral("vm3dservice"), QStringLiteral("VMwareCAFManagementAgentHost"),
        QStringLiteral("VMwareCAFCommAmqpListener"), QStringLiteral("vmvss"),
        QStringLiteral("vmci"), QStringLiteral("vmhgfs"), QStringLiteral("vmmemctl"),
        QStringLiteral("vmmouse"), QStringLiteral("vmrawdsk"), QStringLiteral("vmusbmouse"),
        QStringLiteral("vsock"), QStringLiteral("vmxnet3ndis6"), QStringLiteral("VMMemCtl")};
    return names;
}

QList<DriveLetter> parseMountedDevices(const winreg::Key &mountedDevices)
{
    QList<DriveLetter> out;
    for (const winreg::Value &v : mountedDevices.values) {
        const QString prefix = QStringLiteral("\\DosDevices\\");
        if (!v.name.startsWith(prefix, Qt::CaseInsensitive) || v.name.size() != prefix.size() + 2
            || v.name.at(prefix.size() + 1) != QLatin1Char(':'))
            continue;
        DriveLetter d;
        d.letter = v.name.mid(prefix.size(), 1).toUpper();
        const QByteArray &b = v.binary;
        if (b.size() == 12) {
            d.kind = DriveLetter::Kind::Mbr;
            d.diskSignature = quint32(le(b, 0, 4));
            d.partitionOffset = le(b, 4, 8);
        } else if (b.size() == 24 && b.startsWith("DMIO:ID:")) {
            d.kind = DriveLetter::Kind::Gpt;
            d.partitionGuid = QStringLiteral("{%1-%2-%3-%4-%5}")
                                  .arg(le(b, 8, 4), 8, 16, QLatin1Char('0'))
                                  .arg(le(b, 12, 2), 4, 16, QLatin1Char('0'))
                                  .arg(le(b, 14, 2), 4, 16, QLatin1Char('0'))
                                  .arg(QString::fromLatin1(b.mid(16, 2).toHex()),
                                      QString::fromLatin1(b.mid(18, 6).toHex()));
        } else {
            QString s;
            for (int i = 0; i + 1 < b.size(); i += 2)
                s.append(QChar(ushort(le(b, i, 2))));
            d.raw = s;
        }
        out.append(d);
    }
    std::sort(out.begin(), out.end(),
        [](const DriveLetter &a, const DriveLetter &b) { return a.letter < b.letter; });
    return out;
}

QList<winreg::Key> systemHiveEdits(const QString &controlSet, const QStringList &driversFound,
    const QStringList &vmwareServices, const QString &firstBootScriptPath)
{
    using winreg::Value;
    QList<winreg::Key> keys;
    const QString services = controlSet + QStringLiteral("\\Services\\");
    auto has = [&](const char *d) {
        return driversFound.contains(QString::fromLatin1(d), Qt::CaseInsensitive);
    };
    // Storage: kernel drivers started by the boot loader (Start=0), as the inbox miniports are.
    for (const char *storage : {"viostor", "vioscsi"}) {
        if (!has(storage))
            continue;
        const QString name = QString::fromLatin1(storage);
        keys.append({services + name,
            {Value::ofDword(QStringLiteral("Type"), 1), Value::ofDword(QStringLiteral("Start"), 0),
                Value::ofDword(QStringLiteral("ErrorControl"), 1),
                Value::ofString(QStringLiteral("Group"), QStringLiteral("SCSI miniport")),
                Value::ofExpandString(QStringLiteral("ImagePath"),
                    QStringLiteral("system32\\drivers\\%1.sys").arg(name))}});
    }
    const QList<QPair<const char *, const char *>> onDemand {
        {"NetKVM", "netkvm"}, {"Balloon", "balloon"}};
    for (const auto &[driver, service] : onDemand) {
        if (!has(driver))
            continue;
        const QString name = QString::fromLatin1(service);
        keys.append({services + name,
            {Value::ofDword(QStringLiteral("Type"), 1), Value::ofDword(QStringLiteral("Start"), 3),
                Value::ofDword(QStringLiteral("ErrorControl"), 1),
                Value::ofExpandString(QStringLiteral("ImagePath"),
                    QStringLiteral("system32\\drivers\\%1.sys").arg(name))}});
    }
    // Which driver serves which virtio storage device before PnP has installed it: legacy and
    // modern (virtio 1.0) PCI IDs of virtio-blk (viostor) and virtio-scsi (vioscsi).
    const QList<QPair<const char *, const char *>> cddb {{"pci#ven_1af4&dev_1001", "viostor"},
        {"pci#ven_1af4&dev_1001&subsys_00021af4&rev_00", "viostor"},
        {"pci#ven_1af4&dev_1042", "viostor"},
        {"pci#ven_1af4&dev_1042&subsys_11001af4&rev_01", "viostor"},
        {"pci#ven_1af4&dev_1004", "vioscsi"},
        {"pci#ven_1af4&dev_1004&subsys_00081af4&rev_00", "vioscsi"},
        {"pci#ven_1af4&dev_1048", "vioscsi"},
        {"pci#ven_1af4&dev_1048&subsys_11001af4&rev_01", "vioscsi"}};
    for (const auto &[id, service] : cddb) {
        if (!has(service))
            continue;
        keys.append({controlSet + QStringLiteral("\\Control\\CriticalDeviceDatabase\\")
                + QString::fromLatin1(id),
            {Value::ofString(QStringLiteral("ClassGUID"), kScsiClass),
                Value::ofString(QStringLiteral("Service"), QString::fromLatin1(service))}});
    }
    for (const QString &s : vmwareServices)
        keys.append({services + s, {Value::ofDword(QStringLiteral("Start"), 4)}});
    if (!firstBootScriptPath.isEmpty()) {
        keys.append({services + QStringLiteral("FerryFirstBoot"),
            {Value::ofDword(QStringLiteral("Type"), 0x10),
                Value::ofDword(QStringLiteral("Start"), 2),
                Value::ofDword(QStringLiteral("ErrorControl"), 0),
                Value::ofString(QStringLiteral("ObjectName"), QStringLiteral("LocalSystem")),
                Value::ofString(QStringLiteral("DisplayName"), QStringLiteral("Ferry first boot")),
                Value::ofExpandString(QStringLiteral("ImagePath"),
                    QStringLiteral(
                        "%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe "
                        "-NoProfile -NonInteractive -ExecutionPolicy Bypass -File \"%1\"")
                        .arg(firstBootScriptPath))}});
    }
    return keys;
}

QString firstBootScript(const QList<NicIdentity> &nics, const QList<DriveLetter> &letters,
    const QString &guestAgentMsi, const QString &stamp)
{
    QStringList nicLines;
    for (int i = 0; i < nics.size(); ++i) {
        const NicIdentity &n = nics.at(i);
        QStringList dns;
        for (const QString &d : n.dns)
            dns.append(psQuote(d));
        nicLines.append(
            QStringLiteral("    @{ Index = %1; Mac = %2; Ipv4 = %3; Gateway = %4; Dns = @(%5) }")
                .arg(i)
                .arg(psQuote(n.mac.toUpper().replace(QLatin1Char(':'), QLatin1Char('-'))),
                    psQuote(n.ipv4), psQuote(n.gateway), dns.join(QStringLiteral(", "))));
    }
    QStringList letterLines;
    for (const DriveLetter &d : letters) {
        if (d.kind == DriveLetter::Kind::Mbr)
            letterLines.append(QStringLiteral(
                "    @{ Letter = '%1'; Signature = [uint32]%2; Offset = [uint64]%3; Guid = '' }")
                                   .arg(d.letter)
                                   .arg(d.diskSignature)
                                   .arg(d.partitionOffset));
        else if (d.kind == DriveLetter::Kind::Gpt)
            letterLines.append(QStringLiteral(
                "    @{ Letter = '%1'; Signature = [uint32]0; Offset = [uint64]0; Guid = '%2' }")
                                   .arg(d.letter, d.partitionGuid));
    }
    QString s
        = QStringLiteral(R"PS(# Ferry first-boot step, written by Ferry's Windows conversion (%1).
# Run once as SYSTEM by the service FerryFirstBoot; it logs to %SystemRoot%\Temp\ferry-firstboot.log
# and deletes its service when done.
param([switch]$Worker)
$ErrorActionPreference = 'Continue'
$log = Join-Path $env:SystemRoot 'Temp\ferry-firstboot.log'
function Log([string]$m) { Add-Content -Path $log -Value ((Get-Date -Format s) + ' ' + $m) }
$staging = Join-Path $env:SystemRoot 'Drivers\VirtIO'

# The service control manager stops a service that does not answer it within 30 s: the work
# runs in a process of its own (created through WMI, so not a child of the service) and the
# service's process returns at once.
if (-not $Worker) {
    $cmd = 'powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "' + $PSCommandPath + '" -Worker'
    Invoke-CimMethod -ClassName Win32_Process -MethodName Create -Arguments @{ CommandLine = $cmd } | Out-Null
    exit 0
}
Log 'first boot: start'

# 1. The staged virtio drivers into the driver store (PnP installs them on their devices).
Get-ChildItem -Path $staging -Recurse -Filter *.inf -ErrorAction SilentlyContinue | ForEach-Object {
    $out = & pnputil.exe /add-driver $_.FullName /install 2>&1
    # Server 2012 R2's pnputil has only the old syntax.
    if ($LASTEXITCODE -ne 0 -and $LASTEXITCODE -ne 259) { $out = & pnputil.exe -i -a $_.FullName 2>&1 }
    Log ('pnputil ' + $_.Name + ': exit ' + $LASTEXITCODE)
}
$agent = %2
if ($agent -and (Test-Path (Join-Path $staging $agent))) {
    $p = Start-Process msiexec.exe -ArgumentList @('/i', ('"' + (Join-Path $staging $agent) + '"'), '/qn', '/norestart') -Wait -PassThru
    Log ('guest agent ' + $agent + ': exit ' + $p.ExitCode)
}

# 2. Each NIC: the new (virtio) adapter with the inventory's MAC gets the old (VMware) adapter's
# static IP configuration, or the address the administrator gave. The old adapters are those of
# the network class no longer present, in the order of their class keys (VMware's slot order).
$nics = @(
%3
)
$tcpip = 'HKLM:\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters\Interfaces'
$netClass = 'HKLM:\SYSTEM\CurrentControlSet\Control\Class\{4d36e972-e325-11ce-bfc1-08002be10318}'
function PrefixOf([string]$mask) {
    $bits = 0
    foreach ($o in $mask.Split('.')) { $bits += ([Convert]::ToString([int]$o, 2) -replace '0', '').Length }
    return $bits
}
$deadline = (Get-Date).AddMinutes(5)
$old = @()
if ($nics.Count -gt 0) {
    while ((Get-Date) -lt $deadline) {
        $present = @(Get-NetAdapter -ErrorAction SilentlyContinue | Where-Object { $_.MacAddress })
        $missing = @($nics | Where-Object { $m = $_.Mac; -not ($present | Where-Object { $_.MacAddress -eq $m }) })
        if ($missing.Count -eq 0) { break }
        Start-Sleep -Seconds 5
    }
    $presentIds = @(Get-NetAdapter -ErrorAction SilentlyContinue | ForEach-Object { $_.InterfaceGuid.ToString().ToLower() })
    $old = @(Get-ChildItem -Path $netClass -ErrorAction SilentlyContinue |
        Where-Object { $_.PSChildName -match '^\d{4}$' } | Sort-Object PSChildName |
        ForEach-Object { Get-ItemProperty -Path $_.PSPath } |
        Where-Object { $_.NetCfgInstanceId -and ($presentIds -notcontains $_.NetCfgInstanceId.ToLower()) -and
            ($_.DriverDesc -match 'vmxnet|VMware|Intel\(R\) (PRO/1000|82574L)') })
}
foreach ($n in $nics) {
    $a = Get-NetAdapter -ErrorAction SilentlyContinue | Where-Object { $_.MacAddress -eq $n.Mac } | Select-Object -First 1
    if (-not $a) { Log ('NIC ' + $n.Mac + ': no adapter with this MAC'); continue }
    $addrs = @(); $gw = $n.Gateway; $dns = @($n.Dns)
    if ($n.Ipv4) {
        $parts = $n.Ipv4.Split('/')
        $addrs += ,@($parts[0], [int]$parts[1])
    } elseif ($n.Index -lt $old.Count) {
        $cfg = Get-ItemProperty -Path (Join-Path $tcpip $old[$n.Index].NetCfgInstanceId) -ErrorAction SilentlyContinue
        if ($cfg -and $cfg.EnableDHCP -eq 0 -and $cfg.IPAddress) {
            for ($i = 0; $i -lt @($cfg.IPAddress).Count; $i++) {
                $ip = @($cfg.IPAddress)[$i]
                if ($ip -and $ip -ne '0.0.0.0') { $addrs += ,@($ip, (PrefixOf @($cfg.SubnetMask)[$i])) }
            }
            if (-not $gw -and $cfg.DefaultGateway) { $gw = @($cfg.DefaultGateway)[0] }
            if ($dns.Count -eq 0 -and $cfg.NameServer) { $dns = @($cfg.NameServer -split '[ ,]+' | Where-Object { $_ }) }
        }
        Log ('NIC ' + $n.Mac + ': old adapter ' + $old[$n.Index].DriverDesc + ' ' + $old[$n.Index].NetCfgInstanceId)
    }
    if ($addrs.Count -eq 0) { Log ('NIC ' + $n.Mac + ': no static address to move (DHCP)'); continue }
    Set-NetIPInterface -InterfaceIndex $a.ifIndex -Dhcp Disabled -ErrorAction SilentlyContinue
    Get-NetIPAddress -InterfaceIndex $a.ifIndex -AddressFamily IPv4 -ErrorAction SilentlyContinue | Remove-NetIPAddress -Confirm:$false -ErrorAction SilentlyContinue
    $first = $true
    foreach ($x in $addrs) {
        if ($first -and $gw) {
            New-NetIPAddress -InterfaceIndex $a.ifIndex -IPAddress $x[0] -PrefixLength $x[1] -DefaultGateway $gw -ErrorAction Continue | Out-Null
        } else {
            New-NetIPAddress -InterfaceIndex $a.ifIndex -IPAddress $x[0] -PrefixLength $x[1] -ErrorAction Continue | Out-Null
        }
        $first = $false
        Log ('NIC ' + $n.Mac + ' (' + $a.Name + '): ' + $x[0] + '/' + $x[1])
    }
    if ($dns.Count -gt 0) {
        Set-DnsClientServerAddress -InterfaceIndex $a.ifIndex -ServerAddresses $dns -ErrorAction Continue
        Log ('NIC ' + $n.Mac + ': DNS ' + ($dns -join ', '))
    }
}

# 3. Drive letters as SYSTEM\MountedDevices had them on VMware (MBR: disk signature and
# partition offset; GPT: partition GUID).
$letters = @(
%4
)
foreach ($l in $letters) {
    if ($l.Letter -eq 'C') { continue }
    $part = $null
    if ($l.Guid) {
        $part = Get-Partition -ErrorAction SilentlyContinue | Where-Object { $_.Guid -eq $l.Guid } | Select-Object -First 1
    } else {
        $part = Get-Partition -ErrorAction SilentlyContinue | Where-Object {
            $_.Offset -eq $l.Offset -and (Get-Disk -Number $_.DiskNumber).Signature -eq $l.Signature } | Select-Object -First 1
    }
    if (-not $part) { Log ('drive ' + $l.Letter + ': partition not found'); continue }
    if ([string]$part.DriveLetter -eq $l.Letter) { continue }
    if (Get-Partition -DriveLetter $l.Letter -ErrorAction SilentlyContinue) { Log ('drive ' + $l.Letter + ': letter taken'); continue }
    Set-Partition -InputObject $part -NewDriveLetter $l.Letter -ErrorAction Continue
    Log ('drive ' + $l.Letter + ': restored')
}

# Once only.
& sc.exe config FerryFirstBoot start= disabled | Out-Null
& sc.exe delete FerryFirstBoot | Out-Null
Log 'first boot: done'
)PS");
    return s.arg(stamp, psQuote(guestAgentMsi), nicLines.join(QStringLiteral("\n")),
        letterLines.join(QStringLiteral("\n")));
}

WindowsConverter::WindowsConverter(ConversionRequest request)
    : m_request(std::move(request))
    , m_env(QProcessEnvironment::systemEnvironment())
{ }

WindowsConverter::~WindowsConverter() = default;

Result<QString> WindowsConverter::gf(const QStringList &command, int timeoutSeconds)
{
    auto out = m_session->run(command, timeoutSeconds > 0 ? timeoutSeconds : 300);
    if (!out)
        qCWarning(lcWinConvert) << "guestfish" << command.value(0)
                                << "failed:" << out.error().toString();
    return out;
}

Status WindowsConverter::checkCanceled() const
{
    if (m_canceled.load() || (m_externalCancel && m_externalCancel->load()))
        return Error(Error::Code::Canceled, Text::tr("The guest conversion was canceled."));
    return {};
}

Result<std::optional<QList<winreg::Key>>> WindowsConverter::exportKey(
    const QString &hive, const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("hivexregedit"),
        {QStringLiteral("--export"), hive, QLatin1Char('\\') + key});
    if (!p.waitForStarted(30000) || !p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished(5000);
        return Error(Error::Code::Internal,
            Text::tr("hivexregedit could not read a registry hive."), p.errorString());
    }
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() != 0) {
        if (err.contains(QLatin1String("path not found")))
            return std::optional<QList<winreg::Key>>();
        return Error(Error::Code::Internal,
            Text::tr("hivexregedit could not read a registry hive."), err.trimmed());
    }
    return std::optional<QList<winreg::Key>>(
        winreg::parseExport(QString::fromUtf8(p.readAllStandardOutput())));
}

Status WindowsConverter::mergeReg(
    const QString &hive, const QString &prefix, const QString &regText)
{
    const QString regFile = m_scratch + QStringLiteral("/edits.reg");
    QFile f(regFile);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(regText.toUtf8()) < 0)
        return Error(Error::Code::Io, Text::tr("Cannot write the registry edits."), regFile);
    f.close();
    QProcess p;
    p.start(QStringLiteral("hivexregedit"),
        {QStringLiteral("--merge"), QStringLiteral("--prefix"), prefix, hive, regFile});
    if (!p.waitForStarted(30000) || !p.waitForFinished(300000) || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished(5000);
        return Error(Error::Code::Internal,
            Text::tr("The guest's registry could not be changed (hivexregedit)."),
            QString::fromUtf8(p.readAllStandardError()).trimmed());
    }
    return {};
}

Result<QString> WindowsConverter::guestPath(const QString &path)
{
    auto out = gf({QStringLiteral("case-sensitive-path"), path});
    if (!out)
        return out.error();
    return out->trimmed();
}

Status WindowsConverter::upload(const QString &localText, const QString &guestFile)
{
    const QString local = m_scratch + QStringLiteral("/upload");
    QFile f(local);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(localText.toUtf8()) < 0)
        return Error(Error::Code::Io, Text::tr("Cannot write a file for the guest."), local);
    f.close();
    if (auto out = gf({QStringLiteral("upload"), local, guestFile}); !out)
        return out.error();
    return {};
}

Result<ConversionResult> WindowsConverter::run()
{
    QElapsedTimer timer;
    timer.start();
    ConversionResult result;
    if (m_request.disks.isEmpty())
        return Error(Error::Code::InvalidInput, Text::tr("The conversion has no disk."));
    if (QStandardPaths::findExecutable(QStringLiteral("hivexregedit")).isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("Converting a Windows guest needs hivexregedit, which is not installed."),
            QStringLiteral("Debian: libwin-hivex-perl (a dependency of libguestfs-tools)"));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(Error::Code::Io, Text::tr("No temporary directory for the conversion."),
            scratch.errorString());
    m_scratch = scratch.path();

    m_session = std::make_unique<GuestfishSession>();
    if (Status s = m_session->start(m_request.disks, m_request.dryRun, m_env); !s)
        return s.error();
    auto fail = [this](const Error &e) -> Result<ConversionResult> {
        m_session->kill();
        return e;
    };
    if (!m_request.virtioWinIso.isEmpty()) {
        if (!QFile::exists(m_request.virtioWinIso))
            return fail(Error(Error::Code::NotFound,
                Text::tr("The virtio-win ISO %1 does not exist.").arg(m_request.virtioWinIso)));
        if (auto out = gf({QStringLiteral("add-drive"), m_request.virtioWinIso,
                QStringLiteral("readonly:true"), QStringLiteral("format:raw")});
            !out)
            return fail(out.error());
    }
    QElapsedTimer launch;
    launch.start();
    if (auto out = gf({QStringLiteral("run")}, m_request.launchTimeoutSeconds); !out)
        return fail(out.error());
    result.launchSeconds = static_cast<double>(launch.elapsed()) / 1000.0;
    qCInfo(lcWinConvert) << "libguestfs appliance up in" << result.launchSeconds << "s";

    QElapsedTimer inspectTimer;
    inspectTimer.start();
    if (Status s = inspect(result); !s)
        return fail(s.error());
    if (!result.steps.isEmpty())
        result.steps.last().seconds = static_cast<double>(inspectTimer.elapsed()) / 1000.0;
    if (result.outcome == ConversionResult::Outcome::Inspected
        && !m_request.virtioWinIso.isEmpty()) {
        auto sel = selectFromIso(result);
        if (!sel)
            return fail(sel.error());
        QStringList drivers;
        for (const virtiowin::DriverFiles &d : std::as_const(sel->drivers))
            drivers.append(d.dir);
        result.steps.append({QStringLiteral("virtio-win-drivers"),
            drivers.isEmpty()
                ? QStringLiteral("none for this guest in %1").arg(m_request.virtioWinIso)
                : QStringLiteral("would inject %1").arg(drivers.join(QStringLiteral(", ")))});
    }
    if (result.outcome == ConversionResult::Outcome::Converted) {
        if (Status s = runTimedSteps(*this, result,
                {&WindowsConverter::injectDrivers, &WindowsConverter::editSystemHive,
                    &WindowsConverter::writeFirstBoot, &WindowsConverter::writeLog},
                [this]() { return checkCanceled(); });
            !s)
            return fail(s.error());
    }
    if (auto out = gf({QStringLiteral("umount-all")}); !out)
        return fail(out.error());
    if (Status s = m_session->close(m_request.stepTimeoutSeconds); !s)
        return s.error();
    result.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    qCInfo(lcWinConvert) << "conversion" << ConversionResult::outcomeName(result.outcome) << "in"
                         << result.seconds << "s";
    return result;
}

Status WindowsConverter::inspect(ConversionResult &result)
{
    // BitLocker first: an encrypted volume hides the OS from inspection, and Ferry cannot
    // change what it cannot read (nor would Windows boot it without the TPM it was sealed to).
    // list-filesystems leaves encrypted volumes out: vfs-type on every disk and partition.
    QStringList volumes;
    for (const char *list : {"list-devices", "list-partitions"}) {
        auto out = gf({QString::fromLatin1(list)});
        if (!out)
            return out.error();
        volumes += linuxconfig::parseLines(*out);
    }
    for (const QString &volume : std::as_const(volumes)) {
        auto type = gf({QStringLiteral("vfs-type"), volume});
        if (type && type->trimmed() == QLatin1String("BitLocker"))
            return Error(Error::Code::Unsupported,
                Text::tr("The guest's volume %1 is encrypted with BitLocker: it cannot be "
                         "converted. Suspend or turn off BitLocker in the guest before the "
                         "migration, or turn guest conversion off for the batch.")
                    .arg(volume),
                QStringLiteral("vfs-type %1 = BitLocker").arg(volume));
    }
    auto roots = gf({QStringLiteral("inspect-os")});
    if (!roots)
        return roots.error();
    const QStringList rootList = linuxconfig::parseLines(*roots);
    if (rootList.isEmpty()) {
        result.outcome = ConversionResult::Outcome::NoOperatingSystem;
        result.warnings.append(
            Text::tr("No operating system was found on the disk: it is migrated unconverted."));
        return {};
    }
    OsFound &os = result.os;
    result.osCount = int(rootList.size());
    os.root = rootList.first();
    auto get = [this, &os](const char *what) -> Result<QString> {
        auto out = gf({QString::fromLatin1(what), os.root});
        if (!out)
            return out.error();
        return out->trimmed();
    };
    auto type = get("inspect-get-type");
    if (!type)
        return type.error();
    os.type = *type;
    if (os.type != QLatin1String("windows")) {
        result.outcome = ConversionResult::Outcome::OtherConverter;
        return {};
    }
    const char *const keys[] = {"inspect-get-major-version", "inspect-get-minor-version",
        "inspect-get-product-name", "inspect-get-product-variant", "inspect-get-arch",
        "inspect-get-windows-systemroot", "inspect-get-distro"};
    QStringList values;
    for (const char *key : keys) {
        auto v = get(key);
        if (!v)
            return v.error();
        values.append(*v);
    }
    os.majorVersion = values.at(0).toInt();
    os.minorVersion = values.at(1).toInt();
    os.productName = values.at(2);
    os.productVariant = values.at(3);
    os.arch = values.at(4);
    os.systemRoot = values.at(5);
    os.distro = values.at(6);

    if (auto out = gf({QStringLiteral("mkmountpoint"), kGuest}); !out)
        return out.error();
    if (auto out = gf({m_request.dryRun ? QStringLiteral("mount-ro") : QStringLiteral("mount"),
            os.root, kGuest});
        !out)
        return out.error();
    auto root = guestPath(kGuest + os.systemRoot);
    if (!root)
        return root.error();
    m_systemRoot = *root;

    // The build number (which Windows 10/11 and Server 2016..2025 is which) from SOFTWARE.
    auto software = guestPath(m_systemRoot + QStringLiteral("/System32/config/SOFTWARE"));
    if (!software)
        return software.error();
    const QString localSoftware = m_scratch + QStringLiteral("/SOFTWARE");
    if (auto out = gf({QStringLiteral("download"), *software, localSoftware}); !out)
        return out.error();
    auto current
        = exportKey(localSoftware, QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"));
    if (!current)
        return current.error();
    if (*current) {
        if (const winreg::Key *k
            = winreg::findKey(**current, QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"))) {
            if (const winreg::Value *v = k->value(QStringLiteral("CurrentBuildNumber")))
                os.build = v->string.toInt();
        }
    }
    QFile::remove(localSoftware);
    result.steps.append({QStringLiteral("inspect"),
        QStringLiteral("%1 (windows %2.%3, build %4, %5, %6), root %7, systemroot %8")
            .arg(os.productName)
            .arg(os.majorVersion)
            .arg(os.minorVersion)
            .arg(os.build)
            .arg(os.productVariant, os.arch, os.root, os.systemRoot)});
    if (m_request.dryRun) {
        result.outcome = ConversionResult::Outcome::Inspected;
        return {};
    }
    if (m_request.virtioWinIso.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("%1 needs the virtio-win drivers to be converted, and no virtio-win ISO "
                     "was given.")
                .arg(os.productName));
    return {};
}

Result<virtiowin::Selection> WindowsConverter::selectFromIso(ConversionResult &result)
{
    const OsFound &os = result.os;
    auto devices = gf({QStringLiteral("list-devices")});
    if (!devices)
        return devices.error();
    const QStringList deviceList = linuxconfig::parseLines(*devices);
    if (deviceList.size() <= m_request.disks.size())
        return Error(Error::Code::Internal, Text::tr("The virtio-win ISO is not attached."));
    if (auto out = gf({QStringLiteral("mkmountpoint"), kIso}); !out)
        return out.error();
    if (auto out = gf({QStringLiteral("mount-ro"), deviceList.last(), kIso}); !out)
        return Error(Error::Code::InvalidInput,
            Text::tr("The virtio-win ISO %1 could not be mounted.").arg(m_request.virtioWinIso),
            out.error().details);
    auto found = gf({QStringLiteral("find"), kIso}, m_request.stepTimeoutSeconds);
    if (!found)
        return found.error();
    m_isoFiles = linuxconfig::parseLines(*found);

    virtiowin::WindowsFacts facts;
    facts.majorVersion = os.majorVersion;
    facts.minorVersion = os.minorVersion;
    facts.productVariant = os.productVariant;
    facts.productName = os.productName;
    facts.arch = os.arch;
    facts.build = os.build;
    const virtiowin::Selection sel = virtiowin::selectDrivers(m_isoFiles, facts);
    if (!sel.hasStorageDriver()) {
        result.rootOnNvme = true;
        result.rootOnNvmeReason = sel.reason;
        result.warnings.append(Text::tr("%1 The root disk must be attached on NVMe "
                                        "(io.bus=nvme), which Windows has an inbox driver for.")
                                   .arg(sel.reason));
    }
    if (!sel.missing.isEmpty() && !sel.drivers.isEmpty())
        result.warnings.append(Text::tr("The virtio-win ISO has no %1 for %2 (%3/%4).")
                                   .arg(sel.missing.join(QStringLiteral(", ")), os.productName,
                                       sel.winVersion, sel.arch));
    return sel;
}

Status WindowsConverter::injectDrivers(ConversionResult &result)
{
    const OsFound &os = result.os;
    auto selected = selectFromIso(result);
    if (!selected)
        return selected.error();
    const virtiowin::Selection &sel = *selected;
    auto drivers = guestPath(m_systemRoot + QStringLiteral("/System32/drivers"));
    if (!drivers)
        return drivers.error();
    const QString staging = m_systemRoot + QLatin1Char('/')
        + QString(kStaging).replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList done;
    for (const virtiowin::DriverFiles &d : sel.drivers) {
        const QString dir = staging + QLatin1Char('/') + d.driver;
        if (auto out = gf({QStringLiteral("mkdir-p"), dir}); !out)
            return out.error();
        for (const QString &file : d.files) {
            const QString name = file.section(QLatin1Char('/'), -1);
            if (auto out = gf({QStringLiteral("cp"), kIso + QLatin1Char('/') + file,
                    dir + QLatin1Char('/') + name});
                !out)
                return out.error();
        }
        for (const QString &sys : d.sysFiles()) {
            const QString name = sys.section(QLatin1Char('/'), -1).toLower();
            if (auto out = gf({QStringLiteral("cp"), kIso + QLatin1Char('/') + sys,
                    *drivers + QLatin1Char('/') + name});
                !out)
                return out.error();
        }
        m_driversFound.append(d.driver);
        done.append(
            QStringLiteral("%1 (%2 files from %3)").arg(d.driver).arg(d.files.size()).arg(d.dir));
    }
    if (!sel.guestAgent.isEmpty()) {
        m_guestAgent = sel.guestAgent.section(QLatin1Char('/'), -1);
        if (auto out = gf({QStringLiteral("mkdir-p"), staging}); !out)
            return out.error();
        if (auto out = gf({QStringLiteral("cp"), kIso + QLatin1Char('/') + sel.guestAgent,
                staging + QLatin1Char('/') + m_guestAgent});
            !out)
            return out.error();
        done.append(m_guestAgent);
    }
    result.steps.append({QStringLiteral("virtio-win-drivers"),
        done.isEmpty()
            ? QStringLiteral("none for %1/%2 in %3")
                  .arg(sel.winVersion.isEmpty() ? QStringLiteral("?") : sel.winVersion,
                      sel.arch.isEmpty() ? os.arch : sel.arch, m_request.virtioWinIso)
            : QStringLiteral("%1 -> %2\\System32\\drivers and %2\\%3")
                  .arg(done.join(QStringLiteral(", ")), QStringLiteral("%SystemRoot%"), kStaging)});
    return {};
}

Status WindowsConverter::editSystemHive(ConversionResult &result)
{
    auto hive = guestPath(m_systemRoot + QStringLiteral("/System32/config/SYSTEM"));
    if (!hive)
        return hive.error();
    const QString local = m_scratch + QStringLiteral("/SYSTEM");
    if (auto out = gf({QStringLiteral("download"), *hive, local}, m_request.stepTimeoutSeconds);
        !out)
        return out.error();
    auto select = exportKey(local, QStringLiteral("Select"));
    if (!select)
        return select.error();
    quint32 current = 0;
    if (*select) {
        if (const winreg::Key *k = winreg::findKey(**select, QStringLiteral("Select"))) {
            if (const winreg::Value *v = k->value(QStringLiteral("Current")))
                current = v->dword;
        }
    }
    m_controlSet = winreg::controlSetName(current);
    if (m_controlSet.isEmpty())
        return Error(Error::Code::Internal,
            Text::tr("The guest's SYSTEM hive names no current control set (Select\\Current)."));
    auto mounted = exportKey(local, QStringLiteral("MountedDevices"));
    if (!mounted)
        return mounted.error();
    if (*mounted) {
        if (const winreg::Key *k = winreg::findKey(**mounted, QStringLiteral("MountedDevices")))
            m_letters = parseMountedDevices(*k);
    }
    QStringList vmware;
    for (const QString &name : vmwareServiceNames()) {
        auto key = exportKey(local, m_controlSet + QStringLiteral("\\Services\\") + name);
        if (!key)
            return key.error();
        if (*key && !(*key)->isEmpty())
            vmware.append((*key)->first().path.section(QLatin1Char('\\'), -1));
    }
    const QString script = QStringLiteral("%SystemRoot%\\%1\\ferry-firstboot.ps1").arg(kStaging);
    const QList<winreg::Key> edits = systemHiveEdits(m_controlSet, m_driversFound, vmware, script);
    if (Status s = mergeReg(local, QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM"),
            winreg::regText(QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM"), edits));
        !s)
        return s;
    if (auto out = gf({QStringLiteral("upload"), local, *hive}, m_request.stepTimeoutSeconds); !out)
        return out.error();
    QFile::remove(local);

    QStringList services;
    for (const winreg::Key &k : edits) {
        if (k.path.contains(QLatin1String("\\Services\\"))
            && !vmware.contains(k.path.section(QLatin1Char('\\'), -1)))
            services.append(k.path.section(QLatin1Char('\\'), -1));
    }
    int cddb = 0;
    for (const winreg::Key &k : edits)
        cddb += k.path.contains(QLatin1String("CriticalDeviceDatabase")) ? 1 : 0;
    result.steps.append({QStringLiteral("registry-services"),
        QStringLiteral("%1: services %2; %3 CriticalDeviceDatabase entries")
            .arg(m_controlSet, services.join(QStringLiteral(", ")))
            .arg(cddb)});
    result.steps.append({QStringLiteral("vmware-tools-disabled"),
        vmware.isEmpty() ? QStringLiteral("no VMware Tools services found")
                         : QStringLiteral("Start=4: %1").arg(vmware.join(QStringLiteral(", ")))});
    return {};
}

Status WindowsConverter::writeFirstBoot(ConversionResult &result)
{
    const QString staging = m_systemRoot + QLatin1Char('/')
        + QString(kStaging).replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (auto out = gf({QStringLiteral("mkdir-p"), staging}); !out)
        return out.error();
    QString script = firstBootScript(m_request.nics, m_letters, m_guestAgent,
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    script.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    if (Status s = upload(script, staging + QStringLiteral("/ferry-firstboot.ps1")); !s)
        return s;
    QStringList letters;
    for (const DriveLetter &d : std::as_const(m_letters))
        letters.append(d.kind == DriveLetter::Kind::Mbr
                ? QStringLiteral("%1: disk %2 offset %3")
                      .arg(d.letter)
                      .arg(d.diskSignature, 8, 16, QLatin1Char('0'))
                      .arg(d.partitionOffset)
                : d.kind == DriveLetter::Kind::Gpt
                ? QStringLiteral("%1: %2").arg(d.letter, d.partitionGuid)
                : QStringLiteral("%1: %2 (not restored)").arg(d.letter, d.raw));
    result.steps.append({QStringLiteral("firstboot-script"),
        QStringLiteral("%1\\%2\\ferry-firstboot.ps1 run by service FerryFirstBoot (LocalSystem, "
                       "automatic); %3 NIC(s); drive letters %4")
            .arg(QStringLiteral("%SystemRoot%"), kStaging)
            .arg(m_request.nics.size())
            .arg(letters.isEmpty() ? QStringLiteral("none recorded")
                                   : letters.join(QStringLiteral("; ")))});
    return {};
}

Status WindowsConverter::writeLog(ConversionResult &result)
{
    QString text = QStringLiteral("Ferry guest conversion, %1\r\n")
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    for (const ConversionStep &s : std::as_const(result.steps))
        text += QStringLiteral("%1: %2\r\n").arg(s.name, s.detail);
    for (const QString &w : std::as_const(result.warnings))
        text += QStringLiteral("warning: %1\r\n").arg(w);
    if (result.rootOnNvme)
        text += QStringLiteral("root disk: io.bus=nvme (%1)\r\n").arg(result.rootOnNvmeReason);
    auto temp = guestPath(m_systemRoot + QStringLiteral("/Temp"));
    if (!temp)
        return temp.error();
    if (auto out = gf({QStringLiteral("mkdir-p"), *temp}); !out)
        return out.error();
    if (Status s = upload(text, *temp + QStringLiteral("/ferry-conversion.log")); !s)
        return s;
    result.steps.append({QStringLiteral("conversion-log"),
        QStringLiteral("%1\\Temp\\ferry-conversion.log").arg(QStringLiteral("%SystemRoot%"))});
    return {};
}

} // namespace ferry::convert
