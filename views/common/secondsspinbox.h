#pragma once

#include <QSpinBox>

namespace views {

// A spin box counting seconds that says its unit the way each language does: "5 seconds", «٥ ثوانٍ»,
// «ثانية واحدة» (the plural form chosen by the number, which a fixed suffix cannot do). Typing digits, in
// any script, sets the value.
class SecondsSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit SecondsSpinBox(QWidget *parent = nullptr);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
    void changeEvent(QEvent *event) override;

private:
    // The value the text names: its digits, or a form that says the number in words («ثانية واحدة»).
    std::optional<int> parse(const QString &text) const;
};

} // namespace views
