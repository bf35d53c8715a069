#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// Output and statistics shared by the benchmark programs in bench/.
namespace Bench {

/// Prints line and a newline on standard output and flushes it.
void print(const QString &line);

/// Prints "benchmark failed: " and message on standard error, then exits with EXIT_FAILURE.
[[noreturn]] void fail(const QString &message);

/// Prints the number of logical CPUs, the CPU model from /proc/cpuinfo and the MemTotal
/// line of /proc/meminfo.
void printMachine();

/// Returns the line of /proc/self/status that starts with field (for example "VmRSS"),
/// with its spaces simplified. Returns an empty string when the file or the field is missing.
QString processStatusLine(const QByteArray &field);

/// Prints one result line: name, then the median and the 95th percentile of values in unit
/// with decimals digits after the point, then the number of values.
void printPercentiles(
    const QString &name, QList<double> values, const QString &unit, int decimals = 2);

} // namespace Bench
