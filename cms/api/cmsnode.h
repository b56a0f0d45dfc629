#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace cms {

// One XML element of a CMS reply: an object (<coSpace id="…">), a nested block (<status>,
// <configuration>, <rxAudio>) or a plain field (<name>). Unknown elements are kept, not dropped:
// newer servers add fields.
struct CmsNode
{
    QString name;
    QString text;
    QList<QPair<QString, QString>> attributes;
    QList<CmsNode> children;

    QString attribute(QStringView key) const;
    QString id() const { return attribute(u"id"); }
    const CmsNode *child(QStringView childName) const;
    // Text of a descendant by slash path ("status/state"); empty when missing.
    QString value(QStringView path) const;
    bool has(QStringView path) const;
    bool isLeaf() const { return children.isEmpty(); }
    bool operator==(const CmsNode &other) const;   // the same tree
};

// A page of a collection: <coSpaces total="123"><coSpace id="…">…</coSpace>…</coSpaces>.
struct CmsCollection
{
    QString name;          // "coSpaces"
    qint64 total = -1;     // every object matching the filters, whatever the page
    QList<CmsNode> items;
};

// The body of a refusal: <failureDetails><reason parameter="…" error="…"/></failureDetails>.
struct CmsFailure
{
    QString reason;
    QString parameter;   // parameterError only
    QString error;       // parameterError only
};

} // namespace cms
