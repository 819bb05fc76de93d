#include "convert/guestconverter.h"

#include "convert/linuxconverter.h"
#include "convert/windowsconverter.h"

#include <QCoreApplication>

namespace ferry::convert {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::convert)
};

template<typename Converter>
Result<ConversionResult> runOne(const ConversionRequest &request, const QProcessEnvironment &env,
    const std::atomic_bool *cancel)
{
    Converter converter(request);
    converter.setEnvironment(env);
    converter.setCancelFlag(cancel);
    return converter.run();
}

} // namespace

Result<ConversionResult> convertGuest(const ConversionRequest &request,
    const QProcessEnvironment &env, const std::atomic_bool *cancel, bool windowsLikely)
{
    auto first = windowsLikely ? runOne<WindowsConverter>(request, env, cancel)
                               : runOne<LinuxConverter>(request, env, cancel);
    if (!first || first->outcome != ConversionResult::Outcome::OtherConverter)
        return first;
    auto second = windowsLikely ? runOne<LinuxConverter>(request, env, cancel)
                                : runOne<WindowsConverter>(request, env, cancel);
    if (second && second->outcome == ConversionResult::Outcome::OtherConverter)
        return Error(Error::Code::Internal,
            Text::tr("Neither the Linux nor the Windows conversion accepts the guest (%1).")
                .arg(second->os.type));
    if (second)
        second->launchSeconds += first->launchSeconds;
    return second;
}

} // namespace ferry::convert
