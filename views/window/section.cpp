#include "window/section.h"

namespace views {

Section::Section(QObject *parent)
    : QObject(parent)
{
}

Section::~Section()
{
    if (m_page && !m_page->parent())
        delete m_page;
}

void Section::setWidget(QWidget *page)
{
    m_page = page;
}

} // namespace views
