#include "meetings/schedulercommandspage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace views {

namespace {


QFormLayout *formOf(QGroupBox *group)
{
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // A long label (in French, in Arabic) puts its field on the next line rather than squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

} // namespace

SchedulerCommandsPage::SchedulerCommandsPage(QWidget *parent)
    : QWidget(parent)
    , m_interface(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_auth(new QCheckBox(this))
    , m_startTls(new QCheckBox(this))
    , m_view(new QTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("schedulerCommandsPage"));
    const cms::SchedulerSettings defaults;

    auto *where = new QLabel(this);
    where->setObjectName(QStringLiteral("schedulerCommandsWhere"));
    where->setWordWrap(true);
    where->setText(tr("What the API cannot set is set on the server's own console (MMP), reached over SSH. Run the "
                      "scheduler commands on the server that runs the scheduler: it must also run a call bridge. "
                      "Run the web bridge command on each server that runs a web bridge. Upload the key, "
                      "certificate and bundle files to each server by SFTP first."));

    // The scheduler's HTTPS API.
    auto *https = new QGroupBox(tr("Scheduler HTTPS API"), this);
    QFormLayout *httpsForm = formOf(https);
    m_interface->setObjectName(QStringLiteral("schedulerInterface"));
    for (const QString &letter : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")})
        m_interface->addItem(tr("Interface %1").arg(letter), letter);
    m_interface->addItem(tr("None: the HTTPS API stays off"), QStringLiteral("none"));
    m_interface->setCurrentIndex(m_interface->findData(defaults.httpsInterface));
    m_interface->setAccessibleName(tr("Listening interface"));
    auto *interfaceLabel = new QLabel(tr("Listening &interface:"), https);
    interfaceLabel->setBuddy(m_interface);
    httpsForm->addRow(interfaceLabel, m_interface);
    addField(Field::HttpsPort, httpsForm, tr("&Port:"), tr("The port the scheduler's HTTPS API listens on, from 1 to 65535"))
        ->setText(defaults.httpsPort);
    addField(Field::HttpsKey, httpsForm, tr("&Key file:"), tr("The private key file on the server, for the HTTPS API"),
             QStringLiteral("scheduler.key"));
    addField(Field::HttpsCertificate, httpsForm, tr("&Full-chain certificate file:"),
             tr("The certificate file on the server, with its whole chain, for the HTTPS API"),
             QStringLiteral("scheduler-fullchain.cer"));

    // C2W: the scheduler and the web bridges.
    auto *c2w = new QGroupBox(tr("Connection to the web bridges (C2W)"), this);
    QFormLayout *c2wForm = formOf(c2w);
    addField(Field::C2wKey, c2wForm, tr("Ke&y file:"),
             tr("The private key file the scheduler presents to the web bridges; empty: the HTTPS key file"),
             tr("Same as HTTPS"));
    addField(Field::C2wCertificate, c2wForm, tr("Full-chai&n certificate file:"),
             tr("The certificate file the scheduler presents to the web bridges; empty: the HTTPS certificate "
                "file. The call bridge's certificate will do: the web bridges already trust it"),
             tr("Same as HTTPS"));
    addField(Field::C2wTrust, c2wForm, tr("&Web bridges' bundle:"),
             tr("A file holding every web bridge's certificate: the scheduler trusts them"), QStringLiteral("wbbundle.cer"));
    addField(Field::WebBridgeTrust, c2wForm, tr("Sc&heduler bundle:"),
             tr("A file holding every scheduler's and call bridge's certificate, put on each web bridge: the web "
                "bridges trust them"),
             QStringLiteral("schedulerbundle.cer"));

    // E-mail.
    auto *email = new QGroupBox(tr("E-mail server (optional)"), this);
    QFormLayout *emailForm = formOf(email);
    addField(Field::EmailServer, emailForm, tr("Ser&ver:"),
             tr("The e-mail server's hostname or address; empty: the scheduler sends no e-mail"), QStringLiteral("smtp.example.com"));
    addField(Field::EmailPort, emailForm, tr("P&ort:"), tr("The e-mail server's port, from 1 to 65535"))->setText(defaults.emailPort);
    m_protocol->setObjectName(QStringLiteral("schedulerEmailProtocol"));
    m_protocol->addItem(tr("SMTP"), int(cms::SchedulerSettings::Protocol::Smtp));
    m_protocol->addItem(tr("SMTPS (encrypted from the start)"), int(cms::SchedulerSettings::Protocol::Smtps));
    m_protocol->setAccessibleName(tr("Protocol"));
    auto *protocolLabel = new QLabel(tr("P&rotocol:"), email);
    protocolLabel->setBuddy(m_protocol);
    emailForm->addRow(protocolLabel, m_protocol);
    addField(Field::EmailUsername, emailForm, tr("&User name:"),
             tr("The user name for the e-mail server; its password is typed on the server's console, at its own "
                "prompt, never here"));
    m_auth->setObjectName(QStringLiteral("schedulerEmailAuth"));
    m_auth->setText(tr("Si&gn in to the e-mail server"));
    m_auth->setChecked(defaults.emailAuth);
    m_startTls->setObjectName(QStringLiteral("schedulerEmailStartTls"));
    m_startTls->setText(tr("Upgra&de to TLS with STARTTLS"));
    m_startTls->setChecked(defaults.emailStartTls);
    emailForm->addRow(m_auth);
    emailForm->addRow(m_startTls);
    addField(Field::EmailTrust, emailForm, tr("Trust &bundle:"),
             tr("A file of certificates the scheduler trusts for the e-mail server; empty: none"));
    auto *password = new QLabel(tr("No password here: the server asks for the e-mail password on its own console."), email);
    password->setWordWrap(true);
    emailForm->addRow(password);

    auto *formPane = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPane);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(https);
    formLayout->addWidget(c2w);
    formLayout->addWidget(email);
    formLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("schedulerCommandsForm"));
    scroll->setWidget(formPane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Values for the commands"));
    // Never narrower than the form needs: only the height scrolls.
    scroll->setMinimumWidth(formPane->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    // The commands.
    auto *commandsLabel = new QLabel(tr("Co&mmands, in the order to run them:"), this);
    m_view->setObjectName(QStringLiteral("schedulerCommands"));
    m_view->setReadOnly(true);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setTabChangesFocus(true);
    m_view->setLineWrapMode(QTextEdit::WidgetWidth);
    m_view->setAccessibleName(tr("Server console commands"));
    m_view->setAccessibleDescription(tr("The commands to type on the servers' consoles, each followed by what it does"));
    commandsLabel->setBuddy(m_view);
    m_copy->setObjectName(QStringLiteral("schedulerCopyCommands"));
    m_copy->setText(tr("&Copy Commands"));
    m_copy->setAccessibleDescription(tr("Puts the commands on the clipboard, one a line, without their explanations"));
    m_copy->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_status->setObjectName(QStringLiteral("schedulerCommandsStatus"));
    m_status->setWordWrap(true);
    connect(m_copy, &QPushButton::clicked, this, &SchedulerCommandsPage::copyCommands);

    auto *commandsPane = new QWidget(this);
    auto *commandsLayout = new QVBoxLayout(commandsPane);
    commandsLayout->setContentsMargins(0, 0, 0, 0);
    commandsLayout->addWidget(commandsLabel);
    commandsLayout->addWidget(m_view, 1);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_status, 1);
    copyRow->addWidget(m_copy);
    commandsLayout->addLayout(copyRow);

    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 5);
    columns->addWidget(commandsPane, 6);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addLayout(columns, 1);

    // The keyboard goes through the form as it reads, then to the commands and Copy.
    const QList<QWidget *> order = {m_interface, m_fields.value(Field::HttpsPort), m_fields.value(Field::HttpsKey),
                                    m_fields.value(Field::HttpsCertificate), m_fields.value(Field::C2wKey),
                                    m_fields.value(Field::C2wCertificate), m_fields.value(Field::C2wTrust),
                                    m_fields.value(Field::WebBridgeTrust), m_fields.value(Field::EmailServer),
                                    m_fields.value(Field::EmailPort), m_protocol, m_fields.value(Field::EmailUsername),
                                    m_auth, m_startTls, m_fields.value(Field::EmailTrust), m_view, m_copy};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    for (QLineEdit *edit : std::as_const(m_fields))
        connect(edit, &QLineEdit::textChanged, this, &SchedulerCommandsPage::update);
    connect(m_interface, &QComboBox::currentIndexChanged, this, &SchedulerCommandsPage::update);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &SchedulerCommandsPage::update);
    connect(m_auth, &QCheckBox::toggled, this, &SchedulerCommandsPage::update);
    connect(m_startTls, &QCheckBox::toggled, this, &SchedulerCommandsPage::update);
    update();
}

QLineEdit *SchedulerCommandsPage::addField(Field field, QFormLayout *form, const QString &label,
                                           const QString &description, const QString &placeholder)
{
    QWidget *group = form->parentWidget();
    auto *edit = new QLineEdit(group);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleDescription(description);
    edit->setToolTip(description);
    auto *name = new QLabel(label, group);
    name->setBuddy(edit);
    form->addRow(name, edit);
    auto *problem = new QLabel(group);
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    QPalette palette = problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    problem->setPalette(palette);
    form->addRow(static_cast<QWidget *>(nullptr), problem);
    m_fields.insert(field, edit);
    m_problems.insert(field, problem);
    return edit;
}

cms::SchedulerSettings SchedulerCommandsPage::settings() const
{
    cms::SchedulerSettings s;
    const auto text = [this](Field field) { return m_fields.value(field)->text(); };
    s.httpsInterface = m_interface->currentData().toString();
    s.httpsPort = text(Field::HttpsPort);
    s.httpsKey = text(Field::HttpsKey);
    s.httpsCertificate = text(Field::HttpsCertificate);
    s.c2wKey = text(Field::C2wKey);
    s.c2wCertificate = text(Field::C2wCertificate);
    s.c2wTrust = text(Field::C2wTrust);
    s.webBridgeTrust = text(Field::WebBridgeTrust);
    s.emailServer = text(Field::EmailServer);
    s.emailPort = text(Field::EmailPort);
    s.emailProtocol = cms::SchedulerSettings::Protocol(m_protocol->currentData().toInt());
    s.emailUsername = text(Field::EmailUsername);
    s.emailAuth = m_auth->isChecked();
    s.emailStartTls = m_startTls->isChecked();
    s.emailTrust = text(Field::EmailTrust);
    return s;
}

void SchedulerCommandsPage::update()
{
    const cms::SchedulerSettings s = settings();
    m_commands = cms::SchedulerCommands::build(s);
    // The HTTPS fields mean nothing while the API stays off; the e-mail ones without a server.
    const bool https = s.httpsInterface != u"none";
    const bool email = !s.emailServer.trimmed().isEmpty();
    for (Field field : {Field::HttpsPort, Field::HttpsKey, Field::HttpsCertificate})
        m_fields.value(field)->setEnabled(https);
    for (Field field : {Field::EmailPort, Field::EmailUsername, Field::EmailTrust})
        m_fields.value(field)->setEnabled(email);
    m_protocol->setEnabled(email);
    m_auth->setEnabled(email);
    m_startTls->setEnabled(email);
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QString problem = m_commands.problem(it.key());
        it.value()->setText(problem);
        // The row goes while nothing is wrong, so that the form keeps its spacing.
        if (auto *form = qobject_cast<QFormLayout *>(it.value()->parentWidget()->layout()))
            form->setRowVisible(it.value(), !problem.isEmpty());
        QLineEdit *edit = m_fields.value(it.key());
        const QString description = edit->toolTip();
        edit->setAccessibleDescription(problem.isEmpty() ? description : problem + QLatin1Char(' ') + description);
    }
    const int problems = int(m_commands.problems().size());
    m_copy->setEnabled(problems == 0);
    m_status->setText(problems == 0 ? QString()
                                    : tr("%n value(s) missing or wrong: the commands show what is still needed.", nullptr, problems));
    showCommands();
    Q_EMIT commandsChanged();
}

void SchedulerCommandsPage::showCommands()
{
    using Where = cms::SchedulerCommands::Where;
    m_view->clear();
    QTextCursor cursor(m_view->document());
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat code;
    code.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QTextCharFormat prose;
    prose.setForeground(palette().color(QPalette::PlaceholderText));
    QTextBlockFormat uiBlock;
    uiBlock.setLayoutDirection(layoutDirection());
    uiBlock.setTopMargin(fontMetrics().height() / 2.0);
    QTextBlockFormat codeBlock;
    codeBlock.setLayoutDirection(Qt::LeftToRight);   // commands read left to right, in Arabic too
    codeBlock.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    codeBlock.setTopMargin(fontMetrics().height() / 3.0);
    QTextBlockFormat explanationBlock;
    explanationBlock.setLayoutDirection(layoutDirection());

    bool first = true;
    int part = -1;   // 0: the scheduler's server, 1: each web bridge, 2: back on the scheduler's server
    for (const auto &command : m_commands.commands()) {
        const int now = command.where == Where::EachWebBridge ? 1 : (part >= 1 ? 2 : 0);
        if (now != part) {
            part = now;
            if (first) {
                cursor.setBlockFormat(uiBlock);
                first = false;
            } else {
                cursor.insertBlock(uiBlock, heading);
            }
            cursor.insertText(part == 0 ? tr("On the server that runs the scheduler:")
                              : part == 1 ? tr("On each web bridge:")
                                          : tr("Back on the server that runs the scheduler:"),
                              heading);
        }
        cursor.insertBlock(codeBlock, code);
        cursor.insertText(command.text, code);
        cursor.insertBlock(explanationBlock, prose);
        cursor.insertText(command.explanation, prose);
    }
    m_view->moveCursor(QTextCursor::Start);
}

void SchedulerCommandsPage::copyCommands()
{
    if (!m_commands.isComplete())
        return;
    QGuiApplication::clipboard()->setText(m_commands.text());
    m_status->setText(tr("%n command(s) copied.", nullptr, int(m_commands.commands().size())));
}

} // namespace views
