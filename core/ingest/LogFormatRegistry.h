// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

#include <QByteArray>
#include <QList>
#include <QVector>
#include <memory>
#include <vector>

namespace debrief {

// The outcome of detecting the format of a file from its first lines.
struct LogFormatDetection
{
    const LogFormat* format = nullptr; // none: `error` says why
    double confidence = 0.0; // the format's mean matchLine() over the sample, 0..1
    int sampledLines = 0;
    QString error;
    // The best-scoring format even when it is below kMinConfidence, for messages that name it.
    const LogFormat* closest = nullptr;
    double closestConfidence = 0.0;
};

// Every log format Debrief reads, in one list: lookup by name for --format, the list for
// `debrief-cli formats`, and detection from content. Detection scores every format over the first
// non-blank lines (continuation lines such as stack-trace frames skipped) and takes the best mean,
// preferring the more specific format when two are within kTieMargin, so that a JSON line format
// wins over the generic timestamp-plus-text fallback that also matches it. Adding a format is one
// line in builtIn(). It owns its formats; the built-in registry lives as long as the program.
class LogFormatRegistry
{
public:
    static constexpr int kSampleLines = 200;
    // Below this mean no format is claimed: a guess would store every line wrongly parsed.
    static constexpr double kMinConfidence = 0.3;
    static constexpr double kTieMargin = 0.05;

    LogFormatRegistry() = default;
    LogFormatRegistry(LogFormatRegistry&&) = default;
    LogFormatRegistry& operator=(LogFormatRegistry&&) = default;

    // Every format this build knows.
    static const LogFormatRegistry& builtIn();

    void add(std::unique_ptr<LogFormat> format);
    QVector<const LogFormat*> formats() const;
    const LogFormat* find(const QString& name) const;
    QStringList names() const;

    // Detects the format of a file from its first lines (kSampleLines are enough; more are ignored).
    LogFormatDetection detect(const QList<QByteArray>& lines) const;

private:
    std::vector<std::unique_ptr<LogFormat>> m_formats;
};

} // namespace debrief
