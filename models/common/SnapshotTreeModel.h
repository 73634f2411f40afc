#pragma once

#include <QAbstractItemModel>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

namespace streamscope {

// A node's key among its siblings: a name (group, topic) or a number (partition), so that
// partitions sort 0, 1, 2, ..., 10 and not as text.
struct TreeKey {
    QString name;
    qint64 number = -1;

    static TreeKey named(const QString& name) { return {name, -1}; }
    static TreeKey numbered(qint64 number) { return {QString(), number}; }
    friend bool operator==(const TreeKey&, const TreeKey&) = default;
    friend bool operator<(const TreeKey& a, const TreeKey& b) {
        return a.name != b.name ? a.name < b.name : a.number < b.number;
    }
};

// One node of a new snapshot as a subclass hands it over: its key, its row value and its
// children (any order; a key twice among siblings: the first counts).
template <typename Item> struct TreeNodeSpec {
    TreeKey key;
    Item item;
    std::vector<TreeNodeSpec> children;
};

// Base of the tree models that mirror a snapshot (consumer groups -> topics -> partitions), next
// to SnapshotTableModel for flat tables. Each tick brings a whole new tree; replaceTree() merges
// it level by level into the smallest set of change signals: rows removed for keys that vanished
// and inserted for new keys (under their parent), dataChanged only over the cells that differ.
// Views keep selection, expansion and scroll position; nothing resets per tick.
//
// Nodes live at stable addresses for as long as their key exists (the QModelIndex internal
// pointer), so an index's identity survives every swap that keeps its key path. Siblings are
// kept sorted by key, which also makes key lookup (indexOfPath) a binary search per level.
//
// Item is the subclass's row value, default-constructible (a std::variant when levels differ).
// Subclasses implement data() (and headerData) with itemAt()/depthOf().
template <typename Item> class SnapshotTreeModel : public QAbstractItemModel {
public:
    using NodeSpec = TreeNodeSpec<Item>;
    // Raw value for sorting (numbers as numbers, not as formatted text).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SnapshotTreeModel(int columns, QObject* parent = nullptr)
        : QAbstractItemModel(parent)
        , m_columnCount(columns) {}

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override {
        const Node* owner = nodeOf(parent);
        if (!owner || (parent.isValid() && parent.column() != 0) || row < 0 || column < 0 ||
            column >= m_columnCount || row >= static_cast<int>(owner->children.size()))
            return {};
        return createIndex(row, column, owner->children[static_cast<std::size_t>(row)].get());
    }

    QModelIndex parent(const QModelIndex& child) const override {
        const Node* node = child.isValid() ? nodeOf(child) : nullptr;
        return node ? indexOfNode(node->parent) : QModelIndex();
    }
    using QObject::parent;

    int rowCount(const QModelIndex& parent = {}) const override {
        if (parent.isValid() && parent.column() != 0)
            return 0;
        const Node* owner = nodeOf(parent);
        return owner ? static_cast<int>(owner->children.size()) : 0;
    }

    int columnCount(const QModelIndex& parent = {}) const final {
        Q_UNUSED(parent);
        return m_columnCount;
    }

    // The row value at index (any column), nullptr for an invalid or foreign index.
    const Item* itemAt(const QModelIndex& index) const {
        const Node* node = index.isValid() ? nodeOf(index) : nullptr;
        return node ? &node->item : nullptr;
    }
    // 0 for top-level rows, 1 for their children, ...; -1 for an invalid index.
    int depthOf(const QModelIndex& index) const {
        const Node* node = index.isValid() ? nodeOf(index) : nullptr;
        return node ? node->depth : -1;
    }
    TreeKey keyAt(const QModelIndex& index) const {
        const Node* node = index.isValid() ? nodeOf(index) : nullptr;
        return node ? node->key : TreeKey();
    }
    // Keys from the top level down to index (empty for an invalid index).
    std::vector<TreeKey> pathOf(const QModelIndex& index) const {
        std::vector<TreeKey> path;
        for (const Node* node = index.isValid() ? nodeOf(index) : nullptr; node && node != &m_root;
             node = node->parent)
            path.insert(path.begin(), node->key);
        return path;
    }
    // The index of the node at path (top-level key first), invalid if any key is missing.
    QModelIndex indexOfPath(const std::vector<TreeKey>& path, int column = 0) const {
        const Node* node = &m_root;
        for (const TreeKey& key : path) {
            const auto& siblings = node->children;
            const auto it = std::lower_bound(
                siblings.begin(), siblings.end(), key,
                [](const std::unique_ptr<Node>& n, const TreeKey& k) { return n->key < k; });
            if (it == siblings.end() || !((*it)->key == key))
                return {};
            node = it->get();
        }
        return node == &m_root ? QModelIndex() : createIndex(node->row, column, node);
    }

protected:
    // Bit n set = column n changed. Trees here have far fewer than 64 columns.
    using ColumnMask = std::uint64_t;

    // Merges the new top level (and everything below it) into the model. changedColumns(oldItem,
    // newItem, depth) returns the mask of columns whose display differs between two items of the
    // same key path.
    template <typename ChangedColumns>
    void replaceTree(std::vector<NodeSpec> next, ChangedColumns changedColumns) {
        mergeChildren(&m_root, std::move(next), changedColumns);
    }

    // Whether index points at a cell of this model (data() asks before it reads an item).
    bool isCellIndex(const QModelIndex& index) const {
        return index.isValid() && index.model() == this && index.column() < m_columnCount;
    }

private:
    struct Node {
        TreeKey key;
        Item item{};
        Node* parent = nullptr;
        int row = 0;    // among its siblings; renumbered after every insert or remove
        int depth = -1; // the root is -1
        std::vector<std::unique_ptr<Node>> children;
    };

    const Node* nodeOf(const QModelIndex& index) const {
        if (!index.isValid())
            return &m_root;
        if (index.model() != this)
            return nullptr;
        return static_cast<const Node*>(index.internalPointer());
    }
    QModelIndex indexOfNode(const Node* node) const {
        if (!node || node == &m_root)
            return {};
        return createIndex(node->row, 0, const_cast<Node*>(node));
    }

    static void sortUniqueByKey(std::vector<NodeSpec>& specs) {
        const auto less = [](const NodeSpec& a, const NodeSpec& b) { return a.key < b.key; };
        if (!std::is_sorted(specs.begin(), specs.end(), less))
            std::stable_sort(specs.begin(), specs.end(), less);
        specs.erase(
            std::unique(specs.begin(), specs.end(),
                        [](const NodeSpec& a, const NodeSpec& b) { return a.key == b.key; }),
            specs.end());
    }

    static void renumber(Node* parent, std::size_t from) {
        for (std::size_t i = from; i < parent->children.size(); ++i)
            parent->children[i]->row = static_cast<int>(i);
    }

    static std::unique_ptr<Node> build(NodeSpec&& spec, Node* parent) {
        auto node = std::make_unique<Node>();
        node->key = std::move(spec.key);
        node->item = std::move(spec.item);
        node->parent = parent;
        node->depth = parent->depth + 1;
        sortUniqueByKey(spec.children);
        node->children.reserve(spec.children.size());
        for (NodeSpec& child : spec.children)
            node->children.push_back(build(std::move(child), node.get()));
        renumber(node.get(), 0);
        return node;
    }

    template <typename ChangedColumns>
    void mergeChildren(Node* parent, std::vector<NodeSpec> next, ChangedColumns& changedColumns) {
        sortUniqueByKey(next);
        auto& rows = parent->children;
        const QModelIndex parentIndex = indexOfNode(parent);

        // 1. Keys that vanished, as runs of consecutive rows; removed last run first so the rows
        //    of the runs still to do keep their numbers.
        std::vector<std::pair<int, int>> goneRuns;
        for (std::size_t i = 0, j = 0; i < rows.size(); ++i) {
            while (j < next.size() && next[j].key < rows[i]->key)
                ++j;
            if (j < next.size() && next[j].key == rows[i]->key)
                continue;
            const int row = static_cast<int>(i);
            if (!goneRuns.empty() && goneRuns.back().second == row - 1)
                goneRuns.back().second = row;
            else
                goneRuns.emplace_back(row, row);
        }
        for (auto run = goneRuns.rbegin(); run != goneRuns.rend(); ++run) {
            beginRemoveRows(parentIndex, run->first, run->second);
            rows.erase(rows.begin() + run->first, rows.begin() + run->second + 1);
            renumber(parent, static_cast<std::size_t>(run->first));
            endRemoveRows();
        }

        // 2. Every remaining row's key is in next, in the same order: insert the runs of new keys
        //    (with their whole subtrees) where they belong.
        std::vector<bool> inserted(next.size(), false);
        for (std::size_t i = 0, j = 0; j < next.size();) {
            if (i < rows.size() && !(next[j].key < rows[i]->key)) { // same key
                ++i;
                ++j;
                continue;
            }
            std::size_t end = j;
            while (end < next.size() && (i >= rows.size() || next[end].key < rows[i]->key))
                ++end;
            const std::size_t count = end - j;
            beginInsertRows(parentIndex, static_cast<int>(i), static_cast<int>(i + count - 1));
            std::vector<std::unique_ptr<Node>> fresh;
            fresh.reserve(count);
            for (std::size_t k = j; k < end; ++k) {
                fresh.push_back(build(std::move(next[k]), parent));
                inserted[k] = true;
            }
            rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(i),
                        std::make_move_iterator(fresh.begin()),
                        std::make_move_iterator(fresh.end()));
            renumber(parent, i);
            endInsertRows();
            i += count;
            j = end;
        }

        // 3. Same keys on both sides now: find the changed cells, store the new items, and only
        //    then announce the changes (a proxy reads the data from inside its dataChanged
        //    handler).
        struct ChangedRun {
            int first;
            int last;
            ColumnMask columns;
        };
        std::vector<ChangedRun> changedRuns;
        for (std::size_t k = 0; k < next.size(); ++k) {
            if (inserted[k])
                continue;
            Node& node = *rows[k];
            const ColumnMask mask =
                changedColumns(std::as_const(node.item), std::as_const(next[k].item), node.depth);
            node.item = std::move(next[k].item);
            if (mask == 0)
                continue;
            const int row = static_cast<int>(k);
            if (!changedRuns.empty() && changedRuns.back().last == row - 1) {
                changedRuns.back().last = row;
                changedRuns.back().columns |= mask;
            } else {
                changedRuns.push_back({row, row, mask});
            }
        }
        for (const auto& run : changedRuns) {
            const int firstColumn = std::countr_zero(run.columns);
            const int lastColumn = 63 - std::countl_zero(run.columns);
            Q_EMIT dataChanged(
                createIndex(run.first, firstColumn,
                            rows[static_cast<std::size_t>(run.first)].get()),
                createIndex(run.last, lastColumn, rows[static_cast<std::size_t>(run.last)].get()));
        }

        // 4. One level down, for the nodes that stayed (new ones came with their subtrees).
        for (std::size_t k = 0; k < next.size(); ++k)
            if (!inserted[k])
                mergeChildren(rows[k].get(), std::move(next[k].children), changedColumns);
    }

    Node m_root;
    int m_columnCount;
};

} // namespace streamscope
