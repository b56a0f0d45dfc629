#pragma once

#include <QDialog>
#include <QPointer>
#include <QString>

class QDialogButtonBox;
class QLabel;

namespace cms {
class ClusterSession;
struct ObjectType;
} // namespace cms

namespace views {

class SchemaForm;

// Creates one object of a schema type in a collection: a SchemaForm of its fields (Create stays off
// while a field is wrong, the reason at the field), then a POST of what was filled in. A refusal the
// server ties to a field is shown there, any other under the form; the dialog stays open for another
// try. created() once the server has the object; the dialog then closes.
class NewObjectDialog : public QDialog
{
    Q_OBJECT
public:
    NewObjectDialog(cms::ClusterSession &session, const cms::ObjectType &type, QString collection,
                    QWidget *parent = nullptr);

    SchemaForm *form() const { return m_form; }
    QString collection() const { return m_collection; }

Q_SIGNALS:
    void created(const QString &id);
    void refused();

private:
    void create();

    QPointer<cms::ClusterSession> m_session;
    QString m_collection;
    SchemaForm *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace views
