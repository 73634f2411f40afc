#pragma once

#include "cluster/ConnectionProfile.h"

#include <QObject>
#include <QString>

namespace streamscope {

// The system keychain (Secret Service such as gnome-keyring, or KWallet, through QtKeychain) for
// the secrets of profiles whose user ticked "Remember in the system keychain": the SASL password,
// the key passphrase and secret extra properties, as one entry per profile name. Nothing falls
// back to a file: without a keychain service the option is off and the prompt asks each session.
//
// GUI thread only. Availability is probed once, asynchronously, at construction (a read of an
// entry that does not exist); until the answer the option is off with "checking" as the reason.
class KeychainSecrets : public QObject {
    Q_OBJECT
public:
    enum class Availability { Checking, Available, Unavailable };

    explicit KeychainSecrets(QObject* parent = nullptr);

    Availability availability() const { return m_availability; }
    // Why the option is off, for a tooltip or a label: empty when available.
    QString unavailableReason() const;

    // Reads the profile's entry into the fields it lacks (waits at most timeoutMs for the
    // keychain, which may be showing an unlock dialog). Returns true if an entry was found.
    // Waits in a local event loop, as the modal password prompt it replaces would.
    bool fill(ConnectionProfile& profile, int timeoutMs = 5000);
    // Stores the profile's secrets as its entry (a profile without secrets in memory leaves the
    // entry as it is). Asynchronous; stored() reports the outcome.
    void store(const ConnectionProfile& profile);
    void erase(const QString& profileName);

    // The entry's text for a profile (JSON of the secrets), and the reverse: for tests.
    static QByteArray encode(const ConnectionProfile& profile);
    static bool decodeInto(const QByteArray& data, ConnectionProfile& profile);

Q_SIGNALS:
    void availabilityChanged();
    // After store(): empty error when the keychain took the entry.
    void stored(const QString& profileName, const QString& error);

private:
    Availability m_availability = Availability::Checking;
    QString m_reason;
};

} // namespace streamscope
