#include "guesthost/guesthostpatterndiagram.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace views {

namespace {

using Pattern = cms::GuestHostSettings::Pattern;

// A person: a head and shoulders, in `box`.
void drawPerson(QPainter &painter, const QRectF &box, const QColor &color)
{
    const qreal head = box.height() * 0.38;
    const QPointF centre(box.center().x(), box.top() + head / 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(centre, head / 2, head / 2);
    QPainterPath body;
    const QRectF shoulders(box.center().x() - box.width() / 2, box.top() + head * 1.1, box.width(), box.height() - head * 1.1);
    body.moveTo(shoulders.bottomLeft());
    body.cubicTo(shoulders.topLeft(), shoulders.topRight(), shoulders.bottomRight());
    body.closeSubpath();
    painter.drawPath(body);
}

void drawArrow(QPainter &painter, const QPointF &from, const QPointF &to, const QColor &color, bool dashed)
{
    QPen pen(color, 2);
    pen.setStyle(dashed ? Qt::DashLine : Qt::SolidLine);
    painter.setPen(pen);
    painter.drawLine(from, to);
    const qreal direction = to.x() >= from.x() ? 1 : -1;
    const qreal size = 7;
    QPolygonF head;
    head << to << QPointF(to.x() - direction * size, to.y() - size / 2) << QPointF(to.x() - direction * size, to.y() + size / 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(head);
}

} // namespace

GuestHostPatternDiagram::GuestHostPatternDiagram(Pattern pattern, QWidget *parent)
    : QWidget(parent)
    , m_pattern(pattern)
{
    setObjectName(QStringLiteral("patternDiagram%1").arg(int(pattern)));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    retranslateUi();
}

QString GuestHostPatternDiagram::guestLabel() const
{
    switch (m_pattern) {
    case Pattern::DifferentUri:
        return tr("Dials the space's URI or call ID");
    case Pattern::SamePinDiffers:
        return tr("Dials the space's URI, enters the guest PIN");
    case Pattern::EmptyGuestPin:
        return tr("Dials the space's URI, no PIN (# or silence)");
    case Pattern::HostIsMember:
        return tr("Dials the space's URI or call ID");
    }
    return {};
}

QString GuestHostPatternDiagram::hostLabel() const
{
    switch (m_pattern) {
    case Pattern::DifferentUri:
        return tr("Dials the hosts' own URI or call ID");
    case Pattern::SamePinDiffers:
    case Pattern::EmptyGuestPin:
        return tr("Dials the same URI, enters the host PIN");
    case Pattern::HostIsMember:
        return tr("Signs in to the web app as a member");
    }
    return {};
}

QString GuestHostPatternDiagram::description() const
{
    //: Accessible description of a diagram. %1: what the guest does, %2: what the host does
    return tr("Guest: %1; waits in the lobby. Host: %2; goes straight into the meeting and lets the guests in.")
        .arg(guestLabel(), hostLabel());
}

QSize GuestHostPatternDiagram::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 56, fontMetrics().height() * 9);
}

QSize GuestHostPatternDiagram::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 9);
}

void GuestHostPatternDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void GuestHostPatternDiagram::retranslateUi()
{
    //: Accessible name of a diagram; %1: the pattern's name
    setAccessibleName(tr("Diagram: %1").arg(cms::GuestHostInputs::patternName(m_pattern)));
    setAccessibleDescription(description());
    setToolTip(description());
    update();
}

// Laid out left to right, then mirrored (x → width − x) when the layout direction is right to left:
// people on the reading side, the space at the far end.
void GuestHostPatternDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const qreal w = width();
    const qreal h = height();
    auto x = [rtl, w](qreal at) { return rtl ? w - at : at; };
    auto rect = [rtl, w](const QRectF &r) { return rtl ? QRectF(w - r.right(), r.top(), r.width(), r.height()) : r; };
    const QPalette pal = palette();
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor guestColor(0x2e, 0x7d, 0x32);
    const QColor hostColor(0x15, 0x65, 0xc0);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    const QFontMetricsF fm(small);

    const qreal personWidth = qMax(fm.horizontalAdvance(tr("Guest")), fm.horizontalAdvance(tr("Host"))) + 8;
    const qreal row = h / 2;
    const qreal iconHeight = row * 0.45;
    const qreal spaceLeft = w * 0.62;
    const QRectF space(spaceLeft, 2, w - spaceLeft - 2, h - 4);

    // The space, its lobby (top) and its meeting (bottom).
    painter.setPen(QPen(ink, 1));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(rect(space), 6, 6);
    const qreal title = fm.height() + 4;
    painter.setPen(ink);
    painter.drawText(rect(QRectF(space.left(), space.top() + 2, space.width(), title)), Qt::AlignCenter, tr("Space"));
    const QRectF lobby(space.left() + 6, space.top() + title, space.width() - 12, (space.height() - title) / 2 - 6);
    const QRectF meeting(space.left() + 6, lobby.bottom() + 6, space.width() - 12, lobby.height());
    painter.setPen(QPen(guestColor, 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(rect(lobby), 4, 4);
    painter.setPen(QPen(hostColor, 1));
    painter.drawRoundedRect(rect(meeting), 4, 4);
    painter.setPen(ink);
    painter.drawText(rect(lobby.adjusted(2, 0, -2, 0)), Qt::AlignCenter | Qt::TextWordWrap, tr("Lobby: waits for a host"));
    painter.drawText(rect(meeting.adjusted(2, 0, -2, 0)), Qt::AlignCenter | Qt::TextWordWrap, tr("Meeting"));

    // The guest (top row) and the host (bottom row), each with an arrow and what they dial.
    const struct {
        qreal top;
        QString name;
        QString label;
        QColor color;
        QRectF target;
    } people[] = {
        {2, tr("Guest"), guestLabel(), guestColor, lobby},
        {row + 2, tr("Host"), hostLabel(), hostColor, meeting},
    };
    for (const auto &person : people) {
        const QRectF icon(2 + (personWidth - iconHeight * 0.8) / 2, person.top + 2, iconHeight * 0.8, iconHeight);
        drawPerson(painter, rect(icon), person.color);
        painter.setPen(ink);
        painter.drawText(rect(QRectF(2, icon.bottom() + 1, personWidth, fm.height())), Qt::AlignCenter, person.name);
        const qreal arrowY = person.target.center().y();
        const qreal from = 2 + personWidth + 4;
        const qreal to = person.target.left() - 2;
        const QRectF labelBox(from, person.top, to - from - 10, arrowY - person.top - 2);   // clear of the arrowhead
        painter.setPen(person.color.darker(120));
        painter.drawText(rect(labelBox), Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, person.label);
        drawArrow(painter, QPointF(x(from), arrowY), QPointF(x(to), arrowY), person.color, false);
    }
}

} // namespace views
