#pragma once

#include <QComboBox>

namespace views {

// A combo box whose current text ends with an ellipsis when the box is narrower than the text, instead
// of being cut mid-word (QComboBox draws the text whole and clips it); the whole text is its tooltip,
// and its list is as wide as its longest entry.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    void showPopup() override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace views
