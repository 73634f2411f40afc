#pragma once

#include "common/Expected.h"

#include <QByteArrayView>
#include <QString>

namespace streamscope {

// What a TLS setting must hold: librdkafka reads CA files and client certificates as PEM
// certificates and client keys as PEM private keys (a PEM key store holds both).
enum class PemKind { Certificate, PrivateKey };

// Checks, before any client exists, that a TLS setting holds what it should: a pasted text that
// is not PEM, a file that is empty, binary (DER, PKCS#12, a JKS store) or of the other kind
// (a certificate given as the key) would otherwise reach the user as OpenSSL's "no start line"
// from deep inside librdkafka, or only as a failed handshake. Every message names `field`.

// The problem of PEM text, naming field; empty when it holds a well-formed block of that kind.
QString pemTextProblem(QByteArrayView text, PemKind kind, const QString& field);
// The same for a file (read bounded); a directory passes for a CA (OpenSSL's hashed CA folder).
QString pemFileProblem(const QString& path, PemKind kind, const QString& field);
// The check for one librdkafka property (ssl.ca.location, ssl.certificate.location,
// ssl.key.location, ssl.ca.pem, ssl.certificate.pem, ssl.key.pem); other keys always pass.
Status checkPemProperty(const QString& key, const QString& value);

} // namespace streamscope
