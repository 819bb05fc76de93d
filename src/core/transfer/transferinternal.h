#pragma once

// Internal to transfer/: not part of its interface (transfer/vmimport.h is).

#include "util/result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QVector>

namespace ferry::transfer {

Q_DECLARE_LOGGING_CATEGORY(lcTransfer)

// The translation context of transfer/'s free functions (its classes use their own).
struct TransferText
{
    Q_DECLARE_TR_FUNCTIONS(transfer)
};

// One ranged read: [offset, offset + length) of the extent.
struct Piece
{
    qint64 offset = 0;
    qint64 length = 0;
};

// Splits runs of the extent into pieces of at most chunkBytes.
inline QVector<Piece> piecesOf(const QVector<Piece> &runs, qint64 chunkBytes)
{
    QVector<Piece> pieces;
    for (const Piece &run : runs)
        for (qint64 at = run.offset; at < run.offset + run.length; at += chunkBytes)
            pieces.push_back({at, qMin(chunkBytes, run.offset + run.length - at)});
    return pieces;
}

// True when the n bytes at p are all zero.
inline bool allZero(const char *p, qint64 n)
{
    if (n <= 0)
        return true;
    return p[0] == 0 && std::memcmp(p, p + 1, size_t(n - 1)) == 0;
}

inline Error canceledError()
{
    return Error(Error::Code::Canceled, TransferText::tr("The copy was canceled."));
}

} // namespace ferry::transfer
