#pragma once

#include "common/TsanAnnotations.h"

#include <QThreadPool>

#include <memory>
#include <utility>

namespace streamscope {

// Lets go of a large immutable snapshot on a pool thread when this is the last reference:
// freeing thousands of groups' vectors and strings takes milliseconds that the GUI thread
// should spend painting. When others still hold it, dropping ours is only a decrement, done here.
// The use count is read without a lock: at worst the last reference is dropped here, as before.
template <typename T>
void releaseInBackground(std::shared_ptr<const T> snapshot,
                         QThreadPool* pool = QThreadPool::globalInstance()) {
    if (!snapshot || snapshot.use_count() > 1)
        return;
    tsanRelease(snapshot.get());
    pool->start([last = std::move(snapshot)]() mutable {
        tsanAcquire(last.get());
        last.reset();
    });
}

} // namespace streamscope
