#include "SecretDialogs.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace puw {

namespace {
class DialogText {
    Q_DECLARE_TR_FUNCTIONS(puw::SecretDialogs)
};

QLabel* selectable(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

bool HostKeyDialog::ask(const HostKeyInfo& key, QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(DialogText::tr("Unknown host key"));
    dialog.setAccessibleName(DialogText::tr("Unknown host key"));
    auto* layout = new QVBoxLayout(&dialog);
    //: %1: host name (maybe with a port)
    layout->addWidget(selectable(DialogText::tr("This is the first connection to %1: its key is not in your "
                                                "list of known hosts yet.")
                                     .arg(key.host),
                                 DialogText::tr("About the host key"), &dialog));
    auto* facts = new QFormLayout;
    auto* type = selectable(key.keyType, DialogText::tr("Key type"), &dialog);
    auto* fingerprint = selectable(key.fingerprint, DialogText::tr("SHA256 fingerprint"), &dialog);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    facts->addRow(DialogText::tr("Key type:"), type);
    facts->addRow(DialogText::tr("Fingerprint:"), fingerprint);
    layout->addLayout(facts);
    //: %1: the key type, e.g. ssh-ed25519 -> the file name uses "ed25519"
    layout->addWidget(selectable(
        DialogText::tr("Compare it with the fingerprint the host itself shows, for example by running "
                       "\"ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub\" on its console. Accept only if "
                       "they are the same; the key is then added to %1.")
            .arg(key.knownHostsFile.isEmpty() ? QStringLiteral("~/.ssh/known_hosts") : key.knownHostsFile),
        DialogText::tr("How to compare"), &dialog));
    auto* buttons = new QDialogButtonBox(&dialog);
    QPushButton* accept = buttons->addButton(DialogText::tr("&Accept the key"), QDialogButtonBox::AcceptRole);
    accept->setAccessibleName(DialogText::tr("Accept the key"));
    QPushButton* refuse = buttons->addButton(DialogText::tr("&Refuse"), QDialogButtonBox::RejectRole);
    refuse->setAccessibleName(DialogText::tr("Refuse the key"));
    refuse->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<GuiSecrets::SecretAnswer> SecretDialog::ask(const GuiSecrets::SecretPrompt& prompt,
                                                          QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(prompt.title);
    dialog.setAccessibleName(prompt.title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = selectable(prompt.text, DialogText::tr("What is asked"), &dialog);
    auto* edit = new QLineEdit(&dialog);
    edit->setEchoMode(prompt.echo ? QLineEdit::Normal : QLineEdit::Password);
    edit->setAccessibleName(prompt.title);
    text->setBuddy(edit);
    layout->addWidget(text);
    layout->addWidget(edit);
    auto* remember = new QCheckBox(DialogText::tr("Re&member it in the keychain"), &dialog);
    remember->setAccessibleName(DialogText::tr("Remember it in the keychain"));
    remember->setVisible(prompt.canRemember);
    layout->addWidget(remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    edit->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return GuiSecrets::SecretAnswer{edit->text(), prompt.canRemember && remember->isChecked()};
}

} // namespace puw
