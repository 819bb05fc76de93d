#pragma once

#include "model/source.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ferry::gui {

// The fields of a source, shared by the Add Source wizard's first step and the Edit Source
// dialog: name, endpoint, user name, password, and the import options (import limit, connection
// timeout, datacenters). validate() checks them as `ferryctl source add` does and names the field
// to fix; the message is shown under the form.
class SourceFormWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceFormWidget)

public:
    enum class Mode {
        Add, // every field empty, the password required
        Edit, // the current values, an empty password keeps the stored one
    };

    explicit SourceFormWidget(Mode mode, QWidget *parent = nullptr);
    ~SourceFormWidget() override;

    // Fills the fields from a source (Edit, or coming back to the first step).
    void setSource(const Source &source);
    // The source with the fields applied (endpoint normalised when valid); other members as in
    // `base`.
    Source applyTo(Source base) const;
    QByteArray password() const;
    bool passwordChanged() const;

    // Returns an error for people when a field is wrong, focuses that field and shows the
    // message; nameTaken tells whether another source already has a name.
    std::optional<QString> validate(const std::function<bool(const QString &)> &nameTaken);
    // Shows a message under the form (the server refused the password, ...) and focuses the
    // field it is about; an empty message hides it.
    void showProblem(const QString &message, QWidget *field = nullptr);
    void focusPassword();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }

Q_SIGNALS:
    void changed();

private:
    void suggestName();

    Mode m_mode;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QSpinBox *m_importLimit = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_datacenters = nullptr;
    QCheckBox *m_hostDirect = nullptr;
    QLabel *m_problem = nullptr;
    QString m_originalName;
    bool m_nameEdited = false;
};

} // namespace ferry::gui
