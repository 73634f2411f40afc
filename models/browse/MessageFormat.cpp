#include "browse/MessageFormat.h"

#include "common/ModelsTr.h"

#include <QDateTime>

namespace streamscope {

QString formatMessageTime(qint64 timestampMs) {
    if (timestampMs < 0)
        return QStringLiteral("\u2014");
    return QDateTime::fromMSecsSinceEpoch(timestampMs)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString timestampTypeText(RecordTimestampType type) {
    switch (type) {
    case RecordTimestampType::CreateTime:
        return ModelsTr::tr("Create time (set by the producer)");
    case RecordTimestampType::LogAppendTime:
        return ModelsTr::tr("Log append time (set by the broker)");
    case RecordTimestampType::NotAvailable:
        break;
    }
    return ModelsTr::tr("Not available");
}

QString formatByteSize(const QLocale& locale, qint64 bytes) {
    return locale.formattedDataSize(bytes, bytes < 1024 ? 0 : 1, QLocale::DataSizeIecFormat);
}

} // namespace streamscope
