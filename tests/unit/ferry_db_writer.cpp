// Test helper: writes queue entries and their log lines in transactions as fast as it can and
// prints "committed N" after each commit, until it is killed. Used by the kill -9 test.
#include "store/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

using namespace ferry;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    const QString now = nowDbTime();
    auto setup = (*db)->transaction([&](QSqlDatabase &c) -> Status {
        for (const QString &sql :
            {QStringLiteral("INSERT INTO sources (id, name, endpoint, created_at, updated_at) "
                            "VALUES (1, 's', 'https://x', '%1', '%1')"),
                QStringLiteral("INSERT INTO instances (id, uuid, source_id, source_specific_id) "
                               "VALUES (1, 'u1', 1, 'vm-1')"),
                QStringLiteral("INSERT INTO batches (id, name, created_at, updated_at) VALUES "
                               "(1, 'b', '%1', '%1')")}) {
            auto r = Database::exec(c, sql.arg(now));
            if (!r)
                return r.error();
        }
        return {};
    });
    if (!setup) {
        std::fprintf(stderr, "%s\n", qPrintable(setup.error().toString()));
        return 1;
    }
    for (qint64 n = 1;; ++n) {
        Status st = (*db)->transaction([&](QSqlDatabase &c) -> Status {
            // One batch per entry keeps UNIQUE(batch_id, instance_id) satisfied.
            auto b = Database::exec(c,
                QStringLiteral("INSERT INTO batches (name, created_at, "
                               "updated_at) VALUES (?, ?, ?)"),
                {QStringLiteral("b%1").arg(n), now, now});
            if (!b)
                return b.error();
            auto e = Database::exec(c,
                QStringLiteral("INSERT INTO queue_entries (batch_id, instance_id, created_at, "
                               "updated_at) VALUES (?, 1, ?, ?)"),
                {b->lastInsertId(), now, now});
            if (!e)
                return e.error();
            const QVariant id = e->lastInsertId();
            for (int i = 0; i < 3; ++i) {
                auto l = Database::exec(c,
                    QStringLiteral("INSERT INTO queue_log (queue_entry_id, at, "
                                   "message) VALUES (?, ?, ?)"),
                    {id, now, QStringLiteral("line %1 of entry %2").arg(i).arg(n)});
                if (!l)
                    return l.error();
            }
            return {};
        });
        if (!st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
