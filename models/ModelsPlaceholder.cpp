// Replaced by the first real model.
