#pragma once

// Internal to transfer/: not part of its interface (transfer/vmimport.h is).

#include <QByteArray>
#include <QtGlobal>

#include <openssl/types.h>

namespace ferry::transfer {

// SHA-256 through OpenSSL's libcrypto (its SHA extensions path): Qt 6.4's own implementation
// is about five times slower and was the copy's bottleneck (bench/transfer).
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Q_DISABLE_COPY_MOVE(Sha256)

    void add(const char *data, qint64 size);
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    // The digest (raw bytes); adding after it is not possible.
    QByteArray result();

private:
    EVP_MD_CTX *m_ctx;
    QByteArray m_result;
};

} // namespace ferry::transfer
