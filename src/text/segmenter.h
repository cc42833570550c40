// Segmentation: from a normalised text to paragraphs, tokens and sentences.
// Removes boilerplate lines (kept in Document::stripped with the reason),
// treats a line without final punctuation as a sentence of its own when it
// reads as a headline, and sets aside datelines ("KYIV, May 24 (Reuters) -").
#pragma once

#include "text/document.h"

namespace tocsin::text {

// Needs doc->text; fills lower, tokens, sentences, stripped and datelines.
void Segment(Document* doc);

}  // namespace tocsin::text
