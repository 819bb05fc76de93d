#pragma once

#include "model/queueentry.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace ferry {
class Database;
struct Source;
struct Target;
} // namespace ferry

namespace ferry::engine {

// What an engine may take and what it can reach (docs/scale.md, "Engines where the data is"),
// as its row in the engines table says (the restrictions column, a small JSON object):
// {"sources": [...], "targets": [...], "members": [...]} are the names of `engine run
// --only-source/--only-target/--only-member`
// (absent or empty: any), {"serves": {"sources": [...], "targets": [...]}} the sources and
// targets whose credentials the engine could read when it last looked, {"lacks": {...}} those
// it could not. A source or target in neither list has not been looked at yet.
struct EngineRestrictions
{
    QStringList sources; // only these sources (empty: any)
    QStringList targets; // only these targets (empty: any)
    // only entries placed on these cluster members (`engine run --only-member`, the placement's
    // target_member; empty: any). An entry without a member (its target is not a cluster, or
    // no member was chosen) can land on any member, so a member-restricted engine leaves it to
    // the engines without this restriction.
    QStringList members;
    QStringList servesSources;
    QStringList servesTargets;
    QStringList lacksSources;
    QStringList lacksTargets;

    bool allowsSource(const QString &name) const;
    bool allowsTarget(const QString &name) const;
    bool allowsMember(const QString &member) const;
    bool isRestricted() const
    {
        return !sources.isEmpty() || !targets.isEmpty() || !members.isEmpty();
    }

    // The column's text ('' for an engine without restrictions that has looked at nothing).
    QString toJson() const;
    // Text that is not such an object (an older engine's '') reads as no restriction.
    static EngineRestrictions fromJson(const QString &text);
    // For people: "sources: vc01; targets: incus01, incus02" ('' without restrictions).
    QString describe() const;

    bool operator==(const EngineRestrictions &o) const;
    bool operator!=(const EngineRestrictions &o) const { return !(*this == o); }
};

// The keys of the secrets a migration needs from the engine's credential store, as
// MigrationJob::connectSource and connectTarget read them: the source's password (secretRef);
// the target's client key (secretRef) when it has a client certificate, its token when it
// authenticates with OIDC.
QStringList secretsNeeded(const Source &source);
QStringList secretsNeeded(const Target &target);

// Whether this engine can read secrets, each answer kept for cacheMs so that a tick does not ask
// the keychain for every entry. `read` is the credential store's read (tests pass a fake).
class CredentialReach final
{
public:
    using ReadSecret = std::function<Status(const QString &key)>;

    explicit CredentialReach(ReadSecret read = {}, qint64 cacheMs = 60 * 1000);

    // OK when every key can be read (no keys: OK); else the first failure. Asked again once the
    // cached answer is older than cacheMs.
    Status canRead(const QStringList &keys, const QDateTime &now);
    void forget() { m_cache.clear(); }

private:
    struct Answer
    {
        Status status;
        QDateTime at;
    };
    ReadSecret m_read;
    qint64 m_cacheMs;
    QHash<QString, Answer> m_cache;
};

// Why a Waiting entry that could start now is taken by no engine, from the engines that run
// (`live`: their restrictions columns): "no engine is running", "no running engine may take
// source vc01 (restricted with --only-source)", the same for a target, "no engine has credentials
// for source vc01" (every engine that may take it found it lacks them), the same for a target.
// Empty when some running engine may take the entry and has not found it lacks the credentials:
// the entry waits for a free place, not for an engine. The one rule; the CLI and the GUI show it.
// `member`: the entry's placement target_member ('' : none), for --only-member.
QString waitingReason(const QString &sourceName, const QString &targetName,
    const QVector<EngineRestrictions> &live, const QString &member = {});

// waitingReason for every Waiting entry of `entries` that could start now (its batch runs, no
// live lease, its retry time has come, a window is open for it), from the engines registered in
// db whose heartbeat is younger than a default lease. Entry id -> reason; entries without a
// reason are left out.
Result<QHash<qint64, QString>> waitingReasons(
    const std::shared_ptr<Database> &db, const QVector<QueueEntry> &entries);

} // namespace ferry::engine
