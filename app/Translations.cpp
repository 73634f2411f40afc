#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace streamscope {

namespace {

bool installFirst(QCoreApplication& app, const QString& name, const QStringList& dirs) {
    auto* translator = new QTranslator(&app);
    for (const QString& dir : dirs) {
        if (translator->load(QLocale(), name, QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
    }
    delete translator;
    return false;
}

} // namespace

void installTranslations(QCoreApplication& app) {
    QStringList dirs;
    if (qEnvironmentVariableIsSet("STREAMSCOPE_TRANSLATIONS_DIR"))
        dirs.append(qEnvironmentVariable("STREAMSCOPE_TRANSLATIONS_DIR"));
    dirs.append(QCoreApplication::applicationDirPath() +
                QStringLiteral("/../share/streamscope/translations"));
#ifdef STREAMSCOPE_TRANSLATIONS_DIR
    dirs.append(QStringLiteral(STREAMSCOPE_TRANSLATIONS_DIR));
#endif
    installFirst(app, QStringLiteral("streamscope"), dirs);
    // Qt's own strings: standard buttons, file dialogs.
    installFirst(app, QStringLiteral("qtbase"),
                 {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
}

} // namespace streamscope
