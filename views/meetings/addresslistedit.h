#pragma once

#include "live/dialaddress.h"

#include <QList>
#include <QPlainTextEdit>

namespace views {

// The addresses a meeting dials, typed one per line or pasted (commas, semicolons and new lines all
// separate them: what is pasted is put one per line). Each is checked as it is typed
// (cms::DialAddress); a line holding one that cannot be dialled is marked, and problems() says why,
// with its line number.
class AddressListEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    struct Entry
    {
        int line = 0;               // 1-based, as the editor shows it
        QString typed;
        cms::DialAddress address;
    };

    explicit AddressListEdit(QWidget *parent = nullptr);

    static QList<Entry> parse(const QString &text);
    QList<Entry> entries() const { return parse(toPlainText()); }
    // The checked addresses to send, in order; only meaningful when problems() is empty.
    QStringList addresses() const;
    // "Line 2: …", one per address that cannot be dialled.
    QStringList problems() const;
    void setAddresses(const QStringList &addresses);
    // Room for a few addresses; the dialog gives more when it has it.
    QSize sizeHint() const override;

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    void markProblems();
};

} // namespace views
