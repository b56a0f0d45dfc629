#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace views {

// Settings of the console itself: for now its language, applied at once on OK (no restart).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // languages: code and the language's own name ("fr", "Français"), in the order to show.
    PreferencesDialog(const QList<QPair<QString, QString>> &languages, const QString &currentLanguage,
                      QWidget *parent = nullptr);

    QString language() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace views
