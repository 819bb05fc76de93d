// ferryctl help: every registered command has a summary and at least one example that runs that
// very command, and `ferryctl help`, `help NOUN` and `help NOUN VERB` show them; unknown nouns
// are usage errors.

#include "cli.h"
#include "common/processrun.h"

#include <QProcess>
#include <QSet>
#include <QTest>

using namespace ferry::cli;

class TestFerryctlHelp : public QObject
{
    Q_OBJECT

    using Run = ferry::test::ProcessRun;

    Run ferryctl(const QStringList &args)
    {
        return ferry::test::runFerryctl({}, args, {}, {}, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ferry::test::ferryctlPath().isEmpty(),
            "FERRYCTL is not set: run the test through ctest, or set it to the ferryctl to test");
    }

    void everyCommandHasHelpAndExamples()
    {
        const QList<Command> commands = allCommands();
        QVERIFY(commands.size() > 20);
        QSet<QString> seen;
        for (const Command &c : commands) {
            const QString name = c.noun + QLatin1Char(' ') + c.verb;
            QVERIFY2(!seen.contains(name), qPrintable(QStringLiteral("twice: ") + name));
            seen << name;
            QVERIFY2(!c.summary.trimmed().isEmpty(), qPrintable(name));
            QVERIFY2(!c.examples.isEmpty(), qPrintable(QStringLiteral("no example: ") + name));
            for (const QString &example : c.examples)
                QVERIFY2(example.contains(QStringLiteral("ferryctl "))
                        && example.contains(QLatin1Char(' ') + c.noun + QLatin1Char(' ') + c.verb),
                    qPrintable(QStringLiteral("%1: example \"%2\" runs another command")
                                   .arg(name, example)));
            for (const QCommandLineOption &o : c.options)
                QVERIFY2(!o.description().trimmed().isEmpty(),
                    qPrintable(
                        QStringLiteral("%1 --%2 has no description").arg(name, o.names().first())));
        }
    }

    void helpNounVerbShowsUsageAndExamples()
    {
        for (const Command &c : allCommands()) {
            const Run r = ferryctl({QStringLiteral("help"), c.noun, c.verb});
            QVERIFY2(r.exitCode == 0, qPrintable(c.noun + QLatin1Char(' ') + c.verb + r.err));
            QVERIFY(r.out.startsWith(QStringLiteral("Usage: ferryctl %1 %2").arg(c.noun, c.verb)));
            QVERIFY(r.out.contains(c.summary));
            QVERIFY(r.out.contains(QStringLiteral("Examples:")));
            QVERIFY(r.out.contains(c.examples.first()));
            // --help after the command says the same.
            QCOMPARE(ferryctl({c.noun, c.verb, QStringLiteral("--help")}).out, r.out);
        }
    }

    void helpNounListsEveryVerb()
    {
        QSet<QString> nouns;
        for (const Command &c : allCommands())
            nouns << c.noun;
        for (const QString &noun : std::as_const(nouns)) {
            const Run r = ferryctl({QStringLiteral("help"), noun});
            QCOMPARE(r.exitCode, 0);
            for (const Command &c : allCommands())
                if (c.noun == noun)
                    QVERIFY2(
                        r.out.contains(QStringLiteral("Usage: ferryctl %1 %2").arg(noun, c.verb)),
                        qPrintable(noun + QLatin1Char(' ') + c.verb));
        }
    }

    void helpListsEveryCommand()
    {
        const Run r = ferryctl({QStringLiteral("help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("ferryctl help <noun> [<verb>]")));
        for (const Command &c : allCommands())
            QVERIFY2(r.out.contains(c.noun + QLatin1Char(' ') + c.verb), qPrintable(c.verb));
    }

    void unknownCommandIsAUsageError()
    {
        const Run r = ferryctl({QStringLiteral("help"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
        const Run verb = ferryctl({QStringLiteral("source"), QStringLiteral("frobnicate")});
        QCOMPARE(verb.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestFerryctlHelp)
#include "test_ferryctl_help.moc"
