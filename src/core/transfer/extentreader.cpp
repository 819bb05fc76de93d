#include "transfer/extentreader.h"

#include <QEventLoop>

namespace ferry::transfer {

Status runReader(ExtentReader &reader, const std::atomic_bool *cancel)
{
    QEventLoop loop;
    QObject::connect(&reader, &ExtentReader::finished, &loop, &QEventLoop::quit);
    QObject::connect(&reader, &ExtentReader::failed, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    if (cancel) {
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&]() {
            if (cancel->load())
                reader.fail(canceledError());
        });
        cancelPoll.start(200);
    }
    reader.pump();
    if (!reader.done() && !reader.failure())
        loop.exec();
    if (auto f = reader.failure())
        return *f;
    return {};
}

} // namespace ferry::transfer
