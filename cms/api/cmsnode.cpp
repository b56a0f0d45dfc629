#include "api/cmsnode.h"

#include <algorithm>

namespace cms {

QString CmsNode::attribute(QStringView key) const
{
    for (const auto &a : attributes) {
        if (a.first == key)
            return a.second;
    }
    return {};
}

const CmsNode *CmsNode::child(QStringView childName) const
{
    for (const CmsNode &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

QString CmsNode::value(QStringView path) const
{
    const CmsNode *node = this;
    for (QStringView part : path.split(u'/')) {
        node = node->child(part);
        if (!node)
            return {};
    }
    return node->text;
}

bool CmsNode::has(QStringView path) const
{
    const CmsNode *node = this;
    for (QStringView part : path.split(u'/')) {
        node = node->child(part);
        if (!node)
            return false;
    }
    return true;
}

bool CmsNode::operator==(const CmsNode &other) const
{
    if (name != other.name || text != other.text || attributes != other.attributes || children.size() != other.children.size())
        return false;
    return std::equal(children.cbegin(), children.cend(), other.children.cbegin());
}

} // namespace cms
