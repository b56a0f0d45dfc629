#pragma once

#include <QProxyStyle>

namespace views {

// The application's style: the platform's, with two corrections that every window needs.
// - Dialog buttons show their text only. Linux themes put an icon on OK and Cancel; in a right-to-left
//   window Qt then draws the icon in the middle and pushes the text against the button's edge.
// - Alt alone opens the menu bar, so menus are reachable from the keyboard in every language, also where
//   a translation has no letter that can carry a mnemonic (Arabic «ملف»).
class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};

} // namespace views
