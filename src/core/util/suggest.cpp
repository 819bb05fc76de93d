#include "util/suggest.h"

#include <algorithm>
#include <vector>

namespace ferry {

int editDistance(const QString &a, const QString &b)
{
    // Optimal string alignment: Levenshtein plus the swap of two neighbours ("nmae" -> "name").
    const qsizetype n = a.size(), m = b.size();
    std::vector<int> d(size_t((n + 1) * (m + 1)));
    const auto at = [&d, m](qsizetype i, qsizetype j) -> int & {
        return d[size_t(i * (m + 1) + j)];
    };
    for (qsizetype i = 0; i <= n; ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        const QChar ca = a.at(i - 1).toLower();
        for (qsizetype j = 1; j <= m; ++j) {
            const QChar cb = b.at(j - 1).toLower();
            int v = std::min(
                {at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (ca == cb ? 0 : 1)});
            if (i > 1 && j > 1 && ca == b.at(j - 2).toLower() && a.at(i - 2).toLower() == cb)
                v = std::min(v, at(i - 2, j - 2) + 1);
            at(i, j) = v;
        }
    }
    return at(n, m);
}

QString closestMatch(const QString &name, const QStringList &candidates)
{
    const int allowed = name.size() <= 4 ? 1 : name.size() <= 12 ? 2 : 3;
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &c : candidates) {
        const int d = editDistance(name, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

} // namespace ferry
