// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPixmap>
#include <QWidget>

namespace debrief {

QString Screenshot::render(QWidget& window, const QString& path, QSize size)
{
    window.resize(size);
    window.show();
    // Several rounds: showing posts layout requests, layouts post resizes, resizes post paints.
    for (int round = 0; round < 5; ++round)
        QCoreApplication::processEvents();
    const QPixmap image = window.grab();
    if (image.isNull())
        return QCoreApplication::translate("Screenshot", "the window could not be rendered");
    if (!image.save(path, "PNG"))
        return QCoreApplication::translate("Screenshot", "%1: cannot write the image").arg(path);
    return {};
}

} // namespace debrief
