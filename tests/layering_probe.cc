// Compiled only by the test Layering.UpwardIncludeFails, as part of a
// library that links the syntax layer alone: the coder sits above syntax, so
// this include must not be found.
#include "coder/event.h"
