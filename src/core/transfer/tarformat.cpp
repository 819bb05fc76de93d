#include "transfer/tarformat.h"

#include <cstring>

namespace ferry::transfer {

namespace {
void octal(char *field, int width, qint64 value)
{
    // width includes the terminating NUL
    QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}
} // namespace

QByteArray tarHeader(const QString &name, qint64 size, int mode, char type)
{
    QByteArray h(512, '\0');
    char *p = h.data();
    const QByteArray path = name.toUtf8();
    // ustar: name (100) and prefix (155) for longer paths.
    if (path.size() <= 100) {
        std::memcpy(p, path.constData(), size_t(path.size()));
    } else {
        const qsizetype cut = path.lastIndexOf('/', 155);
        std::memcpy(
            p, path.constData() + cut + 1, size_t(qMin<qsizetype>(100, path.size() - cut - 1)));
        std::memcpy(p + 345, path.constData(), size_t(cut));
    }
    octal(p + 100, 8, mode);
    octal(p + 108, 8, 0); // uid
    octal(p + 116, 8, 0); // gid
    if (size < (qint64(1) << 33)) {
        octal(p + 124, 12, size);
    } else {
        // GNU base-256: high bit set, big-endian value in the remaining bytes.
        unsigned char *f = reinterpret_cast<unsigned char *>(p + 124);
        std::memset(f, 0, 12);
        quint64 v = quint64(size);
        for (int i = 11; i >= 1; --i) {
            f[i] = uchar(v & 0xff);
            v >>= 8;
        }
        f[0] = 0x80;
    }
    octal(p + 136, 12, 0); // mtime
    p[156] = type; // '0' regular file, 'x' PAX extended header
    std::memcpy(p + 257, "ustar", 6);
    std::memcpy(p + 263, "00", 2);
    std::memset(p + 148, ' ', 8);
    unsigned sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += uchar(p[i]);
    QByteArray chk = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(p + 148, chk.constData(), 6);
    p[154] = '\0';
    p[155] = ' ';
    return h;
}

QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const QByteArray body = ' ' + key + '=' + value + '\n';
    qsizetype length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() != length)
        length = QByteArray::number(length).size() + body.size();
    return QByteArray::number(length) + body;
}

} // namespace ferry::transfer
