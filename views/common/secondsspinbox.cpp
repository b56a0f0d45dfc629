#include "common/secondsspinbox.h"

#include <QEvent>
#include <QLineEdit>

namespace views {

SecondsSpinBox::SecondsSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
}

QString SecondsSpinBox::textFromValue(int value) const
{
    //: A number of seconds in a spin box: "5 seconds"
    return tr("%Ln second(s)", nullptr, value);
}

std::optional<int> SecondsSpinBox::parse(const QString &text) const
{
    // Forms that may say the number in words (one, two) are recognised whole.
    for (int value : {0, 1, 2}) {
        if (value >= minimum() && value <= maximum() && text.trimmed() == textFromValue(value))
            return value;
    }
    qint64 number = 0;
    bool digits = false;
    for (const QChar c : text) {
        const int digit = c.digitValue();
        if (digit < 0)
            continue;
        number = number * 10 + digit;
        digits = true;
        if (number > maximum())
            return std::nullopt;
    }
    return digits ? std::optional<int>(int(number)) : std::nullopt;
}

int SecondsSpinBox::valueFromText(const QString &text) const
{
    return parse(text).value_or(value());
}

QValidator::State SecondsSpinBox::validate(QString &text, int &pos) const
{
    Q_UNUSED(pos)
    const std::optional<int> value = parse(text);
    if (!value)
        return text.trimmed().isEmpty() ? QValidator::Intermediate : QValidator::Invalid;
    return *value >= minimum() && *value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

void SecondsSpinBox::changeEvent(QEvent *event)
{
    QSpinBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        lineEdit()->setText(textFromValue(value()));
}

} // namespace views
