#pragma once

#include "spaces/spaceobjectseditor.h"

namespace models {
class AccessMethodsModel;
}

namespace views {

// The "Access methods" section of a space's details: the space's access methods in a table, with
// Add…, Edit… and Delete… (which asks for confirmation). Every change made is announced with
// changed() as one translated sentence, for the activity log.
class AccessMethodsEditor : public SpaceObjectsEditor
{
    Q_OBJECT
public:
    explicit AccessMethodsEditor(QWidget *parent = nullptr);
    ~AccessMethodsEditor() override;

    models::AccessMethodsModel *model() const;

protected:
    void retranslateUi() override;
    void openDialog(const QString &accessMethodId) override;
    void confirmRemoval(const QString &id) override;
};

} // namespace views
