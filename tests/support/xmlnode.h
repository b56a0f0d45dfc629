#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// A small XML tree for test assertions on what the simulator answers.
struct XmlNode
{
    QString name;
    QHash<QString, QString> attributes;
    QString text;
    QList<XmlNode> children;

    static XmlNode parse(const QByteArray &xml, QString *error = nullptr);

    const XmlNode *child(const QString &childName) const;
    QList<const XmlNode *> childrenNamed(const QString &childName) const;
    // Text of a descendant by slash path ("status/state"); empty when missing.
    QString value(const QString &path) const;
    bool has(const QString &path) const;
    QString attribute(const QString &key) const { return attributes.value(key); }
    QStringList ids() const;   // the id attribute of every child, in order
};
