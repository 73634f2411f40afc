#include "kafka/RdErrors.h"

#include "cluster/TopicName.h"
#include "kafka/KafkaClient.h"

#include <QCoreApplication>

namespace streamscope::rd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KafkaClient)
};

} // namespace

Error errorFrom(rd_kafka_resp_err_t err, const char* context) {
    QString message = describeKafkaError(err);
    if (context && *context)
        message = QString::fromUtf8(context) + QStringLiteral(": ") + message;
    return Error{static_cast<int>(err), message};
}

Status statusFrom(rd_kafka_resp_err_t err) {
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
        return {};
    return errorFrom(err);
}

Status statusFrom(rd_kafka_error_t* error) {
    if (!error)
        return {};
    Error failure{static_cast<int>(rd_kafka_error_code(error)),
                  QString::fromUtf8(rd_kafka_error_string(error))};
    rd_kafka_error_destroy(error);
    return failure;
}

Error lastError() {
    return errorFrom(rd_kafka_last_error());
}

Error eventError(rd_kafka_event_t* event) {
    return Error{static_cast<int>(rd_kafka_event_error(event)),
                 QString::fromUtf8(rd_kafka_event_error_string(event))};
}

Error constructorError(const char* function) {
    return streamscopeError(
        Tr::tr("librdkafka could not create an object (%1).").arg(QString::fromLatin1(function)));
}

Error invalidTopicError(const QString& name) {
    if (auto status = validateTopicName(name); !status)
        return status.error();
    return streamscopeError(Tr::tr("librdkafka refused the topic name \"%1\".").arg(name));
}

} // namespace streamscope::rd
