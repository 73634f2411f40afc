#pragma once

namespace streamscope {

// How much lower than the GUI thread background work runs (a nice increment on Linux).
inline constexpr int kBackgroundNiceIncrement = 5;

// Lowers the calling thread's scheduling priority by kBackgroundNiceIncrement, once (calling it
// again on the same thread does nothing). For threads whose work can wait a few milliseconds
// (polling, record sampling): on a busy machine the GUI thread then gets a core first and stays
// smooth, while the sampled figures stay true because rates use the measured time between
// samples, not the nominal tick.
//
// Call it before the thread creates librdkafka handles: Linux threads inherit the creator's
// nice value, so librdkafka's own broker threads run at the same lowered priority. No effect on
// platforms without per-thread nice values.
void lowerCurrentThreadPriority();

// The calling thread's nice value (0 where unknown): for tests and diagnostics.
int currentThreadNice();

} // namespace streamscope
