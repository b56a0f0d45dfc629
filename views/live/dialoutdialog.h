#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace views {

// Asks for the address to dial from a meeting. The address is checked as it is typed
// (cms::DialAddress): the reason a slip cannot be dialled shows under the field, and Dial stays
// disabled until the address can be sent.
class DialOutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DialOutDialog(const QString &meetingName, QWidget *parent = nullptr);

    // The checked address to send; empty until one is valid.
    QString address() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void check();

    QString m_meetingName;
    QLabel *m_intro;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace views
