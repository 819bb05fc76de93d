#include "artifacts/isolisting.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace ferry::artifacts {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ArtifactService)
};

} // namespace

bool looksLikeIso9660(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(32769))
        return false;
    return f.read(5) == QByteArrayLiteral("CD001");
}

QString unquoteXorrisoPath(const QString &line)
{
    QString out;
    QChar quote;
    for (const QChar ch : line) {
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
            else
                out += ch;
        } else if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')) {
            quote = ch;
        } else {
            out += ch;
        }
    }
    return out;
}

Result<QStringList> isoFiles(const QString &file)
{
    const QString xorriso = QStandardPaths::findExecutable(QStringLiteral("xorriso"));
    if (xorriso.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("Cannot read ISO images on this computer: xorriso is not installed (Debian "
                     "package xorriso)."));
    QProcess p;
    // "stdio:" so that any file is taken as an image, never as a drive.
    p.start(xorriso,
        {QStringLiteral("-abort_on"), QStringLiteral("FAILURE"), QStringLiteral("-indev"),
            QStringLiteral("stdio:") + file, QStringLiteral("-find"), QStringLiteral("/"),
            QStringLiteral("-type"), QStringLiteral("f")});
    if (!p.waitForStarted(30000) || !p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished(5000);
        return Error(Error::Code::Internal,
            Text::tr("xorriso did not finish reading %1.").arg(file), p.errorString());
    }
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(Error::Code::InvalidInput,
            Text::tr("%1 could not be read as an ISO 9660 image.").arg(file), err.trimmed());
    QStringList files;
    const QStringList lines
        = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        files << unquoteXorrisoPath(line.trimmed());
    return files;
}

} // namespace ferry::artifacts
