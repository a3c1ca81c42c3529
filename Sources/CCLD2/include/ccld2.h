#ifndef CENTRIC_CCLD2_H
#define CENTRIC_CCLD2_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif

/// Up to three languages CLD2 found in a text, with the percent of the text each covers.
typedef struct {
    char codes[3][8];      // ISO 639-1 codes ("en", "nl"), "un" when unknown
    int percents[3];       // percent of text bytes in each language
    double scores[3];      // CLD2's normalised score per language
    int text_bytes;        // bytes CLD2 scored (letters only)
    int reliable;          // CLD2's own reliability flag
} ccld2_result;

/// Detects the language of UTF-8 text. `hint` is an ISO 639-1 code or NULL; it acts as a prior.
void ccld2_detect(const char *text, size_t length, const char *hint, ccld2_result *out);

#ifdef __cplusplus
}
#endif
#endif
