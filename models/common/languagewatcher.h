#pragma once

#include <QObject>

namespace models {

// Qt sends QEvent::LanguageChange to widgets only; item models are not widgets. This watches the
// application object, which receives the event whenever a translator is installed or removed, so a
// model can say that its headers and translated cells changed (views then re-measure their columns).
class LanguageWatcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageWatcher(QObject *parent = nullptr);

Q_SIGNALS:
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace models
