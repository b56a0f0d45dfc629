#pragma once

#include "config/guesthostsettings.h"

#include <QWidget>

namespace views {

// A small drawing of one guest/host pattern: the guest and the host on one side, the space on the
// other with its lobby and its meeting; an arrow for each says what they dial (and with which PIN)
// and where they arrive: the guest waits in the lobby, the host goes straight in. Drawn with
// QPainter, its labels translated; mirrored when the layout runs right to left. Its accessible
// description says in a sentence what it shows.
class GuestHostPatternDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit GuestHostPatternDiagram(cms::GuestHostSettings::Pattern pattern, QWidget *parent = nullptr);

    cms::GuestHostSettings::Pattern pattern() const { return m_pattern; }
    // What the guest's and the host's arrows say.
    QString guestLabel() const;
    QString hostLabel() const;
    // The whole drawing in one sentence (its accessible description).
    QString description() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    cms::GuestHostSettings::Pattern m_pattern;
};

} // namespace views
