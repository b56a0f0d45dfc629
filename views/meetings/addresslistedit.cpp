#include "meetings/addresslistedit.h"

#include "common/displayformat.h"

#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>

namespace views {

namespace {

const QRegularExpression &separators()
{
    static const QRegularExpression pattern(QStringLiteral("[,;\\r\\n]"));
    return pattern;
}

} // namespace

AddressListEdit::AddressListEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);   // Tab goes on to the next control, as in a form
    setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(this, &QPlainTextEdit::textChanged, this, &AddressListEdit::markProblems);
}

QList<AddressListEdit::Entry> AddressListEdit::parse(const QString &text)
{
    QList<Entry> entries;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype line = 0; line < lines.size(); ++line) {
        for (const QString &part : lines.at(line).split(separators(), Qt::SkipEmptyParts)) {
            if (part.trimmed().isEmpty())
                continue;
            entries.append({int(line) + 1, part.trimmed(), cms::DialAddress::check(part)});
        }
    }
    return entries;
}

QStringList AddressListEdit::addresses() const
{
    QStringList out;
    for (const Entry &entry : entries()) {
        if (entry.address.isValid())
            out.append(entry.address.address());
    }
    return out;
}

QStringList AddressListEdit::problems() const
{
    QStringList out;
    for (const Entry &entry : entries()) {
        if (!entry.address.isValid()) {
            //: %1: line number in the list of addresses, %2: the address typed, %3: why it cannot be dialled
            out.append(tr("Line %1: %2 — %3").arg(entry.line).arg(models::DisplayFormat::isolated(entry.typed),
                                                                  entry.address.message()));
        }
    }
    return out;
}

QSize AddressListEdit::sizeHint() const
{
    const int frame = 2 * frameWidth() + int(2 * document()->documentMargin());
    return {fontMetrics().averageCharWidth() * 50 + frame, fontMetrics().lineSpacing() * 6 + frame};
}

void AddressListEdit::setAddresses(const QStringList &addresses)
{
    setPlainText(addresses.join(QLatin1Char('\n')));
}

void AddressListEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    // "a@x.com, b@y.com; c@z.com" from a mail or a spreadsheet: one address per line.
    QStringList parts;
    for (const QString &part : source->text().split(separators(), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    insertPlainText(parts.join(QLatin1Char('\n')));
}

void AddressListEdit::markProblems()
{
    QList<int> wrongLines;
    for (const Entry &entry : entries()) {
        if (!entry.address.isValid())
            wrongLines.append(entry.line);
    }
    QList<QTextEdit::ExtraSelection> marks;
    for (int line : std::as_const(wrongLines)) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document()->findBlockByNumber(line - 1));
        mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(Qt::red);
        marks.append(mark);
    }
    setExtraSelections(marks);
}

} // namespace views
