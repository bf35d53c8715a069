#include "BenchSupport.h"

#include <QFile>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Bench {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

void fail(const QString &message)
{
    std::fputs(qPrintable(u"benchmark failed: "_s + message + u'\n'), stderr);
    std::exit(EXIT_FAILURE);
}

void printMachine()
{
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    QString model;
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    QFile meminfo(u"/proc/meminfo"_s);
    QString memory;
    if (meminfo.open(QIODevice::ReadOnly))
        memory = QString::fromUtf8(meminfo.readLine()).simplified();
    print(
        u"machine: %1 logical CPUs, %2, %3"_s.arg(QThread::idealThreadCount()).arg(model, memory));
}

QString processStatusLine(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return QString::fromUtf8(line).simplified();
    }
    return {};
}

void printPercentiles(const QString &name, QList<double> values, const QString &unit, int decimals)
{
    if (values.isEmpty())
        return;
    std::sort(values.begin(), values.end());
    const double median = values.at(values.size() / 2);
    const double p95 =
        values.at(std::min<qsizetype>(values.size() - 1, (values.size() * 95 + 99) / 100 - 1));
    print(u"%1\tmedian %2 %5\tp95 %3 %5\truns %4"_s.arg(name, -44)
              .arg(median, 0, 'f', decimals)
              .arg(p95, 0, 'f', decimals)
              .arg(values.size())
              .arg(unit));
}

} // namespace Bench
