#include "incus/clientcertificate.h"

#include "tls/certificate.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

namespace ferry::incus {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClientCertificate)
};

// Runs openssl with `input` on stdin; stdout on success.
Result<QByteArray> runOpenssl(const QStringList &args, const QByteArray &input = {})
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("Ferry needs the openssl program to create a client certificate; install "
                     "OpenSSL, or use an existing certificate and key."));
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.start(QIODevice::ReadWrite);
    if (!p.waitForStarted(10000))
        return Error(Error::Code::Io, Text::tr("Cannot run openssl."), p.errorString());
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(1000);
        return Error(Error::Code::Timeout, Text::tr("openssl did not finish within a minute."));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(Error::Code::Io, Text::tr("openssl failed."),
            QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return p.readAllStandardOutput();
}

QByteArray pemBlock(const QByteArray &text, const QByteArray &label)
{
    const QByteArray begin = "-----BEGIN " + label + "-----";
    const QByteArray end = "-----END " + label + "-----";
    const qsizetype b = text.indexOf(begin);
    const qsizetype e = text.indexOf(end, b);
    if (b < 0 || e < 0)
        return {};
    return text.mid(b, e + end.size() - b) + '\n';
}

} // namespace

QSslCertificate ClientCertificate::certificate() const
{
    return QSslCertificate(certPem, QSsl::Pem);
}

QSslKey ClientCertificate::key() const
{
    auto k = parsePrivateKey(keyPem);
    return k ? *k : QSslKey();
}

QByteArray ClientCertificate::der() const
{
    return certificate().toDer();
}

Result<QSslCertificate> parseCertificate(const QByteArray &certPem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (certs.isEmpty() || certs.first().isNull())
        return Error(Error::Code::InvalidInput,
            Text::tr("The client certificate is not a PEM certificate (-----BEGIN "
                     "CERTIFICATE-----)."));
    return certs.first();
}

Result<QSslKey> parsePrivateKey(const QByteArray &keyPem)
{
    if (keyPem.contains("ENCRYPTED"))
        return Error(Error::Code::InvalidInput,
            Text::tr("The client key is protected by a passphrase; Ferry needs it unencrypted "
                     "(it keeps it in the system keychain): openssl pkey -in KEY -out "
                     "KEY.plain"));
    for (QSsl::KeyAlgorithm alg : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(keyPem, alg, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return Error(Error::Code::InvalidInput,
        Text::tr("The client key is not a PEM private key (EC or RSA)."));
}

Result<ClientCertificate> generateClientCertificate(const QString &commonName)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._@-]"));
    QString cn = commonName;
    cn.replace(unsafe, QStringLiteral("-"));
    if (cn.isEmpty())
        cn = QStringLiteral("ferry");
    // "-keyout -" and "-out -": key and certificate both go to the pipe, never to a file.
    auto out = runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"),
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:secp384r1"), QStringLiteral("-nodes"),
        QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
        QStringLiteral("/O=Ferry/CN=%1").arg(cn), QStringLiteral("-addext"),
        QStringLiteral("extendedKeyUsage=clientAuth"), QStringLiteral("-addext"),
        QStringLiteral("basicConstraints=critical,CA:FALSE"), QStringLiteral("-keyout"),
        QStringLiteral("-"), QStringLiteral("-out"), QStringLiteral("-")});
    if (!out)
        return out.error();
    ClientCertificate c;
    c.keyPem = pemBlock(*out, "PRIVATE KEY");
    c.certPem = pemBlock(*out, "CERTIFICATE");
    out->fill('\0');
    if (c.keyPem.isEmpty() || c.certPem.isEmpty())
        return Error(Error::Code::Io, Text::tr("openssl did not print a key and a certificate."));
    auto cert = parseCertificate(c.certPem);
    if (!cert)
        return cert.error();
    auto key = parsePrivateKey(c.keyPem);
    if (!key)
        return key.error();
    c.sha256 = tls::sha256Of(*cert);
    return c;
}

Result<ClientCertificate> loadClientCertificate(const QByteArray &certPem, const QByteArray &keyPem)
{
    auto cert = parseCertificate(certPem);
    if (!cert)
        return cert.error();
    auto key = parsePrivateKey(keyPem);
    if (!key)
        return key.error();
    if (cert->expiryDate().isValid() && cert->expiryDate() < QDateTime::currentDateTimeUtc())
        return Error(Error::Code::InvalidInput,
            Text::tr("The client certificate expired on %1; Incus and LXD refuse it.")
                .arg(cert->expiryDate().toString(Qt::ISODate)));
    // The key must be the certificate's, or every TLS handshake fails later with a vague error.
    if (!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        auto pub = runOpenssl({QStringLiteral("pkey"), QStringLiteral("-pubout")}, keyPem);
        if (pub && pemBlock(*pub, "PUBLIC KEY").trimmed() != cert->publicKey().toPem().trimmed())
            return Error(Error::Code::InvalidInput,
                Text::tr("The client key does not belong to the client certificate."));
    }
    ClientCertificate c;
    c.certPem = cert->toPem();
    c.keyPem = keyPem;
    c.sha256 = tls::sha256Of(*cert);
    return c;
}

} // namespace ferry::incus
