#pragma once

class QCoreApplication;

namespace streamscope {

// Installs streamscope_<locale>.qm and Qt's own qtbase_<locale>.qm when they exist. Looks in
// $STREAMSCOPE_TRANSLATIONS_DIR, next to the installed binary (../share/streamscope/translations),
// then in the build tree. A missing translation is not an error: the UI stays in English.
void installTranslations(QCoreApplication& app);

} // namespace streamscope
