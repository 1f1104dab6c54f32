// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SuggestedEvent.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace debrief {

// The timeline events the evidence suggests (EvidenceAnalyzer::suggestions), each with its time,
// kind and sentence, and Accept / Reject buttons for the selected one. It only asks: accepting or
// rejecting emits a signal and takes the suggestion off the list; whoever listens writes the
// timeline (with undo). Enter accepts and Delete rejects the selected suggestion.
class SuggestionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionPanel(QWidget* parent = nullptr);

    void setSuggestions(const QVector<SuggestedEvent>& suggestions);
    const QVector<SuggestedEvent>& suggestions() const { return m_suggestions; }
    QListWidget* list() const { return m_list; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* rejectButton() const { return m_reject; }

    void acceptCurrent();
    void rejectCurrent();

Q_SIGNALS:
    void suggestionAccepted(const debrief::SuggestedEvent& suggestion);
    void suggestionRejected(const debrief::SuggestedEvent& suggestion);
    // The selected suggestion's moment, for the charts' highlight.
    void suggestionSelected(const debrief::SuggestedEvent& suggestion);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::optional<SuggestedEvent> takeCurrent();
    void updateState();
    static QString itemText(const SuggestedEvent& suggestion);

    QLabel* m_heading = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_reject = nullptr;
    QVector<SuggestedEvent> m_suggestions; // in list order
};

} // namespace debrief
