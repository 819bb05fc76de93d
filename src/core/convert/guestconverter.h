#pragma once

#include "convert/conversiontypes.h"
#include "util/result.h"

#include <QProcessEnvironment>

#include <atomic>

namespace ferry::convert {

// The conversion of a guest, whichever its OS: the converter the inventory suggests runs first
// (WindowsConverter when `windowsLikely`, from the VMware guest id; LinuxConverter otherwise);
// when its inspection finds the other kind of OS (Outcome::OtherConverter, nothing changed) the
// other converter runs on the same disks. libguestfs' inspection decides, not the guest id; a
// wrong guess costs one more appliance start. Blocking: run it on a worker thread.
Result<ConversionResult> convertGuest(const ConversionRequest &request,
    const QProcessEnvironment &env, const std::atomic_bool *cancel, bool windowsLikely);

} // namespace ferry::convert
