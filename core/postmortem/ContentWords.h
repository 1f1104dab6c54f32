// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

namespace debrief {

// The words of a sentence that carry its meaning, for the lint rules that ask whether two
// statements talk about the same thing ("connection pool misconfigured in deploy" and
// "misconfiguration of the database connection pool in the deployment" do). English stop words
// and words every postmortem uses ("issue", "fixed", "root cause") are dropped and the rest is
// crudely stemmed. Not a language model: it measures shared vocabulary, nothing more.
class ContentWords
{
public:
    static QSet<QString> of(QStringView text);
    // Shared words over the size of the smaller set (the overlap coefficient), 0 when either is empty.
    static double overlap(const QSet<QString>& a, const QSet<QString>& b);
    // "misconfigured" -> "misconfigur", "deployment" -> "deploy", "servers" -> "serv".
    static QString stem(const QString& lowerWord);
};

} // namespace debrief
