#include "CommandLine.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Streamscope"));
    QApplication::setOrganizationName(QStringLiteral("Streamscope"));
    QApplication::setOrganizationDomain(QStringLiteral("streamscope.dev"));
    streamscope::GuiOptions options;
    int exitCode = 0;
    if (!streamscope::parseGuiOptions(QApplication::arguments(), &options, &exitCode))
        return exitCode;
    QLabel placeholder(QStringLiteral("Streamscope"));
    placeholder.show();
    return QApplication::exec();
}
