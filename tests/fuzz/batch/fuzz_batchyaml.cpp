// libFuzzer entry for the batch YAML loader. Properties checked on every input:
// - parsing never crashes, hangs or trips a sanitizer, whatever the bytes;
// - every issue has a position (line and column from 1);
// - a document that parses is written back in Ferry's layout, and that text parses to the same
//   text again (the round trip `batch show` -> `batch edit` relies on);
// - the editor's reopened text (header, errors as comments, body) can be built from anything.
#include "batch/batchyaml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

using namespace ferry;
using namespace ferry::batch;

namespace {

YamlContext context()
{
    Target t;
    t.id = 1;
    t.name = QStringLiteral("incus01");
    t.inventory = QJsonObject {
        {QStringLiteral("projects"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("default")}}}},
        {QStringLiteral("storage_pools"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("default")}}}},
        {QStringLiteral("networks"),
            QJsonObject {{QStringLiteral("default"),
                QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("incusbr0")},
                    {QStringLiteral("managed"), true}}}}}}};
    YamlContext c;
    c.checkTargets = true;
    c.targets = {t};
    return c;
}

[[noreturn]] void fail(const char *what, const QByteArray &a, const QByteArray &b = {})
{
    std::fprintf(stderr, "%s\n--- first\n%s\n--- second\n%s\n", what, a.constData(), b.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    static const YamlContext ctx = context();
    const QByteArray input(reinterpret_cast<const char *>(data), int(size));
    const ParsedBatch parsed = parseBatchYaml(input, ctx);
    for (const YamlIssue &i : parsed.issues)
        if (i.line < 1 || i.column < 1 || i.message.isEmpty())
            fail("an issue without a position", input, i.toString().toUtf8());
    if (parsed.ok()) {
        const QByteArray written = emitBatchYaml(parsed.document);
        const ParsedBatch again = parseBatchYaml(written, ctx);
        if (!again.ok())
            fail("Ferry's own text does not parse", written, again.error().toString().toUtf8());
        const QByteArray rewritten = emitBatchYaml(again.document);
        if (rewritten != written)
            fail("the written text does not read back to itself", written, rewritten);
    }
    (void)editorText(input, parsed.issues);
    return 0;
}
