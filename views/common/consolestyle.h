#pragma once

#include <QProxyStyle>

namespace views {

// The application's style: the platform's, with dialog buttons that show their text only (Linux themes
// put an icon on OK and Cancel; in a right-to-left window Qt then draws the icon in the middle and
// pushes the text against the button's edge, which reads as broken), and Alt alone opening the menus.
class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};

} // namespace views
