#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace views {

// Asks which field to set on the selected spaces and to what: the writable fields of a space
// (schema, for the server's version), the value checked as it is typed (Schema::checkValue), an
// empty value unsetting the field. Not modal; accepted() carries the choice in field()/value().
class BulkSetFieldDialog : public QDialog
{
    Q_OBJECT
public:
    BulkSetFieldDialog(int spaceCount, int serverVersion, QWidget *parent = nullptr);

    QString field() const;
    QString value() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFields();
    void check();

    int m_spaceCount;
    int m_serverVersion;
    QLabel *m_intro;
    QLabel *m_fieldLabel;
    QComboBox *m_field;
    QLabel *m_valueLabel;
    QComboBox *m_enumValue;   // for Bool and Enum fields
    QLineEdit *m_value;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace views
