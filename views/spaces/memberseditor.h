#pragma once

#include "spaces/spaceobjectseditor.h"

namespace models {
class MembersModel;
}

namespace views {

// The "Members" section of a space's details: the space's members (coSpaceUsers) in a table, with
// Add…, Edit… and Remove… (which asks for confirmation). Every change made is announced with
// changed() as one translated sentence, for the activity log.
class MembersEditor : public SpaceObjectsEditor
{
    Q_OBJECT
public:
    explicit MembersEditor(QWidget *parent = nullptr);
    ~MembersEditor() override;

    models::MembersModel *model() const;

protected:
    void retranslateUi() override;
    void openDialog(const QString &memberId) override;
    void confirmRemoval(const QString &id) override;
};

} // namespace views
