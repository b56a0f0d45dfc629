#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

#include <utility>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cms {
class CollectionPager;
class Connection;
class ProfileLabels;
} // namespace cms

namespace views {

// Asks which field to set on the selected spaces and to what: the writable fields of a space
// (schema, for the server's version), the value checked as it is typed (Schema::checkValue), an
// empty value unsetting the field. Not modal; accepted() carries the choice in field()/value().
// Once loadCallProfiles() has read them, the call profile is chosen from the cluster's call profiles,
// each shown as "label (id)" with the label the console keeps (rather than typed as an id).
class BulkSetFieldDialog : public QDialog
{
    Q_OBJECT
public:
    BulkSetFieldDialog(int spaceCount, int serverVersion, QWidget *parent = nullptr);
    ~BulkSetFieldDialog() override;

    // Reads the cluster's call profiles, to offer them as choices; `labels` may be null.
    void loadCallProfiles(cms::Connection &connection, const cms::ProfileLabels *labels, const QString &clusterId);

    QString field() const;
    QString value() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFields();
    void showValueEditor();
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
    QList<std::pair<QString, QString>> m_callProfiles;   // id, text shown
    QPointer<cms::CollectionPager> m_pager;
};

} // namespace views
