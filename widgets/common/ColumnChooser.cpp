#include "common/ColumnChooser.h"

#include "common/WidgetsTr.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>

namespace streamscope {

void installColumnChooser(QHeaderView* header, int keptColumn) {
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        header, &QWidget::customContextMenuRequested, header,
        [header, keptColumn](const QPoint& at) {
            const QAbstractItemModel* model = header->model();
            if (!model)
                return;
            QMenu menu(header);
            menu.setObjectName(QStringLiteral("columnChooser"));
            menu.setToolTipsVisible(true);
            const int visible = header->count() - header->hiddenSectionCount();
            for (int column = 0; column < header->count(); ++column) {
                const QString title = model->headerData(column, Qt::Horizontal).toString();
                QAction* action = menu.addAction(title);
                action->setCheckable(true);
                action->setChecked(!header->isSectionHidden(column));
                action->setEnabled(column != keptColumn &&
                                   (header->isSectionHidden(column) || visible > 1));
                action->setToolTip(
                    model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
                QObject::connect(action, &QAction::toggled, header, [header, column](bool shown) {
                    header->setSectionHidden(column, !shown);
                });
            }
            menu.exec(header->viewport()->mapToGlobal(at));
        });
    header->setToolTip(WidgetsTr::tr("Right-click to choose the columns"));
}

} // namespace streamscope
