#pragma once

#include "ctloutput.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace cms {
class Connection;
struct OperationResult;
}

// Moves participants into one call, one after the other: each is checked, moved and verified by
// reading back (cms::ParticipantMove), and gets one result line, or one JSON object per line with
// --json. A failed move does not stop the others.
class CtlMoveBatch : public QObject
{
    Q_OBJECT
public:
    CtlMoveBatch(cms::Connection &connection, QStringList participantIds, QString targetCallId, CtlOutput &output,
                 QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // After the last participant: how many could not be moved, and the exit code that says why
    // (0 when all moved; 1 when the server refused or a move did not verify; 3 when a call bridge
    // could not be reached).
    void finished(int notMoved, int exitCode);

private:
    void moveNext();
    void report(const QString &participantId, const QString &newId, const cms::OperationResult &result);

    cms::Connection &m_connection;
    QStringList m_participantIds;
    QString m_targetCallId;
    CtlOutput &m_output;
    int m_next = 0;
    int m_notMoved = 0;
    int m_exitCode = 0;
};
