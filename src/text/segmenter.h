// Segmentation: from a normalised text to paragraphs, tokens and sentences.
// Removes boilerplate lines (kept in Document::stripped with the reason),
// treats a line without final punctuation as a sentence of its own when it
// reads as a headline, and sets aside datelines ("KYIV, May 24 (Reuters) -").
//
// A sentence longer than kMaxSentenceTokens (four to five times a long news
// sentence; a list, a table or text without punctuation) is cut into pieces
// of at most that many tokens, each analysed and coded as a sentence of its
// own: after the last ';' or ':' in the second half of the allowance, else
// after the last ',', else before the last "and"/"but"/"or", else at the
// limit. Every later stage works sentence by sentence, so the cost of a
// document grows with its length, not with the square of its longest run.
#pragma once

#include "text/document.h"

namespace tocsin::text {

constexpr uint32_t kMaxSentenceTokens = 120;

// Needs doc->text; fills lower, tokens, sentences, stripped and datelines.
void Segment(Document* doc);

}  // namespace tocsin::text
