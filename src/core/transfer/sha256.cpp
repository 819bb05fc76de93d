#include "transfer/sha256.h"

#include <openssl/evp.h>

namespace ferry::transfer {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::add(const char *data, qint64 size)
{
    EVP_DigestUpdate(m_ctx, data, size_t(size));
}

QByteArray Sha256::result()
{
    if (m_result.isEmpty()) {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_ctx, md, &length);
        m_result = QByteArray(reinterpret_cast<const char *>(md), int(length));
    }
    return m_result;
}

} // namespace ferry::transfer
