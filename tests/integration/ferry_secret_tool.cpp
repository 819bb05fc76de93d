// Test helper standing for "Ferry in another process" (after a restart, or with a broken
// keychain): it opens the data directory and resolves a source's keychain reference.
//   ferry_secret_tool read DATADIR SOURCE    prints the SHA-256 of the secret (never the secret)
//   ferry_secret_tool write DATADIR SOURCE   stores standard input as the source's secret
// Errors print "<code>|<message>" on stderr and exit 1.
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "util/logging.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <cstdio>

using namespace ferry;

static int fail(const Error &e)
{
    std::fprintf(stderr, "%s|%s\n", Error::codeName(e.code), qPrintable(e.toString()));
    return 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString dataDir = QString::fromLocal8Bit(argv[2]);
    installFileLogger(logDirectory(dataDir), QStringLiteral("ferry_secret_tool"), false);
    auto db = Database::open(databaseFile(dataDir));
    if (!db)
        return fail(db.error());
    auto source = SourceRepository(*db).byName(QString::fromLocal8Bit(argv[3]));
    if (!source)
        return fail(source.error());
    if (mode == QLatin1String("write")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return 2;
        const Status st = CredentialStore().write(source->secretRef, in.readAll());
        return st ? 0 : fail(st.error());
    }
    auto secret = CredentialStore().read(source->secretRef);
    if (!secret)
        return fail(secret.error());
    std::printf(
        "%s\n", QCryptographicHash::hash(*secret, QCryptographicHash::Sha256).toHex().constData());
    return 0;
}
