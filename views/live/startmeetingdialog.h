#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace views {

// Asks how to start a meeting on a space: which space (typed with completion over the cluster's
// spaces, or fixed when the space was chosen before), on which call bridge (the least busy one
// unless another is chosen), and, optionally, a passcode for this meeting and whether people who
// are not members may join. What is left untouched is not changed on the space.
class StartMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    struct Space
    {
        QString id;
        QString name;
        QString uri;
    };

    StartMeetingDialog(QList<Space> spaces, QStringList bridgeNames, QWidget *parent = nullptr);

    // Chooses the space and keeps it (the dialog opened on a space).
    void fixSpace(const QString &spaceId);

    QString spaceId() const;        // empty while the typed name matches no space
    QString spaceName() const;
    int bridgeIndex() const;        // -1: the least busy
    // The space's fields to set before the call starts (cms::AdHocMeetingStartOperation).
    QList<QPair<QString, QString>> spaceValues() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateOk();
    QString labelOf(const Space &space) const;

    QList<Space> m_spaces;
    QStringList m_bridgeNames;
    QStringList m_labels;   // "name — uri", one per space, for the completer
    QLabel *m_spaceLabel;
    QComboBox *m_space;
    QLabel *m_bridgeLabel;
    QComboBox *m_bridge;
    QCheckBox *m_setPasscode;
    QLineEdit *m_passcode;
    QLabel *m_nonMembersLabel;
    QComboBox *m_nonMembers;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace views
