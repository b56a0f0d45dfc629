#include "live/dialoutdialog.h"

#include "common/displayformat.h"
#include "live/dialaddress.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace views {

DialOutDialog::DialOutDialog(const QString &meetingName, QWidget *parent)
    : QDialog(parent)
    , m_meetingName(meetingName)
    , m_intro(new QLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("dialOutDialog"));
    m_address->setObjectName(QStringLiteral("dialAddress"));
    m_problem->setObjectName(QStringLiteral("dialAddressProblem"));
    m_intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_addressLabel->setBuddy(m_address);

    auto *form = new QFormLayout;
    form->addRow(m_addressLabel, m_address);
    form->addRow(QString(), m_problem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_address, &QLineEdit::textChanged, this, &DialOutDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    check();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString DialOutDialog::address() const
{
    return cms::DialAddress::check(m_address->text()).address();
}

void DialOutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DialOutDialog::retranslateUi()
{
    setWindowTitle(tr("Dial Out"));
    m_intro->setText(tr("Call someone into «%1». The call bridge of the meeting dials the address.")
                         .arg(models::DisplayFormat::isolated(m_meetingName)));
    m_addressLabel->setText(tr("&Address:"));
    m_address->setPlaceholderText(tr("alice@example.com or +33 1 23 45 67 89"));
    m_address->setAccessibleName(tr("Address to dial"));
    m_address->setAccessibleDescription(tr("A URI such as alice@example.com, an endpoint's domain name or IP "
                                           "address, or a telephone number"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Dial"));
    check();
}

void DialOutDialog::check()
{
    const cms::DialAddress address = cms::DialAddress::check(m_address->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(address.isValid());
    // Nothing typed yet is not a mistake: the field's placeholder says what to type.
    m_problem->setText(m_address->text().trimmed().isEmpty() ? QString() : address.message());
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_address->setAccessibleDescription(address.isValid() || m_problem->text().isEmpty()
                                            ? tr("A URI such as alice@example.com, an endpoint's domain name or IP "
                                                 "address, or a telephone number")
                                            : m_problem->text());
}

} // namespace views
