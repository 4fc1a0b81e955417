// shellQuote/shellJoin: every string, however hostile, reaches a real POSIX shell as exactly one literal
// word.
#include "TestEnvironment.h"

#include "remote/ShellQuote.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

using namespace puw;

namespace {

// Runs `printf '%s\0' WORDS` through sh -c and returns what the shell saw, one entry per word.
QList<QByteArray> throughShell(const QString& shell, const QStringList& words)
{
    QProcess process;
    process.start(shell, {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + shellJoin(words)});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {{"<shell failed: "}, process.readAllStandardError()};
    QList<QByteArray> seen = process.readAllStandardOutput().split('\0');
    seen.removeLast(); // after the last terminator
    return seen;
}

QList<QByteArray> utf8(const QStringList& words)
{
    QList<QByteArray> bytes;
    for (const QString& word : words)
        bytes << word.toUtf8();
    return bytes;
}

QStringList hostileWords()
{
    return {
        QString(),
        QStringLiteral("'"),
        QStringLiteral("''"),
        QStringLiteral("it's"),
        QStringLiteral("'\\''"),
        QStringLiteral("\"double\" \"\""),
        QStringLiteral("$(touch /tmp/puw-unit-pwned)"),
        QStringLiteral("`touch /tmp/puw-unit-pwned`"),
        QStringLiteral("${HOME} $HOME $0 $1 $@ $* $$ $? $!"),
        QStringLiteral("a; touch /tmp/puw-unit-pwned"),
        QStringLiteral("a && b || c | d & e"),
        QStringLiteral("line1\nline2\n"),
        QStringLiteral("\r\t\v\f"),
        QStringLiteral("-n"),
        QStringLiteral("-e"),
        QStringLiteral("--"),
        QStringLiteral("--help"),
        QStringLiteral("* ? [a-z] ~ ~root"),
        QStringLiteral("\\"),
        QStringLiteral("\\\\n %s %d %% %1"),
        QStringLiteral("<in >out 2>&1 <<EOF"),
        QStringLiteral("(subshell) {group;} !"),
        QStringLiteral("#comment"),
        QStringLiteral("a=b"),
        QString::fromUtf8("h\xc3\xa9llo \xe2\x82\xac \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80"),
        QString::fromUtf8("\xe2\x80\xae right-to-left \xc2\xa0 nbsp"),
        QString(1000, QLatin1Char('\'')),
    };
}

// Random strings of valid UTF-8: any code point but NUL (which argv cannot carry) and surrogates, with a
// bias towards the characters a shell treats specially.
QStringList randomWords(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QString special = QStringLiteral("'\"\\$`;&|<>(){}[]*?~!#= \t\n-%");
    QStringList words;
    for (int i = 0; i < count; ++i) {
        QString word;
        const int length = random.bounded(0, 40);
        for (int c = 0; c < length; ++c) {
            const int kind = random.bounded(4);
            char32_t codePoint = 0;
            if (kind == 0)
                codePoint = special.at(random.bounded(special.size())).unicode();
            else if (kind == 1)
                codePoint = random.bounded(1, 0x80);
            else if (kind == 2)
                codePoint = random.bounded(0x80, 0x10000);
            else
                codePoint = random.bounded(0x10000, 0x110000);
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
                codePoint = 0xFFFD;
            word += QString::fromUcs4(&codePoint, 1);
        }
        words << word;
    }
    return words;
}

TEST(ShellQuote, EmptyAndPlainWords)
{
    EXPECT_EQ(shellQuote(QString()), QStringLiteral("''"));
    EXPECT_EQ(shellQuote(QStringLiteral("abc")), QStringLiteral("'abc'"));
    EXPECT_EQ(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    EXPECT_EQ(shellJoin({QStringLiteral("ls"), QStringLiteral("-l"), QString()}),
              QStringLiteral("'ls' '-l' ''"));
    EXPECT_EQ(shellJoin({}), QString());
}

TEST(ShellQuote, HostileWordsRoundTripThroughShells)
{
    const QStringList words = hostileWords();
    for (const QString& shell :
         {QStringLiteral("/bin/sh"), QStringLiteral("/bin/bash"), QStringLiteral("/bin/dash")}) {
        if (!QFile::exists(shell))
            continue;
        EXPECT_EQ(throughShell(shell, words), utf8(words)) << shell.toStdString();
    }
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/puw-unit-pwned")));
}

TEST(ShellQuote, RandomUtf8WordsRoundTripThroughSh)
{
    // 2000 words in batches that stay under the kernel's limit for one argument (128 KiB).
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const QStringList words = randomWords(100, seed);
        const QList<QByteArray> seen = throughShell(QStringLiteral("/bin/sh"), words);
        ASSERT_EQ(seen, utf8(words)) << "seed " << seed;
    }
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/puw-unit-pwned")));
}

TEST(ShellQuote, QuotedWordIsOneWordEvenInsideALargerCommand)
{
    // What callers do: a fixed command with quoted pieces spliced in.
    const QString path = QStringLiteral("x'; echo INJECTED; '");
    QProcess process;
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), QStringLiteral("printf '[%s]' ") + shellQuote(path) +
                                             QStringLiteral(" && printf '[%s]' ") + shellQuote(path)});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.readAllStandardOutput(), "[" + path.toUtf8() + "][" + path.toUtf8() + "]");
}

} // namespace
