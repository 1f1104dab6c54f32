// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include "ChartDataLoader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QThread>
#include <QWidget>
#include <algorithm>

namespace debrief {

namespace {
// Pages that fill in from a worker thread (the log view) say so with a `loading` property; the
// image waits for them, within a limit, so that it shows their rows rather than placeholders.
bool anyPageLoading(const QWidget& window)
{
    const QList<QWidget*> widgets = window.findChildren<QWidget*>();
    return std::any_of(widgets.begin(), widgets.end(), [](const QWidget* w) { return w->property("loading").toBool(); });
}

void waitForLoadingPages(const QWidget& window)
{
    const QDeadlineTimer deadline(5000);
    while (anyPageLoading(window) && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }
}
} // namespace

QString Screenshot::render(QWidget& window, const QString& path, QSize size)
{
    window.resize(size);
    window.show();
    // Several rounds: showing posts layout requests, layouts post resizes, resizes post paints.
    for (int round = 0; round < 5; ++round)
        QCoreApplication::processEvents();
    waitForLoadingPages(window);
    for (int round = 0; round < 5; ++round)
        QCoreApplication::processEvents();
    // The evidence charts load on worker threads: wait until their answers are drawn.
    ChartDataLoader::waitUntilIdle();
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
    const QPixmap image = window.grab();
    if (image.isNull())
        return QCoreApplication::translate("Screenshot", "the window could not be rendered");
    if (!image.save(path, "PNG"))
        return QCoreApplication::translate("Screenshot", "%1: cannot write the image").arg(path);
    return {};
}

} // namespace debrief
