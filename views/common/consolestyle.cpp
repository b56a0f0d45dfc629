#include "common/consolestyle.h"

namespace views {

int ConsoleStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                            QStyleHintReturn *returnData) const
{
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    // Alt alone opens the menu bar, so menus are reachable from the keyboard in every language, also
    // where a translation has no letter that can carry a mnemonic (Arabic «ملف»).
    if (hint == SH_MenuBar_AltKeyNavigation)
        return 1;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace views
