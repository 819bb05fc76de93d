#pragma once

#include "model/artifact.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ferry {
struct Instance;
} // namespace ferry

namespace ferry::artifacts {

// The virtio-win driver ISO's layout (issue 16): <driver>/<winver>/<arch>/<files>, with the
// drivers a converted Windows guest needs among viostor, vioscsi, NetKVM and Balloon. Names are
// compared without regard to case (an ISO read without Rock Ridge or Joliet has upper-case
// names) and reported in virtio-win's own spelling.
struct VirtioWinLayout
{
    QStringList drivers; // viostor, vioscsi, NetKVM, Balloon: those found
    QStringList versions; // 2k12R2, 2k16, 2k19, 2k22, 2k25, w10, w11 (and older ones), sorted
    QStringList architectures; // amd64, x86, ARM64

    bool isEmpty() const { return drivers.isEmpty(); }
};

// The type and os of a virtio-win artifact.
inline const char *const kDriverType = "driver";
inline const char *const kWindowsOs = "windows";

// From the files of an ISO (paths from its root, "/viostor/2k19/amd64/viostor.inf").
VirtioWinLayout virtioWinLayout(const QStringList &files);

// The virtio-win folder name of the guest's Windows version ("2k19", "w11"), from the inventory
// (the derived version, else the vSphere guest id, config "vmware.guest_id"); empty when not
// Windows or not known.
QString virtioWinVersionOf(const Instance &vm);
// The virtio-win architecture of the guest (x86_64: amd64, aarch64: ARM64, i686: x86); empty
// when the inventory does not say.
QString virtioWinArchitectureOf(const Instance &vm);

bool isVirtioWin(const Artifact &a);
// Has drivers for the version (an empty version: any).
bool coversVersion(const Artifact &a, const QString &version);

// The virtio-win artifact for a guest: among the artifacts, those that are virtio-win, the most
// recently added one that has drivers for the guest's version (when known) and architecture
// (when known), else the most recently added one at all. -1: none.
int pickVirtioWin(const QVector<Artifact> &artifacts, const Instance &vm);

} // namespace ferry::artifacts
