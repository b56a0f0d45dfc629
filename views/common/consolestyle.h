#pragma once

#include <QProxyStyle>

namespace views {

// The application's style: the platform's, with three corrections that every window needs.
// - Dialog buttons show their text only. Linux themes put an icon on OK and Cancel; in a right-to-left
//   window Qt then draws the icon in the middle and pushes the text against the button's edge.
// - Alt alone opens the menu bar, so menus are reachable from the keyboard in every language, also where
//   a translation has no letter that can carry a mnemonic (Arabic «ملف»).
// - A horizontal scroll bar in a right-to-left window is drawn as the mirror image of the same bar left
//   to right. Fusion (Qt 6.4) draws it mirrored twice: the handle of the first position, whose column is
//   on the right, appears on the left, while a click there counts as a click on the right.
class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;

private:
    bool drawsRightToLeftBarsMirrored() const;
};

} // namespace views
