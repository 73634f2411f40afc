#pragma once

#include "kafka/KafkaRecord.h"

#include <QLocale>
#include <QString>

namespace streamscope {

// "2026-12-02 10:15:03.042" in local time; an em dash when the record has no timestamp (-1).
QString formatMessageTime(qint64 timestampMs);
// "Create time (set by the producer)", "Log append time (set by the broker)", "Not available".
QString timestampTypeText(RecordTimestampType type);
// "1.2 KiB"; "0 bytes".
QString formatByteSize(const QLocale& locale, qint64 bytes);

} // namespace streamscope
