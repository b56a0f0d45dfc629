#pragma once

#include "meetings/schedulercommands.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;

namespace views {

// "Server console commands", a page of the SchedulerAssistant: a form for what only the server's own
// console sets (HTTPS listen port and certificates, C2W certificates and trust, the web bridges' trust
// of the scheduler, e-mail), the MMP commands filled in as the admin types (cms::SchedulerCommands),
// each with its explanation, a problem under each field that holds a wrong value, and a Copy button.
// The commands read left to right in every language and can be selected; no password is asked for.
class SchedulerCommandsPage : public QWidget
{
    Q_OBJECT
public:
    using Field = cms::SchedulerCommands::Field;

    explicit SchedulerCommandsPage(QWidget *parent = nullptr);

    cms::SchedulerSettings settings() const;
    const cms::SchedulerCommands &commands() const { return m_commands; }
    // The text field of `field` (null for the interface, a choice), and the line under it that says
    // what is wrong (hidden while nothing is).
    QLineEdit *field(Field field) const { return m_fields.value(field); }
    QLabel *problemLabel(Field field) const { return m_problems.value(field); }
    QComboBox *interfaceChoice() const { return m_interface; }
    QTextEdit *commandsView() const { return m_view; }
    QPushButton *copyButton() const { return m_copy; }
    QLabel *statusLabel() const { return m_status; }

    // Puts every command on the clipboard, one a line (without the explanations).
    void copyCommands();

Q_SIGNALS:
    void commandsChanged();

private:
    QLineEdit *addField(Field field, QFormLayout *form, const QString &label, const QString &description,
                        const QString &placeholder = {});
    void update();
    void showCommands();

    QComboBox *m_interface;
    QComboBox *m_protocol;
    QCheckBox *m_auth;
    QCheckBox *m_startTls;
    QHash<Field, QLineEdit *> m_fields;
    QHash<Field, QLabel *> m_problems;
    QTextEdit *m_view;
    QPushButton *m_copy;
    QLabel *m_status;
    cms::SchedulerCommands m_commands;
};

} // namespace views
