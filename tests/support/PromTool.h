#pragma once

#include <QByteArray>
#include <QString>

namespace streamscope::test {

// `promtool check metrics` (Debian package prometheus) on exposition text. Empty when promtool
// accepted it without a word (it reports lint problems with exit 0 in some versions, so any
// output counts); otherwise what promtool said, or why it could not run.
QString promtoolProblems(const QByteArray& text);

} // namespace streamscope::test
